package io.github.essrules.rules.financement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.amounts.LegalParameters;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.law.LawStatus;
import io.github.essrules.core.verdict.LawOptions;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The public-support rules' API: deadlines, refusals, and what `ess law status` lists. */
class FinancementRulesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

  static SubventionAward.Builder award() {
    return SubventionAward.builder().funder(Funder.STATE).beneficiaryForm(LegalForm.ASSOCIATION)
        .amount(new BigDecimal("30000")).awardedOn(LocalDate.of(2025, 3, 1)).socialHousing(false).earmarked(true)
        .financialYearEnd(LocalDate.of(2025, 12, 31)).conventionSignedOn(LocalDate.of(2025, 3, 15));
  }

  @Test
  void theCompteRenduFinancierIsDueSixMonthsAfterTheYearEndTheMonthsLastDayWhenShorter() {
    // loi n° 2000-321, art. 10: « dans les six mois suivant la fin de l'exercice »
    assertThat(SubventionConvention.compteRenduDeadline(LocalDate.of(2025, 12, 31))).isEqualTo("2026-06-30");
    assertThat(SubventionConvention.compteRenduDeadline(LocalDate.of(2025, 8, 31))).isEqualTo("2026-02-28");
    assertThat(SubventionConvention.compteRenduDeadline(LocalDate.of(2023, 8, 31))).isEqualTo("2024-02-29");
  }

  @Test
  void aStateSubsidyToACommercialCompanyCitesTheUndecidedPrefectureDepositAndIsExplainedInBothLanguages() {
    Verdict v = SubventionConvention.get().evaluate(award().beneficiaryForm(LegalForm.COMMERCIAL_COMPANY).build(), AS_OF);
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(v.notices()).extracting(n -> n.id()).contains("subv.prefecture");
    assertThat(v.explain(Lang.FR)).contains("est supérieur à 23\u00a0000\u00a0€").contains("dépôt en préfecture");
    assertThat(v.explain(Lang.EN)).contains("Convention required").contains("préfecture");
  }

  @Test
  void aSchemeThresholdWithoutItsTextIsRefusedAsAnInputError() {
    assertThatThrownBy(() -> SubventionConvention.get().evaluate(award().schemeThreshold(new BigDecimal("300000")).build(),
        AS_OF)).isInstanceOf(InvalidInputException.class).hasMessageContaining("schemeThresholdText");
  }

  @Test
  void aCerRequestDatedAfterTheDateAskedAboutIsAnInputError() {
    CerRequest r = CerRequest.builder().applicantForm(LegalForm.ASSOCIATION).funder(Funder.STATE)
        .requestedOn(LocalDate.of(2026, 5, 1)).contractSubscribed(true).build();
    assertThatThrownBy(() -> ContratEngagementRepublicain.get().evaluate(r, AS_OF))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("/requestedOn");
  }

  @Test
  void anAccountsYearBeforeAugust2014IsRefusedNotAnsweredWithTodaysThreshold() {
    AssociationSubsidies y = AssociationSubsidies.builder().yearBasis(AssociationSubsidies.YearBasis.FINANCIAL_YEAR)
        .yearStart(LocalDate.of(2013, 1, 1)).yearEnd(LocalDate.of(2013, 12, 31)).build();
    assertThatThrownBy(() -> AssociationComptes.get().evaluate(y, AS_OF)).isInstanceOf(NoLawKnownException.class);
  }

  @Test
  void lawStatusListsTheNewParametersAndTexts() {
    LawStatus s = LawStatus.of(AS_OF, LawOptions.standard());
    assertThat(s.parameters()).extracting(LawStatus.ParameterStatus::id).contains(
        LegalParameters.SUBVENTION_SEUIL_CONVENTION, LegalParameters.SUBVENTION_SEUIL_DONNEES_ESSENTIELLES,
        LegalParameters.SUBVENTION_DONNEES_ESSENTIELLES_SEUIL_HABITANTS,
        LegalParameters.ASSOCIATION_SUBVENTIONS_SEUIL_L612_4);
    assertThat(s.texts()).extracting(LawStatus.TextStatus::citation).contains(
        "Loi n° 2000-321 du 12 avril 2000, art. 9-1", "Loi n° 2000-321 du 12 avril 2000, art. 10",
        "Loi n° 2000-321 du 12 avril 2000, art. 10-1", "C. com., art. L612-4", "Loi n° 2014-856 du 31 juillet 2014, art. 9");
    // the 23 000 € and 153 000 € are read only in secondary sources
    assertThat(LegalParameters.decimal(LegalParameters.SUBVENTION_SEUIL_CONVENTION).at(AS_OF).reference().confidence())
        .isEqualTo(io.github.essrules.core.law.Confidence.SECONDARY);
    assertThat(LegalParameters.decimal(LegalParameters.ASSOCIATION_SUBVENTIONS_SEUIL_L612_4).at(AS_OF).value())
        .isEqualByComparingTo("153000");
  }

  static AssociationSubsidies.Builder tafEtMaffe2025() {
    // cases/association-comptes/comptes-taf-et-maffe.json: 155 000 € counted in 2025
    return AssociationSubsidies.builder().yearBasis(AssociationSubsidies.YearBasis.FINANCIAL_YEAR)
        .yearStart(LocalDate.of(2025, 1, 1)).yearEnd(LocalDate.of(2025, 12, 31))
        .subsidies(java.util.List.of(subsidy("60000", "2025-04-15"), subsidy("40000", "2025-05-20"),
            subsidy("55000", "2025-09-01")))
        .accountsApprovedOn(LocalDate.of(2026, 3, 20));
  }

  static PublicSubsidy subsidy(String amount, String receivedOn) {
    return PublicSubsidy.builder().funder(Funder.COLLECTIVITE_TERRITORIALE).inCash(true)
        .amount(new BigDecimal(amount)).receivedOn(LocalDate.parse(receivedOn)).build();
  }

  @Test
  void theRulesAreSharedInstancesUnderTheirIdentifiers() {
    assertThat(SubventionQualification.get()).isNotNull().isSameAs(SubventionQualification.get());
    assertThat(SubventionQualification.get().id()).isEqualTo(SubventionQualification.ID);
  }

  @Test
  void theAccountsArePublishedOnlyAboveTheThresholdAndOnceApproved() {
    // décret n° 2010-31: publication within three months of the approval, for an association above L612-4's threshold
    assertThat(AssociationComptes.get().evaluate(tafEtMaffe2025().build(), AS_OF).notices())
        .extracting(n -> n.id()).containsExactly("comptes.annee", "comptes.publication");
    assertThat(AssociationComptes.get().evaluate(tafEtMaffe2025().accountsApprovedOn(java.util.Optional.empty())
        .build(), AS_OF).notices()).extracting(n -> n.id()).containsExactly("comptes.annee");
    // 153 000 € exactly: « dépasse » is not reached, nothing to publish under L612-4
    Verdict below = AssociationComptes.get().evaluate(tafEtMaffe2025().subsidies(java.util.List.of(
        subsidy("60000", "2025-04-15"), subsidy("40000", "2025-05-20"), subsidy("53000", "2025-09-01"))).build(), AS_OF);
    assertThat(below.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(below.notices()).extracting(n -> n.id()).containsExactly("comptes.annee");
  }

  @Test
  void aYearThatEndsBeforeItStartsIsRefusedAndAMissingDayIsReportedOnce() {
    io.github.essrules.core.validation.FactsValidator validator =
        io.github.essrules.core.validation.FactsValidator.shared();
    assertThat(validator.violations(tafEtMaffe2025().build())).isEmpty();
    // a one-day year is a year
    assertThat(validator.violations(tafEtMaffe2025().yearEnd(LocalDate.of(2025, 1, 1)).build())).isEmpty();
    assertThat(validator.violations(tafEtMaffe2025().yearEnd(LocalDate.of(2024, 12, 31)).build())).hasSize(1);
    // a missing day is reported as missing, not also as a reversed year
    assertThat(validator.violations(AssociationSubsidies.builder().yearBasis(AssociationSubsidies.YearBasis.FINANCIAL_YEAR)
        .yearEnd(LocalDate.of(2025, 12, 31)).build())).singleElement()
        .satisfies(violation -> assertThat(violation.pointer()).isEqualTo("/yearStart"));
    assertThat(validator.violations(AssociationSubsidies.builder().yearBasis(AssociationSubsidies.YearBasis.FINANCIAL_YEAR)
        .yearStart(LocalDate.of(2025, 1, 1)).build())).singleElement()
        .satisfies(violation -> assertThat(violation.pointer()).isEqualTo("/yearEnd"));
  }

  @Test
  void theBuildersCopyEveryFactAndChangeOnlyWhatIsSet() {
    AssociationSubsidies y = tafEtMaffe2025().build();
    assertThat(y.toBuilder().build()).isEqualTo(y);
    assertThat(y.toBuilder().accountsApprovedOn(java.util.Optional.empty()).build().subsidies()).isEqualTo(y.subsidies());
    PublicSubsidy s = y.subsidies().get().get(0);
    assertThat(s.toBuilder().build()).isEqualTo(s);
    assertThat(s.toBuilder().inCash(false).build().amount()).isEqualByComparingTo("60000");
    CerRequest r = CerRequest.builder().applicantForm(LegalForm.ASSOCIATION).funder(Funder.STATE)
        .requestedOn(LocalDate.of(2026, 1, 15)).contractSubscribed(true).build();
    assertThat(r.toBuilder().build()).isEqualTo(r);
    assertThat(r.toBuilder().funder(Funder.EPIC).build().requestedOn()).isEqualTo(r.requestedOn());
    PtceMember m = PtceMember.builder().name("APPUI").kind(PtceMember.Kind.ESS_ENTERPRISE).build();
    assertThat(m.toBuilder().build()).isEqualTo(m);
    assertThat(m.toBuilder().name("Taf et Maffé").build().kind()).isEqualTo(m.kind());
    PtceGrouping g = PtceGrouping.builder().territory("Plaine Commune").members(java.util.List.of(m))
        .sameTerritory(true).commonStrategy(true).build();
    assertThat(g.toBuilder().build()).isEqualTo(g);
    assertThat(g.toBuilder().commonStrategy(false).build().members()).isEqualTo(g.members());
    SubsidyQuestionnaire q = SubsidyQuestionnaire.builder().funder(Funder.COLLECTIVITE_TERRITORIALE)
        .beneficiaryForm(LegalForm.ASSOCIATION).purpose(SubsidyQuestionnaire.Purpose.ACTION).build();
    assertThat(q.toBuilder().build()).isEqualTo(q);
    assertThat(q.toBuilder().optional(true).build().purpose()).isEqualTo(q.purpose());
    SubventionAward a = award().build();
    assertThat(a.toBuilder().build()).isEqualTo(a);
    assertThat(a.toBuilder().amount(new BigDecimal("20000")).build().awardedOn()).isEqualTo(a.awardedOn());
  }
}
