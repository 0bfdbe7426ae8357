package io.github.essrules.rules.cae;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.internal.Conditions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * C. trav., art. R7331-3 (LEGIARTI000031394608, in force since 1 January 2016), the interviews:
 *
 * <blockquote>[…] l'entrepreneur salarié bénéficie, par période de douze mois, d'au moins deux
 * entretiens individuels d'accompagnement faisant l'objet d'un document écrit et signé par
 * l'entrepreneur salarié. Ce document comporte notamment le bilan et les perspectives d'évolution
 * prévisible de son activité économique, les actions individuelles et collectives nécessaires au
 * développement de son activité économique ainsi que les besoins d'accompagnement.</blockquote>
 *
 * <p>For each twelve-month period ({@link CaeCalendar#interviewPeriods}) that started since the
 * décret, by the records' date, and overlaps the report's period: at least two interviews whose
 * document is signed and holds the three {@link InterviewContent contents}
 * ({@link CaeCalendar#counts}). A period still running is pending; one cut short by the contract's
 * end is not applicable; an interview whose document is unsigned or incomplete is named. The
 * contract's clause (the first sentence) is {@link InterviewConditionsClause}.
 *
 * <p>Not modelled: contents beyond the three named ("notamment").
 *
 * <p>This class is immutable and thread-safe.
 */
final class AccompanimentInterviews {
  static final LegalReference REF = CaeLaw.ref("R7331-3", "");
  private static final String ID = "cae.R7331-3.period";

  private AccompanimentInterviews() {}

  static Finding check(ReportPeriod r, EntrepreneurSalarie e, String p) {
    List<Finding> periods = new ArrayList<>();
    for (LocalDateRange period : CaeCalendar.interviewPeriods(e, r.days.getEndInclusive())) {
      if (period.overlaps(r.days) && !period.getStart().isAfter(r.asOf)
          && !period.getStart().isBefore(CaeLaw.DECREE_IN_FORCE)) {
        periods.add(period(r, e, p, period).about("period:" + period.getStart()));
      }
    }
    return periods.isEmpty() ? CaeFindings.notApplicable("cae.R7331-3", REF, "cae.R7331-3.none")
        : Conditions.allOf("cae.R7331-3", REF, msg("cae.R7331-3"), periods);
  }

  /** "par période de douze mois, d'au moins deux entretiens": the interviews that count, against two. */
  private static Comparison atLeastTwo(int counted) {
    return Comparison.of(msg("cae.R7331-3.count"), MessageArg.number(counted), Operator.AT_LEAST,
        MessageArg.number(CaeCalendar.INTERVIEWS_PER_PERIOD));
  }

  private static Finding period(ReportPeriod r, EntrepreneurSalarie e, String p, LocalDateRange period) {
    MessageArg first = MessageArg.date(period.getStart());
    MessageArg last = MessageArg.date(period.getEndInclusive());
    boolean cut = e.contractEnd().map(end -> end.isBefore(period.getEndInclusive())).orElse(false);
    boolean running = !r.asOf.isAfter(period.getEndInclusive());
    if (e.interviews().isEmpty()) {
      return cut ? CaeFindings.notApplicable(ID, REF, "cae.R7331-3.period.cut", first, last,
              MessageArg.date(e.contractEnd().get()))
          : running ? CaeFindings.pending(ID, REF, "cae.R7331-3.period.running.unknown", first, last)
          : Finding.missing(ID, REF, msg("cae.R7331-3.period.interviews-unknown", first, last), p + "/interviews");
    }
    int counted = 0;
    int possible = 0;
    List<String> unknown = new ArrayList<>();
    List<Finding> faults = new ArrayList<>();
    List<Interview> held = e.interviews().get();
    for (int i = 0; i < held.size(); i++) {
      Interview iv = held.get(i);
      if (!period.contains(iv.date()) || iv.date().isAfter(r.asOf)) {
        continue;
      }
      if (CaeCalendar.counts(iv)) {
        counted++;
      } else if (CaeCalendar.couldCount(iv)) {
        possible++;
        String ip = p + "/interviews/" + i;
        iv.documentSigned().ifPresentOrElse(s -> { }, () -> unknown.add(ip + "/documentSigned"));
        iv.documentContents().ifPresentOrElse(s -> { }, () -> unknown.add(ip + "/documentContents"));
      } else {
        faults.add(fault(iv).about("interview:" + iv.date()));
      }
    }
    Comparison cmp = atLeastTwo(counted);
    if (cmp.holds()) {
      return Finding.decided(ID, Outcome.SATISFIED, REF, msg("cae.R7331-3.period", first, last), faults, cmp);
    }
    if (cut) {
      return CaeFindings.notApplicable(ID, REF, "cae.R7331-3.period.cut", first, last,
          MessageArg.date(e.contractEnd().get()));
    }
    if (running) {
      return CaeFindings.pending(ID, REF, "cae.R7331-3.period.running", first, last, MessageArg.number(counted));
    }
    boolean undecided = counted + possible >= CaeCalendar.INTERVIEWS_PER_PERIOD;
    if (!undecided) {
      return Finding.decided(ID, Outcome.NOT_SATISFIED, REF, msg("cae.R7331-3.period", first, last), faults, cmp);
    }
    // the one finding with a comparison, missing facts and children at once: the general factory
    return Finding.of(ID, Outcome.UNDETERMINED, REF, msg("cae.R7331-3.period.unknown", first, last), List.of(cmp),
        unknown, faults);
  }

  /** An interview that does not count: its document unsigned, or lacking some of the three contents. */
  private static Finding fault(Interview iv) {
    List<String> problems = new ArrayList<>();
    if (!iv.documentSigned().orElse(true)) {
      problems.add("unsigned");
    }
    iv.documentContents().ifPresent(contents ->
        CaeFindings.absent(EnumSet.allOf(InterviewContent.class), contents).forEach(c -> problems.add(c.name())));
    List<Finding> items = new ArrayList<>(problems.size());
    for (String pr : problems) {
      items.add(CaeFindings.decided("cae.R7331-3.interview.item", Outcome.NOT_SATISFIED, REF, "cae.missing-item",
          MessageArg.term("interview." + pr)).about("item:" + pr));
    }
    return Finding.decided("cae.R7331-3.interview", Outcome.NOT_SATISFIED, REF,
        msg("cae.R7331-3.interview", MessageArg.date(iv.date())), items);
  }
}
