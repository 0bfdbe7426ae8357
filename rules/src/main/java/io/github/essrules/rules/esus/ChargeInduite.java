package io.github.essrules.rules.esus;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The charge induite of C. trav. L3332-17-1, I, 2° as R3332-21-1 defines it: the law's
 * computation only, amounts and dates in, a decision out. Which years are read and the findings
 * built from them are {@link ChargeInduiteFindings}'. The words quoted come from the LEGI database
 * (R3332-21-1, LEGIARTI000030776877, in force since 1 July 2015; R3332-21-3, LEGIARTI000050826301;
 * the project's copy is {@code shared/law/texts/code-du-travail.md}).
 *
 * <blockquote>La condition prévue au 2° du I de l'article L. 3332-17-1 est remplie lorsque l'une
 * ou l'autre des deux conditions suivantes est remplie :</blockquote>
 *
 * <p>This class is immutable and thread-safe.
 */
final class ChargeInduite {
  /** R3332-21-1, 1°: "au moins 66 %". */
  static final BigDecimal SOCIAL_UTILITY_SHARE = new BigDecimal("0.66");
  /** The years checked in the general case: "au cours des trois derniers exercices clos". */
  static final int LAST_CLOSED_YEARS = 3;

  private ChargeInduite() {}

  /**
   * R3332-21-1, 1°, for one financial year:
   *
   * <blockquote>1° Les charges d'exploitation liées aux activités participant à la recherche d'une
   * utilité sociale, au sens de l'article 2 de la loi n° 2014-856 du 31 juillet 2014 relative à
   * l'économie sociale et solidaire, représentent au moins 66 % de l'ensemble des charges
   * d'exploitation du compte de résultat de l'entreprise au cours des trois derniers exercices
   * clos ;</blockquote>
   *
   * <p>"au moins" is ≥; the product is compared, never a rounded share.
   *
   * @param socialUtilityCharges the operating charges of the social-utility activities
   * @param operatingCharges all operating charges
   * @return whether the share is at least 66 %
   */
  static boolean socialUtilityShareMet(BigDecimal socialUtilityCharges, BigDecimal operatingCharges) {
    return socialUtilityCharges.compareTo(socialUtilityFloor(operatingCharges)) >= 0;
  }

  /**
   * 66 % of all operating charges, exact: the least the social-utility charges may be.
   *
   * @param operatingCharges all operating charges
   * @return {@code 0.66 × operatingCharges}
   */
  static BigDecimal socialUtilityFloor(BigDecimal operatingCharges) {
    return operatingCharges.multiply(SOCIAL_UTILITY_SHARE);
  }

  /**
   * R3332-21-1, 2°, for one financial year:
   *
   * <blockquote>2° Le rapport entre, d'une part, la somme des dividendes et de la rémunération
   * des concours financiers non bancaires mentionnés aux articles L. 213-5, L. 213-32 à L. 213-35,
   * L. 313-13, L. 512-1 à L. 512-8 du code monétaire et financier et aux alinéas 2 et 3 de
   * l'article L. 312-2 du même code, et, d'autre part, la somme des capitaux propres et des
   * concours financiers non bancaires susmentionnés est inférieur, au cours des trois derniers
   * exercices clos, au taux moyen de rendement des obligations des sociétés privées mentionné à
   * l'article 14 de la loi n° 47-1775 du 10 septembre 1947 portant statut de la coopération,
   * majoré d'un taux de 5 %.</blockquote>
   *
   * <p>"inférieur" is {@code <}: a ratio equal to the rate fails. The products are compared
   * (numerator {@code <} rate × denominator), never a rounded ratio. "majoré d'un taux de 5 %" is
   * read as five percentage points added to the TMO (a reading, stated in a notice). Without a
   * positive denominator ({@link #noCapitalBase}) the ratio is not below anything.
   *
   * @param numerator dividends + remuneration of the non-bank financing
   * @param denominator equity + the non-bank financing
   * @param limitRate the TMO plus the margin ({@link #limitRate})
   * @return whether the ratio is below the rate
   */
  static boolean dividendRatioBelow(BigDecimal numerator, BigDecimal denominator, BigDecimal limitRate) {
    return !noCapitalBase(denominator) && numerator.compareTo(limitRate.multiply(denominator)) < 0;
  }

  /**
   * "la somme des dividendes et de la rémunération des concours financiers non bancaires".
   *
   * @param dividends the dividends
   * @param nonBankFinancingRemuneration the remuneration of the non-bank financing
   * @return their sum
   */
  static BigDecimal ratioNumerator(BigDecimal dividends, BigDecimal nonBankFinancingRemuneration) {
    return dividends.add(nonBankFinancingRemuneration);
  }

  /**
   * "la somme des capitaux propres et des concours financiers non bancaires susmentionnés".
   *
   * @param equity the equity (capitaux propres), which may be negative
   * @param nonBankFinancing the non-bank financing
   * @return their sum
   */
  static BigDecimal ratioDenominator(BigDecimal equity, BigDecimal nonBankFinancing) {
    return equity.add(nonBankFinancing);
  }

  /**
   * "au taux moyen de rendement des obligations des sociétés privées […] majoré d'un taux de 5 %":
   * the TMO plus the margin, the margin a dated parameter ("Le taux de majoration de 5 % […] peut
   * être modifié par arrêté").
   *
   * @param tmo the TMO of the year, as a fraction
   * @param margin the margin in force, as a fraction
   * @return the rate the ratio must stay below
   */
  static BigDecimal limitRate(BigDecimal tmo, BigDecimal margin) {
    return tmo.add(margin);
  }

  /**
   * The case of no capital base: equity plus non-bank financing zero or negative. The ratio has no
   * meaning, so it is not "inférieur" to the rate: 2° is not met for that year (the library's
   * reading; 1° may still meet the condition).
   *
   * @param denominator equity + the non-bank financing
   * @return whether it is zero or negative
   */
  static boolean noCapitalBase(BigDecimal denominator) {
    return denominator.signum() <= 0;
  }

  /**
   * The exception to "les trois derniers exercices clos", last paragraph of R3332-21-1:
   *
   * <blockquote>Pour les entreprises créées depuis moins de trois ans à la date de la demande
   * d'agrément, les conditions mentionnées au 1° et au 2° sont vérifiées sur l'ensemble de leurs
   * exercices clos.</blockquote>
   *
   * @param creationDate the creation date
   * @param applicationDate the application date
   * @return whether all closed years are read instead of the last three
   */
  static boolean youngEnterprise(LocalDate creationDate, LocalDate applicationDate) {
    return EsusAgrement.createdLessThanThreeYearsBefore(creationDate, applicationDate);
  }

  /**
   * "exercices clos": closed at the date of the application, i.e. closed before that day.
   *
   * @param closingDate the closing date of a financial year
   * @param applicationDate the application date
   * @return whether the year is closed
   */
  static boolean closedAtApplication(LocalDate closingDate, LocalDate applicationDate) {
    return closingDate.isBefore(applicationDate);
  }

  /**
   * The renewal, R3332-21-3, III: "l'entreprise apporte […] les éléments justifiant du respect
   * des conditions prévues à l'article R. 3332-21-1 pendant toute la période de son agrément
   * précédent". A year counts if it closed on or after the grant.
   *
   * @param closingDate the closing date of a financial year
   * @param grantedOn the grant of the previous agrément
   * @return whether the year falls in the period of the previous agrément
   */
  static boolean inPreviousAgrement(LocalDate closingDate, LocalDate grantedOn) {
    return !closingDate.isBefore(grantedOn);
  }

  /**
   * Whether the first year read covers the grant of the previous agrément: it starts on or before
   * the grant, so no part of the period is left unread.
   *
   * @param firstStart the start of the first year read
   * @param grantedOn the grant of the previous agrément
   * @return whether the period is covered from its start
   */
  static boolean coversGrant(LocalDate firstStart, LocalDate grantedOn) {
    return !firstStart.isAfter(grantedOn);
  }

  /**
   * Whether a year follows the previous one without a gap: a year missing between two given
   * years would be one of the years to check.
   *
   * @param previousClosing the closing date of the previous year
   * @param nextStart the start of the next one
   * @return whether the next starts the day after the previous closed
   */
  static boolean follows(LocalDate previousClosing, LocalDate nextStart) {
    return nextStart.equals(previousClosing.plusDays(1));
  }
}
