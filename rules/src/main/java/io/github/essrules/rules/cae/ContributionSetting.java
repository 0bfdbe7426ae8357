package io.github.essrules.rules.cae;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.internal.Conditions;
import java.util.ArrayList;
import java.util.List;

/**
 * C. trav., art. R7331-8 (LEGIARTI000031394618, in force since 1 January 2016), first two
 * sentences:
 *
 * <blockquote>Les statuts de la coopérative d'activité et d'emploi déterminent les principes
 * régissant la contribution des entrepreneurs salariés au financement des services mutualisés mis
 * en œuvre par la coopérative. L'assemblée générale arrête les assiettes, les taux ou les montants
 * de la contribution aux conditions de majorité des assemblées générales ordinaires
 * […].</blockquote>
 *
 * <p>The statuts are a statement ({@link CaeFacts#contributionPrinciplesInStatuts()}); the
 * general meeting's decision is met by any meeting held by the end of the period (and known on
 * the records' date) that set the bases, rates or amounts. A period that ended before the décret
 * came into force owes no such decision (not applicable).
 *
 * <p>Not modelled: the majority (C. com. L223-29, L223-30, L225-98, L227-9); the third sentence (a
 * contract may let the general meeting modify them), a permission.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ContributionSetting {
  static final LegalReference REF = CaeLaw.ref("R7331-8", "");
  private static final String ID = "cae.R7331-8.ag";

  private ContributionSetting() {}

  static Finding check(ReportPeriod r) {
    Finding statuts = Conditions.stated("cae.R7331-8.statuts", REF, r.facts.contributionPrinciplesInStatuts(),
        "/contributionPrinciplesInStatuts", "cae.R7331-8.statuts");
    return Conditions.allOf("cae.R7331-8", REF, msg("cae.R7331-8"), List.of(statuts, setByGeneralMeeting(r)));
  }

  /** "L'assemblée générale arrête les assiettes, les taux ou les montants de la contribution". */
  private static Finding setByGeneralMeeting(ReportPeriod r) {
    if (r.days.getEndInclusive().isBefore(CaeLaw.DECREE_IN_FORCE)) {
      return CaeFindings.beforeDecree(ID, REF);
    }
    if (r.facts.generalMeetings().isEmpty()) {
      return Finding.missing(ID, REF, msg("cae.meetings-unknown"), "/generalMeetings");
    }
    List<GeneralMeeting> meetings = r.facts.generalMeetings().get();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < meetings.size(); i++) {
      GeneralMeeting m = meetings.get(i);
      if (m.date().isAfter(r.days.getEndInclusive()) || m.date().isAfter(r.asOf)) {
        continue;
      }
      if (m.setContribution().orElse(false)) {
        return CaeFindings.decided(ID, Outcome.SATISFIED, REF, "cae.R7331-8.ag.yes", MessageArg.date(m.date()));
      }
      if (m.setContribution().isEmpty()) {
        unknown.add("/generalMeetings/" + i + "/setContribution");
      }
    }
    return unknown.isEmpty() ? CaeFindings.decided(ID, Outcome.NOT_SATISFIED, REF, "cae.R7331-8.ag.no")
        : Finding.missing(ID, REF, msg("cae.R7331-8.ag.unknown"), unknown.toArray(String[]::new));
  }
}
