package io.github.essrules.rules.amounts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.money.RoundedAmount;
import io.github.essrules.core.param.DatedValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The gross annual SMIC of a full-time employee on a date, with what it was computed from:
 * the hourly SMIC and its décret or arrêté, 151.67 hours a month (C. trav. L3121-27), 12 months,
 * the exact product and the amount rounded to the cent. See {@link Smic#annualFullTime(LocalDate)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAnnualFullTimeSmic.class)
@JsonDeserialize(as = ImmutableAnnualFullTimeSmic.class)
public abstract class AnnualFullTimeSmic {
  AnnualFullTimeSmic() {}

  /**
   * The date the SMIC was taken on.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The hourly gross SMIC in force on that date, with its text.
   *
   * @return the dated value
   */
  public abstract DatedValue<BigDecimal> hourly();

  /**
   * The monthly hours of the legal working week.
   *
   * @return 151.67
   */
  public abstract BigDecimal monthlyHours();

  /**
   * The months in a year.
   *
   * @return 12
   */
  public abstract BigDecimal months();

  /**
   * The annual amount, exact and rounded to the cent.
   *
   * @return the amount
   */
  public abstract RoundedAmount amount();

  /**
   * The text of the legal working week.
   *
   * @return C. trav. L3121-27
   */
  public abstract LegalReference durationReference();
}
