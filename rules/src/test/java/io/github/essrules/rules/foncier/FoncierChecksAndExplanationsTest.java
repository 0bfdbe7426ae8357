package io.github.essrules.rules.foncier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LawPolicy;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

/**
 * The checks across fields of the foncier facts, the ceilings' table at its edges, the index
 * series' own checks and the explanations of a cap and of a CLT resale: what PIT showed no test
 * noticed.
 */
class FoncierChecksAndExplanationsTest {
  private static final LocalDate ACQUIRED = LocalDate.of(2024, 9, 2);

  private static List<String> pointers(Object facts) {
    return FactsValidator.shared().violations(facts).stream().map(Violation::pointer).toList();
  }

  private static IndexTerms irlPreviousQuarter() {
    return IndexTerms.builder().series(IndexTerms.Series.IRL).rule(IndexTerms.Rule.PREVIOUS_QUARTER).build();
  }

  /** A BRS d'activité acquired 200 000 € on 2 September 2024 (CCH R256-2). */
  private static BrsActiviteFacts.Builder atelier() {
    return BrsActiviteFacts.builder().acquisitionPrice(new BigDecimal("200000")).acquisitionDate(ACQUIRED)
        .transferDate(LocalDate.of(2025, 6, 20)).index(irlPreviousQuarter());
  }

  @Test
  void aBrsDActiviteTransferredTheDayOfItsAcquisitionButNotTheDayBefore_R256_2() {
    assertThat(pointers(atelier().transferDate(ACQUIRED).build())).isEmpty();
    assertThat(pointers(atelier().transferDate(ACQUIRED.minusDays(1)).build()))
        .containsExactly("/transferAfterAcquisition");
  }

  @Test
  void eachWorksOfABrsDActiviteSaysWhetherItAdaptedThePremises_R256_2() {
    Works said = Works.builder().description("vitrine").value(new BigDecimal("5000")).adaptationToActivity(true).build();
    Works unsaid = Works.of("mise aux normes électriques", new BigDecimal("3000"));
    assertThat(pointers(atelier().works(List.of(said)).build())).isEmpty();
    assertThat(pointers(atelier().works(List.of(said, unsaid)).build()))
        .containsExactly("/everyWorksSaysIfItAdaptedThePremises");
  }

  @Test
  void aHousingBrsResoldTheDayOfItsInitialPriceButNotBefore_L255_5() {
    BrsResaleFacts.Builder resale = BrsResaleTest.resale2025();
    LocalDate initial = LocalDate.of(2017, 6, 15);
    assertThat(pointers(resale.resaleDate(initial).build())).isEmpty();
    assertThat(pointers(resale.resaleDate(initial.minusDays(1)).build())).containsExactly("/resaleAfterPurchase");
  }

  @Test
  void theLeaseNamesBothQuartersOrTheRuleThatPicksThem_L255_10_1() {
    IndexTerms.Builder own = IndexTerms.builder().series(IndexTerms.Series.IRL);
    assertThat(pointers(own.build())).containsExactly("/quartersOrRule");
    assertThat(pointers(IndexTerms.builder().series(IndexTerms.Series.IRL).initialQuarter(YearQuarter.of(2017, 1))
        .build())).containsExactly("/quartersOrRule");
    assertThat(pointers(IndexTerms.builder().series(IndexTerms.Series.IRL).initialQuarter(YearQuarter.of(2017, 1))
        .resaleQuarter(YearQuarter.of(2025, 1)).build())).isEmpty();
    assertThat(pointers(irlPreviousQuarter())).isEmpty();
  }

  @Test
  void aLeasesOwnSeriesHasValues_theIrlNeedsNone() {
    assertThat(pointers(IndexTerms.builder().series(IndexTerms.Series.OWN).rule(IndexTerms.Rule.QUARTER_OF_DATE)
        .build())).containsExactly("/ownSeriesHasValues");
    assertThat(pointers(IndexTerms.builder().series(IndexTerms.Series.OWN).rule(IndexTerms.Rule.QUARTER_OF_DATE)
        .addValues(IndexValue.of(YearQuarter.of(2017, 1), new BigDecimal("1650"))).build())).isEmpty();
  }

  private static CltResaleFacts.Builder brussels() {
    return CltResaleFacts.builder().formula(CltResaleFacts.Formula.APPRECIATION_SHARE)
        .purchasePrice(new BigDecimal("150000")).appraisedAtPurchase(new BigDecimal("150000"))
        .appraisedAtResale(new BigDecimal("190000"));
  }

  @Test
  void theSellersAndTheTrustsSharesAddUpToTheWholeIncreaseAtMost() {
    assertThat(pointers(brussels().sellerShare(new BigDecimal("0.94")).trustShare(new BigDecimal("0.06")).build()))
        .isEmpty();
    assertThat(pointers(brussels().sellerShare(new BigDecimal("0.95")).trustShare(new BigDecimal("0.06")).build()))
        .containsExactly("/sharesAtMostWhole");
  }

  @Test
  void eachFormulaHasItsFigures() {
    assertThat(pointers(brussels().build())).isEmpty();
    assertThat(pointers(brussels().appraisedAtResale(java.util.Optional.empty()).build()))
        .containsExactly("/factsOfTheFormula");
    // measured from the price paid, the appraisal at purchase is not needed; from the appraisal, it is
    CltResaleFacts.Builder fromPrice = CltResaleFacts.builder().formula(CltResaleFacts.Formula.APPRECIATION_SHARE)
        .purchasePrice(new BigDecimal("150000")).appraisedAtResale(new BigDecimal("190000"));
    assertThat(pointers(fromPrice.increaseBase(CltResaleFacts.IncreaseBase.PURCHASE_PRICE).build())).isEmpty();
    assertThat(pointers(fromPrice.increaseBase(CltResaleFacts.IncreaseBase.APPRAISED_AT_PURCHASE).build()))
        .containsExactly("/factsOfTheFormula");
    assertThat(pointers(fromPrice.increaseBase(CltResaleFacts.IncreaseBase.PURCHASE_PRICE).investmentRatio(true)
        .build())).containsExactly("/factsOfTheFormula");
    CltResaleFacts.Builder indexed = CltResaleFacts.builder().formula(CltResaleFacts.Formula.INDEXED)
        .purchasePrice(new BigDecimal("150000")).indexAtPurchase(new BigDecimal("125.90"));
    assertThat(pointers(indexed.build())).containsExactly("/factsOfTheFormula");
    assertThat(pointers(indexed.indexAtResale(new BigDecimal("145.47")).build())).isEmpty();
    assertThat(pointers(CltResaleFacts.builder().formula(CltResaleFacts.Formula.INDEXED)
        .purchasePrice(new BigDecimal("150000")).indexAtResale(new BigDecimal("145.47")).build()))
        .containsExactly("/factsOfTheFormula");
    CltResaleFacts.Builder itemized = CltResaleFacts.builder().formula(CltResaleFacts.Formula.ITEMIZED)
        .purchasePrice(new BigDecimal("150000")).yearlyRate(new BigDecimal("0.02"));
    assertThat(pointers(itemized.build())).containsExactly("/factsOfTheFormula");
    assertThat(pointers(itemized.years(8).build())).isEmpty();
    assertThat(pointers(CltResaleFacts.builder().formula(CltResaleFacts.Formula.ITEMIZED)
        .purchasePrice(new BigDecimal("150000")).years(8).build())).containsExactly("/factsOfTheFormula");
  }

  @Test
  void theIncreaseIsMeasuredFromTheAppraisalAtPurchaseByDefault() {
    assertThat(brussels().build().increaseBase()).isEqualTo(CltResaleFacts.IncreaseBase.APPRAISED_AT_PURCHASE);
  }

  @Test
  void aCltResaleExplainedStepByStep() {
    CltResale.Result shared = CltResale.resale(brussels().build());
    // increase 40 000 €: 25 % to the seller (10 000 €), 6 % to the trust (2 400 €)
    assertThat(shared.summary(Lang.EN)).startsWith("buyer €162,400.00, seller €160,000.00, trust €2,400.00");
    assertThat(shared.explain(Lang.EN)).contains("increase counted: €40,000").contains("seller's share of the increase")
        .doesNotContain("decrease not shared");
    CltResale.Result floored = CltResale.resale(brussels().appraisedAtResale(new BigDecimal("140000")).build());
    assertThat(floored.explain(Lang.EN)).contains("increase counted: €0 (decrease not shared)");
    CltResale.Result indexed = CltResale.resale(CltResaleFacts.builder().formula(CltResaleFacts.Formula.INDEXED)
        .purchasePrice(new BigDecimal("150000")).indexAtPurchase(new BigDecimal("125.90"))
        .indexAtResale(new BigDecimal("145.47")).build());
    assertThat(indexed.explain(Lang.EN)).doesNotContain("seller's share").contains("to the trust: €0.00");
    assertThat(indexed.toBuilder().build()).isEqualTo(indexed);
  }

  @Test
  void aCapExplainedWithTheOfsCeilingAppliedOrNot_L255_2() {
    BrsResaleFacts.Builder resale = BrsResaleTest.resale2025();
    IndexedCap applied = BrsResale.cap(resale.lease(BrsResaleTest.lilleLease().ofsCeiling(new BigDecimal("170000"))
        .build()).build());
    assertThat(applied.summary(Lang.EN)).startsWith("maximum transfer price €170,000.00");
    assertThat(applied.explain(Lang.EN)).contains("OFS ceiling (applied): €170,000")
        .contains("ratio of the indices (shown): 1.155441").contains("IRL 2017-Q1: 125.9");
    IndexedCap notApplied = BrsResale.cap(resale.lease(BrsResaleTest.lilleLease().ofsCeiling(new BigDecimal("180000"))
        .build()).build());
    assertThat(notApplied.explain(Lang.EN)).contains("OFS ceiling: €180,000").doesNotContain("(applied)");
    assertThat(BrsResale.cap(BrsResaleTest.resale2025().build()).explain(Lang.EN)).doesNotContain("OFS ceiling");
  }

  @Test
  void worksAddedByTheLeaseAreNotAlsoLeftOut_andTheOfsCeilingIsTheExactCapWhenItApplies_L255_2() {
    BrsResaleFacts added = BrsResaleTest.resale2025().lease(BrsResaleTest.lilleLease().worksAdded(true).build())
        .works(List.of(Works.of("isolation des combles", new BigDecimal("8000")))).build();
    assertThat(BrsResale.cap(added).worksAdded()).isEqualByComparingTo("8000");
    assertThat(BrsResale.cap(added).worksExcluded()).isEqualByComparingTo("0");
    IndexedCap applied = BrsResale.cap(BrsResaleTest.resale2025().lease(BrsResaleTest.lilleLease()
        .ofsCeiling(new BigDecimal("170000")).build()).build());
    assertThat(applied.capExact()).isEqualByComparingTo("170000");
    assertThat(applied.indexedExact()).isGreaterThan(new BigDecimal("173316"));
  }

  @Test
  void anOfsCeilingEqualToTheActualisedValueIsNotLower_L255_2() {
    // the lease's own index, 100 then 120: 150 000 × 120 ÷ 100 = 180 000 € exactly
    IndexTerms own = IndexTerms.builder().series(IndexTerms.Series.OWN).seriesName("ICC")
        .initialQuarter(YearQuarter.of(2017, 1)).resaleQuarter(YearQuarter.of(2025, 1))
        .addValues(IndexValue.of(YearQuarter.of(2017, 1), new BigDecimal("100")),
            IndexValue.of(YearQuarter.of(2025, 1), new BigDecimal("120"))).build();
    BrsLease.Builder lease = BrsResaleTest.lilleLease().index(own);
    IndexedCap equal = BrsResale.cap(BrsResaleTest.resale2025().lease(lease.ofsCeiling(new BigDecimal("180000")).build())
        .build());
    assertThat(equal.cap()).isEqualByComparingTo("180000.00");
    assertThat(equal.ceilingApplied()).isFalse();
    IndexedCap lower = BrsResale.cap(BrsResaleTest.resale2025().lease(lease.ofsCeiling(new BigDecimal("179999.99"))
        .build()).build());
    assertThat(lower.ceilingApplied()).isTrue();
    assertThat(lower.cap()).isEqualByComparingTo("179999.99");
  }

  @Test
  void aZoneLookupHasAZoneIfAndOnlyIfItIsKnown_andEachValueGivesABuilderHoldingItsAttributes() {
    ZoneLookup lille = Zoning.zoneOn("59350", LocalDate.of(2025, 3, 3));
    assertThat(lille.toBuilder().build()).isEqualTo(lille);
    assertThatThrownBy(() -> lille.toBuilder().zone(java.util.Optional.empty()).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> lille.toBuilder().status(ZoneLookup.Status.BEFORE_COVERAGE).build())
        .isInstanceOf(IllegalStateException.class);
    BrsResaleFacts resale = BrsResaleTest.resale2025().build();
    assertThat(resale.toBuilder().build()).isEqualTo(resale);
    BrsActiviteFacts atelier = atelier().build();
    assertThat(atelier.toBuilder().build()).isEqualTo(atelier);
    CltResaleFacts clt = brussels().build();
    assertThat(clt.toBuilder().build()).isEqualTo(clt);
    assertThat(irlPreviousQuarter().toBuilder().build()).isEqualTo(irlPreviousQuarter());
    BrsCalendarFacts calendar = BrsCalendarFacts.builder().requestReceivedOn(LocalDate.of(2025, 5, 2)).build();
    assertThat(calendar.toBuilder().build()).isEqualTo(calendar);
    BrsCalendar.Schedule schedule = BrsCalendar.schedule(calendar);
    assertThat(schedule.toBuilder().build()).isEqualTo(schedule);
  }

  @Test
  void theCeilingsOfALargeHouseholdAddEachPersonAboveSix_R255_1() {
    LocalDate date = LocalDate.of(2025, 3, 1);
    assertThat(BrsCeilings.ceiling(Zone.B1, 6, date).amount()).isEqualByComparingTo("110396");
    // 110 396 + 12 301 for the seventh person (arrêté du 23 décembre 2024, annexe III)
    assertThat(BrsCeilings.ceiling(Zone.B1, 7, date).amount()).isEqualByComparingTo("122697");
    assertThat(BrsCeilings.ceiling(Zone.B1, 1, date).amount()).isEqualByComparingTo("38508");
    assertThatThrownBy(() -> BrsCeilings.ceiling(Zone.B1, 0, date)).isInstanceOf(IllegalArgumentException.class);
    assertThat(BrsCeilings.years()).containsExactly(2024, 2025);
  }

  @Test
  void theCeilingsAreVerifiedUntil27November2026_presumedAfter_unknownBefore2024() {
    assertThat(BrsCeilings.isPresumed(BrsCeilings.VERIFIED_ON)).isFalse();
    assertThat(BrsCeilings.isPresumed(BrsCeilings.VERIFIED_ON.plusDays(1))).isTrue();
    assertThat(BrsCeilings.ceiling(Zone.B1, 1, LocalDate.of(2026, 11, 27)).reference().confidence())
        .isEqualTo(Confidence.VERIFIED);
    BrsCeilings.Ceiling presumed = BrsCeilings.ceiling(Zone.B1, 1, LocalDate.of(2026, 12, 1));
    assertThat(presumed.reference().confidence()).isEqualTo(Confidence.PRESUMED);
    assertThat(presumed.amount()).isEqualByComparingTo("38508");
    assertThatThrownBy(() -> BrsCeilings.ceiling(Zone.B1, 1, LocalDate.of(2023, 12, 31)))
        .isInstanceOf(NoLawKnownException.class);
    assertThatThrownBy(() -> BrsCeilings.ceiling(Zone.B1, 1, LocalDate.of(2028, 1, 3)))
        .isInstanceOfSatisfying(NoLawKnownException.class,
            e -> assertThat(e.reason()).isEqualTo(NoLawKnownException.Reason.BEYOND_HORIZON));
    assertThatThrownBy(() -> BrsCeilings.ceiling(Zone.B1, 1, LocalDate.of(2026, 12, 1), LawPolicy.strict()))
        .isInstanceOfSatisfying(NoLawKnownException.class,
            e -> assertThat(e.reason()).isEqualTo(NoLawKnownException.Reason.STRICT_POLICY));
  }

  @Test
  void anIndexSeriesRefusesAZeroValueAndAQuarterGivenTwice() {
    IndexValue q1 = IndexValue.of(YearQuarter.of(2017, 1), new BigDecimal("1650"));
    assertThatThrownBy(() -> IndexSeries.of("ICC", List.of(IndexValue.of(YearQuarter.of(2017, 2), BigDecimal.ZERO))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than zero");
    assertThatThrownBy(() -> IndexSeries.of("ICC", List.of(q1, q1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("given twice");
    IndexSeries icc = IndexSeries.of("ICC", List.of(q1));
    assertThat(icc.name()).isEqualTo("ICC");
    assertThat(icc.quarters()).containsExactly(YearQuarter.of(2017, 1));
    assertThat(icc.coverage()).isEqualTo("2017-Q1 → 2017-Q1");
    assertThat(IndexSeries.of("vide", List.of()).coverage()).isEqualTo("—");
    assertThat(icc.with(List.of())).isSameAs(icc);
    assertThat(IndexSeries.irl().name()).isEqualTo("IRL");
  }
}
