package io.github.essrules.rules.cae;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.Arguments;
import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.verdict.RuleDefinitions;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.internal.Titles;
import java.time.LocalDate;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * The compliance report of a coopérative d'activité et d'emploi over a period: each obligation of
 * C. trav. L7331-2 to L7332-1 and R7331-1 to R7331-12 met, breached, {@linkplain
 * io.github.essrules.core.verdict.Outcome#PENDING pending} (its deadline not reached on the date the
 * records are read), not applicable or undetermined, for the cooperative and for each entrepreneur
 * salarié ({@link EntrepreneurObligations}), each finding citing its own article. Each obligation
 * is a class quoting its article: {@link TaxSocialAccountingObligations} (R7331-1),
 * {@link SafetyAndHealthInformation} (R7331-4), {@link AccompanimentDeliberation} (R7331-2),
 * {@link ContributionSetting} (R7331-8), {@link PooledServicesAccount} (R7331-9),
 * {@link JointActivityConvention} (R7331-6); this class only orchestrates them.
 *
 * <p>Lists of records (interviews, months paid, payments, general meetings) are read as complete: a
 * payment not listed was not made. A list left out is unknown ({@linkplain io.github.essrules.rules
 * unknown and empty facts}): each obligation that reads it and is due is undetermined, naming the
 * list ({@code /entrepreneurs/0/interviews}); one not yet due stays pending. Obligations of the
 * décret apply from 1 January 2016: earlier periods are not applicable.
 *
 * <p>Not modelled: the contents of the accounts, the CESA clauses' wording, the majority of the
 * general meeting (R7331-8), L7332-2 (working time, health and safety duties).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaeCompliance {
  /** The identifier of the report's verdict. */
  public static final String ID = "cae-compliance";

  private static final RuleDefinition<CaeFacts, Verdict> RULE = RuleDefinitions.dated(ID, Titles.of(ID), CaeFacts.class,
      Verdict.class, (facts, asOf, options) -> report(facts, asOf.getYear(), asOf, options));

  private CaeCompliance() {}

  /**
   * The report as a rule of the {@link io.github.essrules.core.registry.RuleRegistry registry}
   * ({@code cae-compliance}): the calendar year of the date asked about, read on that date —
   * {@code report(facts, asOf.getYear(), asOf, options)}.
   *
   * @return the rule
   */
  public static RuleDefinition<CaeFacts, Verdict> rule() {
    return RULE;
  }

  /**
   * The report over a calendar year, read on a date: {@code report(facts, year, asOf, LawOptions.standard())}.
   *
   * @param facts the CAE's facts
   * @param year the calendar year
   * @param asOf the date the records are read on: deadlines after it are pending
   * @return the verdict
   */
  public static Verdict report(CaeFacts facts, int year, LocalDate asOf) {
    return report(facts, year, asOf, LawOptions.standard());
  }

  /**
   * The report over a calendar year, 1 January to 31 December, read on a date.
   *
   * @param facts the CAE's facts
   * @param year the calendar year
   * @param asOf the date the records are read on: deadlines after it are pending
   * @param options the policy of presumption and the values supplied by the user
   * @return the verdict
   */
  public static Verdict report(CaeFacts facts, int year, LocalDate asOf, LawOptions options) {
    return report(facts, CaeCalendar.calendarYear(year), asOf, options);
  }

  /**
   * The report over a period, read on a date, under the standard options of the law in time.
   *
   * @param facts the CAE's facts
   * @param from the first day of the period, included
   * @param to the last day of the period, included
   * @param asOf the date the records are read on: deadlines after it are pending
   * @return the verdict
   */
  public static Verdict report(CaeFacts facts, LocalDate from, LocalDate to, LocalDate asOf) {
    return report(facts, from, to, asOf, LawOptions.standard());
  }

  /**
   * The report over a period, read on a date: {@code report(facts, LocalDateRange.ofClosed(from, to), asOf, options)}.
   *
   * @param facts the CAE's facts
   * @param from the first day of the period, included
   * @param to the last day of the period, included
   * @param asOf the date the records are read on: deadlines after it are pending
   * @param options the policy of presumption and the values supplied by the user
   * @return the verdict
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Verdict report(CaeFacts facts, LocalDate from, LocalDate to, LocalDate asOf, LawOptions options) {
    return report(facts, CaeCalendar.period(from, to), asOf, options);
  }

  /**
   * The report over a period, read on a date.
   *
   * @param facts the CAE's facts, checked with Bean Validation first
   * @param days the period, its first and last days included
   * @param asOf the date the records are read on: deadlines after it are pending
   * @param options the policy of presumption and the values supplied by the user
   * @return the verdict: satisfied when nothing is breached nor undetermined
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed
   * @throws NoLawKnownException if {@code asOf} or the period is before 2 August 2014, or
   *     {@code asOf} beyond the horizon of presumption of the articles
   */
  public static Verdict report(CaeFacts facts, LocalDateRange days, LocalDate asOf, LawOptions options) {
    Arguments.required(facts, "facts");
    Arguments.required(days, "days");
    Arguments.required(asOf, "asOf");
    Arguments.required(options, "options");
    CaeLaw.requireInForce(days, asOf);
    FactsValidator.shared().validate(facts, asOf);
    LawContext law = CaeLaw.inForce(asOf, options);
    ReportPeriod r = new ReportPeriod(facts, days, asOf);
    List<Finding> findings = List.of(TaxSocialAccountingObligations.check(r), SafetyAndHealthInformation.check(r),
        AccompanimentDeliberation.check(r), ContributionSetting.check(r), PooledServicesAccount.check(r),
        JointActivityConvention.check(r), EntrepreneurObligations.check(r));
    return law.complete(Verdict.builder().ruleId(ID).asOf(asOf).outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings).addNotices(Notice.of("cae.period", AccompanimentDeliberation.REF, msg("cae.notice.period",
            MessageArg.date(days.getStart()), MessageArg.date(days.getEndInclusive()), MessageArg.date(asOf))))
        .build());
  }
}
