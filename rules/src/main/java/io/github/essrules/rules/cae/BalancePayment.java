package io.github.essrules.rules.cae;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The balance of the variable part of an entrepreneur's remuneration for one financial year
 * (C. trav. R7331-12): paid on a date, or nothing due.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableBalancePayment.class)
@JsonDeserialize(as = ImmutableBalancePayment.class)
@AccessorConstraints
public abstract class BalancePayment {
  BalancePayment() {}

  /**
   * The closing date of the financial year the balance is for.
   *
   * @return the date
   */
  @JsonPropertyDescription("The closing date of the financial year the balance is for.")
  @NotNull
  public abstract LocalDate financialYearClosedOn();

  /**
   * The day the balance was paid.
   *
   * @return the date, if paid
   */
  @JsonPropertyDescription("The day the balance of the variable part was paid (C. trav. R7331-12).")
  public abstract Optional<LocalDate> paidOn();

  /**
   * Whether no balance was due for the year (the advances covered the variable part).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether no balance was due for the year, the advances having covered the variable part.")
  public abstract Optional<Boolean> nothingDue();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static BalancePayment.Builder builder() {
    return new BalancePayment.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public BalancePayment.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link BalancePayment}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableBalancePayment.Builder {
    /** A builder with no attribute set, as {@link BalancePayment#builder()} gives. */
    public Builder() {}
  }
}
