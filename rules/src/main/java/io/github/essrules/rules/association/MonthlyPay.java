package io.github.essrules.rules.association;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.Arguments;
import io.github.essrules.rules.internal.Months;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
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
  @JsonPropertyDescription("The month, YYYY-MM.")
  @NotNull
  public abstract YearMonth month();

  /**
   * The gross amount.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The gross remuneration paid to the dirigeant for the month, all forms included, in euros "
      + "(compared with three quarters of the monthly SMIC, BOI-IS-CHAMP-10-50-10-20).")
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
    return MonthlyPay.builder().month(month).gross(gross).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static MonthlyPay.Builder builder() {
    return new MonthlyPay.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public MonthlyPay.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link MonthlyPay}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableMonthlyPay.Builder {
    /** A builder with no attribute set, as {@link MonthlyPay#builder()} gives. */
    public Builder() {}
  }

  /**
   * The same gross pay for each month from {@code first} to {@code last}, both included: a
   * dirigeant paid every month of a year, or of part of it.
   *
   * <pre>{@code
   * PaidDirigeant.builder().label("trésorière")
   *     .pay(MonthlyPay.everyMonth(YearMonth.of(2025, 1), YearMonth.of(2025, 12), new BigDecimal("1351.38")))
   *     .build();
   * }</pre>
   *
   * @param first the first month paid, included, not {@code null}
   * @param last the last month paid, included, not {@code null}
   * @param gross the gross amount of each month, not {@code null}
   * @return one pay per month, in order, an unmodifiable list; empty when {@code last} is before
   *     {@code first}
   * @throws io.github.essrules.core.validation.InvalidInputException naming the argument if one is
   *     {@code null}
   */
  public static List<MonthlyPay> everyMonth(YearMonth first, YearMonth last, BigDecimal gross) {
    Arguments.required(gross, "gross");
    List<YearMonth> months = Months.closed(first, last);
    MonthlyPay[] pay = new MonthlyPay[months.size()];
    for (int i = 0; i < pay.length; i++) {
      pay[i] = of(months.get(i), gross);
    }
    return List.of(pay);
  }
}
