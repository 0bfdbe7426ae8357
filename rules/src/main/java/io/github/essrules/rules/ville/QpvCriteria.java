package io.github.essrules.rules.ville;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.rules.law.LegalTexts;
import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulation of the criteria of a quartier prioritaire (loi n° 2014-173 du 21 février 2014,
 * art. 5; décret n° 2014-767): at least 1 000 inhabitants, in an unité urbaine of at least
 * 10 000 inhabitants, and a median income per consumption unit below
 * S = 0.6 × (0.7 × national median + 0.3 × unité-urbaine median) — the weighting read in a
 * secondary source (Conseil d'État, 1 July 2019, via ADIL), for unités urbaines under five million
 * inhabitants; the Paris unité urbaine uses another weighting the library does not know (a notice
 * says so above five million). The real delimitation runs on a 200 m grid: this is a simulation
 * for collectivités, not the list — see {@link QpvRegistry}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QpvCriteria extends BaseRule<QpvCriteriaFacts> {
  /** The rule's identifier. */
  public static final String ID = "qpv-criteria";
  /** At least 1 000 inhabitants. */
  public static final int MINIMUM_POPULATION = 1000;
  /** In an unité urbaine of at least 10 000 inhabitants. */
  public static final int MINIMUM_UNITE_URBAINE = 10_000;
  /** The unités urbaines above this size (Paris) use another weighting. */
  public static final int PARIS_SIZE = 5_000_000;

  static final LegalReference LOI_2014_173 = LegalReference.of(TextKind.LOI,
      "Loi n° 2014-173 du 21 février 2014, art. 5 ; décret n° 2014-767", Confidence.VERIFIED);
  static final LegalReference WEIGHTING = LegalReference.builder().kind(TextKind.DECRET)
      .citation("Décret n° 2014-767 (seuil de revenu : 0,6 × (0,7 × médiane nationale + 0,3 × médiane de l'unité urbaine))")
      .confidence(Confidence.SECONDARY).note("pondération lue dans une source secondaire (CE, 1er juillet 2019, via ADIL)")
      .build();

  private static final QpvCriteria INSTANCE = new QpvCriteria();

  private QpvCriteria() {
    super(ID, QpvCriteriaFacts.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static QpvCriteria get() {
    return INSTANCE;
  }

  /**
   * The income threshold S.
   *
   * @param f the facts
   * @return 0.6 × (0.7 × national + 0.3 × unité urbaine), exact
   */
  public static BigDecimal threshold(QpvCriteriaFacts f) {
    FactsValidator.shared().validate(f);
    return new BigDecimal("0.6").multiply(new BigDecimal("0.7").multiply(f.nationalMedianIncome())
        .add(new BigDecimal("0.3").multiply(f.uniteUrbaineMedianIncome())));
  }

  // ---- the law: décret n° 2014-767, art. 2, I (read in a copy of the Journal officiel) ----------

  /**
   * Art. 2, I, 2°: "Le nombre minimal d'habitants d'un quartier est fixé à 1 000".
   *
   * @param population the quartier's inhabitants
   * @return whether at least 1 000
   */
  static boolean enoughInhabitants(int population) {
    return population >= MINIMUM_POPULATION;
  }

  /**
   * Art. 2, I, 1°: "Les territoires urbains sont les unités urbaines définies par l'INSEE ayant une
   * population d'au moins 10 000 habitants. Le chiffre de la population pris en compte est celui de
   * la population totale définie par l'article R. 2151-1 du code général des collectivités
   * territoriales, arrondi aux 100 habitants supérieurs" — the population rounded up to the
   * hundred ({@link #roundedToTheHundredAbove}), then "au moins": ≥. The words were read in a copy
   * of the consolidated décret (juriblio.fr, JORF n° 154 of 5 July 2014, as amended); the date from
   * which the rounding sentence applies was not read, and the library applies it to every date.
   * Not modelled: the exception of II ("Par dérogation et pour une durée de six ans, ce critère est
   * regardé comme satisfait pour les quartiers figurant dans la liste […]").
   *
   * @param uniteUrbainePopulation the unité urbaine's inhabitants, as the INSEE gives them
   * @return whether, rounded up to the hundred, at least 10 000
   */
  static boolean urbanTerritory(int uniteUrbainePopulation) {
    return roundedToTheHundredAbove(uniteUrbainePopulation) >= MINIMUM_UNITE_URBAINE;
  }

  /**
   * Art. 2, I, 1°: "arrondi aux 100 habitants supérieurs" — 9 901 to 10 000 inhabitants count as
   * 10 000; a multiple of 100 stays as it is.
   *
   * @param population a population, not negative
   * @return the population rounded up to the hundred
   */
  static int roundedToTheHundredAbove(int population) {
    return Math.addExact(population, 99) / 100 * 100;
  }

  /**
   * Art. 2, I, 3°: the median income per consumption unit "doit être inférieur au seuil défini à
   * l'article 4" — strictly below ({@link #threshold}, whose weighting was read in a secondary
   * source).
   *
   * @param medianIncome the quartier's median income per consumption unit
   * @param threshold the threshold S
   * @return whether strictly below
   */
  static boolean incomeBelowThreshold(BigDecimal medianIncome, BigDecimal threshold) {
    return medianIncome.compareTo(threshold) < 0;
  }

  /**
   * Exception to the weighting: the Paris unité urbaine (five million inhabitants or more) uses
   * another weighting the library does not know; the threshold is then unconfirmed.
   *
   * @param uniteUrbainePopulation the unité urbaine's inhabitants
   * @return whether the exception applies
   */
  static boolean parisWeighting(int uniteUrbainePopulation) {
    return uniteUrbainePopulation >= PARIS_SIZE;
  }

  // ---- the findings ------------------------------------------------------------------------------

  @Override
  protected Verdict decide(QpvCriteriaFacts f, LawContext law) {
    LocalDate asOf = law.asOf();
    law.article(LegalTexts.LOI_VILLE);
    List<Finding> findings = new ArrayList<>();
    Comparison pop = Comparison.of(msg("qpv.criteria.population.subject"), MessageArg.number(f.population()),
        Operator.AT_LEAST, MessageArg.number(MINIMUM_POPULATION));
    findings.add(Finding.decided("qpv.criteria.population", Outcome.of(enoughInhabitants(f.population())), LOI_2014_173,
        msg("qpv.criteria.population"), pop));
    Comparison uu = Comparison.of(msg("qpv.criteria.uu.subject", MessageArg.number(f.uniteUrbainePopulation())),
        MessageArg.number(roundedToTheHundredAbove(f.uniteUrbainePopulation())),
        Operator.AT_LEAST, MessageArg.number(MINIMUM_UNITE_URBAINE));
    findings.add(Finding.decided("qpv.criteria.unite-urbaine", Outcome.of(urbanTerritory(f.uniteUrbainePopulation())), LOI_2014_173,
        msg("qpv.criteria.uu"), uu));
    boolean paris = parisWeighting(f.uniteUrbainePopulation());
    LegalReference incomeRef = paris
        ? LegalReference.builder().from(WEIGHTING).confidence(Confidence.UNCONFIRMED).build() : WEIGHTING;
    BigDecimal threshold = threshold(f);
    Comparison income = Comparison.of(msg("qpv.criteria.income.subject"), MessageArg.euros(f.medianIncome()),
        Operator.LESS_THAN, MessageArg.euros(threshold));
    findings.add(Finding.decided("qpv.criteria.income", Outcome.of(incomeBelowThreshold(f.medianIncome(), threshold)),
        incomeRef,
        msg("qpv.criteria.income"), income));
    List<Notice> notices = new ArrayList<>();
    notices.add(Notice.of("qpv.criteria.simulation", LOI_2014_173, msg("qpv.notice.simulation")));
    if (paris) {
      notices.add(Notice.of("qpv.criteria.paris", incomeRef, msg("qpv.notice.paris")));
    }
    return Verdict.builder().ruleId(ID).asOf(asOf)
        .outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings).addAllNotices(notices).build();
  }
}
