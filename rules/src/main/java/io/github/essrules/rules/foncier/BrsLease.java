package io.github.essrules.rules.foncier;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A bail réel solidaire (CCH L255-1 et seq.) and the resale terms it carries: duration, initial
 * price of the rights and its date, index terms, whether improvement works are added, and the
 * lower ceiling the OFS may set (L255-2).
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableBrsLease.class)
@JsonDeserialize(as = ImmutableBrsLease.class)
@AccessorConstraints
public abstract class BrsLease {
  BrsLease() {}

  /**
   * The organisme de foncier solidaire.
   *
   * @return the name
   */
  @JsonPropertyDescription("The name of the organisme de foncier solidaire that granted the lease.")
  public abstract Optional<@Size(min = 1, max = 200) String> ofs();

  /**
   * The day the lease started.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the lease started.")
  @NotNull
  public abstract LocalDate startDate();

  /**
   * The lease's duration (L255-1: 18 to 99 years).
   *
   * @return the years
   */
  @JsonPropertyDescription("The lease's duration in years: 18 to 99 (CCH L255-1).")
  @NotNull
  @Min(18)
  @Max(99)
  public abstract Integer durationYears();

  /**
   * The price paid for the rights at the initial acquisition.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The price paid for the rights at the initial acquisition, in euros: the initial value "
      + "the resale price is capped at, actualised (CCH L255-5).")
  @NotNull
  @Positive
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal initialPrice();

  /**
   * The day of the initial acquisition.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day of the initial acquisition (the index quarter of the initial value is picked at "
      + "it).")
  @NotNull
  public abstract LocalDate initialPriceDate();

  /**
   * The dwelling's surface, for the reports.
   *
   * @return the surface, in m²
   */
  @JsonPropertyDescription("The dwelling's surface in square metres, for the reports.")
  public abstract Optional<@DecimalMin(value = "0", inclusive = false) BigDecimal> surface();

  /**
   * How the price is actualised.
   *
   * @return the terms
   */
  @JsonPropertyDescription("How the lease actualises the price on an index (CCH L255-10-1: as the lease provides).")
  @NotNull
  @Valid
  public abstract IndexTerms index();

  /**
   * Whether the lease adds the value of improvement works to the actualised price.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the lease adds the value of improvement works to the actualised price.")
  @NotNull
  public abstract Boolean worksAdded();

  /**
   * The lower resale ceiling the OFS set (L255-2), if any.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The lower resale ceiling the OFS set (CCH L255-2), in euros, if any.")
  public abstract Optional<@Positive @Digits(integer = 12, fraction = 2) BigDecimal> ofsCeiling();

  /**
   * The rounding to the cent the lease stipulates; half up if it says nothing.
   *
   * @return the mode
   */
  @JsonPropertyDescription("The rounding to the cent the lease stipulates: HALF_UP when left out (the lease says "
      + "nothing).")
  @Value.Default
  public RoundingMode rounding() {
    return RoundingMode.HALF_UP;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static BrsLease.Builder builder() {
    return new BrsLease.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public BrsLease.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link BrsLease}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableBrsLease.Builder {
    /** A builder with no attribute set, as {@link BrsLease#builder()} gives. */
    public Builder() {}
  }
}
