package io.github.essrules.rules.amounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.param.DatedValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The SMIC (C. trav. L3231-2 et seq., one décret or arrêté per value) and the PSS. */
class SmicTest {

  @Example
  void smicOfNovember2024IsSetByTheAnticipatedDecree2024_951() {
    DatedValue<BigDecimal> v = Smic.hourlyGross(LocalDate.of(2024, 11, 1));
    assertThat(v.value()).isEqualByComparingTo("11.88");
    assertThat(v.reference().kind()).isEqualTo(TextKind.DECRET);
    assertThat(v.reference().citation()).contains("2024-951");
    assertThat(v.validFrom()).isEqualTo(LocalDate.of(2024, 11, 1));
    assertThat(v.validUntil()).contains(LocalDate.of(2026, 1, 1));
    assertThat(Smic.hourlyGross(LocalDate.of(2024, 10, 31)).value()).isEqualByComparingTo("11.65");
  }

  @Example
  void theMay2022RiseIsSetByTheArreteOf19April2022NotOf19May() {
    DatedValue<BigDecimal> v = Smic.hourlyGross(LocalDate.of(2022, 5, 1));
    assertThat(v.value()).isEqualByComparingTo("10.85");
    assertThat(v.reference().kind()).isEqualTo(TextKind.ARRETE);
    assertThat(v.reference().citation()).startsWith("Arrêté du 19 avril 2022");
  }

  @Example
  void theJune2026ValueConfirmedByASecondSourceIsSecondaryLikeTheOthers() {
    assertThat(Smic.hourlyGross(LocalDate.of(2026, 6, 1)).reference().confidence())
        .isEqualTo(Confidence.SECONDARY);
    assertThat(Smic.hourlyGross(LocalDate.of(2026, 1, 1)).reference().confidence())
        .isEqualTo(Confidence.SECONDARY);
  }

  @Example
  void annualFullTimeSmicIsThePublishedMonthlySmicTimesTwelve() {
    AnnualFullTimeSmic a = Smic.annualFullTime(LocalDate.of(2024, 11, 1));
    assertThat(a.monthly().exact()).isEqualByComparingTo("1801.8396");
    assertThat(a.monthly().rounded()).isEqualTo(new BigDecimal("1801.84"));
    assertThat(a.annual()).isEqualByComparingTo("21622.08");
    // 12.02 × 151.67 = 1823.0734 → 1823.07 → 21876.84 (the annual product rounded would give 21876.88)
    assertThat(Smic.annualFullTime(LocalDate.of(2026, 1, 1)).annual()).isEqualByComparingTo("21876.84");
    assertThat(Smic.annualFullTime(LocalDate.of(2015, 1, 1)).annual()).isEqualByComparingTo("17490.60");
    assertThat(a.durationReference().citation()).isEqualTo("C. trav., art. L3121-27");
  }

  @Property(tries = 300)
  void theMonthlyAmountIsWithinHalfACentOfTheExactProductOnEveryKnownDay(
      @ForAll @LongRange(min = 0, max = 4348) long offset) {
    LocalDate date = LocalDate.of(2015, 1, 1).plusDays(offset);
    AnnualFullTimeSmic a = Smic.annualFullTime(date);
    BigDecimal exact = Smic.hourlyGross(date).value().multiply(new BigDecimal("151.67"));
    assertThat(a.monthly().rounded().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    assertThat(a.monthly().rounded().scale()).isEqualTo(2);
    assertThat(a.annual()).isEqualByComparingTo(a.monthly().rounded().multiply(BigDecimal.valueOf(12)));
  }

  @Example
  void year2025HadOneSmicSoItsReferenceIsTwelveMonthlySmics() {
    AnnualSmicReference r = Smic.annualForYear(2025);
    assertThat(r.changedDuringYear()).isFalse();
    assertThat(r.total()).isEqualByComparingTo("21622.08");
  }

  @Example
  void year2024WasRaisedOnFirstNovemberSoTenMonthsAt11_65AndTwoAt11_88() {
    AnnualSmicReference r = Smic.annualForYear(2024);
    assertThat(r.changedDuringYear()).isTrue();
    assertThat(r.periods()).hasSize(2);
    assertThat(r.periods().get(0).months()).isEqualTo(10);
    assertThat(r.periods().get(0).monthly().rounded()).isEqualByComparingTo("1766.96");
    assertThat(r.periods().get(1).months()).isEqualTo(2);
    assertThat(r.total()).isEqualByComparingTo("21273.28");
  }

  @Example
  void year2022HadThreeSmicsJanuaryMayAndAugust() {
    AnnualSmicReference r = Smic.annualForYear(2022);
    assertThat(r.periods()).extracting(SmicPeriod::months).containsExactly(4, 3, 5);
    // 10.57 → 1603.15 ; 10.85 → 1645.62 (1645.6195) ; 11.07 → 1678.99 (1678.9869)
    assertThat(r.total()).isEqualByComparingTo(new BigDecimal("1603.15").multiply(BigDecimal.valueOf(4))
        .add(new BigDecimal("1645.62").multiply(BigDecimal.valueOf(3)))
        .add(new BigDecimal("1678.99").multiply(BigDecimal.valueOf(5))));
  }

  @Example
  void everyKnownChangeOfTheSmicTookEffectOnTheFirstOfAMonth() {
    for (DatedValue<BigDecimal> v : Smic.hourlyGrossParameter().values()) {
      assertThat(v.validFrom().getDayOfMonth()).as(v.toString()).isEqualTo(1);
    }
  }

  @Example
  void aYearWhoseDecemberSmicIsNotKnownYetIsRefused() {
    assertThatThrownBy(() -> Smic.annualForYear(2027)).isInstanceOf(NoLawKnownException.class);
    assertThatThrownBy(() -> Smic.annualForYear(2014)).isInstanceOf(NoLawKnownException.class);
  }

  @Example
  void theSmicNeverFellBetweenTwoValues() {
    BigDecimal previous = BigDecimal.ZERO;
    for (DatedValue<BigDecimal> v : Smic.hourlyGrossParameter().values()) {
      assertThat(v.value()).as(v.toString()).isGreaterThan(previous);
      previous = v.value();
    }
  }

  @Example
  void noSmicIsKnownBefore2015() {
    assertThatThrownBy(() -> Smic.annualFullTime(LocalDate.of(2014, 12, 31)))
        .isInstanceOf(NoLawKnownException.class).hasMessageContaining("smic-horaire-brut");
  }

  @Example
  void pssOf2025And2026AndItsEndOnTheLastDayOf2026() {
    assertThat(PlafondSecuriteSociale.annual(LocalDate.of(2025, 7, 14)).value()).isEqualByComparingTo("47100");
    assertThat(PlafondSecuriteSociale.annual(LocalDate.of(2026, 12, 31)).value()).isEqualByComparingTo("48060");
    assertThat(PlafondSecuriteSociale.annual(LocalDate.of(2021, 1, 1)).value()).isEqualByComparingTo("41136");
    assertThatThrownBy(() -> PlafondSecuriteSociale.annual(LocalDate.of(2027, 1, 1)))
        .isInstanceOf(NoLawKnownException.class);
  }

  @Example
  void anHourlySmicSuppliedByTheUserForAYearAlreadyComputedGivesTheUsersAnnualReference() {
    // the shipped 2025 reference, computed first (and kept for later calls)
    LocalDate asOf = LocalDate.of(2026, 4, 1);
    assertThat(Smic.annualForYear(2025, io.github.essrules.core.verdict.LawContext.standard(asOf)).total())
        .isEqualByComparingTo("21622.08");
    // a user's figure of the test: 12 €/h all through 2025 → 151,67 h × 12 € = 1 820,04 € a month
    io.github.essrules.core.param.DatedParameter<BigDecimal> supplied = io.github.essrules.core.param.DatedParameter.of(
        "smic-horaire-brut", "EUR/h",
        java.util.Map.of(io.github.essrules.core.Lang.FR, "SMIC", io.github.essrules.core.Lang.EN, "SMIC"),
        io.github.essrules.core.param.Regime.UNTIL_AMENDED, null,
        java.util.List.of(DatedValue.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), new BigDecimal("12.00"),
            io.github.essrules.core.law.LegalReference.of(TextKind.DECRET, "SMIC de l'utilisateur", Confidence.VERIFIED),
            LocalDate.of(2026, 3, 1))));
    io.github.essrules.core.verdict.LawOptions options = io.github.essrules.core.verdict.LawOptions.standard()
        .withSuppliedParameters(io.github.essrules.core.param.ParameterSet.of(java.util.List.of(supplied)));
    AnnualSmicReference users = Smic.annualForYear(2025, io.github.essrules.core.verdict.LawContext.of(asOf, options));
    assertThat(users.total()).isEqualByComparingTo("21840.48");
    assertThat(users.changedDuringYear()).isFalse();
    // the shipped reference is untouched for the next caller without the user's value
    assertThat(Smic.annualForYear(2025, io.github.essrules.core.verdict.LawContext.standard(asOf)).total())
        .isEqualByComparingTo("21622.08");
  }

  @Example
  void theSmicOf2023ChangedTwiceDuringTheYear() {
    // décret 2022-1608 (1 January 2023) then arrêté of 26 April 2023 (1 May 2023)
    AnnualSmicReference r = Smic.annualForYear(2023, io.github.essrules.core.verdict.LawContext.standard(
        LocalDate.of(2026, 4, 1)));
    assertThat(r.changedDuringYear()).isTrue();
    assertThat(r.periods()).hasSize(2);
  }
}
