package io.github.essrules.rules.scic;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.rules.law.LegalTexts;

import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.amounts.LegalParameters;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The statutory rules of a société coopérative d'intérêt collectif (SCIC): loi n° 47-1775 du
 * 10 septembre 1947, titre II ter, and art. 14 and 16.
 *
 * <ul>
 *   <li>form (art. 19 quinquies): SA, SARL or — since loi n° 2014-856, 2 August 2014 — SAS, with a
 *       variable capital;
 *   <li>associés (art. 19 septies): at least three categories, among them the habitual
 *       beneficiaries and the salariés (the producers when there are no salariés);
 *       collectivités publiques together at most 50 % of the capital (20 % before 2 August 2014),
 *       a dated parameter, compared exactly (public capital ≤ cap × total capital);
 *   <li>voting colleges (art. 19 octies, recalled, not read: confidence "unconfirmed"): when the
 *       statuts use them, at least three, each holding between 10 % and 50 % of the votes;
 *   <li>surplus (art. 16 and 19 nonies, secondary sources): at least 15 % to the legal reserve
 *       while the reserves are below the capital, then at least 50 % of the rest to the
 *       statutory reserve, impartible — 57.5 % in all while reserves are below capital, 50 % after;
 *       the minimums are rounded up to the cent so an allocation is never below them, and the
 *       remainder keeps the whole surplus;
 *   <li>interest on shares (art. 14, secondary sources): at most the average TMO of the three
 *       calendar years before the general meeting plus 2 points, compared exactly (3 × rate ≤
 *       sum of the TMO + 6 points); the TMO is the user's figure.
 * </ul>
 *
 * <p>Numbering: Légifrance shows art. 19 septies "after renumbering" as art. 19 octodecies; the
 * renumbering's text and date were not found. The library cites the historical numbers and says
 * so in the references' notes.
 *
 * <p>Each group of conditions sits in a class of its own, its legal computations under the words
 * they implement: {@code ScicForm} (19 quinquies, quoted), {@code ScicAssociates} (19 septies,
 * quoted, with the exception of the producers standing in for absent salariés), {@code
 * ScicColleges} (19 octies, unverified) and {@code ScicSurplus} (art. 14, 16, 19 nonies, secondary).
 *
 * <p>Not modelled: the exclusion of public subsidies from the base of interest on shares, the
 * weighting rules of colleges beyond the thresholds, the SCIC's agrément history (before 2012).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScicRule extends BaseRule<ScicCase> {
  /** The rule's identifier. */
  public static final String ID = "scic";
  /** The day SAS became a SCIC form and the public cap rose to 50 % (loi n° 2014-856). */
  public static final LocalDate LOI_ESS = LocalDate.of(2014, 8, 2);
  /** Art. 19 septies: at least three categories of associés. */
  public static final int MINIMUM_CATEGORIES = 3;
  /** Art. 19 octies: at least three colleges. */
  public static final int MINIMUM_COLLEGES = 3;
  /** Art. 19 octies: no college below 10 % of the votes. */
  public static final BigDecimal COLLEGE_MIN = new BigDecimal("0.10");
  /** Art. 19 octies: no college above 50 % of the votes. */
  public static final BigDecimal COLLEGE_MAX = new BigDecimal("0.50");
  /** Art. 16: 15 % to the legal reserve. */
  public static final BigDecimal LEGAL_RESERVE = new BigDecimal("0.15");
  /** Art. 19 nonies: 50 % of the rest to the statutory reserve. */
  public static final BigDecimal STATUTORY_RESERVE = new BigDecimal("0.50");
  /** Art. 14: TMO plus 2 points. */
  public static final BigDecimal INTEREST_MARGIN = new BigDecimal("0.02");

  private static final String NUMBERING_NOTE =
      "numérotation historique ; Légifrance indique une renumérotation (19 septies → 19 octodecies) dont la date n'est pas établie";

  private static final ScicRule INSTANCE = new ScicRule();

  private ScicRule() {
    super(ID, ScicCase.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static ScicRule get() {
    return INSTANCE;
  }

  static LegalReference loi1947(String article, Confidence confidence) {
    return LegalReference.builder().kind(TextKind.LOI)
        .citation("Loi n° 47-1775 du 10 septembre 1947, art. " + article)
        .confidence(confidence).note(NUMBERING_NOTE).build();
  }

  /**
   * Checks the SCIC's statutory rules.
   *
   * @param c the case, checked with Bean Validation first
   * @param law the date asked about ({@link LawContext#asOf()}), the options of the law in time and
   *     the notices of the evaluation
   * @return the verdict
   * @throws io.github.essrules.core.validation.InvalidInputException if the case is malformed
   * @throws io.github.essrules.core.law.NoLawKnownException before the first known value of the
   *     public capital cap (18 July 2001)
   */
  @Override
  protected Verdict decide(ScicCase c, LawContext law) {
    LocalDate asOf = law.asOf();
    law.article(LegalTexts.LOI_1947_SCIC);
    DatedValue<BigDecimal> cap = law.value(LegalParameters.decimal(LegalParameters.SCIC_PLAFOND_CAPITAL_COLLECTIVITES), asOf);
    List<Finding> findings = new ArrayList<>();
    findings.add(ScicForm.finding(c, asOf));
    findings.add(ScicAssociates.categories(c));
    findings.add(ScicAssociates.publicCapital(c, cap));
    findings.add(ScicColleges.finding(c));
    c.surplus().ifPresent(s -> findings.add(ScicSurplus.surplus(s)));
    c.shareInterest().ifPresent(i -> findings.add(ScicSurplus.interest(i)));
    return Verdict.builder().ruleId(ID).asOf(asOf)
        .outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings).build();
  }

  /**
   * The least allocation of a surplus to the reserves (art. 16 and 19 nonies): 15 % to the legal
   * reserve while the reserves are below the capital, then 50 % of the rest to the statutory
   * reserve, each rounded up to the cent; the remainder is what is left, so the three add up to
   * the surplus exactly. A surplus of zero or less allocates nothing.
   *
   * @param year the year's surplus, reserves and capital
   * @return the allocation
   */
  public static SurplusAllocation minimumAllocation(SurplusYear year) {
    return ScicSurplus.minimumAllocation(year);
  }
}
