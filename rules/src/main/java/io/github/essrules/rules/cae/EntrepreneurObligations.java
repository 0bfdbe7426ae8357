package io.github.essrules.rules.cae;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.time.MonthSpan;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.rules.internal.Conditions;
import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * The obligations owed to each entrepreneur salarié (C. trav. L7331-2: "Est entrepreneur salarié
 * d'une coopérative d'activité et d'emploi toute personne physique qui […]") whose contract ran
 * during the period, one finding per person grouping those of {@link ContractClauses},
 * {@link AssocieTermsClause}, {@link InterviewConditionsClause}, {@link AssocieDeadline},
 * {@link TrialPeriod}, {@link AccompanimentInterviews}, {@link AnalyticAccounts},
 * {@link FixedPartMonthly} and {@link VariablePartBalance}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class EntrepreneurObligations {
  static final LegalReference REF = CaeLaw.ref("L7331-2", "");

  private EntrepreneurObligations() {}

  static Finding check(ReportPeriod r) {
    if (r.facts.entrepreneurs().isEmpty()) {
      return Finding.missing("cae.entrepreneurs", REF, msg("cae.entrepreneurs.unknown"), "/entrepreneurs");
    }
    List<EntrepreneurSalarie> all = r.facts.entrepreneurs().get();
    List<Finding> people = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      EntrepreneurSalarie e = all.get(i);
      if (CaeCalendar.contract(e).overlaps(r.days)) {
        people.add(person(r, e, "/entrepreneurs/" + i));
      }
    }
    return Conditions.allOf("cae.entrepreneurs", REF, msg("cae.entrepreneurs", MessageArg.number(people.size())),
        people);
  }

  private static Finding person(ReportPeriod r, EntrepreneurSalarie e, String p) {
    MonthSpan elapsed = r.elapsedMonthsUnderContract(e);
    List<Finding> obligations = List.of(ContractClauses.check(e, p), AssocieTermsClause.check(e, p, r.asOf),
        InterviewConditionsClause.check(e, p, r.asOf), AssocieDeadline.check(r, e, p), TrialPeriod.check(e, p),
        AccompanimentInterviews.check(r, e, p), AnalyticAccounts.check(r, e, p, elapsed),
        FixedPartMonthly.check(e, p, elapsed), VariablePartBalance.check(r, e, p));
    return Conditions.allOf("cae.entrepreneur", REF,
        msg("cae.entrepreneur", MessageArg.text(e.id()), MessageArg.date(e.contractStart())), obligations)
        .about("entrepreneur:" + e.id());
  }
}
