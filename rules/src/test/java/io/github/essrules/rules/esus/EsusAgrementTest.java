package io.github.essrules.rules.esus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.essrules.core.Lang;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EsusAgrementTest {

  @Test
  void twoMonthsOfSilenceAfterTheCompleteFileAreAcceptance_R3332_21_3_II() {
    EsusFacts f = EsusCases.regieDeQuartier().completeFileReceivedOn(LocalDate.of(2026, 3, 16)).build();
    AgrementTerm before = EsusAgrement.term(f, LocalDate.of(2026, 5, 15), 6);
    assertThat(before.status()).isEqualTo(AgrementStatus.PENDING);
    assertThat(before.tacitAcceptanceOn()).contains(LocalDate.of(2026, 5, 16));
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
}
