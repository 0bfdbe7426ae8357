package io.github.essrules.core.money;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * An amount rounded to the cent, with the exact value it came from and the rounding mode used,
 * so that a breakdown shows what was rounded and how.
 *
 * <pre>{@code
 * RoundedAmount a = RoundedAmount.of(new BigDecimal("21622.0752"), RoundingMode.HALF_UP);
 * a.rounded(); // 21622.08
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableRoundedAmount.class)
@JsonIgnoreProperties(value = "rounded", allowGetters = true)
@JsonDeserialize(as = ImmutableRoundedAmount.class)
public abstract class RoundedAmount {
  RoundedAmount() {}

  /**
   * The amount at full precision.
   *
   * @return the exact amount
   */
  public abstract BigDecimal exact();

  /**
   * The rounding mode used.
   *
   * @return the mode
   */
  public abstract RoundingMode mode();

  /**
   * The amount rounded to the cent.
   *
   * @return the amount with two decimals
   */
  @Value.Derived
  public BigDecimal rounded() {
    return Euros.toCents(exact(), mode());
  }

  /**
   * Rounds an amount to the cent.
   *
   * @param exact the amount at full precision
   * @param mode the rounding mode
   * @return the rounded amount
   */
  public static RoundedAmount of(BigDecimal exact, RoundingMode mode) {
    return RoundedAmount.builder().exact(exact).mode(mode).build();
  }

  @Value.Check
  void check() {
    if (exact() == null || mode() == null) {
      throw new IllegalStateException("a rounded amount needs an exact amount and a mode");
    }
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static RoundedAmount.Builder builder() {
    return new RoundedAmount.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public RoundedAmount.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link RoundedAmount}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableRoundedAmount.Builder {
    /** A builder with no attribute set, as {@link RoundedAmount#builder()} gives. */
    public Builder() {}
  }
}
