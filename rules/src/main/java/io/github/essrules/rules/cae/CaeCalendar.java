package io.github.essrules.rules.cae;

import io.github.essrules.core.validation.Arguments;
import io.github.essrules.rules.internal.Months;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * The dates C. trav. L7331-3, L7332-1, R7331-3 and R7331-12 set for an entrepreneur salarié,
 * shared by the compliance report and the agenda.
 *
 * <ul>
 *   <li>associé deadline: the contract's start + 3 years − the length of the prior contracts
 *       (L7331-3: "dans un délai maximal de trois ans à compter de la conclusion du contrat …
 *       minoré … de la durée du [CAPE] ou de tout autre contrat");
 *   <li>longest trial period: 8 months − the prior contracts (L7332-1), as a last day;
 *   <li>interview periods: consecutive twelve-month periods from the contract's start or the day
 *       the contract sets (R7331-3);
 *   <li>balance deadline: one month after the general meeting ruling on the accounts (R7331-12).
 * </ul>
 * Lengths are calendar periods (years, months, days) added and subtracted with
 * {@link LocalDate#plus} and {@link LocalDate#minus}: 1 March + 3 years − 12 months = 1 March
 * two years later.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @see <a href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029317523">C. trav., art. L7331-3</a>
 * @see <a href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029317527">C. trav., art. L7332-1</a>
 */
public final class CaeCalendar {
  private static final Set<InterviewContent> ALL_CONTENTS = Collections.unmodifiableSet(EnumSet.allOf(InterviewContent.class));

  /** L7331-3: three years to become associé. */
  public static final Period ASSOCIE_DELAY = Period.ofYears(3);
  /** L7332-1: a trial period of at most eight months, renewal included. */
  public static final Period LONGEST_TRIAL = Period.ofMonths(8);
  /** R7331-3: per period of twelve months. */
  public static final Period INTERVIEW_PERIOD = Period.ofMonths(12);
  /** R7331-3: at least two interviews per period. */
  public static final int INTERVIEWS_PER_PERIOD = 2;
  /** R7331-12: the balance within one month after the general meeting. */
  public static final Period BALANCE_DELAY = Period.ofMonths(1);

  private CaeCalendar() {}

  /**
   * The last day the entrepreneur can become associé (L7331-3). When the prior contracts are
   * unknown ({@link EntrepreneurSalarie#priorContracts()} empty), none is deducted: the latest
   * the deadline can be.
   *
   * @param e the entrepreneur
   * @return contract start + 3 years − the prior contracts' lengths
   */
  public static LocalDate associeDeadline(EntrepreneurSalarie e) {
    return minoredByPriorContracts(threeYearsFromTheContract(e), e);
  }

  /**
   * The base rule of L7331-3: "Dans un délai maximal de trois ans à compter de la conclusion du
   * contrat mentionné à l'article L. 7331-2, l'entrepreneur salarié devient associé".
   */
  private static LocalDate threeYearsFromTheContract(EntrepreneurSalarie e) {
    return e.contractStart().plus(ASSOCIE_DELAY);
  }

  /**
   * The exception to the base rules of L7331-3 and L7332-1: "Ce délai est minoré, le cas échéant, de
   * la durée du contrat d'appui au projet d'entreprise […] ou de tout autre contrat conclu entre les
   * parties" (L7331-3); "la durée de ces contrats est déduite de la durée prévue au premier alinéa"
   * (L7332-1, al. 2).
   */
  private static LocalDate minoredByPriorContracts(LocalDate deadline, EntrepreneurSalarie e) {
    LocalDate d = deadline;
    for (PriorContract c : e.priorContracts().orElse(List.of())) {
      d = d.minus(c.length());
    }
    return d;
  }

  /**
   * The last day a trial period may last (L7332-1): the day before contract start + 8 months −
   * the prior contracts' lengths. Before the contract's start when the prior contracts are 8
   * months or longer: no trial period is allowed. When the prior contracts are unknown, none is
   * deducted: the latest the last day can be.
   *
   * @param e the entrepreneur
   * @return the date
   */
  public static LocalDate longestTrialLastDay(EntrepreneurSalarie e) {
    // "ne peut excéder huit mois", then the exception of the second alinéa
    return minoredByPriorContracts(e.contractStart().plus(LONGEST_TRIAL), e).minusDays(1);
  }

  /**
   * The last day of a trial period of whole months.
   *
   * @param e the entrepreneur
   * @param months the months, renewal included
   * @return the day before contract start + months
   */
  public static LocalDate trialLastDay(EntrepreneurSalarie e, int months) {
    return e.contractStart().plusMonths(months).minusDays(1);
  }

  /**
   * The days of an entrepreneur's contract: from its start to its end, both included, or without
   * end while it runs.
   *
   * @param e the entrepreneur
   * @return the days under contract
   */
  public static LocalDateRange contract(EntrepreneurSalarie e) {
    return e.contractEnd().map(end -> LocalDateRange.ofClosed(e.contractStart(), end))
        .orElseGet(() -> LocalDateRange.ofUnboundedEnd(e.contractStart()));
  }

  /**
   * The period of a report from its first and last days, both included.
   *
   * @param from the first day
   * @param to the last day
   * @return the period
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  static LocalDateRange period(LocalDate from, LocalDate to) {
    Arguments.required(from, "from");
    Arguments.required(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
    }
    return LocalDateRange.ofClosed(from, to);
  }

  /**
   * A calendar year, from 1 January to 31 December, both included: the year of "chaque année".
   *
   * @param year the year
   * @return the days of the year, {@code getEndInclusive()} its 31 December
   */
  public static LocalDateRange calendarYear(int year) {
    return LocalDateRange.of(Year.of(year).atDay(1), Year.of(year + 1).atDay(1));
  }

  /**
   * The twelve-month periods of interviews that start on or before a date and while the contract
   * runs, in order: a period that would start after the contract's end is none of the contract's.
   *
   * @param e the entrepreneur
   * @param upTo the last day of interest
   * @return the periods, each from its first day to its last day included (the day before the
   *     next one starts), the first starting on {@code interviewPeriodsStartOn} or the contract's start
   */
  public static List<LocalDateRange> interviewPeriods(EntrepreneurSalarie e, LocalDate upTo) {
    LocalDate anchor = e.interviewPeriodsStartOn().orElse(e.contractStart());
    LocalDate last = e.contractEnd().filter(end -> end.isBefore(upTo)).orElse(upTo);
    List<LocalDateRange> periods = new ArrayList<>();
    for (int k = 0; ; k++) {
      LocalDate first = anchor.plusMonths(12L * k);
      if (first.isAfter(last)) {
        return periods;
      }
      periods.add(LocalDateRange.ofClosed(first, anchor.plusMonths(12L * (k + 1)).minusDays(1)));
    }
  }

  /**
   * Whether an interview counts for R7331-3: its document is signed by the entrepreneur and
   * contains the review and prospects, the actions needed and the accompaniment needs.
   *
   * @param i the interview
   * @return true if known to count
   */
  public static boolean counts(Interview i) {
    return i.documentSigned().orElse(false)
        && i.documentContents().map(CaeCalendar::complete).orElse(false);
  }

  /**
   * Whether an interview could count once its unknown facts are given.
   *
   * @param i the interview
   * @return true if nothing known disqualifies it
   */
  public static boolean couldCount(Interview i) {
    return i.documentSigned().orElse(true)
        && i.documentContents().map(CaeCalendar::complete).orElse(true);
  }

  /** "Ce document comporte notamment le bilan et les perspectives […], les actions […] ainsi que les besoins d'accompagnement". */
  private static boolean complete(List<InterviewContent> contents) {
    return contents.containsAll(ALL_CONTENTS);
  }

  /**
   * The months from {@code first} to {@code last}, both included, in order: the records of a run
   * of months, such as {@link EntrepreneurSalarie#fixedPartPaidMonths()} or {@link
   * EntrepreneurSalarie#monthlyStatementsSent()}.
   *
   * <pre>{@code
   * CaeCalendar.months(YearMonth.of(2025, 1), YearMonth.of(2025, 12)); // [2025-01, 2025-02, …, 2025-12]
   * CaeCalendar.months(YearMonth.of(2025, 3), YearMonth.of(2025, 3));  // [2025-03]
   * CaeCalendar.months(YearMonth.of(2025, 4), YearMonth.of(2025, 3));  // []
   * }</pre>
   *
   * @param first the first month, included, not {@code null}
   * @param last the last month, included, not {@code null}
   * @return the months, an unmodifiable list; empty when {@code last} is before {@code first}
   * @throws io.github.essrules.core.validation.InvalidInputException naming {@code first} or
   *     {@code last} if it is {@code null}
   */
  public static List<YearMonth> months(YearMonth first, YearMonth last) {
    return Months.closed(first, last);
  }

  /**
   * The last day the balance of the variable part may be paid after a general meeting (R7331-12).
   *
   * @param meeting the general meeting ruling on the accounts
   * @return the meeting's date + one month
   */
  public static LocalDate balanceDeadline(GeneralMeeting meeting) {
    return meeting.date().plus(BALANCE_DELAY);
  }
}
