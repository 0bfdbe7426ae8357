package io.github.essrules.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The factories of findings give the same values as the builder, with the outcome they name. */
class FindingFactoriesTest {
  private static final Message MESSAGE = Message.of(CoreMessages.get(), "outcome.PENDING");
  private static final LegalReference REF = LegalReference.of(io.github.essrules.core.law.TextKind.CODE_ARTICLE, "C. trav., art. R7331-3",
      io.github.essrules.core.law.Confidence.VERIFIED);

  private static Comparison onOrBefore(int day, int deadline) {
    return Comparison.of(MESSAGE, MessageArg.date(LocalDate.of(2025, 3, day)), Operator.AT_MOST,
        MessageArg.date(LocalDate.of(2025, 3, deadline)));
  }

  @Test
  void aComparedFindingIsSatisfiedOnlyWhenEveryComparisonHolds() {
    Finding met = Finding.compared("x", REF, MESSAGE, onOrBefore(1, 1), onOrBefore(2, 3));
    Finding late = Finding.compared("x", REF, MESSAGE, onOrBefore(1, 1), onOrBefore(4, 3));
    assertThat(met.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(late.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(late.comparisons()).hasSize(2);
    assertThat(met).isEqualTo(Finding.builder().id("x").outcome(Outcome.SATISFIED).reference(REF).message(MESSAGE)
        .comparisons(met.comparisons()).build());
    assertThatThrownBy(() -> Finding.compared("x", REF, MESSAGE)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingPendingAndDecidedFindingsCarryWhatTheyName() {
    Finding missing = Finding.missing("x", REF, MESSAGE, "/interviews", "/contractEnd");
    assertThat(missing.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(missing.missingFacts()).containsExactly("/interviews", "/contractEnd");
    assertThatThrownBy(() -> Finding.missing("x", REF, MESSAGE)).isInstanceOf(IllegalStateException.class);
    Finding pending = Finding.pending("x", REF, MESSAGE, onOrBefore(5, 1));
    assertThat(pending.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(pending.comparisons()).hasSize(1);
    assertThat(Finding.decided("x", Outcome.NOT_APPLICABLE, REF, MESSAGE).children()).isEqualTo(List.of());
    assertThatThrownBy(() -> Finding.decided("x", Outcome.UNDETERMINED, REF, MESSAGE))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aDecidedFindingKeepsTheOutcomeGivenWithTheComparisonsShown() {
    // "below the threshold, the obligation does not apply": the comparison fails, the finding is not applicable
    Finding below = Finding.decided("x", Outcome.NOT_APPLICABLE, REF, MESSAGE, onOrBefore(4, 3));
    assertThat(below.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(below).isEqualTo(Finding.of("x", Outcome.NOT_APPLICABLE, REF, MESSAGE, below.comparisons(), List.of(),
        List.of()));
    Finding item = Finding.decided("x.item", Outcome.NOT_SATISFIED, REF, MESSAGE);
    Finding breached = Finding.decided("x", Outcome.NOT_SATISFIED, REF, MESSAGE, new java.util.ArrayList<>(List.of(item)),
        onOrBefore(1, 1));
    assertThat(breached).isEqualTo(Finding.of("x", Outcome.NOT_SATISFIED, REF, MESSAGE, List.of(onOrBefore(1, 1)),
        List.of(), List.of(item)));
    assertThatThrownBy(() -> Finding.decided("x", Outcome.UNDETERMINED, REF, MESSAGE, onOrBefore(1, 1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMissingFindingCanShowTheComparisonsMadeBeforeTheFactWasFound() {
    // the price exceeds the ceiling unless works justify it, and the works are not given
    Finding works = Finding.missing("x", REF, MESSAGE, List.of("/works"), onOrBefore(4, 3));
    assertThat(works.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(works).isEqualTo(Finding.of("x", Outcome.UNDETERMINED, REF, MESSAGE, works.comparisons(),
        List.of("/works"), List.of()));
    assertThat(Finding.missing("x", REF, MESSAGE, List.of("/works")).comparisons()).isEmpty();
    assertThatThrownBy(() -> Finding.missing("x", REF, MESSAGE, List.of(), onOrBefore(1, 1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSingleComparisonGivesTheFindingTheListOfOneGives() {
    // the one-comparison forms avoid the array of a variable argument list; nothing else differs
    assertThat(Finding.compared("x", REF, MESSAGE, onOrBefore(4, 3)))
        .isEqualTo(Finding.compared("x", REF, MESSAGE, new Comparison[] {onOrBefore(4, 3)}))
        .extracting(Finding::outcome).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(Finding.compared("x", REF, MESSAGE, onOrBefore(3, 3)).outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(Finding.decided("x", Outcome.NOT_APPLICABLE, REF, MESSAGE, onOrBefore(4, 3)))
        .isEqualTo(Finding.decided("x", Outcome.NOT_APPLICABLE, REF, MESSAGE, new Comparison[] {onOrBefore(4, 3)}));
    assertThatThrownBy(() -> Finding.decided("x", Outcome.UNDETERMINED, REF, MESSAGE, onOrBefore(4, 3)))
        .isInstanceOf(IllegalStateException.class);
  }
}
