package io.github.essrules.rules.esus;

import static io.github.essrules.rules.esus.EsusRuleTest.ASOF;
import static io.github.essrules.rules.esus.EsusRuleTest.find;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule of unknown and empty facts (package {@code io.github.essrules.rules}) in the ESUS
 * agrément: the objectives of a main purpose left out are unknown, {@code []} says "none"
 * (C. trav. L3332-17-1, I, 1°; loi n° 2014-856, art. 2); the pay years, a list the rule needs
 * items of, are undetermined both ways (I, 3°).
 */
class UnknownAndEmptyFactsTest {

  @Test
  void aSasThatGivesAMainPurposeWithoutItsObjectivesIsUndeterminedOn1NotRefused_L3332_17_1_I_1() {
    EsusFacts unknown = EsusCases.sasGeneralRoute().mainPurpose(MainPurpose.builder().build()).build();
    Finding i1 = find(EsusRule.get().evaluate(unknown, ASOF), "esus.I.1");
    assertThat(i1.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(i1.missingFacts()).containsExactly("/mainPurpose/objectives");
    // [] : it pursues none of the objectives of article 2
    EsusFacts none = EsusCases.sasGeneralRoute().mainPurpose(MainPurpose.builder().objectives(List.of()).build()).build();
    assertThat(find(EsusRule.get().evaluate(none, ASOF), "esus.I.1").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void sustainableDevelopmentWithItsImpactNotGivenIsUndeterminedAndWithNoImpactIsNotEnough_art2_4() {
    EsusFacts unknown = EsusCases.sasGeneralRoute().mainPurpose(MainPurpose.builder()
        .objectives(List.of(UtilityObjective.SUSTAINABLE_DEVELOPMENT)).build()).build();
    Verdict v = EsusRule.get().evaluate(unknown, ASOF);
    assertThat(find(v, "esus.I.1.b.4").outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(find(v, "esus.I.1").outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(v.missingFacts()).containsExactly("/mainPurpose/sustainableDevelopmentImpactThrough");
    EsusFacts none = EsusCases.sasGeneralRoute().mainPurpose(MainPurpose.builder()
        .objectives(List.of(UtilityObjective.SUSTAINABLE_DEVELOPMENT)).sustainableDevelopmentImpactThrough(List.of())
        .build()).build();
    assertThat(find(EsusRule.get().evaluate(none, ASOF), "esus.I.1").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void theImpactOfObjective4IsNotAskedWhenAnotherObjectiveSuffices_art2() {
    EsusFacts f = EsusCases.sasGeneralRoute().mainPurpose(MainPurpose.builder()
        .objectives(List.of(UtilityObjective.EXCLUSION_AND_COHESION, UtilityObjective.SUSTAINABLE_DEVELOPMENT))
        .build()).build();
    Verdict v = EsusRule.get().evaluate(f, ASOF);
    assertThat(find(v, "esus.I.1").outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void payYearsNeededByThePayCapAreUndeterminedWhetherLeftOutOrEmpty_L3332_17_1_I_3() {
    EsusFacts absent = EsusFacts.builder().from(EsusCases.regieDeQuartier().build()).payYears(List.of()).build();
    Finding i3 = find(EsusRule.get().evaluate(absent, ASOF), "esus.I.3");
    assertThat(i3.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(i3.missingFacts()).containsExactly("/payYears");
    // left out of the JSON, the same facts and the same answer
    com.fasterxml.jackson.databind.node.ObjectNode json = EssJson.mapper().valueToTree(absent);
    json.remove("payYears");
    assertThat(EssJson.read(json.toString(), EsusFacts.class)).isEqualTo(absent);
  }

  @Test
  void aYearOfTwelvePayslipsPerPersonIsTheSumOfItsMonths_L3332_17_1_I_3() {
    // the directrice: 3 500 € a month and a bonus of 2 000 € in December; four staff at 2 600 €
    List<BigDecimal> directrice = new java.util.ArrayList<>(Collections.nCopies(12, new BigDecimal("3500")));
    directrice.set(11, new BigDecimal("5500"));
    Pay top = Pay.ofMonths("directrice", PayeeRole.DIRIGEANT, BigDecimal.ONE, directrice);
    assertThat(top.amountPaid()).isEqualByComparingTo("44000");
    PayYear year = PayYear.builder().year(Year.of(2025)).addPay(top)
        .addPay(staff("a"), staff("b"), staff("c"), staff("d")).build();
    Verdict v = EsusRule.get().evaluate(EsusCases.regieDeQuartier().payYears(List.of(year)).build(), ASOF);
    Finding b = find(v, "esus.I.3.b");
    assertThat(b.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(b.comparisons().get(0).actual().decimalValue()).isEqualByComparingTo("44000");
    // (44 000 + 4 × 31 200) ÷ 5 = 33 760
    assertThat(find(v, "esus.I.3.a").comparisons().get(0).actual().decimalValue()).isEqualByComparingTo("33760");
  }

  private static Pay staff(String label) {
    return Pay.ofMonths(label, PayeeRole.SALARIE, BigDecimal.ONE, Collections.nCopies(12, new BigDecimal("2600")));
  }
}
