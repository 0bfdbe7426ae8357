package io.github.essrules.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.foncier.BrsLease;
import io.github.essrules.rules.foncier.CltResale;
import org.threeten.extra.YearQuarter;
import io.github.essrules.rules.foncier.IndexedCap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Journey 3: a BRS resale cap (CCH L255-5, L255-10-1, L255-2) and a CLT resale (Brussels). */
class ResalePricesTest {
  static final LocalDate RESALE = LocalDate.of(2025, 6, 20);
  static final BrsLease WITH_OFS_CEILING = ResalePrices.lease(Optional.of(new BigDecimal("172000")));
  static final BrsLease WITHOUT_CEILING = ResalePrices.lease(Optional.empty());

  @Test
  void theIndexedPriceAboveTheOfsCeilingIsCappedAtTheCeiling() {
    IndexedCap cap = ResalePrices.brsCap(WITH_OFS_CEILING, RESALE);
    // the IRL of the quarter before each date: 2017-Q1 at the initial price, 2025-Q1 at resale
    assertThat(cap.initialIndex().quarter()).isEqualTo(YearQuarter.of(2017, 1));
    assertThat(cap.initialIndex().value()).isEqualByComparingTo("125.90");
    assertThat(cap.resaleIndex().quarter()).isEqualTo(YearQuarter.of(2025, 1));
    assertThat(cap.resaleIndex().value()).isEqualByComparingTo("145.47");
    // 150 000 × 145.47 / 125.90 = 173 316.1239…, above 172 000
    assertThat(cap.indexedExact()).isBetween(new BigDecimal("173316.1239"), new BigDecimal("173316.1240"));
    assertThat(cap.ceilingApplied()).isTrue();
    assertThat(cap.cap()).isEqualByComparingTo("172000.00");
  }

  @Test
  void withoutACeilingTheIndexedPriceIsRoundedOnceToTheCent() {
    IndexedCap cap = ResalePrices.brsCap(WITHOUT_CEILING, RESALE);
    assertThat(cap.ceilingApplied()).isFalse();
    assertThat(cap.cap()).isEqualByComparingTo("173316.12");
  }

  @Test
  void aPriceAboveTheCapIsRefusedWithItsExcessAndThePriceAtTheCapIsAccepted() {
    Verdict above = ResalePrices.brsCheck(WITH_OFS_CEILING, RESALE, new BigDecimal("175000"), RESALE);
    assertThat(above.outcome()).as(above.explain(Lang.EN)).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(above.failures()).singleElement().satisfies(f -> {
      assertThat(f.id()).isEqualTo("brs-resale.price");
      assertThat(f.reference().citation()).isEqualTo("CCH, art. L255-5");
      assertThat(f.comparisons().get(0).actual().decimalValue()).isEqualByComparingTo("175000");
      assertThat(f.comparisons().get(0).limit().decimalValue()).isEqualByComparingTo("172000");
    });
    // the regulatory method of décret 2017-1038 is not verified: the library says so
    assertThat(above.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(above.notices()).isNotEmpty();

    Verdict atTheCap = ResalePrices.brsCheck(WITH_OFS_CEILING, RESALE, new BigDecimal("172000"), RESALE);
    assertThat(atTheCap.outcome()).isEqualTo(Outcome.SATISFIED);
    Verdict oneCentMore = ResalePrices.brsCheck(WITH_OFS_CEILING, RESALE, new BigDecimal("172000.01"), RESALE);
    assertThat(oneCentMore.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void aBrusselsResaleGivesTheSeller25AndTheTrust6PercentOfTheIncrease() {
    CltResale.Result split = ResalePrices.cltBrussels(new BigDecimal("250000"));
    // increase 100 000: seller 150 000 + 25 000, trust 6 000, buyer 150 000 + 31 000
    assertThat(split.increase()).isEqualByComparingTo("100000");
    assertThat(split.toSeller()).isEqualByComparingTo("175000.00");
    assertThat(split.toTrust()).isEqualByComparingTo("6000.00");
    assertThat(split.buyerPrice()).isEqualByComparingTo("181000.00");
    assertThat(split.toSeller().add(split.toTrust())).isEqualByComparingTo(split.buyerPrice());
    assertThat(split.decreaseFloored()).isFalse();
    assertThat(split.references()).isNotEmpty();
  }

  @Test
  void aBrusselsResaleAfterADecreaseKeepsThePricePaid() {
    CltResale.Result split = ResalePrices.cltBrussels(new BigDecimal("140000"));
    assertThat(split.decreaseFloored()).isTrue();
    assertThat(split.buyerPrice()).isEqualByComparingTo("150000.00");
    assertThat(split.toSeller()).isEqualByComparingTo("150000.00");
    assertThat(split.toTrust()).isEqualByComparingTo("0");
  }
}
