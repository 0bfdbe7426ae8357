package io.github.essrules.rules.cae;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.internal.Conditions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * C. trav., art. R7331-9 (LEGIARTI000031394620, in force since 1 January 2016), second sentence:
 *
 * <blockquote>La coopérative met à la disposition de l'entrepreneur salarié le compte analytique
 * des services mutualisés de la coopérative d'activité et d'emploi établi à la clôture de
 * l'exercice comptable.</blockquote>
 *
 * <p>Read for each financial year, closed since the décret came into force, whose accounts a
 * general meeting of the period approved: the account is made available if the year is among
 * {@link CaeFacts#pooledServicesAccountProvidedForYearsClosedOn()}.
 *
 * <p>Not modelled: the first sentence (what the contribution finances); the account's contents.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PooledServicesAccount {
  static final LegalReference REF = CaeLaw.ref("R7331-9", "");
  private static final String ID = "cae.R7331-9.year";

  private PooledServicesAccount() {}

  static Finding check(ReportPeriod r) {
    if (r.facts.generalMeetings().isEmpty()) {
      return CaeFindings.meetingsUnknown("cae.R7331-9", REF, r, "cae.R7331-9.none");
    }
    List<Finding> years = new ArrayList<>();
    for (GeneralMeeting m : r.facts.generalMeetings().get()) {
      LocalDate closed = m.approvedAccountsOfYearClosedOn().orElse(null);
      if (closed == null || !r.known(m.date()) || closed.isBefore(CaeLaw.DECREE_IN_FORCE)) {
        continue;
      }
      years.add(year(r, closed).about("financial-year:" + closed));
    }
    return years.isEmpty() ? CaeFindings.notApplicable("cae.R7331-9", REF, "cae.R7331-9.none")
        : Conditions.allOf("cae.R7331-9", REF, msg("cae.R7331-9"), years);
  }

  /** "met à la disposition … le compte analytique des services mutualisés … établi à la clôture de l'exercice". */
  private static Finding year(ReportPeriod r, LocalDate closed) {
    MessageArg y = MessageArg.date(closed);
    if (r.facts.pooledServicesAccountProvidedForYearsClosedOn().isEmpty()) {
      return Finding.missing(ID, REF, msg("cae.R7331-9.unknown", y), "/pooledServicesAccountProvidedForYearsClosedOn");
    }
    boolean provided = r.facts.pooledServicesAccountProvidedForYearsClosedOn().get().contains(closed);
    return CaeFindings.decided(ID, Outcome.of(provided), REF, provided ? "cae.R7331-9.yes" : "cae.R7331-9.no", y);
  }
}
