package io.github.essrules.rules.iae;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.rules.law.LegalTexts;
import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A contrat à durée déterminée d'insertion in an ACI checked period by period against C. trav.
 * L5132-15-1 (verbatim, version of 15 June 2021) and the derogations to the weekly hours
 * (D5132-43-5, D5132-43-8).
 *
 * <ul>
 *   <li>the initial contract lasts at least four months, unless the employee benefits from a
 *       sentence adjustment;
 *   <li>the initial contract and its renewals end at the latest 24 months after the start
 *       ("dans la limite d'une durée totale de vingt-quatre mois": start + 24 months − 1 day);
 *   <li>beyond, a renewal to finish a training action in progress ends at the latest with the
 *       action; an extension (a) for an employee aged 50 or more at the decision, or RQTH, decided
 *       by a prescriber or the ACI — the text sets no total; secondary sources speak of one-year
 *       decisions, checked with confidence "secondary"; an extension (b) for particularly serious
 *       difficulties: decisions of one year at most, 60 months in all;
 *   <li>the weekly hours are at least 20 — unless a derogation of the préfet covers the period
 *       (twelve months at most; an individual one extendable to finish the planned actions) — and
 *       at most 35, the legal weekly duration.
 * </ul>
 * {@link #latestLawfulEnd(CddiFacts)} tells the last day the contract can reach given the
 * extensions the history already uses.
 *
 * <p>The legal computations, each under the words of L5132-15-1 or D5132-43-5/-8 it implements
 * (with the exceptions of the text — "sauf" the sentence adjustment, the training renewal and the
 * extensions (a) and (b) "à titre exceptionnel", the derogation to the 20 hours — as named
 * methods), sit in {@code CddiLaw}; this class assembles the findings.
 *
 * <p>Not modelled: the suspension of the contract (periods of mise en situation, trial periods
 * elsewhere), the cumulation with another part-time contract (an exception to the 20 hours).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @see <a href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042674137">C. trav., art. L5132-15-1</a>
 */
public final class CddiRule extends BaseRule<CddiFacts> {
  /** The rule's identifier. */
  public static final String ID = "cddi";
  /** "ne peut être inférieure à quatre mois". */
  public static final Period MINIMUM = Period.ofMonths(4);
  /** "dans la limite d'une durée totale de vingt-quatre mois". */
  public static final Period MAXIMUM = Period.ofMonths(24);
  /** "dans la limite de soixante mois". */
  public static final Period SERIOUS_DIFFICULTIES_MAXIMUM = Period.ofMonths(60);
  /** "par décisions successives d'un an au plus". */
  public static final Period DECISION_MAXIMUM = Period.ofYears(1);
  /** D5132-43-5: "vingt heures". */
  public static final BigDecimal MINIMUM_HOURS = BigDecimal.valueOf(20);
  /**
   * The legal weekly duration: C. trav. L3121-27, "La durée légale de travail effectif des salariés
   * à temps complet est fixée à trente-cinq heures par semaine."
   */
  public static final BigDecimal MAXIMUM_HOURS = BigDecimal.valueOf(35);
  /** D5132-43-5 and -8: twelve months of derogation at most. */
  public static final Period DEROGATION_MAXIMUM = Period.ofMonths(12);
  /** "âgés de cinquante ans et plus". */
  public static final int SENIOR_AGE = 50;

  /** C. trav. L5132-15-1 with its versions, looked up once. */
  private static final io.github.essrules.core.law.ArticleHistory L5132_15_1_IN_TIME = LegalTexts.codeDuTravail("L5132-15-1");
  private static final CddiRule INSTANCE = new CddiRule();

  private CddiRule() {
    super(ID, CddiFacts.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static CddiRule get() {
    return INSTANCE;
  }

  /**
   * The last day the contract can lawfully reach: start + 24 months − 1 day; the end of the
   * training action when the history has a training extension; start + 60 months − 1 day when it
   * has an extension for serious difficulties; none (the text sets no total) when it has an
   * extension for an employee aged 50 or more or RQTH.
   *
   * @param f the history
   * @return the date, or empty when the law sets none
   */
  public static Optional<LocalDate> latestLawfulEnd(CddiFacts f) {
    FactsValidator.shared().validate(f);
    LocalDate start = f.periods().get(0).start();
    LocalDate latest = CddiLaw.twentyFourMonthsEnd(start);
    for (CddiPeriod p : f.periods()) {
      switch (p.kind()) {
        case EXTENSION_50_PLUS_OR_RQTH:
          return Optional.empty();
        case EXTENSION_SERIOUS_DIFFICULTIES:
          LocalDate sixty = CddiLaw.sixtyMonthsEnd(start);
          latest = sixty.isAfter(latest) ? sixty : latest;
          break;
        case TRAINING_EXTENSION:
          if (p.trainingActionEndsOn().isPresent() && p.trainingActionEndsOn().get().isAfter(latest)) {
            latest = p.trainingActionEndsOn().get();
          }
          break;
        default:
          break;
      }
    }
    return Optional.of(latest);
  }

  /**
   * Checks the history.
   *
   * @param f the history, checked with Bean Validation first
   * @param law the date asked about ({@link LawContext#asOf()}), the options of the law in time and
   *     the notices of the evaluation
   * @return the verdict
   */
  @Override
  protected Verdict decide(CddiFacts f, LawContext law) {
    LocalDate asOf = law.asOf();
    law.article(L5132_15_1_IN_TIME);
    LegalReference article = IaeLaw.ref("L5132-15-1", "");
    List<Finding> findings = new ArrayList<>();
    findings.add(minimum(f, article));
    LocalDate start = f.periods().get(0).start();
    for (int i = 0; i < f.periods().size(); i++) {
      CddiPeriod p = f.periods().get(i);
      String path = "/periods/" + i;
      List<Finding> checks = new ArrayList<>();
      checks.add(duration(f, p, start, path, article));
      checks.add(hours(p));
      findings.add(Conditions.allOf("cddi.period", article, msg("cddi.period", MessageArg.term("cddi.kind." + p.kind().name()),
          MessageArg.date(p.start()), MessageArg.date(p.end())), checks).about("period:" + p.start()));
    }
    Notice latest = Notice.of("cddi.latest", article, latestLawfulEnd(f)
        .map(d -> msg("cddi.notice.latest", MessageArg.date(d)))
        .orElse(msg("cddi.notice.no-limit")));
    return Verdict.builder().ruleId(ID).asOf(asOf)
        .outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings).addNotices(latest).build();
  }

  private static Finding minimum(CddiFacts f, LegalReference law) {
    CddiPeriod initial = f.periods().get(0);
    Comparison cmp = Comparison.of(msg("cddi.minimum.subject"), MessageArg.date(initial.end()), Operator.AT_LEAST,
        MessageArg.date(CddiLaw.lastDay(initial.start(), MINIMUM)));
    var b = Finding.builder().id("cddi.minimum").reference(law).comparisons(List.of(cmp));
    if (CddiLaw.atLeastFourMonths(initial.start(), initial.end())) {
      return b.outcome(Outcome.SATISFIED).message(msg("cddi.minimum")).build();
    }
    if (f.sentenceAdjustment().isEmpty()) {
      return b.outcome(Outcome.UNDETERMINED).message(msg("cddi.minimum.unknown")).missingFacts(List.of("/sentenceAdjustment"))
          .build();
    }
    return b.outcome(Outcome.of(CddiLaw.sentenceAdjustmentException(f.sentenceAdjustment().get())))
        .message(msg(f.sentenceAdjustment().get() ? "cddi.minimum.exception" : "cddi.minimum")).build();
  }

  private static Finding duration(CddiFacts f, CddiPeriod p, LocalDate start, String path, LegalReference law) {
    switch (p.kind()) {
      case INITIAL:
      case RENEWAL: {
        Comparison cmp = Comparison.of(msg("cddi.end.subject"), MessageArg.date(p.end()), Operator.AT_MOST,
            MessageArg.date(CddiLaw.twentyFourMonthsEnd(start)));
        return Finding.decided("cddi.24-months", Outcome.of(!p.end().isAfter(CddiLaw.twentyFourMonthsEnd(start))), law,
        msg("cddi.24-months"), cmp);
      }
      case TRAINING_EXTENSION: {
        if (p.trainingActionEndsOn().isEmpty()) {
          return Conditions.missing("cddi.training", law, msg("cddi.training.missing"),
              List.of(path + "/trainingActionEndsOn"));
        }
        Comparison cmp = Comparison.of(msg("cddi.end.subject"), MessageArg.date(p.end()), Operator.AT_MOST,
            MessageArg.date(p.trainingActionEndsOn().get()));
        return Finding.decided("cddi.training",
            Outcome.of(CddiLaw.trainingRenewalWithinAction(p.end(), p.trainingActionEndsOn().get())), law,
        msg("cddi.training"), cmp);
      }
      case EXTENSION_50_PLUS_OR_RQTH:
        return senior(f, p, path, law);
      default:
        return serious(p, start, path, law);
    }
  }

  private static Finding decider(CddiPeriod p, String path, LegalReference law) {
    return p.decidedBy().isEmpty()
        ? Conditions.missing("cddi.decided-by", law, msg("cddi.decided-by.missing"), List.of(path + "/decidedBy"))
        : Conditions.decided("cddi.decided-by", Outcome.SATISFIED, law,
            msg("cddi.decided-by", MessageArg.term("cddi.decider." + p.decidedBy().get().name())));
  }

  private static Finding oneYear(CddiPeriod p, String id, LegalReference ref) {
    Comparison cmp = Comparison.of(msg("cddi.end.subject"), MessageArg.date(p.end()), Operator.AT_MOST,
        MessageArg.date(CddiLaw.lastDay(p.start(), DECISION_MAXIMUM)));
    return Finding.decided(id, Outcome.of(CddiLaw.oneYearAtMost(p.start(), p.end())), ref,
        msg("cddi.one-year"), cmp);
  }

  private static Finding senior(CddiFacts f, CddiPeriod p, String path, LegalReference law) {
    List<Finding> checks = new ArrayList<>();
    LocalDate on = p.decidedOn().orElse(p.start());
    boolean rqth = f.rqth().orElse(false);
    Optional<Integer> age = f.birthDate().map(b -> Period.between(b, on).getYears());
    if (CddiLaw.seniorOrRqth(age, rqth)) {
      checks.add(Conditions.decided("cddi.senior.eligible", Outcome.SATISFIED, law,
          rqth ? msg("cddi.senior.rqth") : msg("cddi.senior.age", MessageArg.number(age.orElseThrow()))));
    } else if (f.rqth().isEmpty() || f.birthDate().isEmpty()) {
      List<String> missing = new ArrayList<>();
      f.birthDate().ifPresentOrElse(b -> { }, () -> missing.add("/birthDate"));
      f.rqth().ifPresentOrElse(b -> { }, () -> missing.add("/rqth"));
      checks.add(Conditions.missing("cddi.senior.eligible", law, msg("cddi.senior.unknown"), missing));
    } else {
      checks.add(Conditions.decided("cddi.senior.eligible", Outcome.NOT_SATISFIED, law,
          msg("cddi.senior.no", MessageArg.number(age.orElseThrow()))));
    }
    checks.add(decider(p, path, law));
    checks.add(oneYear(p, "cddi.senior.one-year", IaeLaw.ref("L5132-15-1", "a", Confidence.SECONDARY)));
    return Conditions.allOf("cddi.senior", law, msg("cddi.senior"), checks);
  }

  private static Finding serious(CddiPeriod p, LocalDate start, String path, LegalReference law) {
    List<Finding> checks = new ArrayList<>();
    checks.add(decider(p, path, law));
    checks.add(oneYear(p, "cddi.serious.one-year", IaeLaw.ref("L5132-15-1", "b")));
    Comparison sixty = Comparison.of(msg("cddi.end.subject"), MessageArg.date(p.end()), Operator.AT_MOST,
        MessageArg.date(CddiLaw.sixtyMonthsEnd(start)));
    checks.add(Finding.decided("cddi.serious.60-months", Outcome.of(!p.end().isAfter(CddiLaw.sixtyMonthsEnd(start))), IaeLaw.ref("L5132-15-1", "b"),
        msg("cddi.serious.60-months"), sixty));
    return Conditions.allOf("cddi.serious", law, msg("cddi.serious"), checks);
  }

  private static Finding hours(CddiPeriod p) {
    LegalReference ref = IaeLaw.ref("D5132-43-5", "");
    Comparison max = Comparison.of(msg("cddi.hours.subject"), MessageArg.number(p.weeklyHours()), Operator.AT_MOST,
        MessageArg.number(MAXIMUM_HOURS));
    Optional<HoursDerogation> d = p.hoursDerogation()
        .filter(h -> !h.from().isAfter(p.start()) && !h.until().isBefore(p.end()));
    if (d.isPresent()) {
      HoursDerogation h = d.get();
      LegalReference dref = IaeLaw.ref(h.kind() == HoursDerogation.Kind.INDIVIDUAL ? "D5132-43-5" : "D5132-43-8", "");
      boolean extended = h.kind() == HoursDerogation.Kind.INDIVIDUAL && h.extendedToFinishActions().orElse(false);
      Comparison length = Comparison.of(msg("cddi.derogation.subject"), MessageArg.date(h.until()), Operator.AT_MOST,
          MessageArg.date(CddiLaw.lastDay(h.from(), DEROGATION_MAXIMUM)));
      Outcome o = Outcome.of(CddiLaw.hoursAtMostLegalDuration(p.weeklyHours()) && CddiLaw.derogationPeriodLawful(h));
      return Finding.builder().id("cddi.hours").outcome(o).reference(dref)
          .message(msg(extended ? "cddi.hours.derogation.extended" : "cddi.hours.derogation",
              MessageArg.term("cddi.derogation." + h.kind().name())))
          .comparisons(List.of(max, length)).build();
    }
    Comparison min = Comparison.of(msg("cddi.hours.subject"), MessageArg.number(p.weeklyHours()), Operator.AT_LEAST,
        MessageArg.number(MINIMUM_HOURS));
    return Finding.builder().id("cddi.hours").outcome(Outcome.of(CddiLaw.hoursWithinBounds(p.weeklyHours())))
        .reference(ref)
        .message(msg("cddi.hours")).comparisons(List.of(min, max)).build();
  }
}
