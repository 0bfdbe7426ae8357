package io.github.essrules.rules.association;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.verdict.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The franchise des impôts commerciaux (CGI 206-1 bis) is monotone in receipts; the number of paid
 * dirigeants the legal regime allows (CGI 261-7-1° d) is the count of thresholds the average own
 * resources strictly exceed, computed without dividing.
 */
class AssociationProperties {

  static Outcome franchise(int year, long cents) {
    return AssociationRule.get().evaluate(AssociationRuleTest.epiceaIn2025().year(Year.of(year))
        .lucrativeReceipts(BigDecimal.valueOf(cents, 2)).build(), LocalDate.of(2026, 4, 1))
        .find("association.franchise").get(0).outcome();
  }

  @Property(tries = 300)
  void moreReceiptsNeverTurnTheFranchiseFromLostToKept(@ForAll @IntRange(min = 2019, max = 2025) int year,
      @ForAll @IntRange(min = 0, max = 12_000_000) int cents, @ForAll @IntRange(min = 0, max = 2_000_000) int more) {
    Outcome less = franchise(year, cents);
    Outcome greater = franchise(year, (long) cents + more);
    if (less == Outcome.NOT_SATISFIED) {
      assertThat(greater).isEqualTo(Outcome.NOT_SATISFIED);
    }
    if (greater == Outcome.SATISFIED) {
      assertThat(less).isEqualTo(Outcome.SATISFIED);
    }
  }

  private static final List<BigDecimal> THRESHOLDS = List.of(new BigDecimal("200000"), new BigDecimal("500000"),
      new BigDecimal("1000000"));

  @Property(tries = 1000)
  void paidDirigeantsAllowedCountTheThresholdsTheExactAverageExceeds(
      @ForAll @IntRange(min = 0, max = 500_000_000) int centsA, @ForAll @IntRange(min = 0, max = 150_000_000) int centsB,
      @ForAll @IntRange(min = 0, max = 150_000_000) int centsC) {
    BigDecimal sum = BigDecimal.valueOf(centsA, 2).add(BigDecimal.valueOf(centsB, 2)).add(BigDecimal.valueOf(centsC, 2));
    // the oracle divides, to twenty decimals, rounding towards zero: a third of a cent above a
    // threshold stays above it
    BigDecimal average = sum.divide(BigDecimal.valueOf(3), 20, RoundingMode.DOWN);
    int expected = (int) THRESHOLDS.stream().filter(t -> average.compareTo(t) > 0).count();
    assertThat(DirigeantsLegalRegime.allowedPaidDirigeants(sum, THRESHOLDS)).isEqualTo(expected);
  }
}
