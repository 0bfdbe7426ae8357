package io.github.essrules.rules.foncier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.verdict.Outcome;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.threeten.extra.YearQuarter;

/** Invariants of the resale formulas (CCH L255-5, R256-2; CLT practice) and of buyer eligibility (R255-1). */
class FoncierProperties {

  static IndexTerms own(long i0Hundredths, long i1Hundredths) {
    return IndexTerms.builder().series(IndexTerms.Series.OWN).seriesName("test")
        .addValues(IndexValue.of(YearQuarter.parse("2020-Q1"), BigDecimal.valueOf(i0Hundredths, 2)))
        .addValues(IndexValue.of(YearQuarter.parse("2025-Q1"), BigDecimal.valueOf(i1Hundredths, 2)))
        .initialQuarter(YearQuarter.parse("2020-Q1")).resaleQuarter(YearQuarter.parse("2025-Q1")).build();
  }

  static IndexTerms ownSame(long iHundredths) {
    return IndexTerms.builder().series(IndexTerms.Series.OWN).seriesName("test")
        .addValues(IndexValue.of(YearQuarter.parse("2020-Q1"), BigDecimal.valueOf(iHundredths, 2)))
        .initialQuarter(YearQuarter.parse("2020-Q1")).resaleQuarter(YearQuarter.parse("2020-Q1")).build();
  }

  static IndexedCap cap(long priceCents, IndexTerms terms, long ceilingCents) {
    BrsLease.Builder lease = BrsLease.builder().startDate(LocalDate.of(2020, 1, 1)).durationYears(99)
        .initialPrice(BigDecimal.valueOf(priceCents, 2)).initialPriceDate(LocalDate.of(2020, 1, 1))
        .index(terms).worksAdded(false);
    if (ceilingCents > 0) {
      lease.ofsCeiling(BigDecimal.valueOf(ceilingCents, 2));
    }
    return BrsResale.cap(BrsResaleFacts.builder().lease(lease.build()).resaleDate(LocalDate.of(2025, 2, 1)).build());
  }

  @Property(tries = 300)
  void anEqualIndexGivesTheInitialPrice(@ForAll @LongRange(min = 1, max = 100_000_000) long price,
      @ForAll @LongRange(min = 1, max = 1_000_000) long index) {
    assertThat(cap(price, ownSame(index), 0).cap()).isEqualByComparingTo(BigDecimal.valueOf(price, 2));
  }

  @Property(tries = 300)
  void theCapIsMonotoneInTheIndexAndNeverExceedsTheCeiling(@ForAll @LongRange(min = 1, max = 100_000_000) long price,
      @ForAll @LongRange(min = 5_000, max = 50_000) long i0, @ForAll @LongRange(min = 5_000, max = 50_000) long i1,
      @ForAll @LongRange(min = 0, max = 5_000) long more, @ForAll @LongRange(min = 0, max = 200_000_000) long ceiling) {
    BigDecimal low = cap(price, own(i0, i1), ceiling).cap();
    BigDecimal high = cap(price, own(i0, i1 + more), ceiling).cap();
    assertThat(high).isGreaterThanOrEqualTo(low);
    if (ceiling > 0) {
      assertThat(high).isLessThanOrEqualTo(BigDecimal.valueOf(ceiling, 2));
    }
  }

  @Property(tries = 300)
  void theCapIsWithinHalfACentOfTheExactRational(@ForAll @LongRange(min = 1, max = 100_000_000) long price,
      @ForAll @LongRange(min = 1, max = 50_000) long i0, @ForAll @LongRange(min = 1, max = 50_000) long i1) {
    BigDecimal cap = cap(price, own(i0, i1), 0).cap();
    // exact: price × i1 / i0 (prices in cents, indices in hundredths); |cap − exact| ≤ 0.005 ⇔ |200·i0·cap − 2·price·i1| ≤ i0
    BigInteger capCents = cap.movePointRight(2).toBigIntegerExact();
    BigInteger lhs = capCents.multiply(BigInteger.valueOf(i0)).multiply(BigInteger.TWO)
        .subtract(BigInteger.valueOf(price).multiply(BigInteger.valueOf(i1)).multiply(BigInteger.TWO)).abs();
    assertThat(lhs).isLessThanOrEqualTo(BigInteger.valueOf(i0));
  }

  @Property(tries = 200)
  void twoStepIndexationEqualsOneStepBeforeRounding(@ForAll @LongRange(min = 1, max = 100_000_000) long price,
      @ForAll @LongRange(min = 1, max = 50_000) long a, @ForAll @LongRange(min = 1, max = 50_000) long b,
      @ForAll @LongRange(min = 1, max = 50_000) long c) {
    // price × (b/a) × (c/b) = price × c/a exactly: cross-multiplied, no rounding
    BigDecimal p = BigDecimal.valueOf(price, 2);
    BigDecimal twoStepNumerator = p.multiply(BigDecimal.valueOf(b)).multiply(BigDecimal.valueOf(c));
    BigDecimal twoStepDenominator = BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(b));
    BigDecimal oneStepNumerator = p.multiply(BigDecimal.valueOf(c));
    assertThat(twoStepNumerator.multiply(BigDecimal.valueOf(a)))
        .isEqualByComparingTo(oneStepNumerator.multiply(twoStepDenominator));
    // and the library's one-step cap equals the two-step quotient rounded once
    BigDecimal library = cap(price, own(a, c), 0).cap();
    assertThat(library).isEqualByComparingTo(twoStepNumerator.divide(twoStepDenominator, 2, RoundingMode.HALF_UP));
  }

  @Property(tries = 400)
  void sellerPlusTrustIsTheBuyersExtraToTheCentAndZeroAppreciationGivesThePrice(
      @ForAll @LongRange(min = 1, max = 100_000_000) long priceCents, @ForAll @LongRange(min = 0, max = 100_000_000) long appreciation,
      @ForAll @IntRange(min = 0, max = 50) int seller, @ForAll @IntRange(min = 0, max = 50) int trust) {
    BigDecimal price = BigDecimal.valueOf(priceCents, 2);
    CltResale.Result r = CltResale.resale(CltResaleFacts.builder().formula(CltResaleFacts.Formula.APPRECIATION_SHARE)
        .purchasePrice(price).appraisedAtPurchase(price).appraisedAtResale(price.add(BigDecimal.valueOf(appreciation, 2)))
        .sellerShare(BigDecimal.valueOf(seller, 2)).trustShare(BigDecimal.valueOf(trust, 2)).build());
    assertThat(r.toSeller().subtract(price).add(r.toTrust())).isEqualByComparingTo(r.buyerPrice().subtract(price));
    if (appreciation == 0) {
      assertThat(r.buyerPrice()).isEqualByComparingTo(price);
    }
    assertThat(r.buyerPrice()).isGreaterThanOrEqualTo(price);
  }

  @Property(tries = 300)
  void theAppreciationShareIsMonotoneInTheAppraisedValue(@ForAll @LongRange(min = 1, max = 50_000_000) long priceCents,
      @ForAll @LongRange(min = 0, max = 100_000_000) long v, @ForAll @LongRange(min = 0, max = 10_000_000) long more) {
    BigDecimal price = BigDecimal.valueOf(priceCents, 2);
    CltResaleFacts.Builder f = CltResaleFacts.builder().formula(CltResaleFacts.Formula.APPRECIATION_SHARE)
        .purchasePrice(price).appraisedAtPurchase(price);
    BigDecimal low = CltResale.resale(f.appraisedAtResale(BigDecimal.valueOf(v, 2)).build()).buyerPrice();
    BigDecimal high = CltResale.resale(f.appraisedAtResale(BigDecimal.valueOf(v + more, 2)).build()).buyerPrice();
    assertThat(high).isGreaterThanOrEqualTo(low);
  }

  @Property(tries = 300)
  void moreIncomeNeverMakesABuyerEligible(@ForAll @LongRange(min = 0, max = 20_000_000) long cents,
      @ForAll @LongRange(min = 0, max = 5_000_000) long more, @ForAll @IntRange(min = 1, max = 9) int persons,
      @ForAll @IntRange(min = 0, max = 4) int communeIndex) {
    String commune = List.of("59350", "75056", "94028", "71153", "01001").get(communeIndex);
    Outcome low = BrsBuyerRule.get().evaluate(BrsBuyerAndCltTest.lilleCouple("0").commune(commune).householdSize(persons)
        .referenceTaxIncome(BigDecimal.valueOf(cents, 2)).build(), LocalDate.of(2025, 3, 3)).outcome();
    Outcome high = BrsBuyerRule.get().evaluate(BrsBuyerAndCltTest.lilleCouple("0").commune(commune).householdSize(persons)
        .referenceTaxIncome(BigDecimal.valueOf(cents + more, 2)).build(), LocalDate.of(2025, 3, 3)).outcome();
    if (low == Outcome.NOT_SATISFIED) {
      assertThat(high).isEqualTo(Outcome.NOT_SATISFIED);
    }
  }
}
