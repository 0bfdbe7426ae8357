package io.github.essrules.rules.esus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the ESUS rule (L3332-17-1), on random pay and accounts. */
class EsusProperties {
  static final LocalDate ASOF = LocalDate.of(2026, 4, 1);

  @Provide
  Arbitrary<Pay> pay() {
    Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("400000"))
        .ofScale(2);
    Arbitrary<BigDecimal> ratio = Arbitraries.of("1", "1", "1", "0.8", "0.5", "0.6", "0.75").map(BigDecimal::new);
    return Combinators.combine(amount, ratio, Arbitraries.of(PayeeRole.class))
        .as((a, r, role) -> Pay.builder().role(role).amountPaid(a).fullTimeRatio(r).build());
  }

  @Provide
  Arbitrary<List<Pay>> payList() {
    return pay().list().ofMinSize(1).ofMaxSize(9);
  }

  static EsusFacts withPay(EsusFacts.Builder base, int year, List<Pay> pay) {
    return base.payYears(List.of(PayYear.builder().year(Year.of(year)).addAllPay(pay).allPaidPersonsListed(true).build()))
        .build();
  }

  static Outcome payOutcome(Verdict v) {
    return EsusRuleTest.find(v, "esus.I.3").outcome();
  }

  @Property(tries = 200)
  void raisingAnyPayNeverTurnsNotSatisfiedIntoSatisfied(@ForAll("payList") List<Pay> pay,
      @ForAll @IntRange(min = 0, max = 8) int who, @ForAll @IntRange(min = 1, max = 200000) int raise,
      @ForAll @IntRange(min = 2016, max = 2025) int year) {
    int i = who % pay.size();
    List<Pay> raised = new ArrayList<>(pay);
    raised.set(i, Pay.builder().from(pay.get(i)).amountPaid(pay.get(i).amountPaid().add(BigDecimal.valueOf(raise))).build());
    Outcome before = payOutcome(EsusRule.get().evaluate(withPay(EsusCases.regieDeQuartier(), year, pay), ASOF));
    Outcome after = payOutcome(EsusRule.get().evaluate(withPay(EsusCases.regieDeQuartier(), year, raised), ASOF));
    if (before == Outcome.NOT_SATISFIED) {
      assertThat(after).isEqualTo(Outcome.NOT_SATISFIED);
    }
  }

  @Property(tries = 200)
  void permutingTheListOfPayDoesNotChangeTheVerdict(@ForAll("payList") List<Pay> pay, @ForAll long seed) {
    List<Pay> shuffled = new ArrayList<>(pay);
    Collections.shuffle(shuffled, new Random(seed));
    Verdict a = EsusRule.get().evaluate(withPay(EsusCases.sasGeneralRoute(), 2025, pay), ASOF);
    Verdict b = EsusRule.get().evaluate(withPay(EsusCases.sasGeneralRoute(), 2025, shuffled), ASOF);
    assertThat(b.outcome()).isEqualTo(a.outcome());
    assertThat(EsusRuleTest.find(b, "esus.I.3.a").comparisons())
        .isEqualTo(EsusRuleTest.find(a, "esus.I.3.a").comparisons());
  }

  @Property(tries = 100)
  void theVerdictIsTheSameInFrenchAndEnglishOnlyTheWordsDiffer(@ForAll("payList") List<Pay> pay) {
    Verdict v = EsusRule.get().evaluate(withPay(EsusCases.sasGeneralRoute(), 2025, pay), ASOF);
    String fr = v.explain(Lang.FR);
    String en = v.explain(Lang.EN);
    assertThat(fr).isNotEqualTo(en);
    assertThat(fr.lines().count()).isEqualTo(en.lines().count());
    String outcomeFr = v.outcome().label(Lang.FR);
    String outcomeEn = v.outcome().label(Lang.EN);
    assertThat(fr.lines().findFirst().orElseThrow()).endsWith(outcomeFr);
    assertThat(en.lines().findFirst().orElseThrow()).endsWith(outcomeEn);
  }

  @Property(tries = 100)
  void aJsonRoundTripOfTheFactsGivesTheSameVerdict(@ForAll("payList") List<Pay> pay,
      @ForAll @IntRange(min = 590000, max = 700000) int social) {
    EsusFacts facts = EsusCases.sasGeneralRoute()
        .addFinancialYears(EsusCases.chargesYear(2022, "900000", social + ".00"))
        .payYears(List.of(PayYear.builder().year(Year.of(2025)).addAllPay(pay).allPaidPersonsListed(true).build()))
        .build();
    EsusFacts back = EssJson.read(EssJson.write(facts), EsusFacts.class);
    assertThat(back).isEqualTo(facts);
    Verdict v = EsusRule.get().evaluate(facts, ASOF);
    assertThat(EsusRule.get().evaluate(back, ASOF)).isEqualTo(v);
    assertThat(EssJson.read(EssJson.write(v), Verdict.class)).isEqualTo(v);
  }

  @Property(tries = 300)
  void theAverageCapHoldsExactlyUpToSevenTimesTheReference(@ForAll @IntRange(min = -500, max = 500) int cents) {
    // five equal full-time pays at 7 × 21622.08 ± cents
    BigDecimal each = EsusCases.AVERAGE_CAP_2025.add(BigDecimal.valueOf(cents, 2));
    List<Pay> pay = List.of(EsusCases.fullTime("a", each.toPlainString()), EsusCases.fullTime("b", each.toPlainString()),
        EsusCases.fullTime("c", each.toPlainString()), EsusCases.fullTime("d", each.toPlainString()),
        EsusCases.fullTime("e", each.toPlainString()));
    Verdict v = EsusRule.get().evaluate(withPay(EsusCases.regieDeQuartier(), 2025, pay), ASOF);
    assertThat(EsusRuleTest.find(v, "esus.I.3.a").outcome()).isEqualTo(Outcome.of(cents <= 0));
  }

  @Property(tries = 300)
  void withThreePersonsTheAverageIsComparedExactlyDespiteThirds(@ForAll @IntRange(min = -300, max = 300) int cents) {
    // three pays summing to 3 × cap ± cents: satisfied exactly when the sum does not exceed 3 × cap
    BigDecimal sum = EsusCases.AVERAGE_CAP_2025.multiply(BigDecimal.valueOf(3)).add(BigDecimal.valueOf(cents, 2));
    BigDecimal first = new BigDecimal("150000.00");
    BigDecimal second = new BigDecimal("150000.00");
    BigDecimal third = sum.subtract(first).subtract(second);
    List<Pay> pay = List.of(EsusCases.fullTime("a", first.toPlainString()), EsusCases.fullTime("b", second.toPlainString()),
        EsusCases.fullTime("c", third.toPlainString()));
    Verdict v = EsusRule.get().evaluate(withPay(EsusCases.regieDeQuartier(), 2025, pay), ASOF);
    assertThat(EsusRuleTest.find(v, "esus.I.3.a").outcome()).isEqualTo(Outcome.of(cents <= 0));
  }
}
