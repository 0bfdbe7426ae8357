package io.github.essrules.rules.iae;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.NotAfterAsOf;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The sales of an ACI over a period and the charges of the activities they come from, with the
 * préfet's derogation if any (C. trav. D5132-34).
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableSalesFigures.class)
@JsonDeserialize(as = ImmutableSalesFigures.class)
@AccessorConstraints
public abstract class SalesFigures {
  SalesFigures() {}

  /**
   * The last day of the period (a financial year); not after the date asked about (a closed
   * period).
   *
   * @return the date
   */
  @JsonPropertyDescription("The last day of the period (a financial year); not after the date asked about (a closed "
      + "period).")
  @NotNull
  @NotAfterAsOf
  public abstract LocalDate periodEnd();

  /**
   * The receipts from selling the goods and services produced.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The receipts from selling the goods and services produced, in euros (C. trav. D5132-34: "
      + "below 30 % of the charges).")
  @NotNull
  @PositiveOrZero
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal receipts();

  /**
   * The charges of the activities.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The charges of the activities the sales come from, in euros (C. trav. D5132-34).")
  @NotNull
  @Positive
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal charges();

  /**
   * The share the préfet raised the limit to, if he did (at most 50 %).
   *
   * @return the share
   */
  @JsonPropertyDescription("The share the préfet raised the sales limit to, if he did: 0.30 to 0.50 (C. trav. "
      + "D5132-34).")
  public abstract Optional<@DecimalMin("0.30") @DecimalMax("0.50") BigDecimal> derogationShare();

  /**
   * Whether the commission gave a favourable opinion on the derogation.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the commission gave a favourable opinion on the préfet's derogation (C. trav. "
      + "D5132-34).")
  public abstract Optional<Boolean> derogationFavourableOpinion();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static SalesFigures.Builder builder() {
    return new SalesFigures.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public SalesFigures.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link SalesFigures}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableSalesFigures.Builder {
    /** A builder with no attribute set, as {@link SalesFigures#builder()} gives. */
    public Builder() {}
  }
}
