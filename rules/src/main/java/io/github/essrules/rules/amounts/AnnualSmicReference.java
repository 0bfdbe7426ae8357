package io.github.essrules.rules.amounts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.law.LegalReference;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The gross remuneration of a full-time employee paid the SMIC over a calendar year: the sum,
 * month by month, of the monthly SMIC in force (hourly × 151.67 rounded to the cent). When the
 * SMIC did not change during the year this is the monthly SMIC × 12; when it changed, the months
 * are prorated, one {@link SmicPeriod} per hourly amount. See {@link Smic#annualForYear(int)}.
 *
 * <pre>{@code
 * AnnualSmicReference r = Smic.annualForYear(2024);
 * r.total();             // 1766.96 × 10 + 1801.84 × 2 = 21273.28
 * r.changedDuringYear(); // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAnnualSmicReference.class)
@JsonDeserialize(as = ImmutableAnnualSmicReference.class)
@JsonIgnoreProperties(value = {"total", "changedDuringYear"}, allowGetters = true)
public abstract class AnnualSmicReference {
  AnnualSmicReference() {}

  /**
   * The calendar year.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * The periods of the year, one per hourly SMIC in force, in order, covering the twelve months.
   *
   * @return the periods
   */
  public abstract List<SmicPeriod> periods();

  /**
   * The text that sets the legal working week.
   *
   * @return the reference
   */
  public abstract LegalReference durationReference();

  /**
   * The sum of the periods' subtotals.
   *
   * @return the annual amount, in euros, exact
   */
  @Value.Derived
  public BigDecimal total() {
    BigDecimal sum = BigDecimal.ZERO;
    for (SmicPeriod p : periods()) {
      sum = sum.add(p.subtotal());
    }
    return sum;
  }

  /**
   * Whether the SMIC changed during the year, so the months were prorated.
   *
   * @return whether there is more than one period
   */
  @Value.Derived
  public boolean changedDuringYear() {
    return periods().size() > 1;
  }

  @Value.Check
  void check() {
    int months = 0;
    for (SmicPeriod p : periods()) {
      months += p.months();
    }
    if (months != 12) {
      throw new IllegalStateException("the periods of " + year() + " cover " + months + " months");
    }
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static AnnualSmicReference.Builder builder() {
    return new AnnualSmicReference.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public AnnualSmicReference.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link AnnualSmicReference}: set its attributes, then call {@code build()}. A builder
   * is not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableAnnualSmicReference.Builder {
    /** A builder with no attribute set, as {@link AnnualSmicReference#builder()} gives. */
    public Builder() {}
  }
}
