package io.github.essrules.rules.esus;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.verdict.LawContext;
import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.ArticleVersion;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.ess.EssMembershipRule;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.structure.Organisation;
import io.github.essrules.rules.structure.Qualifications;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Whether an enterprise can claim the agrément "entreprise solidaire d'utilité sociale" (ESUS):
 * C. trav. L3332-17-1 in its version in force since 1 January 2025, with R3332-21-1
 * (charge induite) and R3332-21-2 (dirigeants).
 *
 * <p>Two routes:
 * <ul>
 *   <li><b>de plein droit</b> (II), when the facts name a {@link PleinDroitCategory}: ESS
 *       membership (art. 1 of loi n° 2014-856), the pay cap (I, 3°) and no listed equity (I, 4°);
 *       for 13° also an association or fondation with a social utility of art. 2;
 *   <li><b>general</b> (I): ESS membership and the five cumulative conditions 1° to 5°.
 * </ul>
 * Each condition is its own finding, numbered as in the article ({@code esus.I.1} … {@code
 * esus.I.5}, {@code esus.II}, {@code ess}), so a partially known case still reports every
 * condition it can decide, and an undetermined one names the facts that would settle it.
 *
 * <p><b>1°, main purpose.</b> a) persons made fragile (art. 2, 1°) or b) an objective of art. 2,
 * 2° to 5°; 4° counts only with an impact through 1°, 2° or 3°; 5° is accepted as stated, its
 * wording not modelled (confidence "unconfirmed").
 *
 * <p><b>2°, charge induite</b> (R3332-21-1): either the operating charges of social-utility
 * activities are at least 66 % of all operating charges, or the ratio (dividends + remuneration
 * of non-bank financing) ÷ (equity + that financing) is below the TMO plus 5 % with the
 * commitment to keep it — over the last three financial years closed before the application, or
 * all closed years of an enterprise created less than three years before it, or (renewal,
 * R3332-21-3, III) every year of the previous agrément. The library reads "au cours des trois
 * derniers exercices clos" as "in each of those years" and "majoré d'un taux de 5 %" as
 * "plus 5 percentage points"; both readings are stated in a notice. Both tests compare exact
 * products (social ≥ 0.66 × total; numerator {@code <} (TMO + 5 %) × denominator), never rounded
 * ratios. The TMO is the user's figure for each year.
 *
 * <p><b>3°, pay cap.</b> For each calendar year given: the reference is the full-time annual
 * remuneration at the SMIC — the monthly SMIC (hourly × 151.67, rounded to the cent, half up) of
 * each month summed over the year, so a year in which the SMIC changed is prorated by months
 * ({@link io.github.essrules.rules.amounts.Smic#annualForYear(int)}) — or the branch minimum when
 * the user gives a higher one. a) the average of the five best paid, in full-time equivalent,
 * does not exceed 7 × the reference; b) the best paid does not exceed 10 × it ("n'excède pas":
 * equality passes). A part-time pay is divided by its full-time ratio and rounded to the cent,
 * half up (the text is silent on rounding). With fewer than five persons listed, the average is
 * over those listed only if the facts say they are all the paid persons.
 *
 * <p><b>Dates.</b> Refused before 24 May 2019 ({@link NoLawKnownException}): the versions of
 * L3332-17-1 in force before loi PACTE had other conditions (see {@link EsusLaw}). From then to
 * 31 December 2024 the 2025 text is applied with a notice naming the version in force, whose
 * conditions were compared word for word: objective 5° of art. 2 counts only from
 * 1 January 2025, II 16° only from 23 February 2022. After the day the articles were last
 * verified, they are presumed unchanged up to the horizon of the {@link
 * io.github.essrules.core.law.LawPolicy} (notice, confidence "presumed"), then refused.
 *
 * <p>Not modelled: the fifth objective's wording; the list of dirigeants of CGI art. 885 O bis
 * (the user says who is a dirigeant); the assimilated collective investments of III; the
 * arrêté's composition of the application file; the versions of L3332-17-1 before 2025.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @see <a href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049720096">C. trav., art. L3332-17-1 (version du 1er janvier 2025)</a>
 * @see <a href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000030776877">C. trav., art. R3332-21-1</a>
 */
public final class EsusRule extends BaseRule<EsusFacts> {
  /** The rule's identifier. */
  public static final String ID = "esus";

  private static final EsusRule INSTANCE = new EsusRule();

  private EsusRule() {
    super(ID, EsusFacts.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static EsusRule get() {
    return INSTANCE;
  }

  /**
   * Decides whether the enterprise can claim the ESUS agrément under the law of a date.
   *
   * @param facts the facts, checked with Bean Validation first
   * @param law the date asked about ({@link LawContext#asOf()}), the options of the law in time and
   *     the notices of the evaluation
   * @return the verdict
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed
   * @throws NoLawKnownException before 24 May 2019, beyond the horizon of presumption, or for a
   *     pay year whose SMIC the library does not know for every month
   */
  @Override
  protected Verdict decide(EsusFacts facts, LawContext law) {
    LocalDate asOf = law.asOf();
    if (asOf.isBefore(EsusLaw.FIRST_DAY)) {
      throw new NoLawKnownException("C. trav., art. L3332-17-1 (agrément ESUS)", asOf,
          EsusLaw.FIRST_DAY + " → " + EsusLaw.L3332_17_1.lastDayServed(law.policy()));
    }
    Map<String, Notice> notices = PayCap.newNotices();
    ArticleVersion inForce = law.article(EsusLaw.L3332_17_1);
    EsusLaw.versionNotice(EsusLaw.L3332_17_1, inForce, asOf, Confidence.VERIFIED)
        .ifPresent(n -> notices.put("version." + EsusLaw.L3332_17_1.citation(), n));
    law.article(EsusLaw.R3332_21_1);
    law.article(EsusLaw.R3332_21_2);
    List<Finding> findings = new ArrayList<>();
    if (facts.pleinDroitCategory().isPresent()) {
      PleinDroitCategory category = facts.pleinDroitCategory().get();
      boolean exists = category != PleinDroitCategory.HABITAT_INCLUSIF || !asOf.isBefore(EsusLaw.CATEGORY_16_FROM);
      findings.add(Conditions.decided("esus.II", Outcome.of(exists), EsusLaw.L3332_17_1.reference(
          "II, " + category.number() + "°", Confidence.VERIFIED),
          exists ? msg("esus.II", MessageArg.number(category.number()), MessageArg.term("category." + category.name()))
              : msg("esus.II.not-yet", MessageArg.number(category.number()), MessageArg.term("category." + category.name()),
                  MessageArg.date(EsusLaw.CATEGORY_16_FROM))));
      findings.add(EssMembershipRule.get().membership(facts.ess(), law, "/ess"));
      if (category == PleinDroitCategory.ASSOCIATION_FONDATION_RUP) {
        findings.add(recognisedOfPublicUtility(facts, asOf));
      }
      findings.add(PayCap.evaluate(facts, notices, law));
      findings.add(equity(facts));
    } else {
      pleinDroitHints(facts, notices);
      findings.add(Conditions.decided("esus.route", Outcome.NOT_APPLICABLE,
          REF_L3332_17_1_II, msg("esus.route.general")));
      findings.add(EssMembershipRule.get().membership(facts.ess(), law, "/ess"));
      findings.add(mainPurpose(facts, "esus.I.1", REF_L3332_17_1_I_1, asOf));
      findings.add(ChargeInduite.evaluate(facts, law, notices));
      findings.add(PayCap.evaluate(facts, notices, law));
      findings.add(equity(facts));
      findings.add(Conditions.stated("esus.I.5", REF_L3332_17_1_I_5,
          facts.purposeInStatuts(), "/purposeInStatuts", "esus.I.5"));
    }
    return Verdict.builder()
        .ruleId(ID)
        .asOf(asOf)
        .outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings)
        .addAllNotices(notices.values())
        .build();
  }

  /**
   * The categories of II the organisation's qualifications point at, when no category was
   * declared: a notice for each, so the user can take the route de plein droit — never chosen for
   * them (the préfet grants it on justification, R3332-21-3, IV).
   */
  private static void pleinDroitHints(EsusFacts facts, Map<String, Notice> notices) {
    if (facts.organisation().isEmpty()) {
      return;
    }
    Organisation o = facts.organisation().get();
    List<PleinDroitCategory> hints = new ArrayList<>();
    for (Qualifications.SiaeConvention s : o.qualifications(Qualifications.SiaeConvention.class).orElse(List.of())) {
      switch (s.kind()) {
        case EI:
          hints.add(PleinDroitCategory.ENTREPRISE_INSERTION);
          break;
        case ETTI:
          hints.add(PleinDroitCategory.ENTREPRISE_TRAVAIL_TEMPORAIRE_INSERTION);
          break;
        case AI:
          hints.add(PleinDroitCategory.ASSOCIATION_INTERMEDIAIRE);
          break;
        case ACI:
          hints.add(PleinDroitCategory.ATELIER_CHANTIER_INSERTION);
          break;
        default:
          break;
      }
    }
    if (!o.qualifications(Qualifications.RegieDeQuartierLabel.class).orElse(List.of()).isEmpty()) {
      hints.add(PleinDroitCategory.REGIE_DE_QUARTIER);
    }
    if (!o.qualifications(Qualifications.UtilitePublique.class).orElse(List.of()).isEmpty()) {
      hints.add(PleinDroitCategory.ASSOCIATION_FONDATION_RUP);
    }
    for (PleinDroitCategory c : hints) {
      notices.putIfAbsent("hint." + c, Notice.of("esus.plein-droit-hint",
          EsusLaw.L3332_17_1.reference("II, " + c.number() + "°", Confidence.VERIFIED),
          msg("esus.notice.plein-droit-hint", MessageArg.number(c.number()), MessageArg.term("category." + c.name()))));
    }
  }

  /** I, 1°, or the social utility of art. 2 asked of II, 13°: the objectives pursued. */
  private static Finding mainPurpose(EsusFacts facts, String id, LegalReference ref, LocalDate asOf) {
    if (facts.mainPurpose().isEmpty()) {
      return Conditions.missing(id, ref, msg("esus.I.1.missing"), List.of("/mainPurpose"));
    }
    MainPurpose purpose = facts.mainPurpose().get();
    if (purpose.objectives().isEmpty()) {
      return Conditions.missing(id, ref, msg("esus.I.1.missing"), List.of("/mainPurpose/objectives"));
    }
    List<UtilityObjective> pursued = purpose.objectives().get();
    boolean fragile = pursued.contains(UtilityObjective.FRAGILE_PERSONS);
    Finding a = Conditions.decided(id + ".a", Outcome.of(fragile), REF_ART_2_1_SECONDARY,
        msg(fragile ? "esus.I.1.a.yes" : "esus.I.1.a.no"));
    List<Finding> others = new ArrayList<>();
    // an EnumSet iterates once per objective, in the order of article 2
    EnumSet<UtilityObjective> objectives = EnumSet.noneOf(UtilityObjective.class);
    objectives.addAll(pursued);
    for (UtilityObjective o : objectives) {
      switch (o) {
        case EXCLUSION_AND_COHESION:
        case CITIZENSHIP_EDUCATION:
          others.add(Conditions.decided(id + ".b." + o.number(), Outcome.SATISFIED,
              EsusLaw.article2(o.number() + "°", Confidence.SECONDARY),
              msg("esus.I.1.b.objective", MessageArg.term("objective." + o.name()))));
          break;
        case SUSTAINABLE_DEVELOPMENT:
          if (purpose.sustainableDevelopmentImpactThrough().isEmpty()) {
            others.add(Conditions.missing(id + ".b.4", REF_ART_2_4_SECONDARY, msg("esus.I.1.b.4.unknown"),
                List.of("/mainPurpose/sustainableDevelopmentImpactThrough")));
            break;
          }
          EnumSet<UtilityObjective> impact = EnumSet.noneOf(UtilityObjective.class);
          impact.addAll(purpose.sustainableDevelopmentImpactThrough().get());
          List<UtilityObjective> through = new ArrayList<>(3);
          for (UtilityObjective t : impact) {
            if (t.number() <= 3) {
              through.add(t);
            }
          }
          others.add(Conditions.decided(id + ".b.4", Outcome.of(!through.isEmpty()),
              REF_ART_2_4_SECONDARY,
              through.isEmpty() ? msg("esus.I.1.b.4.alone")
                  : msg("esus.I.1.b.4.through", MessageArg.text(numbers(through)))));
          break;
        case OBJECTIVE_5:
          // L3332-17-1, I, 1° b cites "2°, 3° ou 4°" until 31 December 2024 and "2°, 3°, 4° ou 5°"
          // since 1 January 2025 (loi n° 2024-537): before that day the fifth objective never counts
          if (asOf.isBefore(EsusLaw.OBJECTIVE_5_FROM)) {
            others.add(Conditions.decided(id + ".b.5", Outcome.NOT_SATISFIED,
                EsusLaw.L3332_17_1.reference("I, 1°, b", Confidence.VERIFIED),
                msg("esus.I.1.b.5.not-yet", MessageArg.date(EsusLaw.OBJECTIVE_5_FROM))));
          } else {
            others.add(Conditions.decided(id + ".b.5", Outcome.SATISFIED,
                REF_ART_2_5_UNCONFIRMED,
                msg("esus.I.1.b.5", MessageArg.text(purpose.objective5Description().orElse("—")))));
          }
          break;
        default:
          break;
      }
    }
    if (others.isEmpty()) {
      others.add(Conditions.decided(id + ".b.none", Outcome.NOT_SATISFIED,
          REF_ART_2_SECONDARY, msg("esus.I.1.b.none")));
    }
    Finding b = Conditions.anyOf(id + ".b", REF_ART_2_SECONDARY, msg("esus.I.1.b"), others);
    return Conditions.anyOf(id, ref, msg("esus.I.1"), List.of(a, b));
  }

  private static String numbers(List<UtilityObjective> objectives) {
    StringBuilder s = new StringBuilder();
    for (UtilityObjective o : objectives) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(o.number()).append('°');
    }
    return s.toString();
  }

  private static Finding recognisedOfPublicUtility(EsusFacts facts, LocalDate asOf) {
    LegalForm form = facts.ess().legalForm();
    boolean formOk = form == LegalForm.ASSOCIATION || form == LegalForm.FONDATION;
    LegalReference ref = REF_L3332_17_1_II_13;
    Finding formFinding = Conditions.decided("esus.II.13.form", Outcome.of(formOk), ref,
        msg(formOk ? "esus.II.13.form.yes" : "esus.II.13.form.no", MessageArg.term("form." + form.name())));
    Finding utility = mainPurpose(facts, "esus.II.13.utility", REF_ART_2_SECONDARY, asOf);
    return Conditions.allOf("esus.II.13", ref, msg("esus.II.13"), List.of(formFinding, utility));
  }

  private static Finding equity(EsusFacts facts) {
    LegalReference ref = REF_L3332_17_1_I_4;
    if (facts.equitySecurities().isEmpty()) {
      return Conditions.missing("esus.I.4", ref, msg("esus.I.4.missing"), List.of("/equitySecurities"));
    }
    EquitySecurities e = facts.equitySecurities().get();
    return Conditions.decided("esus.I.4", Outcome.of(e != EquitySecurities.ADMITTED_TO_TRADING), ref,
        msg(EQUITY_KEYS[e.ordinal()]));
  }

  private static final String[] EQUITY_KEYS = equityKeys();

  private static String[] equityKeys() {
    String[] keys = new String[EquitySecurities.values().length];
    for (EquitySecurities e : EquitySecurities.values()) {
      keys[e.ordinal()] = "esus.I.4." + e.name();
    }
    return keys;
  }

  // references cited with fixed parts, built once
  private static final LegalReference REF_ART_2_1_SECONDARY = EsusLaw.article2("1°", Confidence.SECONDARY);
  private static final LegalReference REF_ART_2_4_SECONDARY = EsusLaw.article2("4°", Confidence.SECONDARY);
  private static final LegalReference REF_ART_2_5_UNCONFIRMED = EsusLaw.article2("5°", Confidence.UNCONFIRMED);
  private static final LegalReference REF_ART_2_SECONDARY = EsusLaw.article2("", Confidence.SECONDARY);
  private static final LegalReference REF_L3332_17_1_II = EsusLaw.L3332_17_1.reference("II", Confidence.VERIFIED);
  private static final LegalReference REF_L3332_17_1_II_13 = EsusLaw.L3332_17_1.reference("II, 13°", Confidence.VERIFIED);
  private static final LegalReference REF_L3332_17_1_I_1 = EsusLaw.L3332_17_1.reference("I, 1°", Confidence.VERIFIED);
  private static final LegalReference REF_L3332_17_1_I_4 = EsusLaw.L3332_17_1.reference("I, 4°", Confidence.VERIFIED);
  private static final LegalReference REF_L3332_17_1_I_5 = EsusLaw.L3332_17_1.reference("I, 5°", Confidence.VERIFIED);
}
