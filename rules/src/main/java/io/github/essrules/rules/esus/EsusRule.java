package io.github.essrules.rules.esus;

import io.github.essrules.core.law.ArticleVersion;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.ess.EssMembershipRule;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.internal.Titles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * <p><b>Where the law is.</b> Each condition's computation sits under the words it implements,
 * quoted with their LEGIARTI identifier, apart from the findings built from it: I, 2° in {@code
 * ChargeInduite} (findings: {@code ChargeInduiteFindings}), I, 3° in {@code PayCap} ({@code
 * PayCapFindings}), I, 1°, 4° and II in {@code EsusConditions} ({@code EsusFindings}); ESS
 * membership is {@link EssMembershipRule}'s. This class only chooses the route and gathers the
 * findings.
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
    Map<String, Notice> notices = new LinkedHashMap<>();
    ArticleVersion inForce = law.article(EsusLaw.L3332_17_1);
    EsusLaw.versionNotice(EsusLaw.L3332_17_1, inForce, asOf, Confidence.VERIFIED)
        .ifPresent(n -> notices.put("version." + EsusLaw.L3332_17_1.citation(), n));
    law.article(EsusLaw.R3332_21_1);
    law.article(EsusLaw.R3332_21_2);
    List<Finding> findings = new ArrayList<>(8);
    if (facts.pleinDroitCategory().isPresent()) {
      // II: "sous réserve de satisfaire aux conditions fixées à l'article 1er de la loi
      // n° 2014-856 […] et aux conditions fixées aux 3° et 4° du I"
      PleinDroitCategory category = facts.pleinDroitCategory().get();
      findings.add(EsusFindings.category(category, asOf));
      findings.add(EssMembershipRule.get().membership(facts.ess(), law, "/ess"));
      if (category == PleinDroitCategory.ASSOCIATION_FONDATION_RUP) {
        findings.add(EsusFindings.recognisedOfPublicUtility(facts, asOf));
      }
      findings.add(PayCapFindings.evaluate(facts, notices, law));
      findings.add(EsusFindings.equity(facts));
    } else {
      // I: "l'entreprise qui relève de l'article 1er de la loi n° 2014-856 […] et qui remplit les
      // conditions cumulatives suivantes"
      EsusFindings.pleinDroitHints(facts, notices);
      findings.add(EsusFindings.generalRoute());
      findings.add(EssMembershipRule.get().membership(facts.ess(), law, "/ess"));
      findings.add(EsusFindings.mainPurpose(facts, asOf));
      findings.add(ChargeInduiteFindings.evaluate(facts, law, notices));
      findings.add(PayCapFindings.evaluate(facts, notices, law));
      findings.add(EsusFindings.equity(facts));
      findings.add(EsusFindings.purposeInStatuts(facts));
    }
    return Verdict.builder()
        .ruleId(ID)
        .asOf(asOf)
        .outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings)
        .addAllNotices(notices.values())
        .build();
  }
}
