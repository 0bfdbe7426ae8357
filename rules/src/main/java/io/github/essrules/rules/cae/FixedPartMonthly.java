package io.github.essrules.rules.cae;

import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.time.MonthSpan;
import io.github.essrules.core.verdict.Finding;

/**
 * C. trav., art. R7331-11, 1° (LEGIARTI000031394626, in force since 1 January 2016):
 *
 * <blockquote>La rémunération prévue à l'article L. 7332-3, fixée au contrat, est composée : 1°
 * D'une part fixe versée mensuellement dont le montant est déterminé forfaitairement en fonction
 * des objectifs d'activités minimales définis dans le contrat de l'entrepreneur salarié
 * […].</blockquote>
 *
 * <p>"versée mensuellement": the fixed part paid for each month elapsed under contract in the
 * period ({@link ReportPeriod#elapsedMonthsUnderContract}); a month not listed in
 * {@link EntrepreneurSalarie#fixedPartPaidMonths()} was not paid.
 *
 * <p>Not modelled: the amount (see {@link CaeRemuneration}); the optional monthly advance on the
 * variable part (2°).
 *
 * <p>This class is immutable and thread-safe.
 */
final class FixedPartMonthly {
  static final LegalReference REF = CaeLaw.ref("R7331-11", "1°");

  private FixedPartMonthly() {}

  static Finding check(EntrepreneurSalarie e, String p, MonthSpan elapsed) {
    return CaeFindings.months("cae.R7331-11", REF, elapsed, e.fixedPartPaidMonths(), p + "/fixedPartPaidMonths",
        "cae.R7331-11");
  }
}
