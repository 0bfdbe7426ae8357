package io.github.essrules.rules.association;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.rules.law.LegalTexts;

import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.internal.Conditions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of an association loi 1901, section by section:
 * <ul>
 *   <li><b>formation</b> (loi du 1er juillet 1901, art. 1, 2, 5): two founders or more; legal
 *       capacity only once declared; each change declared within three months of the decision.
 *       Associations of Alsace-Moselle follow the local civil code: not applicable.
 *   <li><b>gestion désintéressée</b> (CGI 261-7-1° d; BOI-IS-CHAMP-10-50-10-20): the three
 *       conditions, and the dirigeants' remuneration — each month within three quarters of the
 *       monthly SMIC of that month ("n'excède pas"), or else the legal regime: one, two or three
 *       paid dirigeants when the own resources of the three previous years average more than
 *       200 000, 500 000 or 1 000 000 € ("excède", compared as the three-year sum against three
 *       times the threshold, without dividing), each paid at most 3 × the annual PSS of the year,
 *       and the five statutory and transparency conditions.
 *   <li><b>franchise des impôts commerciaux</b> (CGI 206-1 bis): gestion désintéressée, the
 *       non-lucrative activities significantly predominant, and the year's lucrative receipts not
 *       exceeding the year's threshold — a dated table; a year without a known value is refused
 *       ({@link io.github.essrules.core.law.NoLawKnownException}), never extrapolated.
 *   <li><b>lucrativity</b> (BOI-IS-CHAMP-10-50-10, the "4P" method): not désintéressée → lucrative;
 *       not in competition with businesses → not lucrative; otherwise the product, public, price
 *       and publicity are compared with a business: all like a business → lucrative, all different
 *       → not lucrative, mixed → the overall assessment the facts give, or undetermined naming what
 *       is missing. A qualitative method modelled as a guided questionnaire, not a formula.
 * </ul>
 * The tax texts were read in secondary sources: their findings have confidence "secondary".
 *
 * <p>Each section sits in a class of its own, its legal computations under the words they
 * implement: {@code Formation} (loi 1901, quoted), {@code GestionDesinteressee} and
 * {@code DirigeantsLegalRegime} (CGI 261-7-1° d, its two exceptions to unpaid management named),
 * {@code FranchiseImpotsCommerciaux} (CGI 206-1 bis) and {@code Lucrativity} (BOI 4P).
 *
 * <p>Not modelled: associations of Alsace-Moselle, the 2 bis rules for minors, the tax receipts
 * for donors (CGI 200), the IS/TVA/CFE differences of the franchise's calendar.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AssociationRule extends BaseRule<AssociationCase> {
  /** The rule's identifier. */
  public static final String ID = "association";
  /** Loi 1901, art. 1: "deux ou plusieurs personnes". */
  public static final int MINIMUM_FOUNDERS = 2;
  /** Loi 1901, art. 5: changes declared "dans les trois mois". */
  public static final int CHANGE_DECLARATION_MONTHS = 3;

  /** The sections of the rule. */
  public enum Section {
    /** Formation and declaration (loi 1901). */
    FORMATION,
    /** Gestion désintéressée (CGI 261-7-1° d). */
    GESTION_DESINTERESSEE,
    /** Franchise des impôts commerciaux (CGI 206-1 bis). */
    FRANCHISE,
    /** Lucrativity test (4P). */
    LUCRATIVITY
  }

  private static final AssociationRule INSTANCE = new AssociationRule();

  private AssociationRule() {
    super(ID, AssociationCase.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static AssociationRule get() {
    return INSTANCE;
  }

  /**
   * Applies the sections asked for.
   *
   * @param c the case, checked with Bean Validation first
   * @param law the date asked about ({@link LawContext#asOf()}), the options of the law in time and
   *     the notices of the evaluation
   * @return the verdict, one finding per section
   * @throws io.github.essrules.core.validation.InvalidInputException if the case is malformed
   * @throws io.github.essrules.core.law.NoLawKnownException for a year whose amounts the library
   *     does not know
   */
  @Override
  protected Verdict decide(AssociationCase c, LawContext law) {
    LocalDate asOf = law.asOf();
    law.article(LegalTexts.ASSOCIATION);
    Set<Section> sections = c.sections().isEmpty() ? EnumSet.allOf(Section.class) : EnumSet.copyOf(c.sections());
    List<Finding> findings = new ArrayList<>();
    if (sections.contains(Section.FORMATION)) {
      findings.add(Formation.finding(c, asOf));
    }
    Finding gestion = null;
    if (sections.contains(Section.GESTION_DESINTERESSEE) || sections.contains(Section.FRANCHISE)
        || sections.contains(Section.LUCRATIVITY)) {
      gestion = GestionDesinteressee.finding(c, law);
    }
    if (sections.contains(Section.GESTION_DESINTERESSEE)) {
      findings.add(gestion);
    }
    if (sections.contains(Section.FRANCHISE)) {
      findings.add(FranchiseImpotsCommerciaux.finding(c, gestion, law));
    }
    if (sections.contains(Section.LUCRATIVITY)) {
      findings.add(Lucrativity.finding(c, gestion));
    }
    return Verdict.builder().ruleId(ID).asOf(asOf)
        .outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings).build();
  }
}
