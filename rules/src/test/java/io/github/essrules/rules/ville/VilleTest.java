package io.github.essrules.rules.ville;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.id.InvalidIdentifierException;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class VilleTest {

  static QpvCriteriaFacts.Builder area() {
    // S = 0.6 × (0.7 × 22 000 + 0.3 × 20 000) = 0.6 × 21 400 = 12 840
    return QpvCriteriaFacts.builder().population(1000).uniteUrbainePopulation(10_000)
        .medianIncome(new BigDecimal("12839.99")).nationalMedianIncome(new BigDecimal("22000"))
        .uniteUrbaineMedianIncome(new BigDecimal("20000"));
  }

  @Test
  void theRegistryHasThe1362MetropolitanQpvAndEachCodeResolvesToItsCommunesAndBack() {
    assertThat(QpvRegistry.all()).hasSize(1362);
    for (Qpv q : QpvRegistry.all()) {
      assertThat(QpvRegistry.byCode(q.code())).contains(q);
      for (Qpv.Commune c : q.communes()) {
        assertThat(QpvRegistry.lookupCommune(c.insee(), LocalDate.of(2025, 1, 1)).qpv()).as(q.code()).contains(q);
      }
    }
  }

  @Test
  void coopAlphasLormontHasThreeQpvAmongThemGenicartEst() {
    QpvLookup l = QpvRegistry.lookupCommune("33249", LocalDate.of(2025, 6, 1));
    assertThat(l.status()).isEqualTo(QpvLookup.Status.HAS_QPV);
    assertThat(l.qpv()).extracting(Qpv::code).containsExactly("QN03316M", "QN03317M", "QN03318M");
    assertThat(QpvRegistry.byName("genicart")).extracting(Qpv::code).containsExactly("QN03317M");
  }

  @Test
  void before2024OrOverseasTheAnswerIsUnknownNeverNoQpv() {
    assertThat(QpvRegistry.lookupCommune("33249", LocalDate.of(2023, 12, 31)).status()).isEqualTo(QpvLookup.Status.UNKNOWN);
    assertThat(QpvRegistry.lookupCommune("97411", LocalDate.of(2025, 6, 1)).status()).isEqualTo(QpvLookup.Status.UNKNOWN);
    QpvLookup none = QpvRegistry.lookupCommune("01001", LocalDate.of(2025, 6, 1));
    assertThat(none.status()).isEqualTo(QpvLookup.Status.NO_QPV);
    assertThat(none.explanation().render(Lang.EN)).contains("2024 metropolitan list");
    assertThatThrownBy(() -> QpvRegistry.byCode("QX123")).isInstanceOf(InvalidIdentifierException.class);
    assertThat(QpvRegistry.byCode("QP075001")).isEmpty();
  }

  @Test
  void theQpvListOf2024IsNotAppliedBeforeItsFirstDay_Decret2023_1314() {
    // Lormont has three QPV from 1 January 2024; the day before, the 2015 list (not shipped) was in force
    assertThat(QpvRegistry.lookupCommune("33249", LocalDate.of(2023, 12, 31)).status()).isEqualTo(QpvLookup.Status.UNKNOWN);
    assertThat(QpvRegistry.lookupCommune("33249", LocalDate.of(2023, 12, 31)).qpv()).isEmpty();
    assertThat(QpvRegistry.lookupCommune("33249", LocalDate.of(2024, 1, 1)).status()).isEqualTo(QpvLookup.Status.HAS_QPV);
    // a commune without a QPV in 2024 is unknown, not "no QPV", before 2024
    assertThat(QpvRegistry.lookupCommune("01001", LocalDate.of(2023, 12, 31)).status()).isEqualTo(QpvLookup.Status.UNKNOWN);
    assertThat(QpvRegistry.lookupCommune("01001", LocalDate.of(2024, 1, 1)).status()).isEqualTo(QpvLookup.Status.NO_QPV);
  }

  @Test
  void theGenerationOfContratsDeVilleInForce() {
    assertThat(ContratsDeVille.inForce(LocalDate.of(2023, 12, 31))).isEqualTo(ContratsDeVille.Generation.FIRST_2015_2023);
    assertThat(ContratsDeVille.inForce(LocalDate.of(2024, 1, 1)))
        .isEqualTo(ContratsDeVille.Generation.ENGAGEMENTS_QUARTIERS_2030);
    assertThatThrownBy(() -> ContratsDeVille.inForce(LocalDate.of(2031, 1, 1))).isInstanceOf(NoLawKnownException.class);
  }

  @Test
  void theZfuTeScheduleOverEightYearsSumsTo74Point4MonthsOfFullExemption() {
    LocalDate est = LocalDate.of(2018, 3, 20);
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal previous = BigDecimal.ONE;
    for (int i = 0; i < 100; i++) {
      BigDecimal r = ZfuTe.rate(est, YearMonth.from(est).plusMonths(i));
      assertThat(r).isLessThanOrEqualTo(previous);
      previous = r;
      sum = sum.add(r);
    }
    // 60 × 1 + 12 × 0.6 + 12 × 0.4 + 12 × 0.2 = 74.4
    assertThat(sum).isEqualByComparingTo("74.4");
  }

  static ZfuTeFacts.Builder business() {
    return ZfuTeFacts.builder().establishedOn(LocalDate.of(2020, 1, 15)).employees(12)
        .turnoverOrBalanceSheet(new BigDecimal("1800000")).residentShare(new BigDecimal("0.5"));
  }

  @Test
  void theExemptShareOfAProfitAcrossTheStepsAndTheCap() {
    // months 55-66: 6 × 100 % + 6 × 60 % = 9.6 / 12 = 80 % of 40 000 = 32 000
    assertThat(ZfuTe.exemptProfit(business().periodStart(LocalDate.of(2024, 7, 1)).periodEnd(LocalDate.of(2025, 6, 30))
        .profit(new BigDecimal("40000")).build())).isEqualByComparingTo("32000.00");
    // 2025: months 61-72 at 60 % of 100 000 = 60 000, capped at 50 000
    assertThat(ZfuTe.exemptProfit(business().periodStart(LocalDate.of(2025, 1, 1)).periodEnd(LocalDate.of(2025, 12, 31))
        .profit(new BigDecimal("100000")).build())).isEqualByComparingTo("50000.00");
    Verdict v = ZfuTe.get().evaluate(business().periodStart(LocalDate.of(2025, 1, 1)).periodEnd(LocalDate.of(2025, 12, 31))
        .profit(new BigDecimal("100000")).build(), LocalDate.of(2026, 3, 1));
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(ZfuTe.get().evaluate(business().employees(51).periodStart(LocalDate.of(2025, 1, 1))
        .periodEnd(LocalDate.of(2025, 12, 31)).profit(BigDecimal.ONE).build(), LocalDate.of(2026, 3, 1)).outcome())
        .isEqualTo(Outcome.NOT_SATISFIED);
    assertThatThrownBy(() -> ZfuTe.get().evaluate(business().establishedOn(LocalDate.of(2026, 1, 5))
        .periodStart(LocalDate.of(2026, 1, 5)).periodEnd(LocalDate.of(2026, 12, 31)).profit(BigDecimal.ONE).build(),
        LocalDate.of(2027, 3, 1))).isInstanceOf(NoLawKnownException.class).hasMessageContaining("2026");
  }

  @Test
  void aProfitPeriodClosingAfterTheDateAskedIsRefusedButAHireMayBeSimulated_CGI_44_octiesA() {
    // the exempt profit is that of a closed period: one closing after the date asked is an input error
    assertThatThrownBy(() -> ZfuTe.get().evaluate(business().periodStart(LocalDate.of(2025, 1, 1))
        .periodEnd(LocalDate.of(2025, 12, 31)).profit(BigDecimal.ONE).build(), LocalDate.of(2025, 6, 30)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.pointer()).containsExactly("/periodEnd"));
    // a hire dated after the date asked is a simulation, not an error
    assertThat(EmploisFrancs.get().evaluate(hire("2024-09-01").build(), LocalDate.of(2024, 6, 1)).outcome())
        .isEqualTo(Outcome.SATISFIED);
  }

  static EmploisFrancsFacts.Builder hire(String date) {
    return EmploisFrancsFacts.builder().hiredOn(LocalDate.parse(date)).contract(EmploisFrancsFacts.Contract.CDI)
        .workingTime(BigDecimal.ONE).monthsPresent(36).jobSeekerResidentInQpv(true);
  }

  @Test
  void emploisFrancsForHiresUntilTheEndOf2024Only() {
    assertThat(EmploisFrancs.amount(hire("2024-06-03").build())).isEqualByComparingTo("15000.00");
    // CDD of 6 months at half time: 2 500 × 6 / 12 × 0.5 = 625
    assertThat(EmploisFrancs.amount(hire("2024-06-03").contract(EmploisFrancsFacts.Contract.CDD).cddMonths(6)
        .workingTime(new BigDecimal("0.5")).monthsPresent(6).build())).isEqualByComparingTo("625.00");
    Verdict five = EmploisFrancs.get().evaluate(hire("2024-06-03").contract(EmploisFrancsFacts.Contract.CDD).cddMonths(5)
        .monthsPresent(5).build(), LocalDate.of(2025, 1, 1));
    assertThat(five.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    Verdict y2025 = EmploisFrancs.get().evaluate(hire("2025-01-02").build(), LocalDate.of(2025, 3, 1));
    assertThat(y2025.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(EmploisFrancs.amount(hire("2025-01-02").build())).isEqualByComparingTo("0");
    assertThatThrownBy(() -> EmploisFrancs.get().evaluate(hire("2019-05-01").build(), LocalDate.of(2019, 6, 1)))
        .isInstanceOfSatisfying(NoLawKnownException.class,
            e -> assertThat(e.message(io.github.essrules.core.Lang.EN)).contains("2020-01-01 →")
                .doesNotContain("embauches", "décembre"));
    // the hire after the scheme's end reads as what happened, in days
    assertThat(y2025.failures().get(0).comparisons().get(0).describe(io.github.essrules.core.Lang.FR))
        .isEqualTo("date de l'embauche : le 2 janvier 2025, après le 31 décembre 2024 (2 jours plus tard)");
    assertThat(y2025.failures().get(0).comparisons().get(0).describe(io.github.essrules.core.Lang.EN))
        .isEqualTo("date of the hire: on 2 January 2025, after 31 December 2024 (2 days later)");
  }

  @Test
  void theGarageSolidaireDuHainautsSixMonthCddGets1250NotTheTwoYearsOfPresenceStated() {
    // décret n° 2019-1471, art. 6: 2 500 € a year, within two years, for a CDD of at least six
    // months; a six-month CDD signed on 16 December 2024 is paid for its six months at most
    EmploisFrancsFacts cdd = hire("2024-12-16").contract(EmploisFrancsFacts.Contract.CDD).cddMonths(6)
        .monthsPresent(24).build();
    assertThat(EmploisFrancs.amount(cdd)).isEqualByComparingTo("1250.00");
    Verdict v = EmploisFrancs.get().evaluate(cdd, LocalDate.of(2025, 7, 1));
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(v.notices().get(0).message().render(Lang.FR)).contains("250,00").doesNotContain("5 000");
    // renewed to eighteen months: 2 500 × 18 / 12 = 3 750; a CDD of 30 months: the two-year limit
    assertThat(EmploisFrancs.amount(cdd.toBuilder().cddMonths(18).build())).isEqualByComparingTo("3750.00");
    assertThat(EmploisFrancs.amount(cdd.toBuilder().cddMonths(30).monthsPresent(30).build()))
        .isEqualByComparingTo("5000.00");
    // fewer months of presence than the contract: those months only
    assertThat(EmploisFrancs.amount(cdd.toBuilder().cddMonths(12).monthsPresent(4).build()))
        .isEqualByComparingTo("833.33");
  }

}
