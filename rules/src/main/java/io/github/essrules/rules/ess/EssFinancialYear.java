package io.github.essrules.rules.ess;

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
 * The accounts of one closed financial year of a commercial company, as far as loi n° 2014-856,
 * art. 1, II, 2°, c needs them: the profit and its allocation, the reserves and the capital, and
 * what was done with the capital. Amounts in euros, to the cent; every amount may be left out,
 * and the conditions that need it are then undetermined.
 *
 * <pre>{@code
 * EssFinancialYear y = EssFinancialYear.builder()
 *     .closingDate(LocalDate.of(2024, 12, 31))
 *     .profit(new BigDecimal("40000")).priorLosses(BigDecimal.ZERO)
 *     .reservesBeforeAllocation(new BigDecimal("5000")).shareCapital(new BigDecimal("100000"))
 *     .allocatedToDevelopmentFund(new BigDecimal("8000"))
 *     .allocatedToRetainedEarningsAndMandatoryReserves(new BigDecimal("30000"))
 *     .capitalOperation(CapitalOperation.NONE)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableEssFinancialYear.class)
@JsonDeserialize(as = ImmutableEssFinancialYear.class)
@AccessorConstraints
public abstract class EssFinancialYear {
  EssFinancialYear() {}

  /**
   * The last day of the financial year; not after the date asked about (a closed year).
   *
   * @return the date
   */
  @JsonPropertyDescription("The last day of the financial year; not after the date asked about (a closed year).")
  @NotNull
  @NotAfterAsOf
  public abstract LocalDate closingDate();

  /**
   * The year's result ("bénéfice" if positive, "perte" if negative).
   *
   * @return the result, in euros
   */
  @JsonPropertyDescription("The year's result, in euros: a bénéfice if positive, a perte if negative.")
  public abstract Optional<@Digits(integer = 15, fraction = 2) BigDecimal> profit();

  /**
   * The losses of earlier years still to be absorbed ("pertes antérieures", report à nouveau
   * débiteur), as a positive amount; zero if none.
   *
   * @return the losses, in euros
   */
  @JsonPropertyDescription("The losses of earlier years still to be absorbed (pertes antérieures, report à nouveau "
      + "débiteur), in euros, as a positive amount; 0 if none. Deducted from the profit.")
  public abstract Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> priorLosses();

  /**
   * The total of the company's reserves before this year's profit is allocated.
   *
   * @return the reserves, in euros
   */
  @JsonPropertyDescription("The total of the company's reserves before this year's profit is allocated, in euros: at "
      + "least 20 % of the profit goes to the fonds de développement while they are below one "
      + "fifth of the capital (loi n° 2014-856, art. 1, II, 2°, c).")
  public abstract Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> reservesBeforeAllocation();

  /**
   * The share capital.
   *
   * @return the capital, in euros
   */
  @JsonPropertyDescription("The share capital, in euros.")
  public abstract Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> shareCapital();

  /**
   * The part of this year's profit allocated to the statutory reserve "fonds de développement".
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The part of this year's profit allocated to the statutory reserve fonds de "
      + "développement, in euros (loi n° 2014-856, art. 1, II, 2°, c: at least 20 %).")
  public abstract Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> allocatedToDevelopmentFund();

  /**
   * The part of this year's profit allocated to the report bénéficiaire (retained earnings) and
   * to the mandatory reserves, the fonds de développement included.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The part of this year's profit allocated to the report bénéficiaire and the mandatory "
      + "reserves, the fonds de développement included, in euros (loi n° 2014-856, art. 1, II, "
      + "2°, c: at least 50 %).")
  public abstract Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> allocatedToRetainedEarningsAndMandatoryReserves();

  /**
   * What the company did with its capital during the year.
   *
   * @return the operation
   */
  @JsonPropertyDescription("What the company did with its capital during the year: NONE, REDUCTION_FOR_LOSSES, "
      + "REDUCTION_FOR_CONTINUITY (allowed), or AMORTISATION_OR_OTHER_REDUCTION (not allowed, loi "
      + "n° 2014-856, art. 1, II, 2°, c).")
  public abstract Optional<CapitalOperation> capitalOperation();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static EssFinancialYear.Builder builder() {
    return new EssFinancialYear.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public EssFinancialYear.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link EssFinancialYear}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableEssFinancialYear.Builder {
    /** A builder with no attribute set, as {@link EssFinancialYear#builder()} gives. */
    public Builder() {}
  }
}
