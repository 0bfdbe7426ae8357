package io.github.essrules.rules.ess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EssMembershipRuleTest {
  static final LocalDate ASOF = LocalDate.of(2026, 1, 15);

  static EssMembershipFacts.Builder conditionsOfI(LegalForm form) {
    return EssMembershipFacts.builder().legalForm(form)
        .purposeOtherThanSharingProfits(true).democraticGovernance(true).profitsMostlyForActivity(true)
        .mandatoryReservesUndistributable(true).liquidationSurplusToEss(true);
  }


  static EssFinancialYear.Builder year(String profit, String reserves, String capital, String fund,
      String retained) {
    return EssFinancialYear.builder().closingDate(LocalDate.of(2025, 12, 31))
        .profit(new BigDecimal(profit)).priorLosses(BigDecimal.ZERO)
        .reservesBeforeAllocation(new BigDecimal(reserves)).shareCapital(new BigDecimal(capital))
        .allocatedToDevelopmentFund(new BigDecimal(fund))
        .allocatedToRetainedEarningsAndMandatoryReserves(new BigDecimal(retained))
        .capitalOperation(CapitalOperation.NONE);
  }

  static EssMembershipFacts.Builder sas(EssFinancialYear y) {
    return conditionsOfI(LegalForm.COMMERCIAL_COMPANY).socialUtilityInStatuts(true)
        .managementPrinciplesInStatuts(true).registeredAsEss(true).addFinancialYears(y);
  }

  static Finding find(Verdict v, String id) {
    return v.find(id).stream().findFirst()
        .orElseThrow(() -> new AssertionError("no finding " + id + " in\n" + v.explain(Lang.EN)));
  }

  @Test
  void anAssociationMeetingTheThreeConditionsOfIBelongsByItsForm_art1_II_1() {
    Verdict v = EssMembershipRule.get().evaluate(conditionsOfI(LegalForm.ASSOCIATION).build(), ASOF);
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(find(v, "ess.II").reference().citation()).isEqualTo("Loi n° 2014-856 du 31 juillet 2014, art. 1, II, 1°");
    assertThat(find(v, "ess.II").reference().url()).hasValueSatisfying(
        u -> assertThat(u.toString()).contains("JORFTEXT000029313296"));
  }

  @Test
  void aScopWhoseLiquidationSurplusGoesToMembersIsNotEss_art1_I_3_c() {
    Verdict v = EssMembershipRule.get().evaluate(conditionsOfI(LegalForm.SCOP).liquidationSurplusToEss(false).build(), ASOF);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(find(v, "ess.I.3.c").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void anEntrepriseIndividuelleIsNotAPrivateLegalPerson() {
    Verdict v = EssMembershipRule.get().evaluate(conditionsOfI(LegalForm.SOLE_PROPRIETORSHIP).build(), ASOF);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(find(v, "ess.I.legal-person").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void aSasAllocating20And50PercentExactlyMeetsII_2_b() {
    // profit 40 000: 20 % = 8 000 to the fund (reserves 5 000 < 100 000 / 5), 50 % = 20 000 retained
    Verdict v = EssMembershipRule.get().evaluate(sas(year("40000", "5000", "100000", "8000", "20000").build()).build(), ASOF);
    assertThat(v.outcome()).as(v.explain(Lang.FR)).isEqualTo(Outcome.SATISFIED);
    assertThat(find(v, "ess.II.2.b.fund").comparisons()).hasSize(2);
  }

  @Test
  void oneCentShortOfTheDevelopmentFundFails() {
    Verdict v = EssMembershipRule.get().evaluate(sas(year("40000", "5000", "100000", "7999.99", "20000").build()).build(), ASOF);
    assertThat(find(v, "ess.II.2.b.fund").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void reservesAtOneFifthOfCapitalEndTheFundObligation_tantQueNAtteintPas() {
    // 20 000 = 100 000 / 5: the reserves reach the fraction, no allocation due
    Verdict v = EssMembershipRule.get().evaluate(sas(year("40000", "20000", "100000", "0", "20000").build()).build(), ASOF);
    assertThat(find(v, "ess.II.2.b.fund").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void priorLossesAreDeductedBeforeTheShares() {
    // profit 40 000 − losses 30 000 = 10 000: 20 % = 2 000, 50 % = 5 000
    EssFinancialYear y = year("40000", "0", "100000", "2000", "5000").priorLosses(new BigDecimal("30000")).build();
    Verdict v = EssMembershipRule.get().evaluate(sas(y).build(), ASOF);
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(find(v, "ess.II.2.b.reserves").comparisons().get(0).limit().decimalValue()).isEqualByComparingTo("5000");
  }

  @Test
  void aYearOfLossHasNothingToAllocate() {
    Verdict v = EssMembershipRule.get().evaluate(sas(year("-12000", "0", "100000", "0", "0").build()).build(), ASOF);
    assertThat(find(v, "ess.II.2.b.profit").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void amortisingCapitalIsForbiddenForACommercialCompany() {
    EssFinancialYear y = year("40000", "5000", "100000", "8000", "20000")
        .capitalOperation(CapitalOperation.AMORTISATION_OR_OTHER_REDUCTION).build();
    assertThat(EssMembershipRule.get().evaluate(sas(y).build(), ASOF).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void aSasWithoutAccountsIsUndeterminedAndSaysWhichYearsAreMissing() {
    Verdict v = EssMembershipRule.get().evaluate(conditionsOfI(LegalForm.COMMERCIAL_COMPANY)
        .socialUtilityInStatuts(true).managementPrinciplesInStatuts(true).build(), ASOF);
    assertThat(v.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(v.missingFacts()).containsExactly("/financialYears", "/registeredAsEss");
  }

  @Test
  void aPartlyKnownYearNamesTheFiguresToGive() {
    EssFinancialYear y = EssFinancialYear.builder().closingDate(LocalDate.of(2025, 12, 31))
        .profit(new BigDecimal("10000")).priorLosses(BigDecimal.ZERO).capitalOperation(CapitalOperation.NONE).build();
    Verdict v = EssMembershipRule.get().evaluate(sas(y).build(), ASOF);
    assertThat(v.missingFacts()).containsExactly("/financialYears/0/reservesBeforeAllocation",
        "/financialYears/0/shareCapital", "/financialYears/0/allocatedToRetainedEarningsAndMandatoryReserves");
  }

  @Test
  void aGieIsNeitherByFormNorACommercialCompany() {
    Verdict v = EssMembershipRule.get().evaluate(conditionsOfI(LegalForm.OTHER_PRIVATE_LEGAL_PERSON).build(), ASOF);
    assertThat(find(v, "ess.II").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void noRuleBeforeTheLawCameIntoForce() {
    assertThatThrownBy(() -> EssMembershipRule.get().evaluate(conditionsOfI(LegalForm.ASSOCIATION).build(),
        LocalDate.of(2014, 8, 1))).isInstanceOfSatisfying(NoLawKnownException.class, e -> {
          // issue 18: the French message ended in "/ since 2 August 2014"
          assertThat(e.coverage()).startsWith("2014-08-02 →");
          assertThat(e.message(Lang.FR)).contains("1er août 2014").doesNotContain("since", "August");
          assertThat(e.message(Lang.EN)).contains("1 August 2014").doesNotContain("depuis", "août");
        });
    assertThat(EssMembershipRule.get().evaluate(conditionsOfI(LegalForm.ASSOCIATION).build(),
        LocalDate.of(2014, 8, 2)).outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(List.of(LegalForm.values())).hasSize(11);
  }
}
