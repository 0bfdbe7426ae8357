package io.github.essrules.rules.amounts;

import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.money.RoundedAmount;
import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.DatedValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The salaire minimum interprofessionnel de croissance (SMIC): the hourly gross amount in force
 * on a date, with the décret or arrêté that set it, and the annual full-time amount derived from
 * it.
 *
 * <p>The annual full-time SMIC is the hourly amount × 151.67 h × 12 months, computed exactly and
 * rounded once to the cent, half up. 151.67 h is the monthly hours of the legal working week of
 * 35 hours (C. trav. L3121-27) over the year: 35 × 52 / 12 = 151.666…, written 151.67 in payroll
 * practice and in the issue this class implements. Some payrolls round the monthly amount before
 * multiplying by 12, which can differ by a few cents; this class does not.
 *
 * <pre>{@code
 * Smic.hourlyGross(LocalDate.of(2024, 11, 1)).value();          // 11.88
 * Smic.annualFullTime(LocalDate.of(2024, 11, 1)).amount().rounded(); // 21622.08
 * }</pre>
 *
 * <p>Not modelled: the SMIC of Mayotte, the reduced rates for young workers (C. trav. D3231-3),
 * branch minimum wages.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Smic {
  /** Monthly hours of the legal 35-hour week, as payroll practice writes them: 151.67. */
  public static final BigDecimal MONTHLY_LEGAL_HOURS = new BigDecimal("151.67");
  /** Months in a year. */
  public static final BigDecimal MONTHS = BigDecimal.valueOf(12);
  /** The rounding of the annual amount: once, to the cent, half up. */
  public static final RoundingMode ANNUAL_ROUNDING = RoundingMode.HALF_UP;

  /** C. trav. L3121-27: the legal working week of 35 hours. */
  public static final LegalReference LEGAL_DURATION = LegalReference.builder()
      .kind(TextKind.CODE_ARTICLE)
      .citation("C. trav., art. L3121-27")
      .confidence(Confidence.SECONDARY)
      .note("durée légale de 35 heures par semaine ; 151,67 h par mois = 35 × 52 / 12 arrondi")
      .build();

  private Smic() {}

  /**
   * The hourly gross SMIC as a dated parameter.
   *
   * @return the parameter
   */
  public static DatedParameter<BigDecimal> hourlyGrossParameter() {
    return LegalParameters.decimal(LegalParameters.SMIC_HORAIRE_BRUT);
  }

  /**
   * The hourly gross SMIC in force on a date, with its period and text.
   *
   * @param date the date
   * @return the dated value, in euros per hour
   * @throws NoLawKnownException if the library knows no SMIC for that date
   */
  public static DatedValue<BigDecimal> hourlyGross(LocalDate date) {
    return hourlyGrossParameter().at(date);
  }

  /**
   * The gross annual SMIC of a full-time employee on a date: hourly × 151.67 × 12, rounded once
   * to the cent, half up.
   *
   * @param date the date whose hourly SMIC applies
   * @return the amount with its inputs and references
   * @throws NoLawKnownException if the library knows no SMIC for that date
   */
  public static AnnualFullTimeSmic annualFullTime(LocalDate date) {
    DatedValue<BigDecimal> hourly = hourlyGross(date);
    BigDecimal exact = hourly.value().multiply(MONTHLY_LEGAL_HOURS).multiply(MONTHS);
    return ImmutableAnnualFullTimeSmic.builder()
        .asOf(date)
        .hourly(hourly)
        .monthlyHours(MONTHLY_LEGAL_HOURS)
        .months(MONTHS)
        .amount(RoundedAmount.of(exact, ANNUAL_ROUNDING))
        .durationReference(LEGAL_DURATION)
        .build();
  }
}
