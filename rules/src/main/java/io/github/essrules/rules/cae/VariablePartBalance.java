package io.github.essrules.rules.cae;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.internal.Conditions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * C. trav., art. R7331-12 (LEGIARTI000031394628, in force since 1 January 2016), first sentence:
 *
 * <blockquote>En fin d'exercice, la coopérative d'activité et d'emploi procède à la
 * régularisation du calcul de la part variable de la rémunération de chaque entrepreneur salarié
 * et au versement du solde restant dû dans un délai maximum d'un mois après la date de
 * l'assemblée générale statuant sur la clôture des comptes de l'exercice.</blockquote>
 *
 * <p>For each general meeting of the period (known on the records' date, since the décret) that
 * approved the accounts of a year the entrepreneur's contract had begun by: the balance paid on or
 * before the meeting + one month ({@link CaeCalendar#balanceDeadline}); pending until then; nothing
 * due, not applicable.
 *
 * <p>Not modelled: the amount of the balance (see {@link CaeRemuneration}); the second and third
 * sentences (the net result, a contractual option).
 *
 * <p>This class is immutable and thread-safe.
 */
final class VariablePartBalance {
  static final LegalReference REF = CaeLaw.ref("R7331-12", "");
  private static final String ID = "cae.R7331-12.year";

  private VariablePartBalance() {}

  static Finding check(ReportPeriod r, EntrepreneurSalarie e, String p) {
    if (r.facts.generalMeetings().isEmpty()) {
      return CaeFindings.meetingsUnknown("cae.R7331-12", REF, r, "cae.R7331-12.none");
    }
    List<Finding> years = new ArrayList<>();
    for (GeneralMeeting m : r.facts.generalMeetings().get()) {
      Optional<LocalDate> closed = m.approvedAccountsOfYearClosedOn();
      if (closed.isPresent() && r.known(m.date()) && !m.date().isBefore(CaeLaw.DECREE_IN_FORCE)
          && !e.contractStart().isAfter(closed.get())) {
        years.add(year(r, e, p, m, closed.get()));
      }
    }
    return years.isEmpty() ? CaeFindings.notApplicable("cae.R7331-12", REF, "cae.R7331-12.none")
        : Conditions.allOf("cae.R7331-12", REF, msg("cae.R7331-12"), years);
  }

  /** "dans un délai maximum d'un mois après la date de l'assemblée générale": paid on or before the deadline. */
  private static Comparison paidInTime(LocalDate paidOn, LocalDate deadline) {
    return Comparison.of(msg("cae.R7331-12.paid-on"), MessageArg.date(paidOn), Operator.AT_MOST,
        MessageArg.date(deadline));
  }

  private static Finding year(ReportPeriod r, EntrepreneurSalarie e, String p, GeneralMeeting m, LocalDate closed) {
    LocalDate deadline = CaeCalendar.balanceDeadline(m);
    MessageArg year = MessageArg.date(closed);
    MessageArg d = MessageArg.date(deadline);
    boolean over = r.asOf.isAfter(deadline);
    if (e.balancePayments().isEmpty()) {
      return over ? Finding.missing(ID, REF, msg("cae.R7331-12.unknown", year, d), p + "/balancePayments")
          : CaeFindings.pending(ID, REF, "cae.R7331-12.pending", year, d);
    }
    Optional<BalancePayment> payment = e.balancePayments().get().stream()
        .filter(b -> b.financialYearClosedOn().equals(closed)).findFirst();
    if (payment.isPresent() && payment.get().nothingDue().orElse(false)) {
      return CaeFindings.notApplicable(ID, REF, "cae.R7331-12.nothing-due", year);
    }
    if (payment.isPresent() && payment.get().paidOn().isPresent()) {
      return Finding.compared(ID, REF, msg("cae.R7331-12.year", year, MessageArg.date(m.date())),
          paidInTime(payment.get().paidOn().get(), deadline));
    }
    return over ? CaeFindings.decided(ID, Outcome.NOT_SATISFIED, REF, "cae.R7331-12.unpaid", year, d)
        : CaeFindings.pending(ID, REF, "cae.R7331-12.pending", year, d);
  }
}
