package io.github.essrules.rules.amounts;

import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.DatedValue;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The annual plafond de la sécurité sociale (PASS), fixed each year by arrêté for the calendar
 * year (mechanism: CSS D242-17), with the arrêté of each value.
 *
 * <pre>{@code
 * PlafondSecuriteSociale.annual(LocalDate.of(2026, 5, 1)).value(); // 48060
 * }</pre>
 *
 * <p>Not modelled: the monthly, daily and hourly ceilings, the ceiling of Mayotte.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlafondSecuriteSociale {
  private PlafondSecuriteSociale() {}

  /**
   * The annual ceiling as a dated parameter.
   *
   * @return the parameter
   */
  public static DatedParameter<BigDecimal> annualParameter() {
    return LegalParameters.decimal(LegalParameters.PLAFOND_SECURITE_SOCIALE_ANNUEL);
  }

  /**
   * The annual ceiling in force on a date.
   *
   * @param date the date
   * @return the dated value, in euros per year
   * @throws NoLawKnownException if the library knows no ceiling for that date
   */
  public static DatedValue<BigDecimal> annual(LocalDate date) {
    return annualParameter().at(date);
  }
}
