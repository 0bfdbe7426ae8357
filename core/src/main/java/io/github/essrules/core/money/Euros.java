package io.github.essrules.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Euro amounts as {@link BigDecimal}: parsing, and rounding to the cent with a named mode.
 *
 * <p>The library computes with full precision and rounds once, where the text says, with the
 * rounding mode stated; nothing here rounds silently and no method takes or returns a
 * {@code double}.
 *
 * <pre>{@code
 * BigDecimal exact = new BigDecimal("11.88").multiply(new BigDecimal("151.67")).multiply(BigDecimal.valueOf(12));
 * Euros.toCents(exact, RoundingMode.HALF_UP); // 21622.08 (exact: 21622.0752)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Euros {
  /** The number of decimals of an amount in cents. */
  public static final int CENT_SCALE = 2;

  private Euros() {}

  /**
   * Reads an amount written with a dot as decimal separator, such as {@code "1801.84"}.
   *
   * @param text the amount
   * @return the amount, with the scale written
   * @throws NumberFormatException if the text is not a decimal number
   */
  public static BigDecimal of(String text) {
    return new BigDecimal(Objects.requireNonNull(text, "text").trim());
  }

  /**
   * Rounds an amount to the cent.
   *
   * @param exact the amount at full precision
   * @param mode the rounding mode the text prescribes; {@link RoundingMode#UNNECESSARY} to
   *     assert that no rounding is needed
   * @return the amount with two decimals
   * @throws ArithmeticException if the mode is {@code UNNECESSARY} and the amount has more than
   *     two significant decimals
   */
  public static BigDecimal toCents(BigDecimal exact, RoundingMode mode) {
    return exact.setScale(CENT_SCALE, Objects.requireNonNull(mode, "mode"));
  }

  /**
   * Rounds an amount to the cent and keeps what was rounded, for a breakdown.
   *
   * @param exact the amount at full precision
   * @param mode the rounding mode
   * @return the exact amount, the rounded amount and the mode
   */
  public static RoundedAmount round(BigDecimal exact, RoundingMode mode) {
    return RoundedAmount.of(exact, mode);
  }

  /**
   * Whether an amount is a whole number of cents.
   *
   * @param amount an amount
   * @return true if it has no significant digit beyond the cent
   */
  public static boolean isWholeCents(BigDecimal amount) {
    return amount.stripTrailingZeros().scale() <= CENT_SCALE;
  }
}
