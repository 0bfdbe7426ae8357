package io.github.essrules.core.param;

/**
 * How the values of a {@link DatedParameter} change: the two ways law sets an amount.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Regime {
  /**
   * Each value stays in force until a new text replaces it: the SMIC set by a décret or an
   * arrêté, an aid socle, a statutory rate or fraction. After the day the library last verified
   * the latest value, that value is presumed unchanged up to a horizon (see
   * {@link io.github.essrules.core.law.LawPolicy}).
   */
  UNTIL_AMENDED,
  /**
   * Each value is set for a period and ends with it: the plafond de la sécurité sociale of a
   * year, a threshold indexed each year. A date after the last period is refused.
   */
  FOR_PERIOD
}
