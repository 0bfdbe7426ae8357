package io.github.essrules.rules.cae;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import java.time.LocalDate;

/**
 * C. trav., art. L7331-3 (LEGIARTI000029317523, in force since 2 August 2014):
 *
 * <blockquote>Dans un délai maximal de trois ans à compter de la conclusion du contrat mentionné à
 * l'article L. 7331-2, l'entrepreneur salarié devient associé de la coopérative d'activité et
 * d'emploi. Ce délai est minoré, le cas échéant, de la durée du contrat d'appui au projet
 * d'entreprise pour la création ou la reprise d'une activité économique prévu à l'article L. 127-1
 * du code de commerce ou de tout autre contrat conclu entre les parties. Le contrat mentionné à
 * l'article L. 7331-2 du présent code prend fin si l'entrepreneur salarié ne devient pas associé
 * avant ce délai.</blockquote>
 *
 * <p>The deadline is {@link CaeCalendar#associeDeadline}: the base rule (three years from the
 * contract) and its exception (minoré by the prior contracts). Became associé: compared with the
 * deadline. Not associé: pending until the deadline, breached the day after while the contract
 * runs; a contract ended by the deadline has nothing left to meet (not applicable), and a deadline
 * after the period is pending for this report.
 *
 * <p>Not modelled: the end of the contract the third sentence prescribes (a breach is reported,
 * the contract is not ended).
 *
 * <p>This class is immutable and thread-safe.
 */
final class AssocieDeadline {
  static final LegalReference REF = CaeLaw.ref("L7331-3", "");
  private static final String ID = "cae.L7331-3";

  private AssocieDeadline() {}

  static Finding check(ReportPeriod r, EntrepreneurSalarie e, String p) {
    if (e.priorContracts().isEmpty()) {
      return Finding.missing(ID, REF, msg("cae.prior-unknown"), p + "/priorContracts");
    }
    LocalDate deadline = CaeCalendar.associeDeadline(e);
    MessageArg d = MessageArg.date(deadline);
    if (e.becameAssocieOn().isPresent()) {
      return Finding.compared(ID, REF, msg("cae.L7331-3", d), becameInTime(e.becameAssocieOn().get(), deadline));
    }
    if (e.contractEnd().isPresent() && !e.contractEnd().get().isAfter(deadline)) {
      return CaeFindings.notApplicable(ID, REF, "cae.L7331-3.ended", MessageArg.date(e.contractEnd().get()), d);
    }
    if (deadline.isAfter(r.days.getEndInclusive())) {
      return CaeFindings.pending(ID, REF, "cae.L7331-3.after-period", d);
    }
    return r.asOf.isAfter(deadline) ? CaeFindings.decided(ID, Outcome.NOT_SATISFIED, REF, "cae.L7331-3.breach", d)
        : CaeFindings.pending(ID, REF, "cae.L7331-3.pending", d);
  }

  /** "Dans un délai maximal de trois ans […] l'entrepreneur salarié devient associé": on or before the deadline. */
  private static Comparison becameInTime(LocalDate became, LocalDate deadline) {
    return Comparison.of(msg("cae.L7331-3.became"), MessageArg.date(became), Operator.AT_MOST,
        MessageArg.date(deadline));
  }
}
