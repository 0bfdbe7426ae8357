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

}
