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
    assertThat(memo.contains(facts, LocalDate.MAX)).isFalse();
    memo.add(facts, LocalDate.MAX);
    assertThat(memo.contains(facts, LocalDate.MAX)).isTrue();
    assertThat(copy).isEqualTo(facts);
    assertThat(memo.contains(copy, LocalDate.MAX)).as("remembered by identity, not by value").isFalse();
    assertThat(memo.contains(null, LocalDate.MAX)).isFalse();
    StringBuilder mutable = new StringBuilder("mutable");
    memo.add(mutable, LocalDate.MAX);
    assertThat(memo.contains(mutable, LocalDate.MAX)).isFalse();
  }

  @Test
  void anInstanceValidAsOfADateIsKnownValidAsOfThatDateAndLaterOnlyAndTheEarliestDateWins() {
    ValidInstances memo = new ValidInstances();
    SampleFacts facts = ImmutableSampleFacts.builder().siren(Siren.of("732829320"))
        .creationDate(LocalDate.of(2020, 1, 1)).turnover(BigDecimal.ZERO).build();
    LocalDate june = LocalDate.of(2025, 6, 1);
    memo.add(facts, june);
    assertThat(memo.contains(facts, june)).isTrue();
    assertThat(memo.contains(facts, june.plusDays(1))).isTrue();
    assertThat(memo.contains(facts, LocalDate.MAX)).as("valid as of a date: its shape is valid").isTrue();
    assertThat(memo.contains(facts, june.minusDays(1))).isFalse();
    memo.add(facts, june.plusYears(1)); // a later date says nothing new
    assertThat(memo.contains(facts, june)).isTrue();
    memo.add(facts, june.minusYears(1));
    assertThat(memo.contains(facts, june.minusYears(1))).isTrue();
    assertThat(memo.contains(facts, june.minusYears(1).minusDays(1))).isFalse();
  }
}
