package io.github.essrules.rules.cae;

import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.rules.internal.Conditions;

/**
 * C. trav., art. R7331-1 (LEGIARTI000031394604, in force since 1 January 2016):
 *
 * <blockquote>La coopérative d'activité et d'emploi assure l'ensemble des obligations légales,
 * réglementaires et contractuelles inhérentes à l'exercice de l'activité économique de chaque
 * entrepreneur salarié avec lequel elle conclut le contrat d'entrepreneur salarié mentionné au 2°
 * de l'article L. 7331-2. Elle assure notamment les obligations fiscales, sociales et comptables
 * relatives à l'activité de l'entrepreneur salarié.</blockquote>
 *
 * <p>A statement of the CAE ({@link CaeFacts#carriesTaxSocialAndAccountingObligations()}):
 * satisfied if yes, breached if no, undetermined if not given; not applicable to a period that
 * ended before the décret came into force (1 January 2016).
 *
 * <p>Not modelled: each legal, regulatory and contractual obligation one by one.
 *
 * <p>This class is immutable and thread-safe.
 */
final class TaxSocialAccountingObligations {
  static final LegalReference REF = CaeLaw.ref("R7331-1", "");

  private TaxSocialAccountingObligations() {}

  static Finding check(ReportPeriod r) {
    if (r.endsBeforeDecree()) {
      return CaeFindings.beforeDecree("cae.R7331-1", REF);
    }
    return Conditions.stated("cae.R7331-1", REF, r.facts.carriesTaxSocialAndAccountingObligations(),
        "/carriesTaxSocialAndAccountingObligations", "cae.R7331-1");
  }
}
