package io.github.essrules.rules.foncier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrsBuyerAndCltTest {

  static BrsBuyerFacts.Builder lilleCouple(String income) {
    return BrsBuyerFacts.builder().commune("59350").householdSize(2).referenceTaxIncome(new BigDecimal(income))
        .applicationDate(LocalDate.of(2025, 3, 3)).ownsSuitableHome(false);
  }

  @Test
  void aCoupleInLilleZoneAAtExactlyThe2025CeilingIsEligible_R255_1() {
    // zone A, 2 persons, 2025: 57 555 € (arrêté du 23 décembre 2024, annexe III)
    Verdict v = BrsBuyerRule.get().evaluate(lilleCouple("57555").build(), LocalDate.of(2025, 3, 3));
    assertThat(v.outcome()).as(v.explain(Lang.FR)).isEqualTo(Outcome.SATISFIED);
    assertThat(v.find("brs.buyer.income").get(0).reference().legifranceId()).contains("JORFTEXT000050873235");
    Verdict over = BrsBuyerRule.get().evaluate(lilleCouple("57555.01").build(), LocalDate.of(2025, 3, 3));
    assertThat(over.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    // the income above the ceiling reads as such, by how much, in both languages
    assertThat(over.find("brs.buyer.income").get(0).comparisons().get(0).describe(Lang.FR))
        .isEqualTo("revenu fiscal de référence 2023 : 57\u00a0555,01\u00a0€ excède 57\u00a0555\u00a0€ de 0,01\u00a0€");
    assertThat(over.summary(Lang.EN)).startsWith(
        "not satisfied: revenu fiscal de référence 2023: €57,555.01 exceeds €57,555 by €0.01 — ");
    assertThat(v.find("brs.buyer.income").get(0).comparisons().get(0).describe(Lang.EN))
        .isEqualTo("revenu fiscal de référence 2023: €57,555 does not exceed €57,555");
  }

  @Test
  void aLargeHouseholdAddsTheIncrementPerPersonAboveSix() {
    BrsCeilings.Ceiling eight = BrsCeilings.ceiling(Zone.C, 8, LocalDate.of(2025, 1, 1));
    // C, 6 persons 86 055 + 2 × 9 599 = 105 253
    assertThat(eight.amount()).isEqualByComparingTo("105253");
  }

  @Test
  void anOwnerOfASuitableHomeIsNotEligible_R255_1_1AndAnUnknownStatementIsMissing() {
    assertThat(BrsBuyerRule.get().evaluate(lilleCouple("30000").ownsSuitableHome(true).build(), LocalDate.of(2025, 3, 3))
        .outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    Verdict unknown = BrsBuyerRule.get().evaluate(BrsBuyerFacts.builder().from(lilleCouple("30000").build())
        .ownsSuitableHome(java.util.Optional.empty()).build(), LocalDate.of(2025, 3, 3));
    assertThat(unknown.missingFacts()).containsExactly("/ownsSuitableHome");
  }

  @Test
  void anApplicationDatedAfterTheDateAskedIsRefused_R255_1() {
    assertThatThrownBy(() -> BrsBuyerRule.get().evaluate(lilleCouple("30000").build(), LocalDate.of(2025, 3, 2)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.pointer(), v -> v.messageFr()).containsExactly(tuple("/applicationDate",
                "la date 2025-03-03 est postérieure à la date d'application demandée (2025-03-02)")));
  }

  @Test
  void noCeilingIsKnownFor2026AndAnUnknownCommuneIsATypedError() {
    assertThatThrownBy(() -> BrsBuyerRule.get().evaluate(lilleCouple("30000").applicationDate(LocalDate.of(2026, 2, 1))
        .build(), LocalDate.of(2026, 2, 1))).isInstanceOf(NoLawKnownException.class);
    assertThatThrownBy(() -> BrsBuyerRule.get().evaluate(lilleCouple("30000").commune("01999").build(),
        LocalDate.of(2025, 3, 3))).isInstanceOfSatisfying(UnknownCommuneException.class,
        e -> assertThat(e.message(Lang.EN)).contains("01999"));
  }

  @Test
  void everyShippedCeilingMatchesTheProjectsDataTable() throws Exception {
    Path table = Path.of("../../shared/data/brs-plafonds-ressources.csv");
    List<String> lines = Files.exists(table) ? Files.readAllLines(table, StandardCharsets.UTF_8)
        : new BufferedReader(new InputStreamReader(getClass().getResourceAsStream(
            "/io/github/essrules/rules/foncier/brs-plafonds-ressources.csv"), StandardCharsets.UTF_8)).lines().toList();
    int checked = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", 5);
      Zone zone = Zone.ofCode(f[0]);
      LocalDate date = LocalDate.parse(f[2]);
      if (f[1].equals("each_person_above_6")) {
        BigDecimal seven = BrsCeilings.ceiling(zone, 7, date).amount().subtract(BrsCeilings.ceiling(zone, 6, date).amount());
        assertThat(seven).as(line).isEqualByComparingTo(f[3]);
      } else {
        assertThat(BrsCeilings.ceiling(zone, Integer.parseInt(f[1]), date).amount()).as(line).isEqualByComparingTo(f[3]);
      }
      checked++;
    }
    assertThat(checked).isEqualTo(70);
    assertThat(Zoning.size()).isEqualTo(34935);
    assertThat(Zoning.zoneOf("75056")).isEqualTo(Zone.A_BIS);
    assertThat(Zoning.zoneOf("94028")).isEqualTo(Zone.A);
  }

  static CltResaleFacts.Builder brussels(String atResale) {
    return CltResaleFacts.builder().formula(CltResaleFacts.Formula.APPRECIATION_SHARE)
        .purchasePrice(new BigDecimal("150000")).appraisedAtPurchase(new BigDecimal("150000"))
        .appraisedAtResale(new BigDecimal(atResale));
  }

  @Test
  void theBrusselsSplitOnAHomeBought150000AndAppraised250000() {
    // increase 100 000: seller 25 % = 25 000, trust 6 % = 6 000, buyer pays 150 000 + 31 000
    CltResale.Result r = CltResale.resale(brussels("250000").build());
    assertThat(r.toSeller()).isEqualByComparingTo("175000.00");
    assertThat(r.toTrust()).isEqualByComparingTo("6000.00");
    assertThat(r.buyerPrice()).isEqualByComparingTo("181000.00");
  }

  @Test
  void aDecreaseInValueLeavesThePriceUnlessTheLeaseSharesLosses() {
    CltResale.Result r = CltResale.resale(brussels("140000").build());
    assertThat(r.buyerPrice()).isEqualByComparingTo("150000");
    assertThat(r.decreaseFloored()).isTrue();
    CltResale.Result shared = CltResale.resale(brussels("140000").sharesLosses(true).build());
    // −10 000: seller −2 500, trust −600
    assertThat(shared.buyerPrice()).isEqualByComparingTo("146900.00");
  }

  @Test
  void theInvestmentRatioWeightsTheSellersShare() {
    // bought 120 000 for a home appraised 150 000: ratio 0.8, seller 25 % × 0.8 = 20 % of 100 000
    CltResale.Result r = CltResale.resale(brussels("250000").purchasePrice(new BigDecimal("120000"))
        .investmentRatio(true).build());
    assertThat(r.toSeller()).isEqualByComparingTo("140000.00");
    assertThat(r.sellerShareApplied()).isEqualByComparingTo("0.2");
  }

  @Test
  void indexedAndItemizedFormulas() {
    CltResale.Result indexed = CltResale.resale(CltResaleFacts.builder().formula(CltResaleFacts.Formula.INDEXED)
        .purchasePrice(new BigDecimal("150000")).indexAtPurchase(new BigDecimal("125.90"))
        .indexAtResale(new BigDecimal("145.47")).build());
    assertThat(indexed.buyerPrice()).isEqualByComparingTo("173316.12");
    // 150 000 + 5 000 + 150 000 × 1.5 % × 8 = 173 000
    CltResale.Result simple = CltResale.resale(CltResaleFacts.builder().formula(CltResaleFacts.Formula.ITEMIZED)
        .purchasePrice(new BigDecimal("150000")).improvements(new BigDecimal("5000"))
        .yearlyRate(new BigDecimal("0.015")).years(8).build());
    assertThat(simple.buyerPrice()).isEqualByComparingTo("173000.00");
    // compound: 150 000 × 1.015^8 = 168 973.888… + 5 000 = 173 973.888… → 173 973.89
    CltResale.Result compound = CltResale.resale(CltResaleFacts.builder().formula(CltResaleFacts.Formula.ITEMIZED)
        .purchasePrice(new BigDecimal("150000")).improvements(new BigDecimal("5000"))
        .yearlyRate(new BigDecimal("0.015")).years(8).compound(true).build());
    assertThat(compound.buyerPrice()).isEqualByComparingTo("173973.89");
  }
}
