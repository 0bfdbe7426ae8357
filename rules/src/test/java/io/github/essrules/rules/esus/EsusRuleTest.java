package io.github.essrules.rules.esus;

import static io.github.essrules.rules.esus.EsusCases.fullTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.ess.LegalForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import io.github.essrules.core.verdict.LawOptions;
import org.junit.jupiter.api.Test;

class EsusRuleTest {
  static final LocalDate ASOF = LocalDate.of(2026, 4, 1);

  static Finding find(Verdict v, String id) {
    return v.find(id).stream().findFirst()
        .orElseThrow(() -> new AssertionError("no finding " + id + " in\n" + v.explain(Lang.EN)));
  }

  static List<Finding> findAll(Verdict v, String id) {
    return v.find(id);
  }

  @Test
  void regieDeQuartierIsEsusDePleinDroitUnderII8() {
    Verdict v = EsusRule.get().evaluate(EsusCases.regieDeQuartier().build(), ASOF);
    assertThat(v.outcome()).as(v.explain(Lang.FR)).isEqualTo(Outcome.SATISFIED);
    assertThat(find(v, "esus.II").reference().citation()).isEqualTo("C. trav., art. L3332-17-1, II, 8°");
    assertThat(find(v, "esus.II").reference().legifranceId()).contains("LEGIARTI000049720096");
    // plein droit: no condition 1°, 2° or 5° is asked (II: "sous réserve … 3° et 4° du I")
    assertThat(findAll(v, "esus.I.1")).isEmpty();
    assertThat(findAll(v, "esus.I.2")).isEmpty();
    assertThat(findAll(v, "esus.I.5")).isEmpty();
    assertThat(find(v, "esus.I.3").outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(find(v, "esus.I.4").outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void theDividendRatioMustBeStrictlyBelowTmoPlus5Percent_inferieur() {
    // ratio 16000 / 200000 = 8 % = 3 % + 5 %: not below
    EsusFinancialYear y = EsusFinancialYear.builder().from(EsusCases.chargesYear(2025, "900000", "0"))
        .dividends(new BigDecimal("16000")).nonBankFinancingRemuneration(BigDecimal.ZERO)
        .equity(new BigDecimal("200000")).nonBankFinancing(BigDecimal.ZERO).tmo(new BigDecimal("0.03")).build();
    EsusFacts f = EsusCases.sasGeneralRoute().financialYears(List.of(
        EsusFinancialYear.builder().from(y).startDate(LocalDate.of(2023, 1, 1)).closingDate(LocalDate.of(2023, 12, 31)).dividends(BigDecimal.ZERO).build(),
        EsusFinancialYear.builder().from(y).startDate(LocalDate.of(2024, 1, 1)).closingDate(LocalDate.of(2024, 12, 31)).dividends(BigDecimal.ZERO).build(),
        y)).dividendRatioCommitment(true).build();
    Verdict v = EsusRule.get().evaluate(f, ASOF);
    List<Finding> ratios = findAll(v, "esus.I.2.2.year");
    assertThat(ratios.get(2).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(ratios.get(0).outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(find(v, "esus.I.2").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void aTwoYearOldScicIsCheckedOnAllItsClosedYears() {
    EsusFacts f = EsusCases.sasGeneralRoute()
        .ess(EsusCases.essConditionsOfI(LegalForm.SCIC).name("SCIC Mobilités solidaires").build())
        .creationDate(LocalDate.of(2024, 2, 1))
        .financialYears(List.of(
            EsusFinancialYear.builder().from(EsusCases.chargesYear(2024, "300000", "250000"))
                .startDate(LocalDate.of(2024, 2, 1)).build(),
            EsusCases.chargesYear(2025, "420000", "330000")))
        .build();
    Verdict v = EsusRule.get().evaluate(f, ASOF);
    assertThat(v.outcome()).as(v.explain(Lang.EN)).isEqualTo(Outcome.SATISFIED);
    assertThat(findAll(v, "esus.I.2.1.year")).hasSize(2);
    assertThat(v.notices()).anyMatch(n -> n.message().render(Lang.EN).contains("less than three years"));
  }

  @Test
  void aCaseWithNothingButTheFormNamesEveryMissingFact() {
    EsusFacts f = EsusFacts.builder()
        .ess(io.github.essrules.rules.ess.EssMembershipFacts.builder().legalForm(LegalForm.SCOP).build())
        .applicationDate(LocalDate.of(2026, 1, 15))
        .build();
    Verdict v = EsusRule.get().evaluate(f, ASOF);
    assertThat(v.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(v.missingFacts()).containsExactly(
        "/ess/purposeOtherThanSharingProfits", "/ess/democraticGovernance", "/ess/profitsMostlyForActivity",
        "/ess/mandatoryReservesUndistributable", "/ess/liquidationSurplusToEss", "/mainPurpose",
        "/creationDate", "/payYears", "/equitySecurities", "/purposeInStatuts");
  }

  @Test
  void theFifthObjectiveIsAcceptedAsStatedButMarkedUnconfirmed() {
    EsusFacts f = EsusCases.sasGeneralRoute().mainPurpose(MainPurpose.builder()
        .objectives(List.of(UtilityObjective.OBJECTIVE_5)).objective5Description("objectif déclaré").build()).build();
    Verdict v = EsusRule.get().evaluate(f, ASOF);
    assertThat(find(v, "esus.I.1").outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(find(v, "esus.I.1.b.5").reference().confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(v.confidence()).isEqualTo(Confidence.UNCONFIRMED);
  }

  @Test
  void anAciConventionHeldByTheOrganisationPointsAtTheRouteDePleinDroitWithoutTakingIt() {
    io.github.essrules.rules.structure.Organisation o = io.github.essrules.rules.structure.Organisation.builder()
        .name("Recyclerie SAS").legalForm(LegalForm.COMMERCIAL_COMPANY)
        .companyType(io.github.essrules.rules.structure.CompanyType.SAS)
        .qualifications(List.of(io.github.essrules.rules.structure.Qualifications.SiaeConvention.builder()
            .kind(io.github.essrules.rules.structure.Qualifications.SiaeConvention.Kind.ACI).build()))
        .build();
    Verdict v = EsusRule.get().evaluate(EsusCases.sasGeneralRoute().organisation(o).build(), ASOF);
    assertThat(v.notices()).anyMatch(n -> n.id().equals("esus.plein-droit-hint")
        && n.reference().citation().endsWith("II, 4°"));
    assertThat(find(v, "esus.route").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    io.github.essrules.rules.structure.Organisation association =
        io.github.essrules.rules.structure.Organisation.builder().from(o).legalForm(LegalForm.ASSOCIATION)
            .companyType(java.util.Optional.empty()).build();
    assertThatThrownBy(() -> EsusRule.get().evaluate(EsusCases.sasGeneralRoute().organisation(association).build(), ASOF))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void cooperativesOfActivityAndScicAreNotOnThePleinDroitList() {
    assertThat(PleinDroitCategory.values()).hasSize(15)
        .extracting(PleinDroitCategory::number).doesNotContain(10);
  }

  @Test
  void anEsusApplicationDated2026_03_01IsRefusedForAVerdictAsOf2025_06_01_R3332_21_1() {
    // R3332-21-1 reads the years "précédant la demande": a verdict as of a date asks about an
    // application made by then; one dated later is an input error, whatever day the rule runs
    EsusFacts filedMarch2026 = EsusCases.regieDeQuartier().applicationDate(LocalDate.of(2026, 3, 1)).build();
    assertThatThrownBy(() -> EsusRule.get().evaluate(filedMarch2026, LocalDate.of(2025, 6, 1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/applicationDate");
            assertThat(v.path()).isEqualTo("applicationDate");
            assertThat(v.invalidValue()).hasValue("2026-03-01");
            assertThat(v.messageFr())
                .isEqualTo("la date 1er mars 2026 est postérieure à la date d'application demandée (1er juin 2025)");
            assertThat(v.messageEn()).isEqualTo("1 March 2026 is after the date asked about (1 June 2025)");
          });
          assertThat(e.message(Lang.FR)).contains("/applicationDate", "1er mars 2026", "1er juin 2025");
          assertThat(e.message(Lang.EN)).contains("/applicationDate", "1 March 2026", "1 June 2025");
        });
  }

  @Test
  void anEsusApplicationDatedOnTheDateAskedIsAccepted_neDoitPasSuivre() {
    EsusFacts filedMarch2026 = EsusCases.regieDeQuartier().applicationDate(LocalDate.of(2026, 3, 1)).build();
    Verdict v = EsusRule.get().evaluate(filedMarch2026, LocalDate.of(2026, 3, 1));
    assertThat(v.outcome()).as(v.explain(Lang.FR)).isEqualTo(Outcome.SATISFIED);
    // the same facts refused the day before, accepted again on the day: the memo of valid facts
    // never answers for an earlier date
    assertThatThrownBy(() -> EsusRule.get().evaluate(filedMarch2026, LocalDate.of(2026, 2, 28)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(EsusRule.get().evaluate(filedMarch2026, LocalDate.of(2026, 3, 2)).outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void aPayYearAndAClosingDateAfterTheDateAskedAreRefusedNamingEachField_R3332_21_1() {
    // pay of 2025 and a financial year closed on 31 December 2025, asked about on 1 December 2024
    EsusFacts f = EsusCases.regieDeQuartier().applicationDate(LocalDate.of(2024, 11, 4))
        .addFinancialYears(EsusCases.chargesYear(2025, "1000000", "700000")).build();
    assertThatThrownBy(() -> EsusRule.get().evaluate(f, LocalDate.of(2024, 12, 1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(v -> v.pointer()).containsExactly(
              "/financialYears/0/closingDate", "/payYears/0/year");
          assertThat(e.violations().get(1).messageFr())
              .isEqualTo("l'année 2025 est postérieure à celle de la date d'application demandée (1er décembre 2024)");
          assertThat(e.violations().get(1).messageEn())
              .isEqualTo("the year 2025 is after that of the date asked about (1 December 2024)");
        });
  }

  /**
   * L3332-17-1, I, 3°, a compares the five best paid of a year as one list: a year given twice is
   * refused as input, whether the years are few (compared pairwise) or many (over sixteen, a set).
   */
  @Test
  void aPayYearGivenTwiceAmongManyIsRefusedAsAmongFew() {
    List<PayYear> years = new java.util.ArrayList<>();
    for (int y = 2006; y <= 2025; y++) {
      years.add(PayYear.builder().year(Year.of(y)).addPay(fullTime("d", "40000")).allPaidPersonsListed(true).build());
    }
    EsusFacts twenty = EsusCases.regieDeQuartier().payYears(years).build();
    // twenty distinct years are valid input (the SMIC before 2015 is another matter: not asked here)
    io.github.essrules.core.validation.FactsValidator.shared().validate(twenty, LocalDate.of(2026, 4, 1));
    List<PayYear> withTwice = new java.util.ArrayList<>(years);
    withTwice.add(years.get(7));
    for (List<PayYear> given : List.of(withTwice, List.of(years.get(3), years.get(19), years.get(3)))) {
      assertThatThrownBy(() -> EsusRule.get().evaluate(EsusCases.regieDeQuartier().payYears(given).build(),
          LocalDate.of(2026, 4, 1)))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
              .anySatisfy(v -> assertThat(v.messageEn()).isEqualTo("the same year can be given only once in payYears")));
    }
  }

  @Test
  void beforeTheLoiEssNoRuleIsKnown() {
    // facts of July 2014, asked about the day before the loi ESS came into force
    EsusFacts july2014 = EsusCases.regieDeQuartier().applicationDate(LocalDate.of(2014, 7, 15))
        .payYears(List.of(PayYear.builder().year(Year.of(2013)).addPay(fullTime("d", "40000"))
            .allPaidPersonsListed(true).build()))
        .build();
    assertThatThrownBy(() -> EsusRule.get().evaluate(july2014, LocalDate.of(2014, 8, 1)))
        .isInstanceOf(NoLawKnownException.class).hasMessageContaining("L3332-17-1");
  }

  @Test
  void beforeLoiPacteTheVersionsOfL3332_17_1HadOtherConditionsAndAreRefused() {
    // 2014-08-02 → 2019-05-23: I 2° "ou la rentabilité financière", I 5° on 1° and 3°, three objectives in art. 2
    assertThatThrownBy(() -> EsusRule.get().evaluate(EsusCases.regieDeQuartier().applicationDate(LocalDate.of(2019, 5, 1))
        .payYears(List.of(PayYear.builder().year(Year.of(2018)).addPay(fullTime("d", "40000"))
            .allPaidPersonsListed(true).build()))
        .build(), LocalDate.of(2019, 5, 23)))
        .isInstanceOfSatisfying(NoLawKnownException.class, e -> assertThat(e.coverage()).startsWith("2019-05-24"));
  }

  @Test
  void aDateCenturiesAheadIsRefusedBeyondTheHorizonOfPresumption() {
    assertThatThrownBy(() -> EsusRule.get().evaluate(EsusCases.regieDeQuartier().build(), LocalDate.of(9999, 12, 31)))
        .isInstanceOfSatisfying(NoLawKnownException.class,
            e -> assertThat(e.reason()).isEqualTo(NoLawKnownException.Reason.BEYOND_HORIZON));
    assertThatThrownBy(() -> EsusRule.get().evaluate(EsusCases.regieDeQuartier().build(), LocalDate.MAX))
        .isInstanceOf(NoLawKnownException.class);
  }

  @Test
  void a2020DateAppliesThe2025TextWithANoticeNamingTheVersionThenInForce() {
    EsusFacts f = EsusCases.regieDeQuartier().applicationDate(LocalDate.of(2020, 6, 1))
        .payYears(List.of(PayYear.builder().year(Year.of(2019)).addPay(fullTime("d", "40000"))
            .allPaidPersonsListed(true).build()))
        .build();
    Verdict v = EsusRule.get().evaluate(f, LocalDate.of(2020, 6, 1));
    // the 2020 version (LEGIARTI000041471643) was compared word for word: same conditions, so verified
    assertThat(v.notices()).anyMatch(n -> n.id().equals("version-compared")
        && n.reference().legifranceId().equals(Optional.of("LEGIARTI000041471643")));
    assertThat(v.explain(Lang.FR)).contains("LEGIARTI000041471643");
    Verdict now = EsusRule.get().evaluate(EsusCases.regieDeQuartier().build(), ASOF);
    assertThat(now.notices()).noneMatch(n -> n.id().startsWith("version-"));
  }

  @Test
  void malformedFactsAreAllListedAtOnce() {
    EsusFacts f = EsusCases.sasGeneralRoute()
        .addPayYears(PayYear.builder().year(Year.of(2099))
            .addPay(Pay.builder().role(PayeeRole.SALARIE).amountPaid(new BigDecimal("-1"))
                .fullTimeRatio(new BigDecimal("1.5")).build()).build())
        .addFinancialYears(EsusCases.chargesYear(2022, "100", "150"))
        .build();
    assertThatThrownBy(() -> EsusRule.get().evaluate(f, ASOF))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(x -> x.pointer())
            .contains("/payYears/1/year", "/payYears/1/pay/0/amountPaid", "/payYears/1/pay/0/fullTimeRatio",
                "/financialYears/3/socialUtilityChargesWithinTotal"));
  }

  @Test
  void theLibrarysOwnConstraintsSpeakFrenchAndEnglishLikeTheStandardOnes() {
    EsusFacts f = EsusCases.sasGeneralRoute()
        .addFinancialYears(EsusCases.chargesYear(2022, "100", "150"))
        .creationDate(LocalDate.of(2026, 5, 1))
        .build();
    assertThatThrownBy(() -> EsusRule.get().evaluate(f, ASOF))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).anySatisfy(x -> {
            assertThat(x.pointer()).isEqualTo("/financialYears/3/socialUtilityChargesWithinTotal");
            assertThat(x.messageFr()).isEqualTo(
                "les charges d'utilité sociale ne peuvent pas dépasser l'ensemble des charges d'exploitation");
            assertThat(x.messageEn()).isEqualTo("social-utility charges cannot exceed all operating charges");
          });
          assertThat(e.violations()).anySatisfy(x ->
              assertThat(x.messageFr()).isEqualTo("la date de création ne peut pas suivre la date de la demande"));
        });
  }

  @Test
  void theSmicOfDecember2026IsPresumedForThe2026PayYearWithANotice() {
    EsusFacts f = EsusCases.regieDeQuartier().applicationDate(LocalDate.of(2026, 12, 1))
        .payYears(List.of(PayYear.builder().year(Year.of(2026)).addPay(fullTime("d", "40000"))
            .allPaidPersonsListed(true).build()))
        .build();
    Verdict v = EsusRule.get().evaluate(f, LocalDate.of(2026, 12, 1));
    assertThat(v.notices()).anyMatch(n -> n.id().equals("parameter.presumed")
        && n.message().render(Lang.FR).contains("présumé inchangé depuis sa vérification le 27 novembre 2026"));
    assertThat(v.confidence()).isEqualTo(Confidence.PRESUMED);
    assertThatThrownBy(() -> EsusRule.get().evaluate(f, LocalDate.of(2026, 12, 1), LawOptions.strict()))
        .isInstanceOf(NoLawKnownException.class);
  }

  @Test
  void oneCentAboveTenTimesFailsOnlyOn3b() {
    PayYear y = PayYear.builder().year(Year.of(2025))
        .addPay(fullTime("directeur", "216220.81"))
        .addPay(fullTime("a", "100000"), fullTime("b", "100000"), fullTime("c", "100000"), fullTime("d", "100000"))
        .build();
    Verdict v = EsusRule.get().evaluate(EsusCases.sasGeneralRoute().payYears(List.of(y)).build(), ASOF);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(find(v, "esus.I.3.b").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(find(v, "esus.I.3.a").outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(find(v, "esus.I.2").outcome()).isEqualTo(Outcome.SATISFIED);
    // the failure reads as a true sentence, with the gap; the summary says what failed and by how much
    assertThat(v.summary(Lang.FR)).startsWith("non satisfaite : sommes versées au mieux rémunéré (directeur), "
        + "en équivalent temps complet : 216\u00a0220,81\u00a0€ excède 216\u00a0220,80\u00a0€ de 0,01\u00a0€ — ");
    assertThat(v.summary(Lang.EN)).contains(": €216,220.81 exceeds €216,220.80 by €0.01 — ");
    assertThat(v.explain(Lang.FR)).contains("216\u00a0220,81\u00a0€ excède 216\u00a0220,80\u00a0€ de 0,01\u00a0€ ✗")
        .contains("n'excède pas").doesNotContain("n'excède pas 216\u00a0220,80\u00a0€ ✗");
  }
}
