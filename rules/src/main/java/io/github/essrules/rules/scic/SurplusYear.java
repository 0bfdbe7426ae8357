package io.github.essrules.rules.scic;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.NotAfterAsOf;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A SCIC's surplus ("excédent net de gestion") of a financial year and, if decided, its
 * allocation to the legal and statutory reserves.
 *
 * <p>Legal basis: loi n° 47-1775 du 10 septembre 1947, art. 16 and 19 nonies (historical
 * numbering; secondary sources).
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableSurplusYear.class)
@JsonDeserialize(as = ImmutableSurplusYear.class)
@AccessorConstraints
public abstract class SurplusYear {
  SurplusYear() {}

  /**
   * The closing date of the financial year; not after the date asked about (a closed year).
   *
   * @return the date
   */
  @JsonPropertyDescription("The closing date of the financial year; not after the date asked about (a closed year).")
  @NotNull
  @NotAfterAsOf
  public abstract LocalDate financialYearClosedOn();

  /**
   * The surplus of the year.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The surplus of the year (excédent net de gestion), in euros.")
  @NotNull
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal surplus();

  /**
   * The total of the reserves before the allocation.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The total of the reserves before the allocation, in euros.")
  @NotNull
  @PositiveOrZero
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal reservesBefore();

  /**
   * The share capital.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The share capital, in euros.")
  @NotNull
  @PositiveOrZero
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal capital();

  /**
   * The amount allocated to the legal reserve, if decided.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The amount allocated to the legal reserve, in euros, if decided (loi n° 47-1775, art. "
      + "16: at least 15 % while the reserves are below the capital).")
  public abstract Optional<@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal> allocatedToLegalReserve();

  /**
   * The amount allocated to the statutory (impartible) reserve, if decided.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The amount allocated to the statutory, impartible reserve, in euros, if decided (loi n° "
      + "47-1775, art. 19 nonies: at least 50 % of the rest).")
  public abstract Optional<@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal> allocatedToStatutoryReserve();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static SurplusYear.Builder builder() {
    return new SurplusYear.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public SurplusYear.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link SurplusYear}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableSurplusYear.Builder {
    /** A builder with no attribute set, as {@link SurplusYear#builder()} gives. */
    public Builder() {}
  }
}
