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
    return ImmutableRoundedAmount.builder().exact(exact).mode(mode).build();
  }

  @Value.Check
  void check() {
    if (exact() == null || mode() == null) {
      throw new IllegalStateException("a rounded amount needs an exact amount and a mode");
    }
  }
}
