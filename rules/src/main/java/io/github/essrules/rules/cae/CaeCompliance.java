package io.github.essrules.rules.cae;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.time.DayRange;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The compliance report of a coopérative d'activité et d'emploi over a period: each obligation of
 * C. trav. L7331-2 to L7332-1 and R7331-1 to R7331-12 met, breached, {@linkplain
 * io.github.essrules.core.verdict.Outcome#PENDING pending} (its deadline not reached on the date the
 * records are read), not applicable or undetermined, for the cooperative and for each entrepreneur
 * salarié, each finding citing its own article. One class per obligation, its article quoted on
 * top: R7331-1, R7331-4 (statements); R7331-2 (a deliberation each calendar year); R7331-8;
 * R7331-9; R7331-6 (joint activities); and for each entrepreneur, L7331-2, 2° (clauses a–f),
 * R7331-10 (the associé clause), R7331-3 first sentence (the interviews clause), L7331-3 (the
 * associé deadline), L7332-1 (trial period), R7331-3 (two interviews per twelve months), R7331-5,
 * R7331-11, 1° and R7331-12.
 *
 * <p>Lists of records (interviews, months paid, payments, general meetings) are read as complete: a
 * payment not listed was not made. A list left out is unknown ({@linkplain io.github.essrules.rules
 * unknown and empty facts}): each obligation that reads it and is due is undetermined, naming the
 * list ({@code /entrepreneurs/0/interviews}); one not yet due stays pending. Obligations of the
 * décret apply from 1 January 2016: earlier periods are not applicable.
 *
 * <p>Not modelled: the contents of the accounts themselves, the CESA clauses' wording, the
 * majority of the general meeting (R7331-8), L7332-2 (working time, health and safety duties).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @see <a href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031394604">C. trav., art. R7331-1</a>
 * @see <a href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029317521">C. trav., art. L7331-2</a>
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
    DayRange y = DayRange.ofYear(year);
    return report(facts, y.firstDay(), y.lastDay(), asOf, options);
  }

  /**
   * The report over a period, read on a date, under the standard options of the law in time.
   *
   * @param facts the CAE's facts
   * @param from the first day of the period, included
   * @param to the last day of the period, included
   * @param asOf the date the records are read on: deadlines after it are pending
   * @return the verdict
   * @throws NoLawKnownException if {@code asOf} or the period is before 2 August 2014, or
   *     {@code asOf} beyond the horizon of presumption of the articles
   */
  public static Verdict report(CaeFacts facts, LocalDate from, LocalDate to, LocalDate asOf) {
    return report(facts, from, to, asOf, LawOptions.standard());
  }

  /**
   * The report over a period, read on a date.
   *
   * @param facts the CAE's facts, checked with Bean Validation first
   * @param from the first day of the period, included
   * @param to the last day of the period, included
   * @param asOf the date the records are read on: deadlines after it are pending
   * @param options the policy of presumption and the values supplied by the user
   * @return the verdict: satisfied when nothing is breached nor undetermined
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws NoLawKnownException if {@code asOf} or the period is before 2 August 2014, or
   *     {@code asOf} beyond the horizon of presumption of the articles
   */
  public static Verdict report(CaeFacts facts, LocalDate from, LocalDate to, LocalDate asOf, LawOptions options) {
    Arguments.required(facts, "facts");
    Arguments.required(asOf, "asOf");
    Arguments.required(options, "options");
    DayRange days = DayRange.ofClosed(Arguments.required(from, "from"), Arguments.required(to, "to"));
    if (asOf.isBefore(CaeLaw.LAW_IN_FORCE) || to.isBefore(CaeLaw.LAW_IN_FORCE)) {
      throw new NoLawKnownException("C. trav., art. L7331-1 et s. (coopératives d'activité et d'emploi)",
          asOf.isBefore(CaeLaw.LAW_IN_FORCE) ? asOf : to, CaeLaw.LAW_IN_FORCE + " →");
    }
    FactsValidator.shared().validate(facts, asOf);
    LawContext law = LawContext.of(asOf, options);
    law.article(CaeLaw.L7331_2_IN_TIME);
    if (!asOf.isBefore(CaeLaw.DECREE_IN_FORCE)) {
      law.article(CaeLaw.R7331_1_IN_TIME);
    }
    ReportPeriod r = new ReportPeriod(facts, days, asOf);
    List<Finding> findings = new ArrayList<>(List.of(TaxSocialAccountingObligations.check(facts),
        SafetyAndHealthInformation.check(facts), AccompanimentDeliberation.check(r), ContributionSetting.check(r),
        PooledServicesAccount.check(r), JointActivityConvention.check(r), EntrepreneurObligations.check(r)));
    return law.complete(Verdict.builder().ruleId(ID).asOf(asOf).outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings)
        .addNotices(Notice.of("cae.period", AccompanimentDeliberation.REF, msg("cae.notice.period",
            MessageArg.date(from), MessageArg.date(to), MessageArg.date(asOf))))
        .build());
  }
}
