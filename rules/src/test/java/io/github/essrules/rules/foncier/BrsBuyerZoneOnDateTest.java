package io.github.essrules.rules.foncier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** CCH R255-1: the BRS buyer's ceiling is that of the commune's zone in force on the application date. */
class BrsBuyerZoneOnDateTest {
  static final LocalDate JANUARY_2024 = LocalDate.of(2024, 1, 15);

  /** A couple with 50 000 € of income: under the 2024 zone A ceiling (56 169 €), above the B2 and C one (43 633 €). */
  static BrsBuyerFacts.Builder couple(String commune, LocalDate applied) {
    return BrsBuyerFacts.builder().commune(commune).householdSize(2).referenceTaxIncome(new BigDecimal("50000"))
        .applicationDate(applied).ownsSuitableHome(false);
  }

  @Test
  void chevryReclassifiedToZoneAInJuly2024IsNotDecidedOnZoneAInJanuary2024_R255_1() {
    Verdict v = BrsBuyerRule.get().evaluate(couple(ZoningTest.CHEVRY, JANUARY_2024).build(), JANUARY_2024);
    assertThat(v.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(v.missingFacts()).containsExactly("/statedZone");
    Finding income = v.find("brs.buyer.income").get(0);
    assertThat(income.comparisons()).isEmpty();
    assertThat(income.message().render(Lang.FR)).contains("Chevry (01103)")
        .contains("reclassée par le zonage A/B/C en vigueur depuis le 5 juillet 2024")
        .contains("n'est pas fournie par la bibliothèque").contains("statedZone");
    assertThat(income.message().render(Lang.EN)).contains("is not shipped by the library").contains("statedZone");
  }

  @Test
  void cessyNotReclassifiedIsDecidedOnZoneAInJanuary2024WithASecondaryConfidence_R255_1() {
    Verdict v = BrsBuyerRule.get().evaluate(couple(ZoningTest.CESSY, JANUARY_2024).build(), JANUARY_2024);
    assertThat(v.outcome()).as(v.explain(Lang.FR)).isEqualTo(Outcome.SATISFIED);
    Finding income = v.find("brs.buyer.income").get(0);
    assertThat(income.comparisons().get(0).limit().decimalValue()).isEqualByComparingTo("56169");
    assertThat(income.message().render(Lang.EN)).contains("zone A");
    assertThat(v.notices()).extracting(Notice::id).containsExactly("brs.buyer.zone.previous-revision");
    assertThat(v.confidence()).isEqualTo(Confidence.SECONDARY);
  }

  @Test
  void chevryFromTheFifthOfJuly2024IsDecidedOnZoneA() {
    Verdict v = BrsBuyerRule.get().evaluate(couple(ZoningTest.CHEVRY, LocalDate.of(2024, 7, 5)).build(),
        LocalDate.of(2024, 7, 5));
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(v.notices()).isEmpty();
  }

  @Test
  void aZoneStatedByTheUserDecidesChevryInJanuary2024AndTheVerdictSaysItIsUnconfirmed() {
    Verdict v = BrsBuyerRule.get().evaluate(couple(ZoningTest.CHEVRY, JANUARY_2024).statedZone(Zone.B2).build(),
        JANUARY_2024);
    // 50 000 € > 43 633 €, the 2024 ceiling of zone B2 for two persons
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(v.find("brs.buyer.income").get(0).message().render(Lang.EN)).contains("zone B2");
    assertThat(v.notices()).extracting(Notice::id).containsExactly("brs.buyer.zone.stated");
    assertThat(v.notices().get(0).message().render(Lang.FR)).contains("déclarée par l'utilisateur");
    assertThat(v.confidence()).isEqualTo(Confidence.UNCONFIRMED);
  }

  @Test
  void aStatedZoneThatTheTableContradictsIsNotUsedAndTheVerdictSaysSo() {
    Verdict v = BrsBuyerRule.get().evaluate(couple(ZoningTest.CESSY, JANUARY_2024).statedZone(Zone.C).build(),
        JANUARY_2024);
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(v.notices()).extracting(Notice::id)
        .containsExactly("brs.buyer.zone.previous-revision", "brs.buyer.zone.stated-ignored");
    assertThat(v.notices().get(1).message().render(Lang.EN)).contains("Stated zone C not used");
    // the same stated zone as the table's says nothing more
    assertThat(BrsBuyerRule.get().evaluate(couple(ZoningTest.CHEVRY, LocalDate.of(2025, 3, 3)).statedZone(Zone.A).build(),
        LocalDate.of(2025, 3, 3)).notices()).isEmpty();
  }

  @Test
  void theFactsWithAStatedZoneRoundTripThroughJson() throws Exception {
    BrsBuyerFacts f = couple(ZoningTest.CHEVRY, JANUARY_2024).statedZone(Zone.B1).build();
    String json = io.github.essrules.core.json.EssJson.mapper().writeValueAsString(f);
    assertThat(json).contains("\"statedZone\":\"B1\"");
    assertThat(io.github.essrules.core.json.EssJson.mapper().readValue(json, BrsBuyerFacts.class)).isEqualTo(f);
  }

  @Test
  void anOwnerInChevryIsNotEligibleWhateverItsZone_R255_1_1() {
    Verdict v = BrsBuyerRule.get().evaluate(couple(ZoningTest.CHEVRY, JANUARY_2024).ownsSuitableHome(true).build(),
        JANUARY_2024);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void a2023ApplicationIsStillATypedErrorForWantOfCeilingsWhateverTheZone() {
    assertThatThrownBy(() -> BrsBuyerRule.get().evaluate(couple(ZoningTest.CHEVRY, LocalDate.of(2023, 12, 1)).build(),
        LocalDate.of(2023, 12, 1))).isInstanceOf(NoLawKnownException.class);
    assertThatThrownBy(() -> BrsBuyerRule.get().evaluate(couple(ZoningTest.CESSY, LocalDate.of(2023, 12, 1))
        .statedZone(Zone.A).build(), LocalDate.of(2023, 12, 1))).isInstanceOf(NoLawKnownException.class);
  }
}
