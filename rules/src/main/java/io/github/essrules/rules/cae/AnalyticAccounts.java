package io.github.essrules.rules.cae;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.time.MonthSpan;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.internal.Conditions;
import java.util.List;

/**
 * C. trav., art. R7331-5 (LEGIARTI000031394612, in force since 1 January 2016):
 *
 * <blockquote>La coopérative d'activité et d'emploi tient, pour chaque activité économique
 * autonome : 1° Un compte analytique de bilan qui récapitule les éléments de l'actif et du passif ;
 * 2° Un compte analytique de résultat qui récapitule les produits et les charges de l'exercice.
 * L'entrepreneur salarié a accès au système d'information de la coopérative pour consulter le
 * compte d'activité et les opérations comptables qui le concernent, ainsi que pour prendre
 * connaissance de sa situation financière. A défaut de système d'information, ces informations lui
 * sont transmises une fois par mois par la coopérative ou à sa demande pour les besoins de gestion
 * de son activité.</blockquote>
 *
 * <p>The accounts are a statement ({@link EntrepreneurSalarie#analyticAccountsKept()}). The base
 * rule is access to the information system ({@link CaeFacts#informationSystemAccess()}); its
 * exception, "A défaut de système d'information", asks a statement sent for each month elapsed
 * under contract ({@link ReportPeriod#elapsedMonthsUnderContract}).
 *
 * <p>Not modelled: the accounts' contents; statements sent "à sa demande"; R7331-7 (one pair of
 * accounts for several activities of one entrepreneur), a permission that changes no finding.
 *
 * <p>This class is immutable and thread-safe.
 */
final class AnalyticAccounts {
  static final LegalReference REF = CaeLaw.ref("R7331-5", "");

  private AnalyticAccounts() {}

  static Finding check(ReportPeriod r, EntrepreneurSalarie e, String p, MonthSpan elapsed) {
    Finding kept = Conditions.stated("cae.R7331-5.accounts", REF, e.analyticAccountsKept(),
        p + "/analyticAccountsKept", "cae.R7331-5.accounts");
    Finding access = r.facts.informationSystemAccess().isEmpty()
        ? Finding.missing("cae.R7331-5.access", REF, msg("cae.R7331-5.access.unknown"), "/informationSystemAccess")
        : r.facts.informationSystemAccess().get()
            ? CaeFindings.decided("cae.R7331-5.access", Outcome.SATISFIED, REF, "cae.R7331-5.access.yes")
            : withoutInformationSystem(e, p, elapsed);
    return Conditions.allOf("cae.R7331-5", REF, msg("cae.R7331-5"), List.of(kept, access));
  }

  /** The exception: "A défaut de système d'information, ces informations lui sont transmises une fois par mois". */
  private static Finding withoutInformationSystem(EntrepreneurSalarie e, String p, MonthSpan elapsed) {
    return CaeFindings.months("cae.R7331-5.monthly", REF, elapsed, e.monthlyStatementsSent(),
        p + "/monthlyStatementsSent", "cae.R7331-5.monthly");
  }
}
