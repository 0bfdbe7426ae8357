package io.github.essrules.rules.cae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.NoLawKnownException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The agenda of a CAE at the boundaries its dates draw: L7331-3 (associé within three years),
 * L7332-1 (trial period), R7331-3 (two interviews per twelve months), R7331-12 (balance one month
 * after the general meeting), R7331-2 (yearly deliberation) — each item on the day it falls due,
 * to come on that day and overdue the day after.
 */
class CaeAgendaTest {

  private static final LocalDate ASOF = LocalDate.of(2026, 3, 31);

  private static CaeFacts coop(EntrepreneurSalarie... people) {
    return CaeCases.coopAlpha().entrepreneurs(List.of(people)).build();
  }

  private static List<AgendaItem> of(String id, List<AgendaItem> agenda) {
    return agenda.stream().filter(i -> i.entrepreneurId().equals(Optional.of(id))).toList();
  }

  private static List<AgendaItem> kind(AgendaItem.Kind kind, List<AgendaItem> agenda) {
    return agenda.stream().filter(i -> i.kind() == kind).toList();
  }

  @Test
  void aContractStartingAfterTheDateHasNothingOnTheAgendaYet() {
    EntrepreneurSalarie lucie = EntrepreneurSalarie.builder().id("lucie").contractStart(ASOF.plusDays(1))
        .trialPeriodMonths(4).build();
    List<AgendaItem> agenda = CaeAgenda.of(coop(lucie), ASOF);
    assertThat(of("lucie", agenda)).isEmpty();
    // the cooperative's own deliberation of 2026 is still listed
    assertThat(agenda).extracting(AgendaItem::kind).containsExactly(AgendaItem.Kind.ACCOMPANIMENT_DELIBERATION);
  }

  @Test
  void anInterviewAfterTheDateDoesNotCountYetAndAnIncompleteOneNever_R7331_3() {
    // contract of 1 March 2024: periods 1 March – last day of February
    EntrepreneurSalarie amina = CaeCases.entrepreneur("amina").interviews(List.of(
        CaeCases.complete(LocalDate.of(2024, 6, 10)), CaeCases.complete(LocalDate.of(2024, 12, 5)),
        CaeCases.complete(LocalDate.of(2025, 5, 20)),
        Interview.builder().date(LocalDate.of(2025, 11, 18)).documentSigned(false)
            .documentContents(InterviewContent.all()).build(),
        CaeCases.complete(LocalDate.of(2026, 3, 12)), CaeCases.complete(LocalDate.of(2026, 4, 10)))).build();
    List<AgendaItem> interviews = kind(AgendaItem.Kind.INTERVIEWS, CaeAgenda.of(coop(amina), ASOF));
    // 2024-2025: two complete interviews, nothing listed
    assertThat(interviews).extracting(AgendaItem::date)
        .containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2027, 2, 28));
    // 2025-2026: one complete, the unsigned one does not count — overdue since 1 March 2026
    assertThat(interviews.get(0).overdue()).isTrue();
    assertThat(interviews.get(0).message().render(Lang.FR))
        .startsWith("amina : 1 entretien(s) complet(s) sur 2 pour la période du 1").endsWith("2025 au 28 février 2026");
    // 2026-2027: the interview of 10 April 2026 is not held on 31 March
    assertThat(interviews.get(1).overdue()).isFalse();
    assertThat(interviews.get(1).message().render(Lang.FR)).startsWith("amina : 1 entretien(s)");
    assertThat(interviews.get(1).reference().citation()).endsWith("R7331-3");
  }

  @Test
  void theLastDayOfAnInterviewPeriodIsStillToComeAndTheDayAfterOverdue_R7331_3() {
    EntrepreneurSalarie amina = CaeCases.entrepreneur("amina").interviews(List.of(
        CaeCases.complete(LocalDate.of(2024, 6, 10)), CaeCases.complete(LocalDate.of(2024, 12, 5)),
        CaeCases.complete(LocalDate.of(2025, 5, 20)))).build();
    AgendaItem onTheDay = kind(AgendaItem.Kind.INTERVIEWS, CaeAgenda.of(coop(amina), LocalDate.of(2026, 2, 28)))
        .get(0);
    assertThat(onTheDay.date()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(onTheDay.overdue()).isFalse();
    assertThat(kind(AgendaItem.Kind.INTERVIEWS, CaeAgenda.of(coop(amina), LocalDate.of(2026, 3, 1))).get(0).overdue())
        .isTrue();
  }

  @Test
  void aPeriodBeforeTheDecreeOrCutShortByTheContractsEndListsNoInterviews_R7331_3() {
    // contract of 1 March 2015: the period 1 March 2015 – 29 February 2016 began before the décret
    EntrepreneurSalarie eric = EntrepreneurSalarie.builder().id("eric").contractStart(LocalDate.of(2015, 3, 1))
        .priorContracts(List.of()).trialPeriodMonths(0).interviews(List.of()).build();
    List<AgendaItem> interviews = kind(AgendaItem.Kind.INTERVIEWS, CaeAgenda.of(coop(eric), LocalDate.of(2016, 6, 30)));
    assertThat(interviews).extracting(AgendaItem::date).containsExactly(LocalDate.of(2017, 2, 28));
    // the contract ends on 27 February 2017, before the period's last day: nothing is owed for it
    EntrepreneurSalarie ended = eric.toBuilder().contractEnd(LocalDate.of(2017, 2, 27)).build();
    assertThat(kind(AgendaItem.Kind.INTERVIEWS, CaeAgenda.of(coop(ended), LocalDate.of(2016, 6, 30)))).isEmpty();
    // ending on the period's last day, the period is whole
    EntrepreneurSalarie whole = eric.toBuilder().contractEnd(LocalDate.of(2017, 2, 28)).build();
    assertThat(kind(AgendaItem.Kind.INTERVIEWS, CaeAgenda.of(coop(whole), LocalDate.of(2016, 6, 30)))).hasSize(1);
  }

  @Test
  void theAssocieDeadlineIsListedWhileTheContractRunsAndTheEntrepreneurIsNotAssocie_L7331_3() {
    EntrepreneurSalarie notYet = CaeCases.entrepreneur("amina").becameAssocieOn(Optional.empty()).build();
    AgendaItem deadline = kind(AgendaItem.Kind.ASSOCIE_DEADLINE, CaeAgenda.of(coop(notYet), ASOF)).get(0);
    assertThat(deadline.date()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(deadline.overdue()).isFalse();
    assertThat(deadline.reference().citation()).endsWith("L7331-3");
    assertThat(deadline.missingFacts()).isEmpty();
    // the contract ends on the date asked about: it still runs that day
    assertThat(kind(AgendaItem.Kind.ASSOCIE_DEADLINE, CaeAgenda.of(coop(notYet.toBuilder().contractEnd(ASOF).build()),
        ASOF))).hasSize(1);
    // ended the day before: nothing left to meet
    assertThat(kind(AgendaItem.Kind.ASSOCIE_DEADLINE,
        CaeAgenda.of(coop(notYet.toBuilder().contractEnd(ASOF.minusDays(1)).build()), ASOF))).isEmpty();
    // associé already: nothing listed
    assertThat(kind(AgendaItem.Kind.ASSOCIE_DEADLINE, CaeAgenda.of(coop(CaeCases.entrepreneur("amina").build()), ASOF)))
        .isEmpty();
    // a CAPE of twelve months, the deadline passed: overdue
    EntrepreneurSalarie late = notYet.toBuilder().priorContracts(List.of(PriorContract.builder()
        .kind(PriorContract.Kind.CAPE).firstDay(LocalDate.of(2023, 3, 1)).lastDay(LocalDate.of(2024, 2, 29)).build()))
        .build();
    AgendaItem overdue = kind(AgendaItem.Kind.ASSOCIE_DEADLINE, CaeAgenda.of(coop(late), ASOF)).get(0);
    assertThat(overdue.date()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(overdue.overdue()).isTrue();
  }

  @Test
  void theTrialPeriodsEndIsListedUpToItsLastDay_L7332_1() {
    // contract of 2 November 2025, four months of trial: last day 1 March 2026
    EntrepreneurSalarie dina = EntrepreneurSalarie.builder().id("dina").contractStart(LocalDate.of(2025, 11, 2))
        .trialPeriodMonths(4).priorContracts(List.of()).interviews(List.of()).build();
    LocalDate lastDay = LocalDate.of(2026, 3, 1);
    AgendaItem end = kind(AgendaItem.Kind.TRIAL_PERIOD_END, CaeAgenda.of(coop(dina), lastDay)).get(0);
    assertThat(end.date()).isEqualTo(lastDay);
    assertThat(end.overdue()).isFalse();
    assertThat(end.reference().citation()).endsWith("L7332-1");
    assertThat(kind(AgendaItem.Kind.TRIAL_PERIOD_END, CaeAgenda.of(coop(dina), lastDay.plusDays(1)))).isEmpty();
    // no trial period, or one not known: nothing listed
    assertThat(kind(AgendaItem.Kind.TRIAL_PERIOD_END,
        CaeAgenda.of(coop(dina.toBuilder().trialPeriodMonths(0).build()), lastDay))).isEmpty();
    assertThat(kind(AgendaItem.Kind.TRIAL_PERIOD_END,
        CaeAgenda.of(coop(dina.toBuilder().trialPeriodMonths(Optional.empty()).build()), lastDay))).isEmpty();
    // the contract ended before the date: no trial left
    assertThat(kind(AgendaItem.Kind.TRIAL_PERIOD_END,
        CaeAgenda.of(coop(dina.toBuilder().contractEnd(LocalDate.of(2026, 1, 31)).build()), LocalDate.of(2026, 2, 1))))
        .isEmpty();
  }

  @Test
  void theBalanceIsListedForEachMeetingApprovingAccountsUntilPaidOrNothingDue_R7331_12() {
    GeneralMeeting approving2024 = GeneralMeeting.builder().date(LocalDate.of(2025, 6, 12))
        .deliberatedOnAccompaniment(true).setContribution(true)
        .approvedAccountsOfYearClosedOn(LocalDate.of(2024, 12, 31)).build();
    EntrepreneurSalarie unpaid = CaeCases.entrepreneur("amina").balancePayments(List.of(BalancePayment.builder()
        .financialYearClosedOn(LocalDate.of(2024, 12, 31)).nothingDue(false).build())).build();
    LocalDate asOf = LocalDate.of(2025, 7, 12);
    AgendaItem due = kind(AgendaItem.Kind.BALANCE_PAYMENT, CaeAgenda.of(coop(unpaid), asOf)).get(0);
    assertThat(due.date()).isEqualTo(asOf);
    assertThat(due.overdue()).isFalse();
    assertThat(due.reference().citation()).endsWith("R7331-12");
    assertThat(due.missingFacts()).isEmpty();
    // the meeting is held after the date asked about: nothing due yet
    assertThat(kind(AgendaItem.Kind.BALANCE_PAYMENT, CaeAgenda.of(coop(unpaid), LocalDate.of(2025, 6, 11)))).isEmpty();
    // nothing due for the year, or paid: settled
    EntrepreneurSalarie nothingDue = unpaid.toBuilder().balancePayments(List.of(BalancePayment.builder()
        .financialYearClosedOn(LocalDate.of(2024, 12, 31)).nothingDue(true).build())).build();
    assertThat(kind(AgendaItem.Kind.BALANCE_PAYMENT, CaeAgenda.of(coop(nothingDue), asOf))).isEmpty();
    assertThat(kind(AgendaItem.Kind.BALANCE_PAYMENT, CaeAgenda.of(coop(CaeCases.entrepreneur("amina").build()), asOf)))
        .isEmpty();
    // a payment of another year does not settle 2024
    EntrepreneurSalarie otherYear = unpaid.toBuilder().balancePayments(List.of(BalancePayment.builder()
        .financialYearClosedOn(LocalDate.of(2023, 12, 31)).paidOn(LocalDate.of(2024, 6, 30)).build())).build();
    assertThat(kind(AgendaItem.Kind.BALANCE_PAYMENT, CaeAgenda.of(coop(otherYear), asOf))).hasSize(1);
    // the contract began after the year closed: no balance of 2024 is owed to her
    EntrepreneurSalarie newcomer = unpaid.toBuilder().contractStart(LocalDate.of(2025, 1, 1)).build();
    assertThat(kind(AgendaItem.Kind.BALANCE_PAYMENT, CaeAgenda.of(coop(newcomer), asOf))).isEmpty();
    // began on the year's last day: owed
    EntrepreneurSalarie lastDay = unpaid.toBuilder().contractStart(LocalDate.of(2024, 12, 31)).build();
    assertThat(kind(AgendaItem.Kind.BALANCE_PAYMENT, CaeAgenda.of(coop(lastDay), asOf))).hasSize(1);
    // a meeting that approved no accounts, or one before the décret: no balance
    CaeFacts noAccounts = CaeCases.coopAlpha().entrepreneurs(List.of(unpaid)).generalMeetings(List.of(
        approving2024.toBuilder().approvedAccountsOfYearClosedOn(Optional.empty()).build())).build();
    assertThat(kind(AgendaItem.Kind.BALANCE_PAYMENT, CaeAgenda.of(noAccounts, asOf))).isEmpty();
    EntrepreneurSalarie old = unpaid.toBuilder().contractStart(LocalDate.of(2014, 9, 1)).balancePayments(List.of())
        .build();
    CaeFacts beforeDecree = CaeCases.coopAlpha().entrepreneurs(List.of(old)).generalMeetings(List.of(
        GeneralMeeting.builder().date(LocalDate.of(2015, 12, 31)).approvedAccountsOfYearClosedOn(
            LocalDate.of(2014, 12, 31)).build())).build();
    assertThat(kind(AgendaItem.Kind.BALANCE_PAYMENT, CaeAgenda.of(beforeDecree, LocalDate.of(2016, 3, 1)))).isEmpty();
    CaeFacts onTheDecree = CaeCases.coopAlpha().entrepreneurs(List.of(old)).generalMeetings(List.of(
        GeneralMeeting.builder().date(LocalDate.of(2016, 1, 1)).approvedAccountsOfYearClosedOn(
            LocalDate.of(2014, 12, 31)).build())).build();
    AgendaItem owed = kind(AgendaItem.Kind.BALANCE_PAYMENT, CaeAgenda.of(onTheDecree, LocalDate.of(2016, 3, 1))).get(0);
    assertThat(owed.date()).isEqualTo(LocalDate.of(2016, 2, 1));
    assertThat(owed.overdue()).isTrue();
  }

  @Test
  void theYearlyDeliberationIsListedUntilAMeetingOfTheYearHeldByTheDateDeliberates_R7331_2() {
    GeneralMeeting june = GeneralMeeting.builder().date(LocalDate.of(2026, 6, 12)).deliberatedOnAccompaniment(true)
        .setContribution(true).build();
    CaeFacts facts = CaeCases.coopAlpha().entrepreneurs(List.of()).generalMeetings(List.of(june)).build();
    // held on the date asked about: deliberated
    assertThat(CaeAgenda.of(facts, LocalDate.of(2026, 6, 12))).isEmpty();
    // not held yet the day before
    List<AgendaItem> before = CaeAgenda.of(facts, LocalDate.of(2026, 6, 11));
    assertThat(before).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(AgendaItem.Kind.ACCOMPANIMENT_DELIBERATION);
      assertThat(i.date()).isEqualTo(LocalDate.of(2026, 12, 31));
      assertThat(i.overdue()).isFalse();
      assertThat(i.entrepreneurId()).isEmpty();
      assertThat(i.reference().citation()).endsWith("R7331-2");
      assertThat(i.missingFacts()).isEmpty();
    });
    // a meeting of 2026 read in 2027 does not count for 2027
    assertThat(CaeAgenda.of(facts, LocalDate.of(2027, 1, 15))).extracting(AgendaItem::date)
        .containsExactly(LocalDate.of(2027, 12, 31));
    // a meeting of the year that did not deliberate, or whose deliberation is unknown
    CaeFacts notDeliberated = facts.toBuilder().generalMeetings(List.of(june.toBuilder()
        .deliberatedOnAccompaniment(false).build())).build();
    assertThat(CaeAgenda.of(notDeliberated, LocalDate.of(2026, 7, 1))).hasSize(1);
    CaeFacts unknown = facts.toBuilder().generalMeetings(List.of(june.toBuilder()
        .deliberatedOnAccompaniment(Optional.empty()).build())).build();
    assertThat(CaeAgenda.of(unknown, LocalDate.of(2026, 7, 1))).hasSize(1);
  }

  @Test
  void beforeTheDecreeNoDeliberationAndBeforeTheLawNoAgenda() {
    CaeFacts facts = CaeCases.coopAlpha().entrepreneurs(List.of()).generalMeetings(List.of()).build();
    // 2015: the law applies, the décret not yet (R7331-2 from 1 January 2016)
    assertThat(CaeAgenda.of(facts, LocalDate.of(2015, 12, 31))).isEmpty();
    assertThat(CaeAgenda.of(facts, LocalDate.of(2016, 1, 1))).extracting(AgendaItem::date)
        .containsExactly(LocalDate.of(2016, 12, 31));
    // loi n° 2014-856 in force on 2 August 2014
    assertThat(CaeAgenda.of(facts, LocalDate.of(2014, 8, 2))).isEmpty();
    assertThatThrownBy(() -> CaeAgenda.of(facts, LocalDate.of(2014, 8, 1))).isInstanceOf(NoLawKnownException.class);
  }

  @Test
  void itemsOfOneDayAreSortedByEntrepreneurThenKind() {
    // two contracts of 5 January 2026, twelve months of trial: the trial and the first interview
    // period end on the same day, 4 January 2027
    EntrepreneurSalarie bruno = EntrepreneurSalarie.builder().id("bruno").contractStart(LocalDate.of(2026, 1, 5))
        .trialPeriodMonths(12).priorContracts(List.of()).interviews(List.of()).build();
    EntrepreneurSalarie amina = bruno.toBuilder().id("amina").build();
    List<AgendaItem> agenda = CaeAgenda.of(coop(bruno, amina), ASOF);
    assertThat(agenda).filteredOn(i -> i.date().equals(LocalDate.of(2027, 1, 4)))
        .extracting(i -> i.entrepreneurId().orElseThrow() + " " + i.kind())
        .containsExactly("amina INTERVIEWS", "amina TRIAL_PERIOD_END", "bruno INTERVIEWS", "bruno TRIAL_PERIOD_END");
  }
}
