package io.github.essrules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.EsusFinancialYear;
import io.github.essrules.rules.esus.EsusRule;
import io.github.essrules.rules.esus.Pay;
import io.github.essrules.rules.esus.PayYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The hand-written baseline measures the same work as the rule: on cases around the thresholds of
 * L3332-17-1, I, 2° (66 % of charges) and 3° (7 and 10 × the SMIC), both give the same answer.
 */
class EsusBaselineProperties {
  private static final BigDecimal SMIC_2025 = new BigDecimal("11.88");

  @Property(tries = 300)
  void theBaselineAndTheRuleAgree(@ForAll @IntRange(min = 150_000, max = 260_000) int president,
      @ForAll @IntRange(min = 700_000, max = 900_000) int social2024) {
    EsusFacts base = Fixtures.esus();
    PayYear year = base.payYears().get(0);
    List<Pay> pays = new ArrayList<>(year.pay());
    pays.set(0, pays.get(0).toBuilder().amountPaid(BigDecimal.valueOf(president)).build());
    List<EsusFinancialYear> years = new ArrayList<>(base.financialYears());
    years.set(1, years.get(1).toBuilder()
        .socialUtilityOperatingCharges(BigDecimal.valueOf(social2024)).build());
    EsusFacts facts = base.toBuilder()
        .payYears(List.of(year.toBuilder().pay(pays).build()))
        .financialYears(years)
        .build();
    boolean rule = EsusRule.get().evaluate(facts, Fixtures.ESUS_AS_OF).outcome() == Outcome.SATISFIED;
    assertThat(EsusBaseline.eligible(facts, SMIC_2025)).isEqualTo(rule);
  }

  @org.junit.jupiter.api.Test
  void theBenchmarkCaseIsEligibleSoThatEveryConditionIsEvaluated() {
    assertThat(EsusRule.get().evaluate(Fixtures.esus(), Fixtures.ESUS_AS_OF).outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(EsusBaseline.eligible(Fixtures.esus(), SMIC_2025)).isTrue();
    assertThat(Fixtures.cae(50).entrepreneurs().orElseThrow()).hasSize(50);
  }
}
