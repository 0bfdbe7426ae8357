package io.github.essrules.rules.foncier;

import static io.github.essrules.rules.foncier.BrsResaleTest.lilleLease;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

/**
 * The rule of unknown and empty facts (package {@code io.github.essrules.rules}) for a BRS resale:
 * works left out are unknown, {@code []} says there were none (CCH L255-5, L255-10-1; R256-2).
 * The cap without works is a floor: works only raise it, up to the OFS's ceiling.
 */
class UnknownAndEmptyFactsTest {
  static final LocalDate ASOF = LocalDate.of(2025, 6, 20);

  /** The Lille lease adding the works; 150 000 × 145.47 / 125.90 = 173 316.12 without works. */
  static ImmutableBrsResaleFacts.Builder resale(String price) {
    return BrsResaleFacts.builder().lease(lilleLease().worksAdded(true).build()).resaleDate(ASOF)
        .proposedPrice(new BigDecimal(price));
  }

  @Test
  void aResaleAboveTheCapWithoutWorksIsUndeterminedWhileTheWorksAreNotGiven_L255_5() {
    Verdict unknown = BrsResale.check(resale("180000").build(), ASOF);
    Finding price = unknown.find("brs-resale.price").get(0);
    assertThat(price.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(price.missingFacts()).containsExactly("/works");
    assertThat(unknown.notices()).extracting(n -> n.id()).contains("brs.works-unknown");
    // [] : no works since 2017, the cap is 173 316.12 and 180 000 exceeds it
    Verdict none = BrsResale.check(resale("180000").works(List.of()).build(), ASOF);
    assertThat(none.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(none.notices()).extracting(n -> n.id()).doesNotContain("brs.works-unknown");
  }

  @Test
  void aResaleWithinTheCapWithoutWorksIsWithinItWhateverTheWorks_L255_5() {
    Verdict v = BrsResale.check(resale("173316.12").build(), ASOF);
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(v.missingFacts()).isEmpty();
    IndexedCap cap = BrsResale.cap(resale("173316.12").build());
    assertThat(cap.cap()).isEqualByComparingTo("173316.12");
    assertThat(cap.notices()).extracting(n -> n.id()).containsExactly("brs.formula", "brs.works-unknown");
  }

  @Test
  void worksNotGivenDoNotMatterOnceTheOfsCeilingMakesTheCap_L255_2() {
    BrsResaleFacts f = BrsResaleFacts.builder()
        .lease(lilleLease().worksAdded(true).ofsCeiling(new BigDecimal("172000")).build())
        .resaleDate(ASOF).proposedPrice(new BigDecimal("172000.01")).build();
    assertThat(BrsResale.check(f, ASOF).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void worksNotAddedByTheLeaseAreNotAskedFor_L255_10_1() {
    BrsResaleFacts f = BrsResaleFacts.builder().lease(lilleLease().build()).resaleDate(ASOF)
        .proposedPrice(new BigDecimal("180000")).build();
    Verdict v = BrsResale.check(f, ASOF);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(v.notices()).extracting(n -> n.id()).doesNotContain("brs.works-unknown");
  }

  @Test
  void aBrsDActiviteTransferWithItsWorksNotGivenIsUndeterminedAboveTheActualisedPrice_R256_2() {
    IndexTerms ilc = IndexTerms.builder().series(IndexTerms.Series.OWN).seriesName("ILC")
        .addValues(IndexValue.of(YearQuarter.parse("2021-Q4"), new BigDecimal("118.59")),
            IndexValue.of(YearQuarter.parse("2025-Q4"), new BigDecimal("136.00")))
        .initialQuarter(YearQuarter.parse("2021-Q4")).resaleQuarter(YearQuarter.parse("2025-Q4")).build();
    // 90 000 × 136.00 / 118.59 = 103 212.75 without works
    ImmutableBrsActiviteFacts.Builder transfer = BrsActiviteFacts.builder().acquisitionPrice(new BigDecimal("90000"))
        .acquisitionDate(LocalDate.of(2022, 1, 10)).transferDate(LocalDate.of(2026, 2, 1)).index(ilc)
        .proposedPrice(new BigDecimal("109000"));
    Verdict unknown = BrsResale.check(transfer.build(), LocalDate.of(2026, 2, 1));
    assertThat(unknown.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/works");
    Verdict none = BrsResale.check(transfer.works(List.of()).build(), LocalDate.of(2026, 2, 1));
    assertThat(none.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }
}
