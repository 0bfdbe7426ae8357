package io.github.essrules.rules.scic;

import static io.github.essrules.rules.scic.ScicRuleTest.ASOF;
import static io.github.essrules.rules.scic.ScicRuleTest.find;
import static io.github.essrules.rules.scic.ScicRuleTest.hotelDuNord;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rule of unknown and empty facts (package {@code io.github.essrules.rules}) for a SCIC: its
 * categories of associés and its colleges, left out, are unknown; {@code []} says "none"
 * (loi n° 47-1775, art. 19 septies and 19 octies).
 */
class UnknownAndEmptyFactsTest {

  @Test
  void aScicCaseWithoutItsCategoriesOfAssociesIsUndeterminedNotShortOfThree_art19_septies() {
    Verdict unknown = ScicRule.get().evaluate(hotelDuNord().associateCategories(Optional.empty()).build(), ASOF);
    for (String id : List.of("scic.categories", "scic.public-capital")) {
      assertThat(find(unknown, id).outcome()).as(id).isEqualTo(Outcome.UNDETERMINED);
      assertThat(find(unknown, id).missingFacts()).as(id).containsExactly("/associateCategories");
    }
    // [] : no category of associés at all
    Verdict none = ScicRule.get().evaluate(hotelDuNord().associateCategories(List.of()).build(), ASOF);
    assertThat(find(none, "scic.categories").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(find(none, "scic.public-capital").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void statutsWhoseCollegesAreNotGivenAreUndeterminedAndWithoutCollegesOneAssocieOneVote_art19_octies() {
    Verdict unknown = ScicRule.get().evaluate(hotelDuNord().colleges(Optional.empty()).build(), ASOF);
    assertThat(find(unknown, "scic.colleges").outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/colleges");
    Verdict none = ScicRule.get().evaluate(hotelDuNord().colleges(List.of()).build(), ASOF);
    assertThat(find(none, "scic.colleges").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }
}
