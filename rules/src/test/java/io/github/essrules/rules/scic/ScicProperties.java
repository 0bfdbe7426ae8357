package io.github.essrules.rules.scic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.verdict.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the SCIC rules (loi 47-1775, art. 16, 19 septies, 19 nonies). */
class ScicProperties {

  @Property(tries = 500)
  void theSurplusAllocationConservesMoneyToTheCentAndNeverFallsBelowTheMinimum(
      @ForAll @LongRange(min = 1, max = 100_000_000_00L) long surplusCents,
      @ForAll @LongRange(min = 0, max = 10_000_000_00L) long reservesCents,
      @ForAll @LongRange(min = 0, max = 10_000_000_00L) long capitalCents) {
    BigDecimal surplus = BigDecimal.valueOf(surplusCents, 2);
    SurplusYear y = SurplusYear.builder().financialYearClosedOn(LocalDate.of(2025, 12, 31)).surplus(surplus)
        .reservesBefore(BigDecimal.valueOf(reservesCents, 2)).capital(BigDecimal.valueOf(capitalCents, 2)).build();
    SurplusAllocation a = ScicRule.minimumAllocation(y);
    assertThat(a.legalReserve().add(a.statutoryReserve()).add(a.remainder())).isEqualByComparingTo(surplus);
    assertThat(a.legalReserve().scale()).isLessThanOrEqualTo(2);
    assertThat(a.statutoryReserve().scale()).isLessThanOrEqualTo(2);
    if (reservesCents < capitalCents) {
      assertThat(a.legalReserve()).isGreaterThanOrEqualTo(surplus.multiply(new BigDecimal("0.15")));
    }
    assertThat(a.statutoryReserve()).isGreaterThanOrEqualTo(surplus.subtract(a.legalReserve()).multiply(new BigDecimal("0.5")));
    assertThat(a.remainder().signum()).isGreaterThanOrEqualTo(0);
  }

  @Property(tries = 200)
  void addingAFourthCategoryNeverBreaksTheCategoryRule(@ForAll ScicCategory extra, @ForAll @IntRange(min = 1, max = 50) int members) {
    ScicCase.Builder base = ScicRuleTest.hotelDuNord().associateCategories(List.of(
        ScicRuleTest.category(ScicCategory.SALARIES, 3, "600"), ScicRuleTest.category(ScicCategory.BENEFICIARIES, 25, "2500"),
        ScicRuleTest.category(ScicCategory.PRODUCERS, 40, "4000")));
    Outcome before = ScicRule.get().evaluate(base.build(), LocalDate.of(2026, 4, 1)).find("scic.categories").get(0).outcome();
    List<AssociateCategory> more = new ArrayList<>(base.build().associateCategories().orElseThrow());
    more.add(ScicRuleTest.category(extra, members, "100"));
    Outcome after = ScicRule.get().evaluate(base.associateCategories(more).build(), LocalDate.of(2026, 4, 1))
        .find("scic.categories").get(0).outcome();
    assertThat(before).isEqualTo(Outcome.SATISFIED);
    assertThat(after).isEqualTo(Outcome.SATISFIED);
  }
}
