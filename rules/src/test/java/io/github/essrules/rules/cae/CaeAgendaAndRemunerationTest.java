package io.github.essrules.rules.cae;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.Lang;
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

}
