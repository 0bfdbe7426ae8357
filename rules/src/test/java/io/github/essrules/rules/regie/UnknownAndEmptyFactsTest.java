package io.github.essrules.rules.regie;

import static io.github.essrules.rules.regie.RegieRuleTest.ASOF;
import static io.github.essrules.rules.regie.RegieRuleTest.cucm;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.structure.Organisation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rule of unknown and empty facts (package {@code io.github.essrules.rules}) for a régie de
 * quartier: its qualifications left out are unknown, {@code []} says it holds none (Charte
 * nationale des régies de quartier, CNLRQ label).
 */
class UnknownAndEmptyFactsTest {

  @Test
  void aRegieWhoseLabelsAreNotGivenIsUndeterminedNotUnlabelled_CharteNationale() {
    Organisation unknown = Organisation.builder().from(cucm().build().organisation())
        .qualifications(Optional.empty()).build();
    Verdict v = RegieRule.get().evaluate(cucm().organisation(unknown).build(), ASOF);
    Finding label = v.find("regie.label").get(0);
    assertThat(label.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(label.missingFacts()).containsExactly("/organisation/qualifications");
    Organisation none = Organisation.builder().from(unknown).qualifications(List.of()).build();
    assertThat(RegieRule.get().evaluate(cucm().organisation(none).build(), ASOF).find("regie.label").get(0).outcome())
        .isEqualTo(Outcome.NOT_SATISFIED);
  }
}
