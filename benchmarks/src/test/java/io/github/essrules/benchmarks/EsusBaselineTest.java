package io.github.essrules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.esus.EsusRule;
import io.github.essrules.rules.oracle.EsusBaseline;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's case goes through every condition in the rule and in its hand-written baseline
 * (the ESUS test oracle of ess-rules, checked against the rule on generated facts by
 * {@code EsusOracleProperties} there).
 */
class EsusBaselineTest {
  private static final BigDecimal SMIC_2025 = new BigDecimal("11.88");

  @Test
  void theBenchmarkCaseIsEligibleSoThatEveryConditionIsEvaluated() {
    assertThat(EsusRule.get().evaluate(Fixtures.esus(), Fixtures.ESUS_AS_OF).outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(EsusBaseline.eligible(Fixtures.esus(), SMIC_2025)).isTrue();
    assertThat(Fixtures.cae(50).entrepreneurs().orElseThrow()).hasSize(50);
  }
}
