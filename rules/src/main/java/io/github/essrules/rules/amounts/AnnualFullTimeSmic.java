package io.github.essrules.rules.amounts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
 * the hourly SMIC and its décret or arrêté, 151.67 hours a month (C. trav. L3121-27), the monthly
 * SMIC rounded to the cent as it is published, and 12 months. See
 * {@link Smic#annualFullTime(LocalDate)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAnnualFullTimeSmic.class)
@JsonDeserialize(as = ImmutableAnnualFullTimeSmic.class)
@JsonIgnoreProperties(value = "annual", allowGetters = true)
public abstract class AnnualFullTimeSmic {
  AnnualFullTimeSmic() {}

  /**
   * The date the SMIC was taken on.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The hourly SMIC in force on that date, with its period and text.
   *
   * @return the hourly amount, in euros
   */
  public abstract DatedValue<BigDecimal> hourly();

  /**
   * The monthly hours of the legal working week: 151.67.
   *
   * @return the hours
   */
  public abstract BigDecimal monthlyHours();

  /**
   * The monthly SMIC: hourly × monthly hours, rounded once to the cent, half up.
   *
   * @return the exact and rounded monthly amounts
   */
  public abstract RoundedAmount monthly();

  /**
   * The months in a year: 12.
   *
   * @return the months
   */
  public abstract BigDecimal months();

  /**
   * The annual amount: the rounded monthly SMIC × 12, exact (no further rounding).
   *
   * @return the amount, in euros
   */
  @Value.Derived
  public BigDecimal annual() {
    return monthly().rounded().multiply(months());
  }

  /**
   * The text that sets the legal working week.
   *
   * @return the reference
   */
  public abstract LegalReference durationReference();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static AnnualFullTimeSmic.Builder builder() {
    return new AnnualFullTimeSmic.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public AnnualFullTimeSmic.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link AnnualFullTimeSmic}: set its attributes, then call {@code build()}. A builder
   * is not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableAnnualFullTimeSmic.Builder {
    /** A builder with no attribute set, as {@link AnnualFullTimeSmic#builder()} gives. */
    public Builder() {}
  }
}
