package io.github.essrules.rules.foncier;

import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.essrules.core.Lang;
import io.github.essrules.core.validation.InvalidInputException;
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
  void aLargeHouseholdAddsTheIncrementPerPersonAboveSix() {
    BrsCeilings.Ceiling eight = BrsCeilings.ceiling(Zone.C, 8, LocalDate.of(2025, 1, 1));
    // C, 6 persons 86 055 + 2 × 9 599 = 105 253
    assertThat(eight.amount()).isEqualByComparingTo("105253");
  }

  @Test
  void anApplicationDatedAfterTheDateAskedIsRefused_R255_1() {
    assertThatThrownBy(() -> BrsBuyerRule.get().evaluate(lilleCouple("30000").build(), LocalDate.of(2025, 3, 2)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.pointer(), v -> v.messageFr()).containsExactly(tuple("/applicationDate",
                "la date 3 mars 2025 est postérieure à la date d'application demandée (2 mars 2025)")));
  }

  @Test
  void anUnknownCommuneIsATypedError() {
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
  void aDecreaseInValueLeavesThePriceUnlessTheLeaseSharesLosses() {
    CltResale.Result r = CltResale.resale(brussels("140000").build());
    assertThat(r.buyerPrice()).isEqualByComparingTo("150000");
    assertThat(r.decreaseFloored()).isTrue();
    CltResale.Result shared = CltResale.resale(brussels("140000").sharesLosses(true).build());
    // −10 000: seller −2 500, trust −600
    assertThat(shared.buyerPrice()).isEqualByComparingTo("146900.00");
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
}
