package io.github.essrules.rules.ville;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.verdict.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the politique de la ville rules. */
class VilleProperties {

  @Property(tries = 300)
  void theQpvIncomeCriterionIsMonotone(@ForAll @IntRange(min = 0, max = 4_000_000) int cents,
      @ForAll @IntRange(min = 0, max = 500_000) int more) {
    Outcome low = QpvCriteria.get().evaluate(VilleTest.area().medianIncome(BigDecimal.valueOf(cents, 2)).build(),
        LocalDate.of(2025, 1, 1)).find("qpv.criteria.income").get(0).outcome();
    Outcome high = QpvCriteria.get().evaluate(VilleTest.area().medianIncome(BigDecimal.valueOf(cents + more, 2)).build(),
        LocalDate.of(2025, 1, 1)).find("qpv.criteria.income").get(0).outcome();
    if (low == Outcome.NOT_SATISFIED) {
      assertThat(high).isEqualTo(Outcome.NOT_SATISFIED);
    }
  }

  @Property(tries = 300)
  void theZfuTeRateNeverRisesWithTime(@ForAll @IntRange(min = 0, max = 3000) int day, @ForAll @IntRange(min = 0, max = 120) int m,
      @ForAll @IntRange(min = 0, max = 24) int later) {
    LocalDate est = LocalDate.of(2015, 1, 1).plusDays(day);
    YearMonth a = YearMonth.from(est).plusMonths(m);
    assertThat(ZfuTe.rate(est, a.plusMonths(later))).isLessThanOrEqualTo(ZfuTe.rate(est, a));
  }

  @Property(tries = 300)
  void theZfuTeExemptProfitNeverFallsWithMoreQualifyingHiresAndNeverExceedsTheRaisedCap(
      @ForAll @IntRange(min = 0, max = 50_000_000) int profitCents, @ForAll @IntRange(min = 0, max = 40) int hires,
      @ForAll @IntRange(min = 0, max = 11) int months) {
    // CGI 44 octies A: 50 000 € + 5 000 € per new resident employee, per twelve months, prorated by months
    ZfuTeFacts.Builder b = ZfuTeTest.setUpOn("2020-01-15", 12).periodStart(LocalDate.of(2025, 1, 1))
        .periodEnd(LocalDate.of(2025, 1, 1).plusMonths(months).withDayOfMonth(28)).profit(BigDecimal.valueOf(profitCents, 2));
    BigDecimal fewer = ZfuTe.exemptProfit(b.newResidentFullTimeHires(hires).build());
    BigDecimal more = ZfuTe.exemptProfit(b.newResidentFullTimeHires(hires + 1).build());
    assertThat(more).isGreaterThanOrEqualTo(fewer);
    BigDecimal cap = ZfuTe.CAP_PER_YEAR.add(ZfuTe.CAP_RAISE_PER_HIRE.multiply(BigDecimal.valueOf(hires)))
        .multiply(BigDecimal.valueOf(months + 1L)).divide(BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_UP);
    assertThat(fewer).isLessThanOrEqualTo(cap);
  }

  @Property(tries = 200)
  void noEmploisFrancsForAHireFrom2025(@ForAll @IntRange(min = 0, max = 700) int day, @ForAll @IntRange(min = 0, max = 36) int months) {
    assertThat(EmploisFrancs.amount(VilleTest.hire(LocalDate.of(2025, 1, 1).plusDays(day).toString()).monthsPresent(months)
        .build())).isEqualByComparingTo("0");
  }
}
