package io.github.essrules.rules.association;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * The gross remuneration paid to a dirigeant for one month, all forms included.
 *
 * <p>Legal basis: CGI, art. 261-7-1° d (gestion désintéressée and the pay of dirigeants); the
 * tolerance of three quarters of the SMIC is the doctrine of BOI-IS-CHAMP-10-50-10-20 (secondary
 * source).
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableMonthlyPay.class)
@JsonDeserialize(as = ImmutableMonthlyPay.class)
@AccessorConstraints
public abstract class MonthlyPay {
  MonthlyPay() {}

  /**
   * The month.
   *
   * @return the month
   */
  @NotNull
  public abstract YearMonth month();

  /**
   * The gross amount.
   *
   * @return the amount, in euros
   */
  @NotNull
  @PositiveOrZero
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal gross();

  /**
   * A monthly pay.
   *
   * @param month the month
   * @param gross the gross amount
   * @return the value
   */
  public static MonthlyPay of(YearMonth month, BigDecimal gross) {
    return ImmutableMonthlyPay.builder().month(month).gross(gross).build();
  }
}
