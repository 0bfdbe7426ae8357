package io.github.essrules.rules.cae;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LawPolicy;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.Arguments;
import io.github.essrules.core.validation.FactsValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * The agenda of a CAE on a date: the deadlines to come and those passed without the obligation
 * met, sorted by date then entrepreneur, from the same dates as {@link CaeCompliance}
 * ({@link CaeCalendar}).
 *
 * <ul>
 *   <li>interviews: for each twelve-month period since 1 January 2016 that has begun, when fewer
 *       than two interviews with a complete signed document are recorded, its last day — overdue
 *       once passed, unless the contract ended first;
 *   <li>associé deadline, while the entrepreneur is not associé and the contract runs;
 *   <li>end of the trial period, while it is to come;
 *   <li>balance of the variable part, one month after each general meeting approving accounts,
 *       while not paid nor stated as nothing due;
 *   <li>the general meeting's deliberation on accompaniment, 31 December of the agenda's year,
 *       while none is recorded that year.
 * </ul>
 * An item is overdue when its date is before the agenda's date; on the date itself it is still
 * to come. A list of records left out ({@linkplain io.github.essrules.rules unknown and empty
 * facts}) is read as empty and named in the items it bears on ({@link AgendaItem#missingFacts()}):
 * interviews and balance payments not given leave their items listed as not met; prior contracts
 * not given leave the associé deadline at the latest it can be; general meetings not given leave
 * the deliberation listed as not held, and no balance listed (the years due are unknown). The
 * agenda covers the entrepreneurs given: with none given, it holds the deliberation alone.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaeAgenda {
  private static final Comparator<AgendaItem> ORDER = Comparator.comparing(AgendaItem::date)
      .thenComparing(i -> i.entrepreneurId().orElse(""))
      .thenComparing(AgendaItem::kind);

  private CaeAgenda() {}

  /**
   * The agenda on a date.
   *
   * @param facts the CAE's facts, checked with Bean Validation first
   * @param asOf the date
   * @return the items, sorted by date
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed
   * @throws NoLawKnownException before 2 August 2014, or beyond the horizon of presumption of the
   *     articles
   */
  public static List<AgendaItem> of(CaeFacts facts, LocalDate asOf) {
    return of(facts, asOf, LawPolicy.standard());
  }

  /**
   * The agenda on a date, under a policy of presumption.
   *
   * @param facts the CAE's facts, checked with Bean Validation first
   * @param asOf the date
   * @param policy the policy: the articles are refused beyond its horizon (or, strict, after their
   *     verification)
   * @return the items, sorted by date
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed
   * @throws NoLawKnownException before 2 August 2014, or beyond the horizon of presumption
   */
  public static List<AgendaItem> of(CaeFacts facts, LocalDate asOf, LawPolicy policy) {
    Arguments.required(facts, "facts");
    Arguments.required(asOf, "asOf");
    Arguments.required(policy, "policy");
    if (asOf.isBefore(CaeLaw.LAW_IN_FORCE)) {
      throw new NoLawKnownException("C. trav., art. L7331-1 et s. (coopératives d'activité et d'emploi)", asOf,
          CaeLaw.LAW_IN_FORCE + " →");
    }
    CaeLaw.L7331_2_IN_TIME.versionApplied(asOf, policy);
    FactsValidator.shared().validate(facts, asOf);
    List<AgendaItem> items = new ArrayList<>();
    List<EntrepreneurSalarie> entrepreneurs = facts.entrepreneurs().orElse(List.of());
    List<GeneralMeeting> meetings = facts.generalMeetings().orElse(List.of());
    List<String> meetingsUnknown = facts.generalMeetings().isEmpty() ? List.of("/generalMeetings") : List.of();
    for (int index = 0; index < entrepreneurs.size(); index++) {
      EntrepreneurSalarie e = entrepreneurs.get(index);
      String p = "/entrepreneurs/" + index;
      if (e.contractStart().isAfter(asOf)) {
        continue;
      }
      boolean running = e.contractEnd().map(end -> !end.isBefore(asOf)).orElse(true);
      interviews(e, p, asOf, items);
      if (running && e.becameAssocieOn().isEmpty()) {
        LocalDate d = CaeCalendar.associeDeadline(e);
        items.add(item(d, AgendaItem.Kind.ASSOCIE_DEADLINE, e, asOf,
            msg("cae.agenda.associe", MessageArg.text(e.id()), MessageArg.date(d)), "L7331-3",
            e.priorContracts().isEmpty() ? List.of(p + "/priorContracts") : List.of()));
      }
      if (running && e.trialPeriodMonths().orElse(0) > 0) {
        LocalDate d = CaeCalendar.trialLastDay(e, e.trialPeriodMonths().get());
        if (!d.isBefore(asOf)) {
          items.add(item(d, AgendaItem.Kind.TRIAL_PERIOD_END, e, asOf,
              msg("cae.agenda.trial", MessageArg.text(e.id()), MessageArg.date(d)), "L7332-1", List.of()));
        }
      }
      for (GeneralMeeting m : meetings) {
        if (m.approvedAccountsOfYearClosedOn().isEmpty() || m.date().isAfter(asOf)
            || m.date().isBefore(CaeLaw.DECREE_IN_FORCE)
            || e.contractStart().isAfter(m.approvedAccountsOfYearClosedOn().get())) {
          continue;
        }
        LocalDate closed = m.approvedAccountsOfYearClosedOn().get();
        boolean settled = e.balancePayments().orElse(List.of()).stream()
            .anyMatch(b -> b.financialYearClosedOn().equals(closed)
                && (b.paidOn().isPresent() || b.nothingDue().orElse(false)));
        if (!settled) {
          LocalDate d = CaeCalendar.balanceDeadline(m);
          items.add(item(d, AgendaItem.Kind.BALANCE_PAYMENT, e, asOf,
              msg("cae.agenda.balance", MessageArg.text(e.id()), MessageArg.date(closed), MessageArg.date(d)),
              "R7331-12", e.balancePayments().isEmpty() ? List.of(p + "/balancePayments") : List.of()));
        }
      }
    }
    boolean deliberated = meetings.stream().anyMatch(m -> m.date().getYear() == asOf.getYear()
        && !m.date().isAfter(asOf) && m.deliberatedOnAccompaniment().orElse(false));
    if (!deliberated && asOf.getYear() >= CaeLaw.DECREE_IN_FORCE.getYear()) {
      LocalDate d = CaeCalendar.calendarYear(asOf.getYear()).getEndInclusive();
      items.add(AgendaItem.builder().date(d).kind(AgendaItem.Kind.ACCOMPANIMENT_DELIBERATION)
          .overdue(false).message(msg("cae.agenda.deliberation", MessageArg.date(d)))
          .reference(CaeLaw.ref("R7331-2", "")).addAllMissingFacts(meetingsUnknown).build());
    }
    items.sort(ORDER);
    return List.copyOf(items);
  }

  private static void interviews(EntrepreneurSalarie e, String p, LocalDate asOf, List<AgendaItem> items) {
    for (LocalDateRange period : CaeCalendar.interviewPeriods(e, asOf)) {
      if (period.getStart().isBefore(CaeLaw.DECREE_IN_FORCE)
          || e.contractEnd().map(end -> end.isBefore(period.getEndInclusive())).orElse(false)) {
        continue;
      }
      long counted = e.interviews().orElse(List.of()).stream()
          .filter(i -> period.contains(i.date()) && !i.date().isAfter(asOf) && CaeCalendar.counts(i)).count();
      if (counted < CaeCalendar.INTERVIEWS_PER_PERIOD) {
        items.add(item(period.getEndInclusive(), AgendaItem.Kind.INTERVIEWS, e, asOf,
            msg("cae.agenda.interviews", MessageArg.text(e.id()), MessageArg.number(counted),
                MessageArg.date(period.getStart()), MessageArg.date(period.getEndInclusive())), "R7331-3",
            e.interviews().isEmpty() ? List.of(p + "/interviews") : List.of()));
      }
    }
  }

  private static AgendaItem item(LocalDate date, AgendaItem.Kind kind, EntrepreneurSalarie e, LocalDate asOf,
      io.github.essrules.core.i18n.Message message, String article, List<String> missingFacts) {
    return AgendaItem.builder().date(date).kind(kind).entrepreneurId(e.id())
        .overdue(date.isBefore(asOf)).message(message).reference(CaeLaw.ref(article, ""))
        .addAllMissingFacts(missingFacts).build();
  }
}
