package io.github.essrules.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class VerdictTest {
  private static final Message SUBJECT = Message.of(CoreMessages.get(), "outcome.SATISFIED");
  private static final LegalReference REF =
      LegalReference.of(TextKind.CODE_ARTICLE, "C. trav., art. L3332-17-1, I, 3°, a", Confidence.VERIFIED);

  private static Comparison euros(String actual, Operator op, String limit) {
    return Comparison.of(SUBJECT, MessageArg.euros(new BigDecimal(actual)), op, MessageArg.euros(new BigDecimal(limit)));
  }

  @Test
  void nExcedePasIsAtMostAndHoldsAtTheLimitInferieurAIsStrict() {
    assertThat(euros("151346.27", Operator.AT_MOST, "151346.27").holds()).isTrue();
    assertThat(euros("151346.28", Operator.AT_MOST, "151346.27").holds()).isFalse();
    assertThat(euros("0.66", Operator.LESS_THAN, "0.66").holds()).isFalse();
    assertThat(euros("0.66", Operator.AT_LEAST, "0.660").holds()).isTrue();
    assertThat(Comparison.of(SUBJECT, MessageArg.date(LocalDate.of(2025, 3, 1)), Operator.LESS_THAN,
        MessageArg.date(LocalDate.of(2025, 3, 2))).holds()).isTrue();
  }

  @Test
  void valuesOfDifferentKindsCannotBeCompared() {
    assertThatThrownBy(() -> Comparison.of(SUBJECT, MessageArg.euros(BigDecimal.ONE), Operator.AT_MOST,
        MessageArg.date(LocalDate.of(2025, 1, 1)))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cumulativeConditionsFailOnOneFailureAndWaitOnMissingFacts() {
    assertThat(Outcome.allOf(List.of(Outcome.SATISFIED, Outcome.NOT_SATISFIED, Outcome.UNDETERMINED)))
        .isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(Outcome.allOf(List.of(Outcome.SATISFIED, Outcome.UNDETERMINED))).isEqualTo(Outcome.UNDETERMINED);
    assertThat(Outcome.allOf(List.of(Outcome.SATISFIED, Outcome.NOT_APPLICABLE))).isEqualTo(Outcome.SATISFIED);
    assertThat(Outcome.allOf(List.of(Outcome.NOT_APPLICABLE))).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(Outcome.anyOf(List.of(Outcome.NOT_SATISFIED, Outcome.SATISFIED))).isEqualTo(Outcome.SATISFIED);
    assertThat(Outcome.anyOf(List.of(Outcome.NOT_SATISFIED, Outcome.UNDETERMINED))).isEqualTo(Outcome.UNDETERMINED);
    assertThat(Outcome.anyOf(List.of(Outcome.NOT_SATISFIED, Outcome.NOT_APPLICABLE))).isEqualTo(Outcome.NOT_SATISFIED);
  }

  /** The words of the rule, written as set membership: an independent statement of the order. */
  @Property
  void combiningTwoAtATimeFollowsTheOrderOfPrecedence(@ForAll List<Outcome> outcomes) {
    Outcome all = Outcome.NOT_APPLICABLE;
    Outcome any = Outcome.NOT_APPLICABLE;
    for (Outcome o : outcomes) {
      all = Outcome.allOf(all, o);
      any = Outcome.anyOf(any, o);
    }
    Outcome expectedAll = outcomes.contains(Outcome.NOT_SATISFIED) ? Outcome.NOT_SATISFIED
        : outcomes.contains(Outcome.UNDETERMINED) ? Outcome.UNDETERMINED
        : outcomes.contains(Outcome.SATISFIED) ? Outcome.SATISFIED
        : outcomes.contains(Outcome.PENDING) ? Outcome.PENDING : Outcome.NOT_APPLICABLE;
    Outcome expectedAny = outcomes.contains(Outcome.SATISFIED) ? Outcome.SATISFIED
        : outcomes.contains(Outcome.UNDETERMINED) ? Outcome.UNDETERMINED
        : outcomes.contains(Outcome.NOT_SATISFIED) ? Outcome.NOT_SATISFIED
        : outcomes.contains(Outcome.PENDING) ? Outcome.PENDING : Outcome.NOT_APPLICABLE;
    assertThat(all).isEqualTo(expectedAll).isEqualTo(Outcome.allOf(outcomes));
    assertThat(any).isEqualTo(expectedAny).isEqualTo(Outcome.anyOf(outcomes));
  }

  /**
   * A deadline not yet reached combines like a condition that does not apply: replacing every
   * pending outcome by not applicable changes a combination only from pending to not applicable.
   */
  @Property
  void aPendingConditionDecidesNothingThatANotApplicableOneWouldNot(@ForAll List<Outcome> outcomes) {
    List<Outcome> asNotApplicable = new java.util.ArrayList<>();
    for (Outcome o : outcomes) {
      asNotApplicable.add(o == Outcome.PENDING ? Outcome.NOT_APPLICABLE : o);
    }
    Outcome all = Outcome.allOf(outcomes);
    Outcome any = Outcome.anyOf(outcomes);
    assertThat(all == Outcome.PENDING ? Outcome.NOT_APPLICABLE : all).isEqualTo(Outcome.allOf(asNotApplicable));
    assertThat(any == Outcome.PENDING ? Outcome.NOT_APPLICABLE : any).isEqualTo(Outcome.anyOf(asNotApplicable));
  }

  @Test
  void aPendingOutcomeIsWordedAsADeadlineToCome() {
    assertThat(Outcome.PENDING.label(io.github.essrules.core.Lang.FR)).isEqualTo("échéance à venir");
    assertThat(Outcome.PENDING.label(io.github.essrules.core.Lang.EN)).isEqualTo("deadline not yet reached");
    assertThat(Outcome.allOf(List.of(Outcome.SATISFIED, Outcome.PENDING))).isEqualTo(Outcome.SATISFIED);
    assertThat(Outcome.allOf(List.of(Outcome.NOT_APPLICABLE, Outcome.PENDING))).isEqualTo(Outcome.PENDING);
    assertThat(Outcome.anyOf(List.of(Outcome.NOT_SATISFIED, Outcome.PENDING))).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Property
  void allOfIsSatisfiedOnlyWhenNothingFailsOrIsMissing(@ForAll List<Outcome> outcomes) {
    Outcome all = Outcome.allOf(outcomes);
    if (all == Outcome.SATISFIED) {
      assertThat(outcomes).contains(Outcome.SATISFIED)
          .doesNotContain(Outcome.NOT_SATISFIED, Outcome.UNDETERMINED);
    }
    if (outcomes.contains(Outcome.NOT_SATISFIED)) {
      assertThat(all).isEqualTo(Outcome.NOT_SATISFIED);
      assertThat(Outcome.anyOf(outcomes)).isNotEqualTo(Outcome.NOT_APPLICABLE);
    }
  }

  @Test
  void anUndeterminedLeafMustNameTheFactsItLacks() {
    assertThatThrownBy(() -> Finding.builder().id("x").outcome(Outcome.UNDETERMINED).reference(REF)
        .message(SUBJECT).build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("missing fact");
    assertThatThrownBy(() -> Finding.builder().id("x").outcome(Outcome.SATISFIED).reference(REF)
        .message(SUBJECT).missingFacts(List.of("/a")).build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theExplanationCitesTheArticleAndTheValuesComparedInFrenchAndEnglish() {
    Finding f = Finding.builder().id("esus.3.a").outcome(Outcome.SATISFIED).reference(REF).message(SUBJECT)
        .comparisons(List.of(euros("80000.00", Operator.AT_MOST, "151346.27"))).build();
    Verdict v = Verdict.builder().ruleId("esus").asOf(LocalDate.of(2026, 1, 1)).outcome(Outcome.SATISFIED)
        .addFindings(f).build();
    assertThat(v.explain(Lang.FR))
        .contains("Règle esus au 1er janvier 2026 : satisfaite")
        .contains("C. trav., art. L3332-17-1, I, 3°, a")
        .contains("80\u00a0000,00\u00a0€ n'excède pas 151\u00a0346,27\u00a0€ ✓");
    assertThat(v.explain(Lang.EN))
        .contains("Rule esus as of 1 January 2026: satisfied")
        .contains("€80,000.00 does not exceed €151,346.27 ✓");
  }

  @Test
  void aVerdictIsAsSureAsItsLeastSureReferenceOrNotice() {
    LegalReference secondary = LegalReference.of(TextKind.LOI, "Loi n° 2014-856, art. 2", Confidence.SECONDARY);
    Finding child = Finding.builder().id("c").outcome(Outcome.SATISFIED).reference(secondary).message(SUBJECT).build();
    Finding parent = Finding.builder().id("p").outcome(Outcome.SATISFIED).reference(REF).message(SUBJECT)
        .children(List.of(child)).build();
    Verdict v = Verdict.builder().ruleId("r").asOf(LocalDate.of(2026, 1, 1)).outcome(Outcome.SATISFIED)
        .addFindings(parent).build();
    assertThat(v.confidence()).isEqualTo(Confidence.SECONDARY);
    LegalReference unconfirmed = LegalReference.of(TextKind.CODE_ARTICLE, "C. trav., art. L3332-17-1 (version du 2020-01-01)",
        Confidence.UNCONFIRMED);
    Verdict noticed = Verdict.builder().from(v).addNotices(Notice.of("version-not-modelled", unconfirmed, SUBJECT)).build();
    assertThat(noticed.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(noticed.explain(Lang.EN)).contains("Confidence: unconfirmed").contains("  ! ");
    Verdict verified = Verdict.builder().from(v).findings(List.of(
        Finding.builder().from(parent).children(List.of()).build())).build();
    assertThat(verified.confidence()).isEqualTo(Confidence.VERIFIED);
    assertThat(verified.explain(Lang.FR)).doesNotContain("Confiance");
  }

  @Test
  void aSatisfiedAlternativeAsksForNothingEvenIfTheOtherOneLacksFacts() {
    Finding known = Finding.builder().id("alt1").outcome(Outcome.SATISFIED).reference(REF).message(SUBJECT).build();
    Finding unknown = Finding.builder().id("alt2").outcome(Outcome.UNDETERMINED).reference(REF).message(SUBJECT)
        .missingFacts(List.of("/financialYears/0/tmo")).build();
    Finding either = Finding.builder().id("2").outcome(Outcome.anyOf(List.of(Outcome.SATISFIED, Outcome.UNDETERMINED)))
        .reference(REF).message(SUBJECT).children(List.of(known, unknown)).build();
    Finding other = Finding.builder().id("3").outcome(Outcome.UNDETERMINED).reference(REF).message(SUBJECT)
        .missingFacts(List.of("/payYears")).build();
    Verdict v = Verdict.builder().ruleId("r").asOf(LocalDate.of(2026, 1, 1)).outcome(Outcome.UNDETERMINED)
        .addFindings(either, other).build();
    assertThat(either.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(v.missingFacts()).containsExactly("/payYears");
    assertThat(v.find("alt2")).containsExactly(unknown);
    assertThat(v.find("nothing")).isEmpty();
    assertThat(unknown.allMissingFacts()).containsExactly("/financialYears/0/tmo");
  }

  @Test
  void failuresAreTheNotSatisfiedLeavesThatDecideNeverAFailedAlternativeOfASatisfiedCondition() {
    Finding failedAlternative = Finding.builder().id("alt1").outcome(Outcome.NOT_SATISFIED).reference(REF)
        .message(SUBJECT).build();
    Finding keptAlternative = Finding.builder().id("alt2").outcome(Outcome.SATISFIED).reference(REF)
        .message(SUBJECT).build();
    Finding either = Finding.builder().id("either").outcome(Outcome.SATISFIED).reference(REF).message(SUBJECT)
        .children(List.of(failedAlternative, keptAlternative)).build();
    Finding breach = Finding.builder().id("leaf").outcome(Outcome.NOT_SATISFIED).reference(REF).message(SUBJECT)
        .build();
    Finding person = Finding.builder().id("person").outcome(Outcome.NOT_SATISFIED).reference(REF).message(SUBJECT)
        .children(List.of(breach)).build().about("entrepreneur:amina");
    Finding missing = Finding.builder().id("gap").outcome(Outcome.UNDETERMINED).reference(REF).message(SUBJECT)
        .missingFacts(List.of("/x")).build();
    Verdict v = Verdict.builder().ruleId("r").asOf(LocalDate.of(2026, 1, 1)).outcome(Outcome.NOT_SATISFIED)
        .addFindings(either, person, missing).build();
    assertThat(v.failures()).extracting(Finding::qualifiedId).containsExactly("leaf@entrepreneur:amina");
    assertThat(v.undetermined()).extracting(Finding::id).containsExactly("gap");
    // a subject given to a finding reaches its descendants, and survives a JSON round trip
    assertThat(person.children().get(0).subject()).hasValue("entrepreneur:amina");
    assertThat(io.github.essrules.core.json.EssJson.read(io.github.essrules.core.json.EssJson.write(v), Verdict.class)
        .failures()).extracting(Finding::qualifiedId).containsExactly("leaf@entrepreneur:amina");
  }
}
