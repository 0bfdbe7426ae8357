package io.github.essrules.rules.esus;

import io.github.essrules.rules.ess.LegalForm;
import java.time.LocalDate;
import java.util.List;

/**
 * The conditions of C. trav. L3332-17-1 other than the charge induite ({@link ChargeInduite}) and
 * the pay cap ({@link PayCap}): the law's computation only, each method under the words it
 * implements. The words come from the LEGI database (L3332-17-1, LEGIARTI000049720096, in force
 * since 1 January 2025; the project's copy is {@code shared/law/texts/code-du-travail.md}); the
 * objectives of art. 2 of loi n° 2014-856 were read only in secondary sources and are paraphrased,
 * not quoted. The findings built from these decisions are {@link EsusFindings}'.
 *
 * <blockquote>I.-Peut prétendre à l'agrément " entreprise solidaire d'utilité sociale "
 * l'entreprise qui relève de l'article 1er de la loi n° 2014-856 du 31 juillet 2014 relative à
 * l'économie sociale et solidaire et qui remplit les conditions cumulatives suivantes
 * :</blockquote>
 *
 * <p>This class is immutable and thread-safe.
 */
final class EsusConditions {
  private EsusConditions() {}

  /**
   * I, 1°, a:
   *
   * <blockquote>1° L'entreprise poursuit à titre principal l'un au moins des objectifs suivants :
   * a) Elle exerce son activité en faveur de personnes fragilisées du fait de leur situation
   * économique ou sociale au sens du 1° de l'article 2 de la loi n° 2014-856 du 31 juillet 2014
   * relative à l'économie sociale et solidaire ;</blockquote>
   *
   * @param objectives the objectives pursued as the main purpose
   * @return whether objective 1° of art. 2 is among them
   */
  static boolean fragilePersons(List<UtilityObjective> objectives) {
    return objectives.contains(UtilityObjective.FRAGILE_PERSONS);
  }

  /**
   * I, 1°, b, with the condition art. 2, 4° sets on its own objective:
   *
   * <blockquote>b) Elle poursuit un objectif défini aux 2°, 3°, 4° ou 5° de l'article 2 de la loi
   * n° 2014-856 précitée ;</blockquote>
   *
   * <p>Objective 4° of art. 2 (sustainable development, energy transition, cultural promotion,
   * international solidarity) counts only when the activity also has an impact through
   * objective 1°, 2° or 3° [secondary source, see {@code shared/law/ess-and-esus.md}].
   *
   * @param through an objective the sustainable-development activity has an impact through
   * @return whether it is one of 1°, 2° and 3°
   */
  static boolean impactCounts(UtilityObjective through) {
    return through.number() <= 3;
  }

  /**
   * The version in force before 1 January 2025 cited "2°, 3° ou 4°": the fifth objective of
   * art. 2 counts for I, 1°, b only from that day (loi n° 2024-537, art. 3, see {@link EsusLaw}).
   *
   * @param asOf the date the law is applied as of
   * @return whether objective 5° counts
   */
  static boolean objective5Counts(LocalDate asOf) {
    return !asOf.isBefore(EsusLaw.OBJECTIVE_5_FROM);
  }

  /**
   * I, 4°:
   *
   * <blockquote>4° Les titres de capital de l'entreprise, lorsqu'ils existent, ne sont pas admis
   * aux négociations sur un marché d'instruments financiers, français ou étranger, dont le
   * fonctionnement est assuré par une entreprise de marché ou un prestataire de services
   * d'investissement autre qu'une société de gestion de portefeuille ou tout autre organisme
   * similaire étranger ;</blockquote>
   *
   * <p>"lorsqu'ils existent": an enterprise without equity securities meets it.
   *
   * @param securities the state of the equity securities
   * @return whether they are not admitted to trading
   */
  static boolean equityNotListed(EquitySecurities securities) {
    return securities != EquitySecurities.ADMITTED_TO_TRADING;
  }

  /**
   * II, the route de plein droit — an exception to the five conditions of I, not to all of them:
   *
   * <blockquote>II.-Bénéficient de plein droit de l'agrément mentionné au I, sous réserve de
   * satisfaire aux conditions fixées à l'article 1er de la loi n° 2014-856 du 31 juillet 2014
   * précitée et aux conditions fixées aux 3° et 4° du I du présent article :</blockquote>
   *
   * <p>A category of the list exists only from the day the text listing it came into force: 16°
   * (habitat inclusif) from 23 February 2022 (loi n° 2022-217).
   *
   * @param category the category the enterprise declares
   * @param asOf the date the law is applied as of
   * @return whether the category was in the list on that date
   */
  static boolean categoryListed(PleinDroitCategory category, LocalDate asOf) {
    return category != PleinDroitCategory.HABITAT_INCLUSIF || !asOf.isBefore(EsusLaw.CATEGORY_16_FROM);
  }

  /**
   * II, 13°, the form:
   *
   * <blockquote>13° Les associations et fondations reconnues d'utilité publique et considérées
   * comme recherchant une utilité sociale au sens de l'article 2 de la loi n° 2014-856 du
   * 31 juillet 2014 précitée ;</blockquote>
   *
   * <p>The recognition of public utility is the user's declaration of the category; the social
   * utility is tested as I, 1° is.
   *
   * @param form the legal form
   * @return whether it is an association or a fondation
   */
  static boolean associationOrFondation(LegalForm form) {
    return form == LegalForm.ASSOCIATION || form == LegalForm.FONDATION;
  }
}
