package io.github.essrules.rules.esus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.essrules.core.Lang;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EsusAgrementTest {

  @Test
  void twoMonthsOfSilenceAfterTheCompleteFileAreAcceptance_R3332_21_3_II() {
    EsusFacts f = EsusCases.regieDeQuartier().completeFileReceivedOn(LocalDate.of(2026, 3, 16)).build();
    AgrementTerm before = EsusAgrement.term(f, LocalDate.of(2026, 5, 15), 6);
    assertThat(before.status()).isEqualTo(AgrementStatus.PENDING);
    assertThat(before.tacitAcceptanceOn()).contains(LocalDate.of(2026, 5, 16));
    // the day before the two months end, the silence is not yet an acceptance: nothing granted
    assertThat(before.grantedOn()).isEmpty();
    assertThat(before.tacit()).isFalse();
    AgrementTerm after = EsusAgrement.term(f, LocalDate.of(2026, 5, 16), 6);
    assertThat(after.status()).isEqualTo(AgrementStatus.VALID);
    assertThat(after.tacit()).isTrue();
    assertThat(after.grantedOn()).contains(LocalDate.of(2026, 5, 16));
  }

  @Test
  void anAgrementGrantedAfterTheDateTheCalendarIsReadOnIsRefused_R3332_21_3() {
    EsusFacts f = EsusCases.regieDeQuartier().grantedOn(LocalDate.of(2026, 4, 20)).build();
    assertThatThrownBy(() -> EsusAgrement.term(f, LocalDate.of(2026, 4, 19), 6))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.pointer(), v -> v.messageEn())
            .containsExactly(tuple("/grantedOn", "20 April 2026 is after the date asked about (19 April 2026)")));
    assertThat(EsusAgrement.term(f, LocalDate.of(2026, 4, 20), 6).status()).isEqualTo(AgrementStatus.VALID);
  }

  @Test
  void fiveYearsForAnEstablishedEnterprise_R3332_21_3_III() {
    EsusFacts f = EsusCases.regieDeQuartier().grantedOn(LocalDate.of(2026, 4, 20)).build();
    AgrementTerm t = EsusAgrement.term(f, LocalDate.of(2026, 11, 27), 6);
    assertThat(t.durationYears()).contains(5);
    assertThat(t.lastValidDay()).contains(LocalDate.of(2031, 4, 19));
    assertThat(t.status()).isEqualTo(AgrementStatus.VALID);
    assertThat(t.grantingAuthority().render(Lang.FR)).startsWith("le préfet du département du siège social");
    assertThat(t.notices()).filteredOn(n -> n.id().equals("esus.duration")).singleElement()
        .satisfies(n -> assertThat(n.message().key()).isEqualTo("esus.notice.duration"));
    // the application of 2 March 2026 falls under the version of R3332-21-3 the library encodes
    assertThat(t.notices()).noneMatch(n -> n.id().startsWith("version-"));
    assertThat(EsusAgrement.term(f, LocalDate.of(2030, 10, 20), 6).status()).isEqualTo(AgrementStatus.RENEWAL_DUE);
    assertThat(EsusAgrement.term(f, LocalDate.of(2030, 10, 19), 6).status()).isEqualTo(AgrementStatus.VALID);
    assertThat(EsusAgrement.term(f, LocalDate.of(2031, 4, 19), 6).status()).isEqualTo(AgrementStatus.RENEWAL_DUE);
    assertThat(EsusAgrement.term(f, LocalDate.of(2031, 4, 20), 6).status()).isEqualTo(AgrementStatus.EXPIRED);
  }

  @Test
  void twoYearsForAnEnterpriseCreatedLessThanThreeYearsBeforeTheApplication() {
    EsusFacts young = EsusCases.regieDeQuartier().creationDate(LocalDate.of(2023, 3, 3))
        .grantedOn(LocalDate.of(2026, 4, 20)).build();
    assertThat(EsusAgrement.term(young, LocalDate.of(2026, 5, 1), 0).durationYears()).contains(2);
    assertThat(EsusAgrement.term(young, LocalDate.of(2026, 5, 1), 0).lastValidDay()).contains(LocalDate.of(2028, 4, 19));
    assertThat(EsusAgrement.term(young, LocalDate.of(2026, 5, 1), 0).notices())
        .filteredOn(n -> n.id().equals("esus.duration")).singleElement()
        .satisfies(n -> assertThat(n.message().key()).isEqualTo("esus.notice.duration.young"));
    // created exactly three years before the application (2023-03-02 + 3 years = 2026-03-02): not "moins de trois ans"
    EsusFacts three = EsusCases.regieDeQuartier().creationDate(LocalDate.of(2023, 3, 2))
        .grantedOn(LocalDate.of(2026, 4, 20)).build();
    assertThat(EsusAgrement.term(three, LocalDate.of(2026, 5, 1), 0).durationYears()).contains(5);
  }

  @Test
  void withoutTheFileDatesTheStatusIsUndeterminedAndSaysWhy() {
    AgrementTerm t = EsusAgrement.term(EsusCases.regieDeQuartier().build(), LocalDate.of(2026, 5, 1), 6);
    assertThat(t.status()).isEqualTo(AgrementStatus.UNDETERMINED);
    assertThat(t.missingFacts()).containsExactly("/completeFileReceivedOn", "/grantedOn");
    assertThatThrownBy(() -> EsusAgrement.term(EsusCases.regieDeQuartier().build(), LocalDate.of(2026, 5, 1), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAnnexStatementCitesR3332_21_5AndTheFiguresCompared() {
    EsusFacts f = EsusCases.regieDeQuartier().build();
    Verdict v = EsusRule.get().evaluate(f, LocalDate.of(2026, 4, 1));
    String fr = EsusAnnexStatement.of(f, v).text(Lang.FR);
    assertThat(fr).contains("R. 3332-21-5").contains("Régie de quartier des Tilleuls")
        .contains("8° du II").contains("L3332-17-1, I, 3°, a").contains("n'excède pas");
    assertThat(EsusAnnexStatement.of(f, v).text(Lang.EN)).contains("annex to the annual accounts");
  }

  @Test
  void noAnnexStatementFromAVerdictThatIsNotSatisfied() {
    EsusFacts f = EsusCases.regieDeQuartier().equitySecurities(EquitySecurities.ADMITTED_TO_TRADING).build();
    Verdict v = EsusRule.get().evaluate(f, LocalDate.of(2026, 4, 1));
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThatThrownBy(() -> EsusAnnexStatement.of(f, v)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOT_SATISFIED");
  }

  @Test
  void anExpressDecisionBeforeTheTwoMonthsOfSilenceIsTheGrant_R3332_21_3_II() {
    // complete file received on 16 March 2026: silence would be acceptance on 16 May; the préfet
    // granted it on 20 April
    EsusFacts f = EsusCases.regieDeQuartier().completeFileReceivedOn(LocalDate.of(2026, 3, 16))
        .grantedOn(LocalDate.of(2026, 4, 20)).build();
    AgrementTerm t = EsusAgrement.term(f, LocalDate.of(2026, 6, 1), 6);
    assertThat(t.grantedOn()).contains(LocalDate.of(2026, 4, 20));
    assertThat(t.tacit()).isFalse();
    assertThat(t.tacitAcceptanceOn()).contains(LocalDate.of(2026, 5, 16));
    assertThat(t.notices()).extracting(n -> n.id()).contains("esus.tacit-acceptance", "esus.duration");
    assertThat(t.lastValidDay()).contains(LocalDate.of(2031, 4, 19));
  }

  @Test
  void aGrantWithoutTheCreationDateHasNoKnownDuration_R3332_21_3_III() {
    // five years, or two for an enterprise created less than three years before the application
    EsusFacts f = EsusCases.regieDeQuartier().creationDate(java.util.Optional.empty())
        .grantedOn(LocalDate.of(2026, 4, 20)).build();
    AgrementTerm t = EsusAgrement.term(f, LocalDate.of(2026, 6, 1), 6);
    assertThat(t.status()).isEqualTo(AgrementStatus.UNDETERMINED);
    assertThat(t.missingFacts()).containsExactly("/creationDate");
    assertThat(t.durationYears()).isEmpty();
    assertThat(t.lastValidDay()).isEmpty();
  }

  @Test
  void withoutARenewalWindowTheAgrementStaysValidToItsLastDay() {
    EsusFacts f = EsusCases.regieDeQuartier().grantedOn(LocalDate.of(2026, 4, 20)).build();
    assertThat(EsusAgrement.term(f, LocalDate.of(2026, 11, 27), 6).renewalWindowOpensOn())
        .contains(LocalDate.of(2030, 10, 20));
    AgrementTerm noWindow = EsusAgrement.term(f, LocalDate.of(2031, 4, 19), 0);
    assertThat(noWindow.renewalWindowOpensOn()).isEmpty();
    assertThat(noWindow.status()).isEqualTo(AgrementStatus.VALID);
    assertThat(EsusAgrement.term(f, LocalDate.of(2031, 4, 20), 0).status()).isEqualTo(AgrementStatus.EXPIRED);
  }

  @Test
  void anApplicationOf2020IsReadWithThe2025ProcedureAndANoticeSaysSo_R3332_21_3() {
    // the version of R3332-21-3 in force on 1 June 2020 is not encoded: the calendar applies the
    // encoded one and says so, with the confidence "unconfirmed"
    EsusFacts f = EsusCases.regieDeQuartier().applicationDate(LocalDate.of(2020, 6, 1))
        .payYears(List.of(PayYear.builder().year(Year.of(2019)).addPay(EsusCases.fullTime("d", "40000"))
            .allPaidPersonsListed(true).build()))
        .grantedOn(LocalDate.of(2020, 7, 15)).build();
    AgrementTerm t = EsusAgrement.term(f, LocalDate.of(2020, 9, 1), 6);
    assertThat(t.notices()).filteredOn(n -> n.id().equals("version-not-modelled")).singleElement().satisfies(n -> {
      assertThat(n.message().key()).isEqualTo("notice.version-not-modelled");
      assertThat(n.reference().citation()).contains("R3332-21-3");
    });
    assertThat(t.lastValidDay()).contains(LocalDate.of(2025, 7, 14));
  }

  @Test
  void theAnnexStatementNamesTheRouteAndOnlyTheConditionsMet_R3332_21_5() {
    EsusFacts regie = EsusCases.regieDeQuartier().build();
    Verdict v = EsusRule.get().evaluate(regie, LocalDate.of(2026, 4, 1));
    String fr = EsusAnnexStatement.of(regie, v).text(Lang.FR);
    assertThat(fr).contains("conditions de l'agrément au titre du 8° du II de l'article L. 3332-17-1 du code du travail");
    assertThat(EsusAnnexStatement.of(regie, v).text(Locale.FRENCH)).isEqualTo(fr);
    assertThat(EsusAnnexStatement.of(regie, v).text(Locale.GERMAN)).isEqualTo(EsusAnnexStatement.of(regie, v).text(Lang.EN));
    // the general route: satisfied by I, 1°, b (2° of art. 2) and I, 2°, 1° (66 % of the charges);
    // the alternatives not met (a, the dividend ratio) and the route not taken are left out
    EsusFacts sas = EsusCases.sasGeneralRoute().build();
    Verdict general = EsusRule.get().evaluate(sas, LocalDate.of(2026, 4, 1));
    assertThat(general.outcome()).as(general.explain(Lang.FR)).isEqualTo(Outcome.SATISFIED);
    String text = EsusAnnexStatement.of(sas, general).text(Lang.FR);
    assertThat(text).contains("au titre du I de l'article L. 3332-17-1")
        .doesNotContain("Aucune catégorie du II déclarée")
        .doesNotContain("Pas d'activité principale en faveur de personnes fragilisées");
  }

  @Test
  void noAnnexStatementFromTheVerdictOfAnotherRule() {
    EsusFacts f = EsusCases.regieDeQuartier().build();
    Verdict membership = io.github.essrules.rules.ess.EssMembershipRule.get().evaluate(f.ess(), LocalDate.of(2026, 4, 1));
    assertThat(membership.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThatThrownBy(() -> EsusAnnexStatement.of(f, membership)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ess-membership");
  }

  @Test
  void eachValueCopiedByToBuilderIsEqualAndChangesOnlyWhatIsSet() {
    EsusFacts f = EsusCases.regieDeQuartier().build();
    assertThat(f.toBuilder().build()).isEqualTo(f);
    assertThat(f.toBuilder().equitySecurities(EquitySecurities.ADMITTED_TO_TRADING).build().applicationDate())
        .isEqualTo(f.applicationDate());
    PayYear y = f.payYears().get(0);
    assertThat(y.toBuilder().build()).isEqualTo(y);
    assertThat(y.toBuilder().year(Year.of(2024)).build().pay()).isEqualTo(y.pay());
    Pay p = y.pay().get(0);
    assertThat(p.toBuilder().build()).isEqualTo(p);
    assertThat(p.toBuilder().role(PayeeRole.DIRIGEANT).build().amountPaid()).isEqualTo(p.amountPaid());
    MainPurpose m = MainPurpose.builder().objectives(List.of(UtilityObjective.FRAGILE_PERSONS)).build();
    assertThat(m.toBuilder().build()).isEqualTo(m);
    assertThat(f.ess().toBuilder().build()).isEqualTo(f.ess());
    AgrementTerm t = EsusAgrement.term(f.toBuilder().grantedOn(LocalDate.of(2026, 4, 20)).build(), LocalDate.of(2026, 5, 1), 6);
    assertThat(t.toBuilder().build()).isEqualTo(t);
    assertThat(t.toBuilder().status(AgrementStatus.EXPIRED).build().grantedOn()).isEqualTo(t.grantedOn());
  }
}
