package io.github.essrules.rules.ville;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CGI, art. 44 octies A (ZFU-TE): the headcount by set-up date and the raise of the cap. */
class ZfuTeTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  /** A business set up on a date, eligible otherwise, with its 2025 profit. */
  static ZfuTeFacts.Builder setUpOn(String date, int employees) {
    return ZfuTeFacts.builder().establishedOn(LocalDate.parse(date)).employees(employees)
        .turnoverOrBalanceSheet(new BigDecimal("1800000")).residentShare(new BigDecimal("0.5"))
        .periodStart(LocalDate.of(2025, 1, 1)).periodEnd(LocalDate.of(2025, 12, 31)).profit(new BigDecimal("40000"));
  }

  static Finding headcount(ZfuTeFacts f) {
    return ZfuTe.get().evaluate(f, AS_OF).find("zfu.employees").get(0);
  }

  @Test
  void theThresholdChangesForBusinessesSetUpFromTheFirstOfJanuary2019() {
    assertThat(headcount(setUpOn("2018-12-31", 50).build()).outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(headcount(setUpOn("2019-01-01", 50).build()).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(headcount(setUpOn("2019-01-01", 49).build()).outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void aTpeHostedAtTheBeaudottesBusinessOpenSpaceSinceMarch2012IsNotGivenThe2015Schedule_CGI44OctiesA() {
    // Les Beaudottes, Sevran, ZFU since 2004; Premier Conseil opened its Business Open Space there
    // in 2011 (the guide). A TPE of four employees set up in March 2012 fell under the regime of
    // 2006-2014 (cap of 100 000 €, nine years of wind-down under five employees), not modelled:
    // the 2015 schedule would give it 0 € for 2025 (months 155-166), maybe wrongly
    ZfuTeFacts tpe = setUpOn("2012-03-05", 4).build();
    Verdict v = ZfuTe.get().evaluate(tpe, AS_OF);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(v.findings()).extracting(Finding::id).containsExactly("zfu.regime");
    assertThat(v.notices()).extracting(Notice::id).doesNotContain("zfu.exempt");
    assertThat(v.findings().get(0).reference().citation()).isEqualTo("CGI, art. 44 octies A");
    assertThat(v.findings().get(0).message().render(Lang.FR)).contains("avant le 1er janvier 2015")
        .contains("ne sont pas modélisés");
    assertThat(v.findings().get(0).message().render(Lang.EN)).contains("not modelled");
    assertThatThrownBy(() -> ZfuTe.exemptProfit(tpe)).isInstanceOf(NoLawKnownException.class)
        .hasMessageContaining("2015");
    assertThatThrownBy(() -> ZfuTe.capPerTwelveMonths(tpe)).isInstanceOf(NoLawKnownException.class);
    assertThatThrownBy(() -> ZfuTe.capRaiseUnknownLimits(tpe)).isInstanceOf(NoLawKnownException.class);
    assertThatThrownBy(() -> ZfuTe.rate(LocalDate.of(2012, 3, 5), YearMonth.of(2025, 1)))
        .isInstanceOf(NoLawKnownException.class);
  }

  @Test
  void theScheduleAppliesFromTheFirstOfJanuary2015_CGI44OctiesA() {
    assertThat(ZfuTe.get().evaluate(setUpOn("2014-12-31", 4).build(), AS_OF).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    // set up on 1 January 2015: 2025 is months 121-132, past the 96 months of the schedule
    ZfuTeFacts first = setUpOn("2015-01-01", 4).build();
    Verdict v = ZfuTe.get().evaluate(first, AS_OF);
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(v.notices()).extracting(Notice::id).contains("zfu.exempt");
    assertThat(ZfuTe.exemptProfit(first)).isEqualByComparingTo("0.00");
    assertThat(ZfuTe.rate(LocalDate.of(2015, 1, 1), YearMonth.of(2015, 1))).isEqualByComparingTo("1");
  }

  @Test
  void theHeadcountReadsEmployeesInEnglish() {
    Comparison c = headcount(setUpOn("2020-01-15", 12).build()).comparisons().get(0);
    assertThat(c.subject().render(Lang.EN)).isEqualTo("employees");
    assertThat(c.subject().render(Lang.FR)).isEqualTo("salariés");
  }

  @Test
  void anUnknownHeadcountIsMissingNeverPresumed() {
    Verdict v = ZfuTe.get().evaluate(ZfuTeFacts.builder().from(setUpOn("2020-01-15", 10).build())
        .employees(Optional.empty()).build(), AS_OF);
    assertThat(v.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(v.missingFacts()).containsExactly("/employees");
  }

  @Test
  void theCapIsRaisedBy2x5000WithTwoQualifyingHires_CGI44OctiesA() {
    // set up in January 2020: 2025 is months 61-72, at 60 %; 200 000 × 60 % = 120 000
    ZfuTeFacts.Builder big = setUpOn("2020-01-15", 12).profit(new BigDecimal("200000"));
    ZfuTeFacts two = big.newResidentFullTimeHires(2).build();
    assertThat(ZfuTe.capPerTwelveMonths(two)).isEqualByComparingTo("60000");
    assertThat(ZfuTe.exemptProfit(two)).isEqualByComparingTo("60000.00");
    Verdict v = ZfuTe.get().evaluate(two, AS_OF);
    assertThat(v.notices()).extracting(Notice::id).containsExactly("zfu.exempt", "zfu.cap.raised");
    assertThat(v.notices().get(1).message().render(Lang.EN)).contains("€60,000 per twelve months");

    ZfuTeFacts none = setUpOn("2020-01-15", 12).profit(new BigDecimal("200000")).newResidentFullTimeHires(0).build();
    assertThat(ZfuTe.exemptProfit(none)).isEqualByComparingTo("50000.00");
    assertThat(ZfuTe.get().evaluate(none, AS_OF).notices()).extracting(Notice::id).containsExactly("zfu.exempt");
  }

  @Test
  void theRaisedCapIsProratedLikeTheCapOverAShortPeriod() {
    // six months of 2021 at 100 %: 80 000 exempt before the cap; (50 000 + 2 × 5 000) × 6 / 12 = 30 000
    ZfuTeFacts f = setUpOn("2020-01-15", 12).periodStart(LocalDate.of(2021, 1, 1)).periodEnd(LocalDate.of(2021, 6, 30))
        .profit(new BigDecimal("80000")).newResidentFullTimeHires(2).build();
    assertThat(ZfuTe.exemptProfit(f)).isEqualByComparingTo("30000.00");
  }

  @Test
  void anUnknownCountOfHiresLeavesTheCapUnraisedAndTheVerdictSaysSoWhenItLimits() {
    ZfuTeFacts unknown = setUpOn("2020-01-15", 12).profit(new BigDecimal("200000")).build();
    assertThat(ZfuTe.capPerTwelveMonths(unknown)).isEqualByComparingTo("50000");
    assertThat(ZfuTe.exemptProfit(unknown)).isEqualByComparingTo("50000.00");
    assertThat(ZfuTe.capRaiseUnknownLimits(unknown)).isTrue();
    Verdict v = ZfuTe.get().evaluate(unknown, AS_OF);
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(v.notices()).extracting(Notice::id).containsExactly("zfu.exempt", "zfu.cap.raise-unknown");
    assertThat(v.notices().get(1).message().render(Lang.FR)).contains("sans majoration").contains("newResidentFullTimeHires");

    // 40 000 × 60 % = 24 000 stays under the cap: the count would change nothing, no notice
    ZfuTeFacts small = setUpOn("2020-01-15", 12).build();
    assertThat(ZfuTe.capRaiseUnknownLimits(small)).isFalse();
    assertThat(ZfuTe.get().evaluate(small, AS_OF).notices()).extracting(Notice::id).containsExactly("zfu.exempt");
  }

  @Test
  void theFactsRoundTripThroughJsonWithAndWithoutTheCountOfHires() throws Exception {
    ZfuTeFacts two = setUpOn("2020-01-15", 12).newResidentFullTimeHires(2).build();
    String json = EssJson.mapper().writeValueAsString(two);
    assertThat(json).contains("\"newResidentFullTimeHires\":2");
    assertThat(EssJson.mapper().readValue(json, ZfuTeFacts.class)).isEqualTo(two);
    ZfuTeFacts unknown = setUpOn("2020-01-15", 12).build();
    ZfuTeFacts back = EssJson.mapper().readValue(EssJson.mapper().writeValueAsString(unknown), ZfuTeFacts.class);
    assertThat(back).isEqualTo(unknown);
    assertThat(back.newResidentFullTimeHires()).isEmpty();
  }
}
