package io.github.essrules.rules.cae;

import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.rules.internal.Conditions;

/**
 * C. trav., art. R7331-4 (LEGIARTI000031394610, in force since 1 January 2016):
 *
 * <blockquote>Sans préjudice des dispositions de l'article L. 7332-2, la coopérative d'activité
 * et d'emploi informe et conseille les entrepreneurs salariés aux fins d'assurer leur sécurité ou
 * de protéger leur santé dans l'exercice de leur activité.</blockquote>
 *
 * <p>A statement of the CAE ({@link CaeFacts#informsOnSafetyAndHealth()}): satisfied if yes,
 * breached if no, undetermined if not given; not applicable to a period that ended before the décret
 * came into force (1 January 2016).
 *
 * <p>Not modelled: L7332-2 (the employer's duties of health and safety).
 *
 * <p>This class is immutable and thread-safe.
 */
final class SafetyAndHealthInformation {
  static final LegalReference REF = CaeLaw.ref("R7331-4", "");

  private SafetyAndHealthInformation() {}

  static Finding check(ReportPeriod r) {
    if (r.endsBeforeDecree()) {
      return CaeFindings.beforeDecree("cae.R7331-4", REF);
    }
    return Conditions.stated("cae.R7331-4", REF, r.facts.informsOnSafetyAndHealth(), "/informsOnSafetyAndHealth",
        "cae.R7331-4");
  }
}
