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

/**
 * C. trav., art. R7331-6 (LEGIARTI000031394614, in force since 1 January 2016):
 *
 * <blockquote>Lorsque plusieurs entrepreneurs salariés d'une même coopérative d'activité et
 * d'emploi exercent ensemble une activité économique autonome, ils concluent préalablement avec
 * la coopérative d'activité et d'emploi une convention précisant notamment la nature de l'activité
 * économique ainsi que les modalités de répartition de la rémunération entre les entrepreneurs
 * salariés. Cette convention précise aussi la répartition de la propriété de la clientèle, du nom
 * commercial commun et de tous éléments matériels et immatériels mis en commun.</blockquote>
 *
 * <p>For each joint activity started in the period (and known on the records' date): a
 * convention signed on or before its start ("préalablement": signed on the day it starts is in
 * time), stating the five {@link ConventionContent contents}.
 *
 * <p>Not modelled: contents beyond the five named ("notamment"); the convention's wording.
 *
 * <p>This class is immutable and thread-safe.
 */
final class JointActivityConvention {
  static final LegalReference REF = CaeLaw.ref("R7331-6", "");
  private static final EnumSet<ConventionContent> CONTENTS = EnumSet.allOf(ConventionContent.class);

  private JointActivityConvention() {}

  static Finding check(ReportPeriod r) {
    if (r.facts.jointActivities().isEmpty()) {
      return Finding.missing("cae.R7331-6", REF, msg("cae.R7331-6.unknown"), "/jointActivities");
    }
    List<JointActivity> all = r.facts.jointActivities().get();
    List<Finding> activities = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      JointActivity a = all.get(i);
      if (r.known(a.startedOn()) && !a.startedOn().isBefore(CaeLaw.DECREE_IN_FORCE)) {
        activities.add(activity(a, "/jointActivities/" + i).about("joint-activity:" + a.name()));
      }
    }
    return activities.isEmpty() ? CaeFindings.notApplicable("cae.R7331-6", REF, "cae.R7331-6.none")
        : Conditions.allOf("cae.R7331-6", REF, msg("cae.R7331-6"), activities);
  }

  private static Finding activity(JointActivity a, String p) {
    MessageArg name = MessageArg.text(a.name());
    Finding signed = a.conventionSignedOn().isEmpty()
        ? CaeFindings.decided("cae.R7331-6.signed", Outcome.NOT_SATISFIED, REF, "cae.R7331-6.unsigned", name,
            MessageArg.date(a.startedOn()))
        : Finding.compared("cae.R7331-6.signed", REF, msg("cae.R7331-6.signed", name), concludedBeforehand(a));
    Finding contents = CaeFindings.contents("cae.R7331-6.contents", REF, a.conventionContents(),
        CaeFindings.absent(CONTENTS, a.conventionContents().orElse(List.of())), p + "/conventionContents",
        "cae.R7331-6.contents", "convention.");
    return Conditions.allOf("cae.R7331-6.activity", REF, msg("cae.R7331-6.activity", name), List.of(signed, contents));
  }

  /** "ils concluent préalablement … une convention": signed on or before the activity starts. */
  private static Comparison concludedBeforehand(JointActivity a) {
    return Comparison.of(msg("cae.R7331-6.signed-on"), MessageArg.date(a.conventionSignedOn().get()),
        Operator.AT_MOST, MessageArg.date(a.startedOn()));
  }
}
