package io.github.essrules.rules.association;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.verdict.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The franchise des impôts commerciaux (CGI 206-1 bis) is monotone in receipts. */
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
}
