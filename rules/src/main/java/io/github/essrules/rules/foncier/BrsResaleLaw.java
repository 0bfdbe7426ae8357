package io.github.essrules.rules.foncier;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The legal computation of the resale cap of a bail réel solidaire, each condition under the words
 * of the text it implements, and nothing else: no finding, notice, message or JSON pointer (those
 * are built by {@link BrsResaleFindings}). The words are quoted from the sources named beside
 * them; where only the project's notes give an article, the notes are quoted and said to be.
 *
 * <h2>CCH, art. L255-5 (LEGIARTI000032919246), first alinéa</h2>
 * <blockquote>« En cas de mutation, le prix de vente ou la valeur maximale des droits réels
 * immobiliers, parts et actions permettant la jouissance du bien sont limités à leur valeur
 * initiale, actualisée selon des modalités définies par décret en Conseil d'Etat. »</blockquote>
 * (Text in force since 22 July 2016, read on legal.tricoteuses.fr and doctrine.fr, mirrors of
 * Légifrance; label [V] of {@code shared/law/foncier.md}.) The décret's method (n° 2017-1038) was
 * not verified: the actualisation is the one the lease stipulates (CCH L255-10-1, quoted in the
 * notes: « les modalités de calcul du prix de vente ou de la valeur donnée, telles que prévues au
 * bail »).
 *
 * <h2>CCH, art. R256-2 (BRS d'activité), first and second alinéas</h2>
 * <blockquote>« En cas de mutation, le prix de cession des droits réels, parts et actions
 * permettant la jouissance du bien n'excède pas le prix d'acquisition de ces droits réels, défini
 * à l'article R. 256-1, actualisé par application de la variation d'un indice choisi par
 * l'organisme de foncier solidaire et majoré de la valorisation des travaux d'amélioration
 * effectués entre l'acquisition et la cession à l'exception de ceux réalisés pour l'adaptation du
 * local à l'activité du cédant.
 * <br>Les modalités de valorisation et la nature des travaux sont déterminées par le bail réel
 * solidaire d'activité liant le preneur et l'organisme de foncier solidaire. »</blockquote>
 * (Read on lexbase.fr, document L1780MNA; its LEGIARTI id was not found; label [V] of the notes.)
 *
 * <h2>CCH, art. L255-2 (LEGIARTI000032919240), second alinéa</h2>
 * <blockquote>« L'organisme de foncier solidaire peut, en fonction de ses objectifs et des
 * caractéristiques de chaque opération, appliquer des seuils inférieurs. »</blockquote>
 * (Read on legal.tricoteuses.fr.)
 *
 * <p>This class is immutable and thread-safe.
 */
final class BrsResaleLaw {
  private BrsResaleLaw() {}

  /**
   * The actualised value as the exact fraction {@code numerator ÷ denominator}: nothing is
   * rounded before the end.
   *
   * @param numerator {@code initial × i1 + works × i0}
   * @param denominator {@code i0}
   */
  record ActualisedValue(BigDecimal numerator, BigDecimal denominator) {
    /**
     * The quotient, exact to 34 digits, for the reports.
     *
     * @return the value
     */
    BigDecimal exact() {
      return numerator.divide(denominator, MathContext.DECIMAL128);
    }
  }

  /**
   * L255-5: « limités à leur valeur initiale, actualisée » — plus, when the lease adds them, the
   * valued works; R256-2: « le prix d'acquisition […] actualisé par application de la variation
   * d'un indice […] et majoré de la valorisation des travaux d'amélioration ». That is
   * {@code initial × i1 ÷ i0 + works}, kept as the fraction {@code (initial × i1 + works × i0) ÷ i0}.
   *
   * @param initial the initial value, or the acquisition price
   * @param initialIndex the index at the initial date
   * @param resaleIndex the index at the resale
   * @param works the valued works that count
   * @return the actualised value, exact
   */
  static ActualisedValue actualisedValue(BigDecimal initial, BigDecimal initialIndex, BigDecimal resaleIndex,
      BigDecimal works) {
    return new ActualisedValue(initial.multiply(resaleIndex).add(works.multiply(initialIndex)), initialIndex);
  }

  /**
   * R256-2, base rule: « majoré de la valorisation des travaux d'amélioration effectués entre
   * l'acquisition et la cession »; the valuation and the nature of the works are the lease's
   * (second alinéa), so the library takes each value as the facts state it.
   *
   * @param works the works
   * @return their total value, counted works only
   */
  static BigDecimal worksAddedToTheActivityCap(List<Works> works) {
    BigDecimal total = BigDecimal.ZERO;
    for (Works w : works) {
      if (!adaptationToTheSellersActivity(w)) {
        total = total.add(w.value());
      }
    }
    return total;
  }

  /**
   * R256-2, the exception to the works added: « à l'exception de ceux réalisés pour l'adaptation
   * du local à l'activité du cédant ».
   *
   * @param w works, whose statement {@link Works#adaptationToActivity()} is required
   * @return true if they do not count
   */
  static boolean adaptationToTheSellersActivity(Works w) {
    return w.adaptationToActivity().orElseThrow();
  }

  /**
   * L255-2, second alinéa, an exception to the cap of L255-5: « L'organisme de foncier solidaire
   * peut […] appliquer des seuils inférieurs ». The OFS's ceiling replaces the actualised value
   * when it is lower, compared exactly, before rounding.
   *
   * @param ofsCeiling the ceiling the OFS set, if any
   * @param value the actualised value
   * @return true if the OFS's ceiling is the cap
   */
  static boolean lowerOfsThreshold(Optional<BigDecimal> ofsCeiling, ActualisedValue value) {
    return ofsCeiling.isPresent() && ofsCeiling.get().multiply(value.denominator()).compareTo(value.numerator()) < 0;
  }

  /**
   * The cap in euros: the actualised value, or the OFS's lower threshold; rounded once, to the
   * cent, with the lease's rounding (half up unless it says otherwise: the texts are silent).
   *
   * @param value the actualised value
   * @param ofsCeiling the OFS's ceiling
   * @param rounding the lease's rounding
   * @return the cap, to the cent
   */
  static BigDecimal cap(ActualisedValue value, Optional<BigDecimal> ofsCeiling, RoundingMode rounding) {
    return lowerOfsThreshold(ofsCeiling, value) ? ofsCeiling.get().setScale(2, rounding)
        : value.numerator().divide(value.denominator(), 2, rounding);
  }

  /**
   * L255-5 « sont limités à » and R256-2 « n'excède pas »: the price is within the cap when it is
   * at most the cap (≤).
   *
   * @param price the proposed price
   * @param cap the cap
   * @return true if the price does not exceed the cap
   */
  static boolean priceWithinCap(BigDecimal price, BigDecimal cap) {
    return price.compareTo(cap) <= 0;
  }
}
