package io.github.essrules.rules.iae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The explanation of the aide au poste (C. trav. R5132-37 and R5132-38) says what the situations
 * cannot read in the JSON: the approximate date of a socle, the FTE-months above the convention
 * only when there are some; and the values' builders and checks the JSON never reaches.
 */
class AideAuPosteExplanationTest {
  private static AideAuPosteFacts.MonthOccupancy month(int year, int month, String fte) {
    return AideAuPosteFacts.MonthOccupancy.builder().month(YearMonth.of(year, month)).fte(new BigDecimal(fte)).build();
  }

  @Test
  void nineFteForEightPostsInNovember2024AreExplainedWithTheMonthAboveTheConvention_R5132_37() {
    AideAuPosteFacts f = AideAuPosteFacts.builder().structure(AideAuPosteFacts.Structure.ACI)
        .conventionPosts(new BigDecimal("8")).modulatedRate(BigDecimal.ZERO)
        .occupancy(List.of(month(2024, 11, "9"))).build();
    assertThat(f.toBuilder().build()).isEqualTo(f);
    assertThat(f.occupancy().get(0).toBuilder().build()).isEqualTo(f.occupancy().get(0));
    AideAuPoste.Result r = AideAuPoste.rule().apply(f, LocalDate.of(2025, 9, 30),
        io.github.essrules.core.verdict.LawOptions.standard());
    assertThat(r.toBuilder().build()).isEqualTo(r);
    assertThat(r.lines().get(0).toBuilder().build()).isEqualTo(r.lines().get(0));
    // 8 × 23 921 ÷ 12 = 15 947,33
    assertThat(r.summary(Lang.EN)).startsWith("insertion post aid €15,947.33");
    assertThat(r.explain(Lang.EN)).contains("FTE-months above the convention, not paid: 1")
        .contains("in force from").doesNotContain("approximate date")
        .contains("total, rounded once to the cent: €15,947.33");
  }

  @Test
  void oneFteInJune2015IsPaidAtASocleWhoseDateIsApproximateAndNothingIsAboveTheConvention() {
    AideAuPosteFacts f = AideAuPosteFacts.builder().structure(AideAuPosteFacts.Structure.ACI)
        .conventionPosts(BigDecimal.ONE).modulatedRate(BigDecimal.ZERO).occupancy(List.of(month(2015, 6, "1"))).build();
    String text = AideAuPoste.compute(f).explain(Lang.EN);
    assertThat(text).contains("(approximate date)").doesNotContain("above the convention");
  }

  @Test
  void aCddiPeriodEndingTheDayBeforeItStartsIsRefused() {
    CddiPeriod p = CddiPeriod.builder().kind(CddiPeriod.Kind.INITIAL).start(LocalDate.of(2025, 1, 6))
        .end(LocalDate.of(2025, 7, 5)).weeklyHours(new BigDecimal("26")).build();
    assertThat(p.toBuilder().build()).isEqualTo(p);
    CddiFacts ok = CddiFacts.builder().sentenceAdjustment(false).periods(List.of(p)).build();
    assertThat(ok.toBuilder().build()).isEqualTo(ok);
    CddiFacts backwards = CddiFacts.builder().sentenceAdjustment(false)
        .periods(List.of(p.toBuilder().end(LocalDate.of(2025, 1, 5)).build())).build();
    assertThatThrownBy(() -> CddiRule.get().evaluate(backwards, LocalDate.of(2025, 9, 30)))
        .isInstanceOf(InvalidInputException.class);
    CddiFacts oneDay = CddiFacts.builder().sentenceAdjustment(true)
        .periods(List.of(p.toBuilder().end(LocalDate.of(2025, 1, 6)).build())).build();
    assertThat(CddiRule.get().evaluate(oneDay, LocalDate.of(2025, 9, 30)).outcome())
        .isEqualTo(io.github.essrules.core.verdict.Outcome.SATISFIED);
  }

  @Test
  void anAciCaseAndItsConventionAndSalesRebuildThemselves() {
    AciConvention c = IaeRulesTest.garage().build();
    SalesFigures s = IaeRulesTest.sales("20000", "100000");
    AciCase k = AciCase.builder().convention(c).sales(s).build();
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThat(s.toBuilder().build()).isEqualTo(s);
    assertThat(k.toBuilder().build()).isEqualTo(k);
    assertThatThrownBy(() -> IaeLaw.ref("L9999-1", "")).isInstanceOf(IllegalArgumentException.class);
  }
}
