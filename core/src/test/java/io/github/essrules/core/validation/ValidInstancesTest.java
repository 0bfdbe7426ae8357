package io.github.essrules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.id.Siren;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The memo of valid facts finds the very instance it was given, and only it. */
class ValidInstancesTest {

  @Test
  void theRememberedInstanceIsFoundAndAnEqualCopyIsNot() {
    ValidInstances memo = new ValidInstances();
    SampleFacts facts = ImmutableSampleFacts.builder().siren(Siren.of("732829320"))
        .creationDate(LocalDate.of(2020, 1, 1)).turnover(BigDecimal.ZERO).build();
    SampleFacts copy = ImmutableSampleFacts.builder().from(facts).build();
    assertThat(memo.contains(facts)).isFalse();
    memo.add(facts);
    assertThat(memo.contains(facts)).isTrue();
    assertThat(copy).isEqualTo(facts);
    assertThat(memo.contains(copy)).as("remembered by identity, not by value").isFalse();
    assertThat(memo.contains(null)).isFalse();
    memo.add(new StringBuilder("mutable"));
    assertThat(memo.contains(new StringBuilder("mutable"))).isFalse();
  }
}
