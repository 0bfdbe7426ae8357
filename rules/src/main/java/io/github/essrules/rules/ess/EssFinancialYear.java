package io.github.essrules.rules.ess;

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
 * art. 1, II, 2°, b needs them: the profit and its allocation, the reserves and the capital, and
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
  @NotNull
  @NotAfterAsOf
  public abstract LocalDate closingDate();

  /**
   * The year's result ("bénéfice" if positive, "perte" if negative).
   *
   * @return the result, in euros
   */
  public abstract Optional<@Digits(integer = 15, fraction = 2) BigDecimal> profit();

  /**
   * The losses of earlier years still to be absorbed ("pertes antérieures", report à nouveau
   * débiteur), as a positive amount; zero if none.
   *
   * @return the losses, in euros
   */
  public abstract Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> priorLosses();

  /**
   * The total of the company's reserves before this year's profit is allocated.
   *
   * @return the reserves, in euros
   */
  public abstract Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> reservesBeforeAllocation();

  /**
   * The share capital.
   *
   * @return the capital, in euros
   */
  public abstract Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> shareCapital();

  /**
   * The part of this year's profit allocated to the statutory reserve "fonds de développement".
   *
   * @return the amount, in euros
   */
  public abstract Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> allocatedToDevelopmentFund();

  /**
   * The part of this year's profit allocated to the report bénéficiaire (retained earnings) and
   * to the mandatory reserves, the fonds de développement included.
   *
   * @return the amount, in euros
   */
  public abstract Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> allocatedToRetainedEarningsAndMandatoryReserves();

  /**
   * What the company did with its capital during the year.
   *
   * @return the operation
   */
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
