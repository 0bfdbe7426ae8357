package io.github.essrules.rules.scic;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.structure.CompanyType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The form of a SCIC: loi n° 47-1775, art. 19 quinquies.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ScicForm {
  private ScicForm() {}

  // ---- the law ---------------------------------------------------------------------------------

  /**
   * Art. 19 quinquies, first alinéa, as loi n° 2001-624 (art. 36) wrote it: "Les sociétés
   * coopératives d'intérêt collectif sont des sociétés anonymes ou des sociétés à responsabilité
   * limitée à capital variable régies, sous réserve des dispositions de la présente loi, par le code
   * de commerce." Loi n° 2014-856, art. 33, in force from {@link ScicRule#LOI_ESS}: "après le mot :
   * « anonymes », sont insérés les mots : «, des sociétés par actions simplifiées »" (both read in
   * copies of the Journal officiel: the Sénat's record of 25 June 2001, and JORFARTI000029313828).
   *
   * @param asOf the date assessed
   * @return the company types allowed on that date
   */
  static Set<CompanyType> allowedForms(LocalDate asOf) {
    return asOf.isBefore(ScicRule.LOI_ESS) ? EnumSet.of(CompanyType.SA, CompanyType.SARL)
        : EnumSet.of(CompanyType.SA, CompanyType.SARL, CompanyType.SAS);
  }

  // ---- the findings ------------------------------------------------------------------------------

  static Finding finding(ScicCase c, LocalDate asOf) {
    LegalReference ref = ScicRule.loi1947("19 quinquies", Confidence.VERIFIED);
    CompanyType type = c.organisation().companyType().orElseThrow();
    boolean allowed = allowedForms(asOf).contains(type);
    Finding typeOk = Conditions.decided("scic.form.type", Outcome.of(allowed), ref,
        msg(allowed ? "scic.form.type.yes" : "scic.form.type.no", MessageArg.text(type.name()), MessageArg.date(asOf)));
    // "à capital variable": a fact of the statuts
    Finding variable = Conditions.stated("scic.form.variable-capital", ref, c.variableCapital(), "/variableCapital",
        "scic.form.variable-capital");
    return Conditions.allOf("scic.form", ref, msg("scic.form"), List.of(typeOk, variable));
  }
}
