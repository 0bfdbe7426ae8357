package io.github.essrules.rules.cae;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import java.time.LocalDate;

/**
 * C. trav., art. L7332-1 (LEGIARTI000029317527, in force since 2 August 2014):
 *
 * <blockquote>Le contrat mentionné au 2° de l'article L. 7331-2 peut comporter une période d'essai
 * dont la durée, renouvellement compris, ne peut excéder huit mois. Lorsque les parties ont
 * préalablement conclu un contrat d'appui au projet d'entreprise pour la création ou la reprise
 * d'une activité économique, prévu à l'article L. 127-1 du code de commerce, ou tout autre contrat,
 * la durée de ces contrats est déduite de la durée prévue au premier alinéa du présent
 * article.</blockquote>
 *
 * <p>"ne peut excéder": the trial's last day is at most the last day allowed
 * ({@link CaeCalendar#longestTrialLastDay}: the base rule of eight months, and the exception of the
 * second alinéa, the prior contracts deducted). No trial period: not applicable.
 *
 * <p>Not modelled: the renewal's conditions.
 *
 * <p>This class is immutable and thread-safe.
 */
final class TrialPeriod {
  static final LegalReference REF = CaeLaw.ref("L7332-1", "");
  private static final String ID = "cae.L7332-1";

  private TrialPeriod() {}

  static Finding check(EntrepreneurSalarie e, String p) {
    if (e.trialPeriodMonths().isEmpty()) {
      return Finding.missing(ID, REF, msg("cae.L7332-1.unknown"), p + "/trialPeriodMonths");
    }
    int months = e.trialPeriodMonths().get();
    if (months == 0) {
      return CaeFindings.notApplicable(ID, REF, "cae.L7332-1.none");
    }
    if (e.priorContracts().isEmpty()) {
      return Finding.missing(ID, REF, msg("cae.prior-unknown"), p + "/priorContracts");
    }
    LocalDate longest = CaeCalendar.longestTrialLastDay(e);
    String key = e.priorContracts().get().isEmpty() ? "cae.L7332-1"
        : longest.isBefore(e.contractStart()) ? "cae.L7332-1.none-allowed" : "cae.L7332-1.prior";
    return Finding.compared(ID, REF, msg(key), notExceeding(CaeCalendar.trialLastDay(e, months), longest, months));
  }

  /** "ne peut excéder huit mois": the trial's last day, at most the last day allowed. */
  private static Comparison notExceeding(LocalDate lastDay, LocalDate longest, int months) {
    return Comparison.of(msg("cae.L7332-1.last-day", MessageArg.number(months)), MessageArg.date(lastDay),
        Operator.AT_MOST, MessageArg.date(longest));
  }
}
