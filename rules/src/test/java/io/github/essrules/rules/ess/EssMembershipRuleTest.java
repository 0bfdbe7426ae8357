package io.github.essrules.rules.ess;

import io.github.essrules.core.law.NoLawKnownException;
import java.math.BigDecimal;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.Lang;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EssMembershipRuleTest {
  static final LocalDate ASOF = LocalDate.of(2026, 1, 15);

  static EssMembershipFacts.Builder conditionsOfI(LegalForm form) {
    return EssMembershipFacts.builder().legalForm(form)
        .purposeOtherThanSharingProfits(true).democraticGovernance(true).profitsMostlyForActivity(true)
        .mandatoryReservesUndistributable(true).liquidationSurplusToEss(true);
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

  @Test
  void theSocietesWhoseDirigeantsR3332_21_2DefinesAreTheCooperativesAndCommercialCompanies() {
    // C. trav. R3332-21-2: "Pour l'application du 3° du I de l'article L. 3332-17-1 aux sociétés"; an
    // association, a fondation, a mutuelle or a public-law entity is no société. The société
    // d'assurance mutuelle is left out too: a doubt [?] (it is a société of the Code des assurances),
    // with no effect but the notice on dirigeants
    assertThat(java.util.Arrays.stream(LegalForm.values()).filter(LegalForm::isCompany))
        .containsExactly(LegalForm.SCOP, LegalForm.SCIC, LegalForm.OTHER_COOPERATIVE, LegalForm.COMMERCIAL_COMPANY);
  }
}
