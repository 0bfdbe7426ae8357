package io.github.essrules.rules.foncier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

class BrsResaleTest {

  /** A Lille BRS bought 150 000 € on 15 June 2017, the IRL of the quarter before each date. */
  static BrsLease.Builder lilleLease() {
    return BrsLease.builder().ofs("OFS de la Métropole lilloise").startDate(LocalDate.of(2017, 6, 15))
        .durationYears(99).initialPrice(new BigDecimal("150000")).initialPriceDate(LocalDate.of(2017, 6, 15))
        .index(IndexTerms.builder().series(IndexTerms.Series.IRL).rule(IndexTerms.Rule.PREVIOUS_QUARTER).build())
        .worksAdded(false);
  }

  static BrsResaleFacts.Builder resale2025() {
    return BrsResaleFacts.builder().lease(lilleLease().build()).resaleDate(LocalDate.of(2025, 6, 20));
  }

  @Test
  void aLilleBrsResoldAfterEightYearsOnTheIrl() {
    // 2017-Q1 = 125.90, 2025-Q1 = 145.47: 150 000 × 145.47 / 125.90 = 173 316.1239… → 173 316.12
    IndexedCap cap = BrsResale.cap(resale2025().build());
    assertThat(cap.initialIndex().quarter()).hasToString("2017-Q1");
    assertThat(cap.resaleIndex().quarter()).hasToString("2025-Q1");
    assertThat(cap.cap()).isEqualByComparingTo("173316.12");
    assertThat(cap.ratio()).isEqualByComparingTo("1.155441");
    assertThat(cap.resaleIndex().confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(cap.notices()).extracting(n -> n.id()).containsExactly("brs.formula");
  }

  @Test
  void aCapKeepsItsListsWhenTheCallerChangesTheOnesItGave() {
    IndexedCap computed = BrsResale.cap(resale2025().build());
    List<io.github.essrules.core.verdict.Notice> mine = new java.util.ArrayList<>(computed.notices());
    IndexedCap copy = computed.toBuilder().notices(mine).build();
    mine.clear();
    assertThat(copy.notices()).extracting(n -> n.id()).containsExactly("brs.formula");
    assertThatThrownBy(() -> copy.notices().clear()).isInstanceOf(UnsupportedOperationException.class);
    // left out, a list is empty; the cap reads back from its JSON unchanged
    assertThat(computed.toBuilder().references(List.of()).build().references()).isEmpty();
    assertThat(EssJson.read(EssJson.write(computed), IndexedCap.class)).isEqualTo(computed);
  }

  @Test
  void worksAreAddedOnlyWhenTheLeaseSaysSo() {
    BrsResaleFacts f = resale2025().works(List.of(Works.of("isolation des combles", new BigDecimal("8000")))).build();
    assertThat(BrsResale.cap(f).cap()).isEqualByComparingTo("173316.12");
    assertThat(BrsResale.cap(f).worksExcluded()).isEqualByComparingTo("8000");
    BrsResaleFacts added = BrsResaleFacts.builder().from(f).lease(lilleLease().worksAdded(true).build()).build();
    // (150 000 × 145.47 + 8 000 × 125.90) / 125.90 = 181 316.1239… → 181 316.12
    assertThat(BrsResale.cap(added).cap()).isEqualByComparingTo("181316.12");
  }

  @Test
  void theOfsLowerCeilingCapsTheActualisedValue_L255_2() {
    IndexedCap cap = BrsResale.cap(resale2025().lease(lilleLease().ofsCeiling(new BigDecimal("170000")).build()).build());
    assertThat(cap.ceilingApplied()).isTrue();
    assertThat(cap.cap()).isEqualByComparingTo("170000.00");
  }

  @Test
  void theLastPublishedRuleNeedsItsDelayAndPicksTheQuarterPublishedOnTheDate() {
    IndexTerms terms = IndexTerms.builder().series(IndexTerms.Series.IRL).rule(IndexTerms.Rule.LAST_PUBLISHED)
        .publicationDelayDays(15).build();
    // 2025-Q2 ends 30 June; published 15 July: on 14 July the last published is Q1, on 15 July Q2
    assertThat(terms.quarterAt(LocalDate.of(2025, 7, 14))).hasToString("2025-Q1");
    assertThat(terms.quarterAt(LocalDate.of(2025, 7, 15))).hasToString("2025-Q2");
    assertThat(terms.quarterAt(LocalDate.of(2025, 7, 1))).hasToString("2025-Q1");
    assertThatThrownBy(() -> BrsResale.cap(resale2025().lease(lilleLease().index(IndexTerms.builder()
        .series(IndexTerms.Series.IRL).rule(IndexTerms.Rule.LAST_PUBLISHED).build()).build()).build()))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aQuarterNotInTheSeriesIsATypedErrorNamingIt() {
    BrsResaleFacts f = resale2025().resaleDate(LocalDate.of(2027, 3, 1)).build();
    assertThatThrownBy(() -> BrsResale.cap(f)).isInstanceOfSatisfying(UnknownIndexQuarterException.class,
        e -> {
          assertThat(e.quarter()).hasToString("2026-Q4");
          assertThat(e.message(Lang.FR)).contains("2026-Q4").contains("2004-Q1 → 2026-Q2");
        });
    // the lease's own value for that quarter completes the IRL
    BrsResaleFacts completed = BrsResaleFacts.builder().from(f).lease(lilleLease().index(IndexTerms.builder()
        .series(IndexTerms.Series.IRL).rule(IndexTerms.Rule.PREVIOUS_QUARTER)
        .addValues(IndexValue.of(YearQuarter.parse("2026-Q4"), new BigDecimal("149.00"))).build()).build()).build();
    assertThat(BrsResale.cap(completed).resaleIndex().value()).isEqualByComparingTo("149.00");
  }

  @Test
  void unconfirmedIrlValuesAreFlaggedInTheVerdict() {
    Verdict v = BrsResale.check(resale2025().resaleDate(LocalDate.of(2026, 3, 10)).proposedPrice(new BigDecimal("1000"))
        .build(), LocalDate.of(2026, 3, 10));
    // 2025-Q4 = 145.78, unconfirmed
    assertThat(v.notices()).anyMatch(n -> n.id().equals("brs.index-unconfirmed"));
  }

  @Test
  void aResaleBeforeThePurchaseOrANegativePriceAreListedInputErrors() {
    String json = "{\"lease\":{\"startDate\":\"2017-06-15\",\"durationYears\":12,\"initialPrice\":-5,"
        + "\"initialPriceDate\":\"2017-06-15\",\"index\":{\"series\":\"IRL\",\"rule\":\"PREVIOUS_QUARTER\"},"
        + "\"worksAdded\":false},\"resaleDate\":\"2016-01-01\"}";
    assertThatThrownBy(() -> EssJson.read(json, BrsResaleFacts.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(x -> x.pointer())
            .contains("/lease/durationYears", "/lease/initialPrice", "/resaleAfterPurchase"));
  }

  @Test
  void aBrsDActiviteExcludesWorksAdaptingThePremises_R256_2() {
    // an index of the OFS's own, base 100 at the acquisition (R256-2: "un indice choisi par l'OFS")
    IndexTerms own = IndexTerms.builder().series(IndexTerms.Series.OWN).seriesName("indice de l'OFS")
        .addValues(IndexValue.of(YearQuarter.parse("2024-Q3"), new BigDecimal("100.00")),
            IndexValue.of(YearQuarter.parse("2025-Q4"), new BigDecimal("103.00")))
        .initialQuarter(YearQuarter.parse("2024-Q3")).resaleQuarter(YearQuarter.parse("2025-Q4")).build();
    BrsActiviteFacts f = BrsActiviteFacts.builder().acquisitionPrice(new BigDecimal("90000"))
        .acquisitionDate(LocalDate.of(2024, 9, 2)).transferDate(LocalDate.of(2026, 2, 1)).index(own)
        .works(List.of(Works.builder().description("vitrine").value(new BigDecimal("4000"))
            .adaptationToActivity(true).build(),
            Works.builder().description("toiture").value(new BigDecimal("6000"))
            .adaptationToActivity(false).build()))
        .proposedPrice(new BigDecimal("98500")).build();
    // 90 000 × 103.00 / 100.00 = 92 700 + 6 000 = 98 700.00
    IndexedCap cap = BrsResale.cap(f);
    assertThat(cap.cap()).isEqualByComparingTo("98700.00");
    assertThat(cap.worksExcluded()).isEqualByComparingTo("4000");
    assertThat(BrsResale.check(f, LocalDate.of(2026, 2, 1)).outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(cap.references()).extracting(r -> r.citation()).containsExactly("CCH, art. R256-2");
  }

  /** The premises of A.P.R.E.S, Griffeuille, Arles, under a BRS d'activité acquired in June 2023. */
  static BrsActiviteFacts.Builder apresArles() {
    return BrsActiviteFacts.builder().acquisitionPrice(new BigDecimal("90000"))
        .acquisitionDate(LocalDate.of(2023, 6, 1))
        .index(IndexTerms.builder().series(IndexTerms.Series.IRL).rule(IndexTerms.Rule.PREVIOUS_QUARTER).build())
        .proposedPrice(new BigDecimal("93000"));
  }

  @Test
  void theApresPremisesInArlesGetNoR256_2CapBeforeItsDecreeWasInForce_R256_2() {
    // the BRS d'activité exists since 10 February 2023 (ordonnance n° 2023-80), its price rule
    // R256-2 only since 18 July 2024 (décret n° 2024-838 du 16 juillet 2024, JO of 17 July)
    BrsActiviteFacts planned = apresArles().transferDate(LocalDate.of(2024, 9, 2)).build();
    assertThatThrownBy(() -> BrsResale.check(planned, LocalDate.of(2024, 3, 1)))
        .isInstanceOfSatisfying(NoLawKnownException.class, e -> {
          assertThat(e.subject()).contains("R256-2");
          assertThat(e.date()).isEqualTo(LocalDate.of(2024, 3, 1));
          assertThat(e.reason()).isEqualTo(NoLawKnownException.Reason.NOT_COVERED);
        });
    assertThatThrownBy(() -> BrsResale.check(planned, LocalDate.of(2024, 7, 17)))
        .isInstanceOf(NoLawKnownException.class);
    assertThatThrownBy(() -> BrsResale.activiteRule().apply(planned, LocalDate.of(2024, 7, 17), LawOptions.standard()))
        .isInstanceOf(NoLawKnownException.class);
    // a transfer made on 3 June 2024, asked about in 2025: R256-2 did not govern it either
    BrsActiviteFacts made = apresArles().transferDate(LocalDate.of(2024, 6, 3)).build();
    assertThatThrownBy(() -> BrsResale.check(made, LocalDate.of(2025, 11, 14)))
        .isInstanceOfSatisfying(NoLawKnownException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2024, 6, 3)));
    // from its first day: 90 000 × IRL 2024-Q2 145.17 / IRL 2023-Q1 138.61 = 94 259.4329… → 94 259.43
    Verdict first = BrsResale.check(apresArles().transferDate(LocalDate.of(2024, 7, 18)).build(),
        LocalDate.of(2024, 7, 18));
    assertThat(first.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(BrsResale.cap(apresArles().transferDate(LocalDate.of(2024, 7, 18)).build()).cap())
        .isEqualByComparingTo("94259.43");
  }

  @Test
  void theLeaseIsExtendedByItsDurationFromTheApproval_L255_12() {
    assertThat(BrsCalendar.extendedEnd(lilleLease().build(), LocalDate.of(2025, 8, 1))).isEqualTo(LocalDate.of(2124, 8, 1));
    assertThat(BrsCalendar.approvalDeadline(LocalDate.of(2025, 6, 20))).isEqualTo(LocalDate.of(2025, 8, 20));
    assertThat(BrsCalendar.heirSaleDeadline(LocalDate.of(2025, 2, 28))).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void brsResaleFactsRoundTripThroughJson() {
    BrsResaleFacts f = resale2025().works(List.of(Works.of("isolation", new BigDecimal("8000")))).build();
    assertThat(EssJson.read(EssJson.write(f), BrsResaleFacts.class)).isEqualTo(f);
    assertThat(EssJson.write(f)).contains("\"rule\" : \"PREVIOUS_QUARTER\"");
    assertThat(List.of(YearQuarter.parse("2025-Q1"))).hasSize(1);
  }

  @Test
  void aLeaseWithoutItsPriceDateIsListedAsMissingNotACrash() {
    // found by the CLI fuzzer: the cross-field check read the date before the null check
    String json = EssJson.write(resale2025().build()).replaceFirst("\"initialPriceDate\" : \"[0-9-]+\"",
        "\"initialPriceDate\" : null");
    assertThatThrownBy(() -> EssJson.read(json, BrsResaleFacts.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.pointer()).contains("/lease/initialPriceDate"));
  }

  @Test
  void aProposedPriceAboveTheCapIsNotSatisfiedAndShowsTheExcess() {
    Verdict v = BrsResale.check(resale2025().proposedPrice(new BigDecimal("175000")).build(), LocalDate.of(2025, 6, 1));
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(v.explain(Lang.EN)).contains("above the maximum price by €1,683.88");
    assertThat(v.summary(Lang.FR)).startsWith("non satisfaite : prix proposé : 175\u00a0000\u00a0€ excède "
        + "173\u00a0316,12\u00a0€ de 1\u00a0683,88\u00a0€ — ");
    assertThat(v.summary(Lang.EN)).startsWith("not satisfied: proposed price: €175,000 exceeds €173,316.12 by €1,683.88 — ");
    assertThat(v.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    Verdict at = BrsResale.check(resale2025().proposedPrice(new BigDecimal("173316.12")).build(), LocalDate.of(2025, 6, 1));
    assertThat(at.outcome()).isEqualTo(Outcome.SATISFIED);
  }
}
