package io.github.essrules.rules.cae;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.verdict.RuleDefinitions;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.validation.Arguments;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.LawOptions;
import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.internal.Conditions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The compliance report of a coopérative d'activité et d'emploi over a period: each obligation of
 * C. trav. L7331-2 to L7332-1 and R7331-1 to R7331-12 met, breached, pending or undetermined, for
 * the cooperative and for each entrepreneur salarié, with its article and the dates compared.
 *
 * <p>Obligations and how they are read:
 * <ul>
 *   <li>R7331-1 (tax, social, accounting obligations), R7331-4 (safety and health information):
 *       statements of the CAE; undetermined when not given.
 *   <li>R7331-2: pooled services in the statuts; a general meeting deliberating on the
 *       accompaniment in each calendar year of the period ("chaque année"), pending until
 *       31 December of the year.
 *   <li>R7331-8: contribution principles in the statuts; a general meeting having set the bases,
 *       rates or amounts by the end of the period.
 *   <li>R7331-9: the pooled-services analytic account made available for each financial year
 *       whose accounts a general meeting of the period approved.
 *   <li>R7331-6: for each joint activity started in the period, a convention signed on or before
 *       its start ("préalablement"), stating its five contents.
 *   <li>Per entrepreneur: the CESA's clauses (L7331-2 a–f, R7331-10, R7331-3); the associé
 *       deadline (L7331-3), breached when passed without becoming associé while the contract runs;
 *       the trial period (L7332-1); two interviews with a signed document holding the three
 *       contents per twelve-month period ended by the report date (R7331-3), pending while the
 *       period runs, not asked for a period cut short by the contract's end; analytic accounts
 *       and, without an information system, a statement for each elapsed month (R7331-5); the
 *       fixed part paid for each elapsed month under contract (R7331-11); the balance of the
 *       variable part paid within one month after the general meeting approving the accounts
 *       (R7331-12).
 * </ul>
 * Lists of records (interviews, months paid, payments, general meetings) are read as complete: a
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
 * @see <a href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031394608">C. trav., art. R7331-3</a>
 * @see <a href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029317521">C. trav., art. L7331-2</a>
 */
public final class CaeCompliance {
  /** The identifier of the report's verdict. */
  public static final String ID = "cae-compliance";

  private static final Set<CesaClause> ALL_CLAUSES = Collections.unmodifiableSet(EnumSet.allOf(CesaClause.class));
  private static final Set<ConventionContent> ALL_CONVENTION_CONTENTS =
      Collections.unmodifiableSet(EnumSet.allOf(ConventionContent.class));

  // the references cited, built once (the text and its part never change with the facts)
  private static final LegalReference L7331_2 = CaeLaw.ref("L7331-2", "");
  private static final LegalReference L7331_2_2 = CaeLaw.ref("L7331-2", "2°");
  private static final LegalReference L7331_3 = CaeLaw.ref("L7331-3", "");
  private static final LegalReference L7332_1 = CaeLaw.ref("L7332-1", "");
  private static final LegalReference R7331_1 = CaeLaw.ref("R7331-1", "");
  private static final LegalReference R7331_11_1 = CaeLaw.ref("R7331-11", "1°");
  private static final LegalReference R7331_12 = CaeLaw.ref("R7331-12", "");
  private static final LegalReference R7331_2 = CaeLaw.ref("R7331-2", "");
  private static final LegalReference R7331_3 = CaeLaw.ref("R7331-3", "");
  private static final LegalReference R7331_4 = CaeLaw.ref("R7331-4", "");
  private static final LegalReference R7331_5 = CaeLaw.ref("R7331-5", "");
  private static final LegalReference R7331_6 = CaeLaw.ref("R7331-6", "");
  private static final LegalReference R7331_8 = CaeLaw.ref("R7331-8", "");
  private static final LegalReference R7331_9 = CaeLaw.ref("R7331-9", "");

  private CaeCompliance() {}

  private static final RuleDefinition<CaeFacts, Verdict> RULE = RuleDefinitions.dated(ID, Titles.of(ID), CaeFacts.class,
      Verdict.class, (facts, asOf, options) -> report(facts, asOf.getYear(), asOf, options));

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
   * The report over a calendar year, read on a date.
   *
   * @param facts the CAE's facts
   * @param year the calendar year
   * @param asOf the date the records are read on: deadlines after it are pending
   * @return the verdict
   */
  public static Verdict report(CaeFacts facts, int year, LocalDate asOf) {
    return report(facts, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), asOf, LawOptions.standard());
  }

  /**
   * The report over a calendar year, read on a date, under given options of the law in time.
   *
   * @param facts the CAE's facts
   * @param year the calendar year
   * @param asOf the date the records are read on: deadlines after it are pending
   * @param options the policy of presumption and the values supplied by the user
   * @return the verdict
   */
  public static Verdict report(CaeFacts facts, int year, LocalDate asOf, LawOptions options) {
    return report(facts, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), asOf, options);
  }

  /**
   * The report over a period, read on a date, under the standard options of the law in time.
   *
   * @param facts the CAE's facts
   * @param from the first day of the period
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
   * @param from the first day of the period
   * @param to the last day of the period, included
   * @param asOf the date the records are read on: deadlines after it are pending
   * @return the verdict: satisfied when nothing is breached nor undetermined
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @param options the policy of presumption and the values supplied by the user
   * @throws NoLawKnownException if {@code asOf} or the period is before 2 August 2014, or
   *     {@code asOf} beyond the horizon of presumption of the articles
   */
  public static Verdict report(CaeFacts facts, LocalDate from, LocalDate to, LocalDate asOf, LawOptions options) {
    Arguments.required(facts, "facts");
    Arguments.required(from, "from");
    Arguments.required(to, "to");
    Arguments.required(asOf, "asOf");
    Arguments.required(options, "options");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
    }
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
    Context c = new Context(facts, from, to, asOf);
    List<Finding> findings = new ArrayList<>();
    findings.add(Conditions.stated("cae.R7331-1", R7331_1,
        facts.carriesTaxSocialAndAccountingObligations(), "/carriesTaxSocialAndAccountingObligations", "cae.R7331-1"));
    findings.add(Conditions.stated("cae.R7331-4", R7331_4,
        facts.informsOnSafetyAndHealth(), "/informsOnSafetyAndHealth", "cae.R7331-4"));
    findings.add(accompanimentPlan(c));
    findings.add(contribution(c));
    findings.add(pooledServicesAccount(c));
    findings.add(jointActivities(c));
    if (facts.entrepreneurs().isEmpty()) {
      findings.add(Conditions.missing("cae.entrepreneurs", L7331_2, msg("cae.entrepreneurs.unknown"),
          List.of("/entrepreneurs")));
    } else {
      List<EntrepreneurSalarie> all = facts.entrepreneurs().get();
      List<Finding> people = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        EntrepreneurSalarie e = all.get(i);
        if (e.contractStart().isAfter(to) || e.contractEnd().map(end -> end.isBefore(from)).orElse(false)) {
          continue;
        }
        people.add(entrepreneur(c, e, "/entrepreneurs/" + i));
      }
      findings.add(Conditions.allOf("cae.entrepreneurs", L7331_2,
          msg("cae.entrepreneurs", MessageArg.number(people.size())), people));
    }
    return law.complete(Verdict.builder()
        .ruleId(ID)
        .asOf(asOf)
        .outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings)
        .addNotices(Notice.of("cae.period", R7331_2,
            msg("cae.notice.period", MessageArg.date(from), MessageArg.date(to), MessageArg.date(asOf))))
        .build());
  }

  /** What every check needs. */
  static final class Context {
    final CaeFacts facts;
    final LocalDate from;
    final LocalDate to;
    final LocalDate asOf;

    Context(CaeFacts facts, LocalDate from, LocalDate to, LocalDate asOf) {
      this.facts = facts;
      this.from = from;
      this.to = to;
      this.asOf = asOf;
    }

    boolean inPeriod(LocalDate d) {
      return !d.isBefore(from) && !d.isAfter(to);
    }
  }

  private static Finding pending(String id, LegalReference ref, String key, MessageArg... args) {
    return Conditions.decided(id, Outcome.NOT_APPLICABLE, ref, msg(key, args));
  }

  private static Finding accompanimentPlan(Context c) {
    List<Finding> children = new ArrayList<>();
    children.add(Conditions.stated("cae.R7331-2.statuts", R7331_2,
        c.facts.pooledServicesInStatuts(), "/pooledServicesInStatuts", "cae.R7331-2.statuts"));
    for (int year = c.from.getYear(); year <= c.to.getYear(); year++) {
      children.add(yearlyDeliberation(c, year));
    }
    return Conditions.allOf("cae.R7331-2", R7331_2, msg("cae.R7331-2"), children);
  }

  private static Finding yearlyDeliberation(Context c, int year) {
    LegalReference ref = R7331_2;
    String id = "cae.R7331-2.ag";
    MessageArg y = MessageArg.text(Integer.toString(year));
    if (year < CaeLaw.DECREE_IN_FORCE.getYear()) {
      return pending(id, ref, "cae.before-decree", y);
    }
    LocalDate lastDay = LocalDate.of(year, 12, 31);
    if (c.facts.generalMeetings().isEmpty()) {
      return !c.asOf.isAfter(lastDay) ? pending(id, ref, "cae.R7331-2.ag.pending", y, MessageArg.date(lastDay))
          : Conditions.missing(id, ref, msg("cae.R7331-2.ag.meetings-unknown", y), List.of("/generalMeetings"));
    }
    List<GeneralMeeting> meetings = c.facts.generalMeetings().get();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < meetings.size(); i++) {
      GeneralMeeting m = meetings.get(i);
      if (m.date().getYear() != year || m.date().isAfter(c.asOf)) {
        continue;
      }
      if (m.deliberatedOnAccompaniment().orElse(false)) {
        return Conditions.decided(id, Outcome.SATISFIED, ref,
            msg("cae.R7331-2.ag.yes", y, MessageArg.date(m.date())));
      }
      if (m.deliberatedOnAccompaniment().isEmpty()) {
        unknown.add("/generalMeetings/" + i + "/deliberatedOnAccompaniment");
      }
    }
    if (!unknown.isEmpty()) {
      return Conditions.missing(id, ref, msg("cae.R7331-2.ag.unknown", y), unknown);
    }
    if (!c.asOf.isAfter(lastDay)) {
      return pending(id, ref, "cae.R7331-2.ag.pending", y, MessageArg.date(lastDay));
    }
    return Conditions.decided(id, Outcome.NOT_SATISFIED, ref, msg("cae.R7331-2.ag.no", y));
  }

  private static Finding contribution(Context c) {
    LegalReference ref = R7331_8;
    Finding statuts = Conditions.stated("cae.R7331-8.statuts", ref, c.facts.contributionPrinciplesInStatuts(),
        "/contributionPrinciplesInStatuts", "cae.R7331-8.statuts");
    if (c.facts.generalMeetings().isEmpty()) {
      return Conditions.allOf("cae.R7331-8", ref, msg("cae.R7331-8"), List.of(statuts,
          Conditions.missing("cae.R7331-8.ag", ref, msg("cae.meetings-unknown"), List.of("/generalMeetings"))));
    }
    List<GeneralMeeting> meetings = c.facts.generalMeetings().get();
    List<String> unknown = new ArrayList<>();
    Finding set = null;
    for (int i = 0; i < meetings.size() && set == null; i++) {
      GeneralMeeting m = meetings.get(i);
      if (m.date().isAfter(c.to) || m.date().isAfter(c.asOf)) {
        continue;
      }
      if (m.setContribution().orElse(false)) {
        set = Conditions.decided("cae.R7331-8.ag", Outcome.SATISFIED, ref,
            msg("cae.R7331-8.ag.yes", MessageArg.date(m.date())));
      } else if (m.setContribution().isEmpty()) {
        unknown.add("/generalMeetings/" + i + "/setContribution");
      }
    }
    if (set == null) {
      set = unknown.isEmpty()
          ? Conditions.decided("cae.R7331-8.ag", Outcome.NOT_SATISFIED, ref, msg("cae.R7331-8.ag.no"))
          : Conditions.missing("cae.R7331-8.ag", ref, msg("cae.R7331-8.ag.unknown"), unknown);
    }
    return Conditions.allOf("cae.R7331-8", ref, msg("cae.R7331-8"), List.of(statuts, set));
  }

  private static Finding pooledServicesAccount(Context c) {
    LegalReference ref = R7331_9;
    if (c.facts.generalMeetings().isEmpty()) {
      return c.to.isBefore(CaeLaw.DECREE_IN_FORCE) ? pending("cae.R7331-9", ref, "cae.R7331-9.none")
          : Conditions.missing("cae.R7331-9", ref, msg("cae.meetings-unknown"), List.of("/generalMeetings"));
    }
    List<Finding> years = new ArrayList<>();
    Optional<List<LocalDate>> given = c.facts.pooledServicesAccountProvidedForYearsClosedOn();
    Set<LocalDate> provided = new HashSet<>(given.orElse(List.of()));
    for (GeneralMeeting m : c.facts.generalMeetings().get()) {
      Optional<LocalDate> closed = m.approvedAccountsOfYearClosedOn();
      if (closed.isEmpty() || !c.inPeriod(m.date()) || m.date().isAfter(c.asOf)
          || closed.get().isBefore(CaeLaw.DECREE_IN_FORCE)) {
        continue;
      }
      if (given.isEmpty()) {
        years.add(Conditions.missing("cae.R7331-9.year", ref,
            msg("cae.R7331-9.unknown", MessageArg.date(closed.get())),
            List.of("/pooledServicesAccountProvidedForYearsClosedOn")).about("financial-year:" + closed.get()));
        continue;
      }
      boolean ok = provided.contains(closed.get());
      years.add(Conditions.decided("cae.R7331-9.year", Outcome.of(ok), ref,
          msg(ok ? "cae.R7331-9.yes" : "cae.R7331-9.no", MessageArg.date(closed.get())))
          .about("financial-year:" + closed.get()));
    }
    if (years.isEmpty()) {
      return pending("cae.R7331-9", ref, "cae.R7331-9.none");
    }
    return Conditions.allOf("cae.R7331-9", ref, msg("cae.R7331-9"), years);
  }

  private static Finding jointActivities(Context c) {
    LegalReference ref = R7331_6;
    if (c.facts.jointActivities().isEmpty()) {
      return Conditions.missing("cae.R7331-6", ref, msg("cae.R7331-6.unknown"), List.of("/jointActivities"));
    }
    List<JointActivity> all = c.facts.jointActivities().get();
    List<Finding> activities = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      JointActivity a = all.get(i);
      if (a.startedOn().isAfter(c.to) || a.startedOn().isAfter(c.asOf) || a.startedOn().isBefore(c.from)
          || a.startedOn().isBefore(CaeLaw.DECREE_IN_FORCE)) {
        continue;
      }
      activities.add(jointActivity(a, "/jointActivities/" + i));
    }
    if (activities.isEmpty()) {
      return pending("cae.R7331-6", ref, "cae.R7331-6.none");
    }
    return Conditions.allOf("cae.R7331-6", ref, msg("cae.R7331-6"), activities);
  }

  private static Finding jointActivity(JointActivity a, String p) {
    LegalReference ref = R7331_6;
    MessageArg name = MessageArg.text(a.name());
    Finding signed;
    if (a.conventionSignedOn().isEmpty()) {
      signed = Conditions.decided("cae.R7331-6.signed", Outcome.NOT_SATISFIED, ref,
          msg("cae.R7331-6.unsigned", name, MessageArg.date(a.startedOn())));
    } else {
      Comparison before = Comparison.of(msg("cae.R7331-6.signed-on"), MessageArg.date(a.conventionSignedOn().get()),
          Operator.AT_MOST, MessageArg.date(a.startedOn()));
      signed = Finding.of("cae.R7331-6.signed", Outcome.of(before.holds()), ref,
        msg("cae.R7331-6.signed", name), List.of(before), List.of(), List.of());
    }
    Finding contents = contents("cae.R7331-6.contents", ref, a.conventionContents(),
        ALL_CONVENTION_CONTENTS, p + "/conventionContents", "cae.R7331-6.contents", "convention.");
    return Conditions.allOf("cae.R7331-6.activity", ref, msg("cae.R7331-6.activity", name), List.of(signed, contents))
        .about("joint-activity:" + a.name());
  }

  /** A list of required contents: satisfied if all present, else not satisfied naming the missing ones. */
  private static <E extends Enum<E>> Finding contents(String id, LegalReference ref, Optional<List<E>> given,
      Set<E> required, String path, String key, String termPrefix) {
    if (given.isEmpty()) {
      return Conditions.missing(id, ref, msg(key + ".unknown"), List.of(path));
    }
    long present = CaeCalendar.ordinals(given.get());
    if ((present & CaeCalendar.ordinals(required)) == CaeCalendar.ordinals(required)) {
      return Conditions.decided(id, Outcome.SATISFIED, ref, msg(key + ".complete"));
    }
    List<String> missing = new ArrayList<>();
    for (E e : required) {
      if ((present & (1L << e.ordinal())) == 0) {
        missing.add(e.name());
      }
    }
    List<MessageArg> terms = new ArrayList<>();
    for (String m : missing) {
      terms.add(MessageArg.term(termPrefix + m));
    }
    List<Finding> items = new ArrayList<>();
    for (int i = 0; i < missing.size(); i++) {
      items.add(Conditions.decided(id + "." + missing.get(i), Outcome.NOT_SATISFIED, ref,
          msg("cae.missing-item", terms.get(i))));
    }
    return Finding.builder().id(id).outcome(Outcome.NOT_SATISFIED).reference(ref)
        .message(msg(key + ".missing", MessageArg.number(missing.size()))).children(items).build();
  }

  private static Finding entrepreneur(Context c, EntrepreneurSalarie e, String p) {
    MonthRun months = elapsedMonthsUnderContract(c, e);
    List<Finding> obligations = List.of(
        contents("cae.L7331-2", L7331_2_2, e.contractClauses(), ALL_CLAUSES, p + "/contractClauses",
            "cae.L7331-2", "clause."),
        associe(c, e, p),
        trial(e, p),
        interviews(c, e, p),
        accounts(c, e, p, months),
        fixedPart(e, p, months),
        balances(c, e, p));
    return Conditions.allOf("cae.entrepreneur", L7331_2,
        msg("cae.entrepreneur", MessageArg.text(e.id()), MessageArg.date(e.contractStart())), obligations)
        .about("entrepreneur:" + e.id());
  }

  private static Finding associe(Context c, EntrepreneurSalarie e, String p) {
    LegalReference ref = L7331_3;
    if (e.priorContracts().isEmpty()) {
      return Conditions.missing("cae.L7331-3", ref, msg("cae.prior-unknown"), List.of(p + "/priorContracts"));
    }
    LocalDate deadline = CaeCalendar.associeDeadline(e);
    MessageArg d = MessageArg.date(deadline);
    if (e.becameAssocieOn().isPresent()) {
      Comparison cmp = Comparison.of(msg("cae.L7331-3.became"), MessageArg.date(e.becameAssocieOn().get()),
          Operator.AT_MOST, d);
      return Finding.of("cae.L7331-3", Outcome.of(cmp.holds()), ref,
        msg("cae.L7331-3", d), List.of(cmp), List.of(), List.of());
    }
    if (e.contractEnd().isPresent() && !e.contractEnd().get().isAfter(deadline)) {
      return pending("cae.L7331-3", ref, "cae.L7331-3.ended", MessageArg.date(e.contractEnd().get()), d);
    }
    if (deadline.isAfter(c.to)) {
      return pending("cae.L7331-3", ref, "cae.L7331-3.after-period", d);
    }
    if (c.asOf.isAfter(deadline)) {
      return Conditions.decided("cae.L7331-3", Outcome.NOT_SATISFIED, ref, msg("cae.L7331-3.breach", d));
    }
    return pending("cae.L7331-3", ref, "cae.L7331-3.pending", d);
  }

  private static Finding trial(EntrepreneurSalarie e, String p) {
    LegalReference ref = L7332_1;
    if (e.trialPeriodMonths().isEmpty()) {
      return Conditions.missing("cae.L7332-1", ref, msg("cae.L7332-1.unknown"), List.of(p + "/trialPeriodMonths"));
    }
    int months = e.trialPeriodMonths().get();
    if (months == 0) {
      return pending("cae.L7332-1", ref, "cae.L7332-1.none");
    }
    if (e.priorContracts().isEmpty()) {
      return Conditions.missing("cae.L7332-1", ref, msg("cae.prior-unknown"), List.of(p + "/priorContracts"));
    }
    LocalDate longest = CaeCalendar.longestTrialLastDay(e);
    Comparison cmp = Comparison.of(msg("cae.L7332-1.last-day", MessageArg.number(months)),
        MessageArg.date(CaeCalendar.trialLastDay(e, months)), Operator.AT_MOST, MessageArg.date(longest));
    String key = e.priorContracts().get().isEmpty() ? "cae.L7332-1"
        : longest.isBefore(e.contractStart()) ? "cae.L7332-1.none-allowed"
        : "cae.L7332-1.prior";
    return Finding.of("cae.L7332-1", Outcome.of(cmp.holds()), ref,
        msg(key), List.of(cmp), List.of(), List.of());
  }

  private static Finding interviews(Context c, EntrepreneurSalarie e, String p) {
    LegalReference ref = R7331_3;
    List<Finding> periods = new ArrayList<>();
    for (CaeCalendar.InterviewPeriod period : CaeCalendar.interviewPeriods(e, c.to)) {
      if (period.last().isBefore(c.from) || period.first().isAfter(c.asOf)
          || period.first().isBefore(CaeLaw.DECREE_IN_FORCE)) {
        continue;
      }
      periods.add(interviewPeriod(c, e, p, period).about("period:" + period.first()));
    }
    if (periods.isEmpty()) {
      return pending("cae.R7331-3", ref, "cae.R7331-3.none");
    }
    return Conditions.allOf("cae.R7331-3", ref, msg("cae.R7331-3"), periods);
  }

  private static Finding interviewPeriod(Context c, EntrepreneurSalarie e, String p, CaeCalendar.InterviewPeriod period) {
    LegalReference ref = R7331_3;
    MessageArg first = MessageArg.date(period.first());
    MessageArg last = MessageArg.date(period.last());
    if (e.interviews().isEmpty()) {
      Outcome outcome;
      io.github.essrules.core.i18n.Message message;
      if (e.contractEnd().map(end -> end.isBefore(period.last())).orElse(false)) {
        outcome = Outcome.NOT_APPLICABLE;
        message = msg("cae.R7331-3.period.cut", first, last, MessageArg.date(e.contractEnd().get()));
      } else if (!c.asOf.isAfter(period.last())) {
        outcome = Outcome.NOT_APPLICABLE;
        message = msg("cae.R7331-3.period.running.unknown", first, last);
      } else {
        return Conditions.missing("cae.R7331-3.period", ref, msg("cae.R7331-3.period.interviews-unknown", first, last),
            List.of(p + "/interviews"));
      }
      return Conditions.decided("cae.R7331-3.period", outcome, ref, message);
    }
    List<Interview> held = e.interviews().get();
    int counted = 0;
    int possible = 0;
    List<String> unknown = new ArrayList<>();
    List<Finding> faults = new ArrayList<>();
    for (int i = 0; i < held.size(); i++) {
      Interview iv = held.get(i);
      if (!period.contains(iv.date()) || iv.date().isAfter(c.asOf)) {
        continue;
      }
      String ip = p + "/interviews/" + i;
      if (CaeCalendar.counts(iv)) {
        counted++;
        continue;
      }
      if (CaeCalendar.couldCount(iv)) {
        possible++;
        iv.documentSigned().ifPresentOrElse(s -> { }, () -> unknown.add(ip + "/documentSigned"));
        iv.documentContents().ifPresentOrElse(s -> { }, () -> unknown.add(ip + "/documentContents"));
        continue;
      }
      faults.add(interviewFault(iv, ref).about("interview:" + iv.date()));
    }
    Comparison cmp = Comparison.of(msg("cae.R7331-3.count"), MessageArg.number(counted), Operator.AT_LEAST,
        MessageArg.number(CaeCalendar.INTERVIEWS_PER_PERIOD));
    var b = Finding.builder().id("cae.R7331-3.period").reference(ref).comparisons(List.of(cmp)).children(faults);
    if (cmp.holds()) {
      return b.outcome(Outcome.SATISFIED).message(msg("cae.R7331-3.period", first, last)).build();
    }
    if (e.contractEnd().map(end -> end.isBefore(period.last())).orElse(false)) {
      return b.outcome(Outcome.NOT_APPLICABLE).children(List.of()).comparisons(List.of())
          .message(msg("cae.R7331-3.period.cut", first, last, MessageArg.date(e.contractEnd().get()))).build();
    }
    if (!c.asOf.isAfter(period.last())) {
      return b.outcome(Outcome.NOT_APPLICABLE).children(List.of()).comparisons(List.of())
          .message(msg("cae.R7331-3.period.running", first, last, MessageArg.number(counted))).build();
    }
    if (counted + possible >= CaeCalendar.INTERVIEWS_PER_PERIOD) {
      return b.outcome(Outcome.UNDETERMINED).message(msg("cae.R7331-3.period.unknown", first, last))
          .missingFacts(unknown).build();
    }
    return b.outcome(Outcome.NOT_SATISFIED).message(msg("cae.R7331-3.period", first, last)).build();
  }

  private static Finding interviewFault(Interview iv, LegalReference ref) {
    List<String> problems = new ArrayList<>();
    if (!iv.documentSigned().orElse(true)) {
      problems.add("unsigned");
    }
    iv.documentContents().ifPresent(contents -> {
      for (InterviewContent ic : InterviewContent.values()) {
        if (!contents.contains(ic)) {
          problems.add(ic.name());
        }
      }
    });
    List<Finding> items = new ArrayList<>(problems.size());
    for (String pr : problems) {
      items.add(Conditions.decided("cae.R7331-3.interview.item", Outcome.NOT_SATISFIED, ref,
          msg("cae.missing-item", MessageArg.term("interview." + pr))).about("item:" + pr));
    }
    return Finding.builder().id("cae.R7331-3.interview").outcome(Outcome.NOT_SATISFIED).reference(ref)
        .message(msg("cae.R7331-3.interview", MessageArg.date(iv.date()))).children(items).build();
  }

  /**
   * The months of the period, elapsed by the report date, during which the contract ran: a run of
   * consecutive months, as month numbers (year × 12 + month − 1) from {@code first} to {@code last}
   * inclusive; empty when {@code last < first}.
   */
  private static final class MonthRun {
    final int first;
    final int last;

    MonthRun(int first, int last) {
      this.first = first;
      this.last = last;
    }

    int size() {
      return Math.max(0, last - first + 1);
    }
  }

  private static MonthRun elapsedMonthsUnderContract(Context c, EntrepreneurSalarie e) {
    LocalDate start = max(max(c.from, e.contractStart()), CaeLaw.DECREE_IN_FORCE);
    LocalDate end = c.to;
    if (e.contractEnd().isPresent() && e.contractEnd().get().isBefore(end)) {
      end = e.contractEnd().get();
    }
    // a month counts once it has begun by the end and is over before the report date
    int lastBegun = monthNumber(end);
    LocalDate dayBefore = c.asOf.minusDays(1);
    int lastOver = dayBefore.getDayOfMonth() == dayBefore.lengthOfMonth() ? monthNumber(dayBefore)
        : monthNumber(dayBefore) - 1;
    return new MonthRun(monthNumber(start), Math.min(lastBegun, lastOver));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static Finding accounts(Context c, EntrepreneurSalarie e, String p, MonthRun elapsed) {
    LegalReference ref = R7331_5;
    Finding kept = Conditions.stated("cae.R7331-5.accounts", ref, e.analyticAccountsKept(),
        p + "/analyticAccountsKept", "cae.R7331-5.accounts");
    Finding access;
    if (c.facts.informationSystemAccess().isEmpty()) {
      access = Conditions.missing("cae.R7331-5.access", ref, msg("cae.R7331-5.access.unknown"),
          List.of("/informationSystemAccess"));
    } else if (c.facts.informationSystemAccess().get()) {
      access = Conditions.decided("cae.R7331-5.access", Outcome.SATISFIED, ref, msg("cae.R7331-5.access.yes"));
    } else {
      access = months("cae.R7331-5.monthly", ref, elapsed, e.monthlyStatementsSent(),
          p + "/monthlyStatementsSent", "cae.R7331-5.monthly");
    }
    return Conditions.allOf("cae.R7331-5", ref, msg("cae.R7331-5"), List.of(kept, access));
  }

  private static Finding fixedPart(EntrepreneurSalarie e, String p, MonthRun elapsed) {
    return months("cae.R7331-11", R7331_11_1, elapsed, e.fixedPartPaidMonths(), p + "/fixedPartPaidMonths",
        "cae.R7331-11");
  }

  private static int monthNumber(YearMonth m) {
    return m.getYear() * 12 + m.getMonthValue() - 1;
  }

  private static int monthNumber(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  private static YearMonth month(int number) {
    return YearMonth.of(Math.floorDiv(number, 12), Math.floorMod(number, 12) + 1);
  }

  private static Finding months(String id, LegalReference ref, MonthRun due, Optional<List<YearMonth>> given,
      String path, String key) {
    int size = due.size();
    if (size == 0) {
      return pending(id, ref, key + ".none");
    }
    if (given.isEmpty()) {
      return Conditions.missing(id, ref, msg(key + ".unknown", MessageArg.number(size)), List.of(path));
    }
    List<YearMonth> done = given.get();
    // months marked in an array over the run due: no hashing, no boxing
    boolean[] doneInRun = new boolean[size];
    for (YearMonth m : done) {
      int k = monthNumber(m) - due.first;
      if (k >= 0 && k < size) {
        doneInRun[k] = true;
      }
    }
    List<YearMonth> missing = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      if (!doneInRun[k]) {
        missing.add(month(due.first + k));
      }
    }
    Comparison cmp = Comparison.of(msg(key + ".count"), MessageArg.number(size - missing.size()),
        Operator.EQUAL, MessageArg.number(size));
    return Finding.of(id, Outcome.of(missing.isEmpty()), ref,
        missing.isEmpty() ? msg(key + ".all", MessageArg.number(size))
            : msg(key + ".missing", MessageArg.months(missing)), List.of(cmp), List.of(), List.of());
  }

  private static Finding balances(Context c, EntrepreneurSalarie e, String p) {
    LegalReference ref = R7331_12;
    if (c.facts.generalMeetings().isEmpty()) {
      return c.to.isBefore(CaeLaw.DECREE_IN_FORCE) ? pending("cae.R7331-12", ref, "cae.R7331-12.none")
          : Conditions.missing("cae.R7331-12", ref, msg("cae.meetings-unknown"), List.of("/generalMeetings"));
    }
    List<Finding> years = new ArrayList<>();
    for (GeneralMeeting m : c.facts.generalMeetings().get()) {
      Optional<LocalDate> closed = m.approvedAccountsOfYearClosedOn();
      if (closed.isEmpty() || !c.inPeriod(m.date()) || m.date().isAfter(c.asOf)
          || m.date().isBefore(CaeLaw.DECREE_IN_FORCE) || e.contractStart().isAfter(closed.get())) {
        continue;
      }
      years.add(balance(c, e, p, m, closed.get(), ref));
    }
    if (years.isEmpty()) {
      return pending("cae.R7331-12", ref, "cae.R7331-12.none");
    }
    return Conditions.allOf("cae.R7331-12", ref, msg("cae.R7331-12"), years);
  }

  private static Finding balance(Context c, EntrepreneurSalarie e, String p, GeneralMeeting m, LocalDate closed,
      LegalReference ref) {
    LocalDate deadline = CaeCalendar.balanceDeadline(m);
    MessageArg year = MessageArg.date(closed);
    if (e.balancePayments().isEmpty()) {
      return c.asOf.isAfter(deadline)
          ? Conditions.missing("cae.R7331-12.year", ref, msg("cae.R7331-12.unknown", year, MessageArg.date(deadline)),
              List.of(p + "/balancePayments"))
          : pending("cae.R7331-12.year", ref, "cae.R7331-12.pending", year, MessageArg.date(deadline));
    }
    Optional<BalancePayment> payment = Optional.empty();
    for (BalancePayment b : e.balancePayments().get()) {
      if (b.financialYearClosedOn().equals(closed)) {
        payment = Optional.of(b);
        break;
      }
    }
    if (payment.isPresent() && payment.get().nothingDue().orElse(false)) {
      return pending("cae.R7331-12.year", ref, "cae.R7331-12.nothing-due", year);
    }
    if (payment.isPresent() && payment.get().paidOn().isPresent()) {
      Comparison cmp = Comparison.of(msg("cae.R7331-12.paid-on"), MessageArg.date(payment.get().paidOn().get()),
          Operator.AT_MOST, MessageArg.date(deadline));
      return Finding.of("cae.R7331-12.year", Outcome.of(cmp.holds()), ref,
        msg("cae.R7331-12.year", year, MessageArg.date(m.date())), List.of(cmp), List.of(), List.of());
    }
    if (c.asOf.isAfter(deadline)) {
      return Conditions.decided("cae.R7331-12.year", Outcome.NOT_SATISFIED, ref,
          msg("cae.R7331-12.unpaid", year, MessageArg.date(deadline)));
    }
    return pending("cae.R7331-12.year", ref, "cae.R7331-12.pending", year, MessageArg.date(deadline));
  }
}
