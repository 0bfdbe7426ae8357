package io.github.essrules.rules.ess;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.CitedText;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.internal.Titles;
import io.github.essrules.rules.law.LegalTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an organisation belongs to the social and solidarity economy: loi n° 2014-856 du
 * 31 juillet 2014 relative à l'économie sociale et solidaire, art. 1.
 *
 * <p>The verdict has three findings, all of which must hold:
 * <ol>
 *   <li>{@code ess.I.legal-person}: the organisation is a private-law legal person (I, first
 *       sentence) — an entreprise individuelle or a public body is not;
 *   <li>{@code ess.I}: the three cumulative conditions of I — 1° a purpose other than sharing
 *       profits, 2° democratic governance defined by the statuts, 3° management: a) profits
 *       mostly devoted to the activity, b) undistributable mandatory reserves, c) the boni de
 *       liquidation to another ESS enterprise;
 *   <li>{@code ess.II}: the route of II — by form for cooperatives, mutuelles, mutual insurance
 *       companies, fondations and associations (1°); for a commercial company (2°): a) the
 *       conditions of I, b) social utility in the statuts, c) the management principles, stated
 *       in the statuts and applied in each financial year given, and the registration with the
 *       ESS mention.
 * </ol>
 *
 * <p>The management principles of II, 2°, c, for each financial year, with the fractions of the
 * arrêté du 3 août 2015 as dated parameters: at least 20 % of the profit to the fonds de
 * développement while the reserves are below one fifth of the capital ("tant que … n'atteint
 * pas": reserves {@code <} capital / 5); at least 50 % of the profit to the report bénéficiaire and
 * the mandatory reserves; no amortisation of capital and no reduction not motivated by losses.
 * The prior losses are deducted from the profit before both fractions: the text ends each of
 * the two principles with "Les bénéfices sont diminués, le cas échéant, des pertes antérieures",
 * and articles 1 and 2 of the arrêté du 3 août 2015 both take their fraction "sur le bénéfice de
 * l'exercice, diminué le cas échéant des pertes antérieures" [S: the law's words as an ESUS
 * application form quotes them, the arrêté as published at the JORF n° 184 of 11 August 2015,
 * read through a mirror]. The same sources letter the company's conditions a) the conditions of
 * I, b) social utility, c) the management principles (earlier versions of the library
 * cited them b) and a)). A year without profit after prior losses makes both allocation tests not
 * applicable. The allocations are compared exactly (no rounding).
 *
 * <p><b>Where the law is.</b> The words of art. 1, I sit above the methods that implement them
 * here; the management principles of II, 2°, c are computed in {@code ManagementPrinciples}, and
 * their findings built in {@code ManagementFindings}.
 *
 * <p>Not modelled: the conditions of the décret on a capital reduction that ensures the
 * continuity of the activity (the finding is satisfied with confidence "unconfirmed"), the
 * incorporation of reserves into capital (I, 3°, b, second sentence), the versions of art. 1
 * after 2 August 2014 (none is known to the project; the rule applies the text of 2014 to every
 * date from 2 August 2014 and refuses earlier dates). The statements of I are taken as given;
 * the library does not read statuts.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @see <a href="https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000029313296">Loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire</a>
 */
public final class EssMembershipRule extends BaseRule<EssMembershipFacts> {
  /** The rule's identifier. */
  public static final String ID = "ess-membership";
  /** The day loi n° 2014-856 came into force: the rule refuses earlier dates. */
  public static final LocalDate IN_FORCE_SINCE = LocalDate.of(2014, 8, 2);
  /** The Légifrance identifier of loi n° 2014-856. */
  public static final String LOI_ESS = "JORFTEXT000029313296";
  private static final CitedText ARTICLE_1 =
      CitedText.of(TextKind.LOI, "Loi n° 2014-856 du 31 juillet 2014, art. 1", LOI_ESS);

  private static final EssMembershipRule INSTANCE = new EssMembershipRule();

  private EssMembershipRule() {
    super(ID, EssMembershipFacts.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static EssMembershipRule get() {
    return INSTANCE;
  }

  /**
   * A reference to art. 1 of loi n° 2014-856 or a part of it.
   *
   * @param part the part, such as {@code "II, 2°, c"}, or empty
   * @param confidence the confidence
   * @return the reference
   */
  public static LegalReference article1(String part, Confidence confidence) {
    return ARTICLE_1.part(part, confidence);
  }

  /**
   * Decides whether the organisation belongs to the ESS on a date.
   *
   * @param facts the facts, checked with Bean Validation first
   * @param law the date asked about ({@link LawContext#asOf()}), the options of the law in time and
   *     the notices of the evaluation
   * @return the verdict
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed
   * @throws NoLawKnownException before 2 August 2014
   */
  @Override
  protected Verdict decide(EssMembershipFacts facts, LawContext law) {
    LocalDate asOf = law.asOf();
    law.article(LegalTexts.LOI_ESS_ART_1);
    Finding membership = membership(facts, law, "");
    return Verdict.builder()
        .ruleId(ID)
        .asOf(asOf)
        .outcome(membership.outcome())
        .addAllFindings(membership.children())
        .build();
  }

  /**
   * The membership as one finding whose children are the three findings of the verdict, for a
   * rule that needs ESS membership as one of its conditions (the ESUS agrément).
   *
   * @param facts the facts, already validated
   * @param law the evaluation's context: the date whose law applies, the options, the notices
   * @param pointer the JSON pointer of the facts in the caller's input, such as {@code "/ess"},
   *     prefixed to the missing facts
   * @return the finding {@code ess}
   * @throws NoLawKnownException before 2 August 2014
   */
  public Finding membership(EssMembershipFacts facts, LawContext law, String pointer) {
    LocalDate asOf = law.asOf();
    law.article(LegalTexts.LOI_ESS_ART_1);
    if (asOf.isBefore(IN_FORCE_SINCE)) {
      throw new NoLawKnownException("Loi n° 2014-856, art. 1 (économie sociale et solidaire)", asOf,
          IN_FORCE_SINCE + " →");
    }
    List<Finding> findings = new ArrayList<>(3);
    findings.add(legalPerson(facts));
    findings.add(conditionsOfI(facts, pointer));
    findings.add(routeOfII(facts, law, pointer));
    return Conditions.allOf("ess", REF_ART_1,
        msg("ess", MessageArg.term("form." + facts.legalForm().name())), findings);
  }

  /**
   * Art. 1, I, first sentence (version of 2 August 2014, LEGIARTI000029314926; words read in a
   * Légifrance mirror, doctrine.fr):
   *
   * <blockquote>I. - L'économie sociale et solidaire est un mode d'entreprendre et de développement
   * économique adapté à tous les domaines de l'activité humaine auquel adhèrent des personnes
   * morales de droit privé qui remplissent les conditions cumulatives suivantes :</blockquote>
   *
   * @param form the legal form
   * @return whether the organisation is a private-law legal person
   */
  static boolean privateLawLegalPerson(LegalForm form) {
    return form.family() != LegalForm.Family.NOT_A_PRIVATE_LEGAL_PERSON;
  }

  private static Finding legalPerson(EssMembershipFacts facts) {
    boolean privateLegalPerson = privateLawLegalPerson(facts.legalForm());
    return Conditions.decided("ess.I.legal-person", Outcome.of(privateLegalPerson), REF_ART_1_I,
        msg(privateLegalPerson ? "ess.I.legal-person.yes" : "ess.I.legal-person.no",
            MessageArg.term("form." + facts.legalForm().name())));
  }

  /**
   * Art. 1, I, 1° to 3° (same version and source), each stated by the user from the statuts and
   * the management — the library does not read statuts:
   *
   * <blockquote>1° Un but poursuivi autre que le seul partage des bénéfices ; 2° Une gouvernance
   * démocratique, définie et organisée par les statuts, prévoyant l'information et la
   * participation, dont l'expression n'est pas seulement liée à leur apport en capital ou au
   * montant de leur contribution financière, des associés, des salariés et des parties prenantes
   * aux réalisations de l'entreprise ; 3° Une gestion conforme aux principes suivants : a) Les
   * bénéfices sont majoritairement consacrés à l'objectif de maintien ou de développement de
   * l'activité de l'entreprise ; b) Les réserves obligatoires constituées, impartageables, ne
   * peuvent pas être distribuées. […]</blockquote>
   *
   * <p>c) (the boni de liquidation to another ESS enterprise) was not read verbatim: see {@code
   * shared/law/ess-and-esus.md}.
   */
  private static Finding conditionsOfI(EssMembershipFacts f, String p) {
    List<Finding> management = List.of(
        Conditions.stated("ess.I.3.a", REF_ART_1_I_3_A, f.profitsMostlyForActivity(),
            p + "/profitsMostlyForActivity", "ess.I.3.a"),
        Conditions.stated("ess.I.3.b", REF_ART_1_I_3_B, f.mandatoryReservesUndistributable(),
            p + "/mandatoryReservesUndistributable", "ess.I.3.b"),
        Conditions.stated("ess.I.3.c", REF_ART_1_I_3_C, f.liquidationSurplusToEss(),
            p + "/liquidationSurplusToEss", "ess.I.3.c"));
    List<Finding> conditions = List.of(
        Conditions.stated("ess.I.1", REF_ART_1_I_1, f.purposeOtherThanSharingProfits(),
            p + "/purposeOtherThanSharingProfits", "ess.I.1"),
        Conditions.stated("ess.I.2", REF_ART_1_I_2, f.democraticGovernance(),
            p + "/democraticGovernance", "ess.I.2"),
        Conditions.allOf("ess.I.3", REF_ART_1_I_3, msg("ess.I.3"), management));
    return Conditions.allOf("ess.I", REF_ART_1_I, msg("ess.I"), conditions);
  }

  /**
   * Art. 1, II (not read verbatim; in substance, from the project's notes): the ESS is made of
   * the activities of 1° cooperatives, mutuelles, mutual insurance companies, fondations and
   * associations — by their form — and 2° commercial companies that meet the conditions of
   * {@code ManagementFindings.commercialCompany}.
   */
  private static Finding routeOfII(EssMembershipFacts f, LawContext law, String p) {
    MessageArg form = MessageArg.term("form." + f.legalForm().name());
    switch (f.legalForm().family()) {
      case BY_FORM:
        return Conditions.decided("ess.II", Outcome.SATISFIED, REF_ART_1_II_1,
            msg("ess.II.1", form));
      case COMMERCIAL:
        return ManagementFindings.commercialCompany(f, law, p);
      default:
        return Conditions.decided("ess.II", Outcome.NOT_SATISFIED, REF_ART_1_II,
            msg("ess.II.none", form));
    }
  }

  // references cited with fixed parts, built once
  private static final LegalReference REF_ART_1 = article1("", Confidence.VERIFIED);
  private static final LegalReference REF_ART_1_I = article1("I", Confidence.VERIFIED);
  private static final LegalReference REF_ART_1_II = article1("II", Confidence.VERIFIED);
  private static final LegalReference REF_ART_1_II_1 = article1("II, 1°", Confidence.VERIFIED);
  private static final LegalReference REF_ART_1_I_1 = article1("I, 1°", Confidence.VERIFIED);
  private static final LegalReference REF_ART_1_I_2 = article1("I, 2°", Confidence.VERIFIED);
  private static final LegalReference REF_ART_1_I_3 = article1("I, 3°", Confidence.VERIFIED);
  private static final LegalReference REF_ART_1_I_3_A = article1("I, 3°, a", Confidence.VERIFIED);
  private static final LegalReference REF_ART_1_I_3_B = article1("I, 3°, b", Confidence.VERIFIED);
  private static final LegalReference REF_ART_1_I_3_C = article1("I, 3°, c", Confidence.VERIFIED);
}
