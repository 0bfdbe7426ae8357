package io.github.essrules.rules.amounts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.money.RoundedAmount;
import io.github.essrules.core.param.DatedValue;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * The months of a calendar year during which one hourly SMIC was in force, with the monthly SMIC
 * and its subtotal over those months. Part of an {@link AnnualSmicReference}.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableSmicPeriod.class)
@JsonDeserialize(as = ImmutableSmicPeriod.class)
@JsonIgnoreProperties(value = {"months", "subtotal"}, allowGetters = true)
public abstract class SmicPeriod {
  SmicPeriod() {}

  /**
   * The first month of the period.
   *
   * @return the month
   */
  public abstract YearMonth firstMonth();

  /**
   * The last month of the period, included.
   *
   * @return the month
   */
  public abstract YearMonth lastMonth();

  /**
   * The hourly SMIC in force on the first day of each of these months, with its text.
   *
   * @return the hourly amount
   */
  public abstract DatedValue<BigDecimal> hourly();

  /**
   * The monthly SMIC: hourly × 151.67, rounded once to the cent, half up.
   *
   * @return the monthly amount
   */
  public abstract RoundedAmount monthly();

  /**
   * The number of months of the period.
   *
   * @return the months, 1 to 12
   */
  @Value.Derived
  public int months() {
    return (int) (lastMonth().getMonthValue() - firstMonth().getMonthValue() + 1L);
  }

  /**
   * The rounded monthly SMIC × the months of the period.
   *
   * @return the subtotal, in euros
   */
  @Value.Derived
  public BigDecimal subtotal() {
    return monthly().rounded().multiply(BigDecimal.valueOf(months()));
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static SmicPeriod.Builder builder() {
    return new SmicPeriod.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public SmicPeriod.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link SmicPeriod}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableSmicPeriod.Builder {
    /** A builder with no attribute set, as {@link SmicPeriod#builder()} gives. */
    public Builder() {}
  }
}
