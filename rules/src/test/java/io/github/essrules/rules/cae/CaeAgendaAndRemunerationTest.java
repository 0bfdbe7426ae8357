package io.github.essrules.rules.cae;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.Lang;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaeAgendaAndRemunerationTest {

  @Test
  void theAgendaOfANewEntrepreneurShowsTrialEndInterviewsAndAssocieDeadlineInDateOrder() {
    EntrepreneurSalarie e = EntrepreneurSalarie.builder().id("dina").contractStart(LocalDate.of(2026, 1, 5))
        .trialPeriodMonths(6).build();
    List<AgendaItem> agenda = CaeAgenda.of(CaeCases.coopAlpha().entrepreneurs(List.of(e)).build(),
        LocalDate.of(2026, 3, 31));
    assertThat(agenda).extracting(AgendaItem::kind).containsExactly(
        AgendaItem.Kind.TRIAL_PERIOD_END, AgendaItem.Kind.ACCOMPANIMENT_DELIBERATION,
        AgendaItem.Kind.INTERVIEWS, AgendaItem.Kind.ASSOCIE_DEADLINE);
    assertThat(agenda).extracting(AgendaItem::date).containsExactly(LocalDate.of(2026, 7, 4),
        LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4), LocalDate.of(2029, 1, 5));
    assertThat(agenda).noneMatch(AgendaItem::overdue);
    assertThat(agenda.get(0).message().render(Lang.FR)).isEqualTo("dina : fin de la période d'essai le 4 juillet 2026");
  }

  @Test
  void anUnpaidBalanceAfterTheMonthIsOverdue() {
    EntrepreneurSalarie e = CaeCases.entrepreneur("amina").balancePayments(List.of()).build();
    List<AgendaItem> agenda = CaeAgenda.of(CaeCases.coopAlpha().entrepreneurs(List.of(e)).build(),
        LocalDate.of(2025, 8, 1));
    AgendaItem balance = agenda.stream().filter(i -> i.kind() == AgendaItem.Kind.BALANCE_PAYMENT).findFirst()
        .orElseThrow();
    assertThat(balance.date()).isEqualTo(LocalDate.of(2025, 7, 12));
    assertThat(balance.overdue()).isTrue();
    assertThat(balance.entrepreneurId()).isEqualTo(Optional.of("amina"));
  }


  static RemunerationFacts.Builder facts(String turnover) {
    return RemunerationFacts.builder().entrepreneurId("amina")
        .fixedPartMonthly(new BigDecimal("1200")).monthsOfFixedPart(12)
        .turnover(new BigDecimal(turnover)).directCharges(new BigDecimal("6000"))
        .contribution(ContributionRule.builder().base(ContributionRule.Base.TURNOVER)
            .rate(new BigDecimal("0.10")).build())
        .advancesPaid(new BigDecimal("12000"));
  }

  @Test
  void variablePartIsTurnoverLessDirectChargesLessContribution_L7332_3() {
    Remuneration r = CaeRemuneration.compute(facts("48000").build());
    assertThat(r.fixedPart()).isEqualByComparingTo("14400");
    assertThat(r.contribution().rounded()).isEqualByComparingTo("4800.00");
    assertThat(r.variablePart()).isEqualByComparingTo("37200.00");
    assertThat(r.balance()).isEqualByComparingTo("25200.00");
    assertThat(r.contributionLimit()).isEqualTo("RATE");
  }

  @Test
  void aContributionOnTheMarginWithAFloorAndRoundedOnceToTheCent() {
    // margin 1234.57 − ... : 8 % of 1 234,57 = 98.7656 → floor 150
    Remuneration low = CaeRemuneration.compute(facts("7234.57").contribution(ContributionRule.builder()
        .base(ContributionRule.Base.MARGIN).rate(new BigDecimal("0.08")).floor(new BigDecimal("150")).build()).build());
    assertThat(low.margin()).isEqualByComparingTo("1234.57");
    assertThat(low.contribution().rounded()).isEqualByComparingTo("150.00");
    assertThat(low.contributionLimit()).isEqualTo("FLOOR");
    // 8 % of 30 000.57 = 2400.0456 → 2400.05
    Remuneration high = CaeRemuneration.compute(facts("36000.57").contribution(ContributionRule.builder()
        .base(ContributionRule.Base.MARGIN).rate(new BigDecimal("0.08")).build()).build());
    assertThat(high.contribution().exact()).isEqualByComparingTo("2400.0456");
    assertThat(high.contribution().rounded()).isEqualByComparingTo("2400.05");
    assertThat(high.variablePart()).isEqualByComparingTo("27600.52");
  }

  @Test
  void advancesAboveTheVariablePartLeaveANegativeBalance() {
    Remuneration r = CaeRemuneration.compute(facts("10000").build());
    // 10000 − 6000 − 1000 = 3000; balance 3000 − 12000
    assertThat(r.balance()).isEqualByComparingTo("-9000.00");
  }
}
