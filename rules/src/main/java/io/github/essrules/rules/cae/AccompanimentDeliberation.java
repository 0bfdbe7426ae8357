package io.github.essrules.rules.cae;

import static io.github.essrules.rules.cae.CaeFindings.notApplicable;
import static io.github.essrules.rules.cae.CaeFindings.pending;
import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.internal.Conditions;
import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * C. trav., art. R7331-2 (LEGIARTI000031394606, in force since 1 January 2016):
 *
 * <blockquote>La coopérative d'activité et d'emploi assure un accompagnement individuel de chaque
 * entrepreneur salarié en vue de favoriser le développement de son activité économique. Les statuts
 * de la coopérative d'activité et d'emploi déterminent les services mutualisés proposés pour
 * l'accompagnement individuel et collectif des entrepreneurs salariés. L'assemblée générale
 * délibère chaque année sur les actions nécessaires à l'accompagnement individuel et collectif des
 * entrepreneurs salariés et les ressources à affecter à cet effet.</blockquote>
 *
 * <p>The second sentence is a statement ({@link CaeFacts#pooledServicesInStatuts()}); the third
 * asks, for each calendar year of the period, a general meeting held in that year that deliberated
 * on the accompaniment: pending until 31 December of the year.
 *
 * <p>Not modelled: the first sentence (the accompaniment itself, read through R7331-3's
 * interviews); the content of the deliberation.
 *
 * <p>This class is immutable and thread-safe.
 */
final class AccompanimentDeliberation {
  static final LegalReference REF = CaeLaw.ref("R7331-2", "");
  private static final String ID = "cae.R7331-2.ag";

  private AccompanimentDeliberation() {}

  static Finding check(ReportPeriod r) {
    List<Finding> children = new ArrayList<>();
    children.add(Conditions.stated("cae.R7331-2.statuts", REF, r.facts.pooledServicesInStatuts(),
        "/pooledServicesInStatuts", "cae.R7331-2.statuts"));
    for (int year = r.days.getStart().getYear(); year <= r.days.getEndInclusive().getYear(); year++) {
      children.add(year(r, CaeCalendar.calendarYear(year)));
    }
    return Conditions.allOf("cae.R7331-2", REF, msg("cae.R7331-2"), children);
  }

  /**
   * "L'assemblée générale délibère chaque année": the year is a calendar year, its deadline its
   * last day; the records after {@code asOf} are not known yet.
   */
  private static Finding year(ReportPeriod r, LocalDateRange year) {
    MessageArg y = MessageArg.text(Integer.toString(year.getStart().getYear()));
    MessageArg deadline = MessageArg.date(year.getEndInclusive());
    boolean running = !r.asOf.isAfter(year.getEndInclusive());
    if (year.getEndInclusive().isBefore(CaeLaw.DECREE_IN_FORCE)) {
      return notApplicable(ID, REF, "cae.before-decree", y);
    }
    if (r.facts.generalMeetings().isEmpty()) {
      return running ? pending(ID, REF, "cae.R7331-2.ag.pending", y, deadline)
          : Finding.missing(ID, REF, msg("cae.R7331-2.ag.meetings-unknown", y), "/generalMeetings");
    }
    List<GeneralMeeting> meetings = r.facts.generalMeetings().get();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < meetings.size(); i++) {
      GeneralMeeting m = meetings.get(i);
      if (!year.contains(m.date()) || m.date().isAfter(r.asOf)) {
        continue;
      }
      if (m.deliberatedOnAccompaniment().orElse(false)) {
        return CaeFindings.decided(ID, Outcome.SATISFIED, REF, "cae.R7331-2.ag.yes", y, MessageArg.date(m.date()));
      }
      if (m.deliberatedOnAccompaniment().isEmpty()) {
        unknown.add("/generalMeetings/" + i + "/deliberatedOnAccompaniment");
      }
    }
    if (!unknown.isEmpty()) {
      return Finding.missing(ID, REF, msg("cae.R7331-2.ag.unknown", y), unknown.toArray(String[]::new));
    }
    return running ? pending(ID, REF, "cae.R7331-2.ag.pending", y, deadline)
        : CaeFindings.decided(ID, Outcome.NOT_SATISFIED, REF, "cae.R7331-2.ag.no", y);
  }
}
