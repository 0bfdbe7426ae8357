package io.github.essrules.rules.esus;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.NotAfterAsOf;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The figures of one financial year that C. trav. R3332-21-1 needs to decide whether the charge
 * induced by social-utility activities has a significant impact on the compte de résultat
 * (L3332-17-1, I, 2°). Amounts in euros, to the cent; the figures of an alternative may be left
 * out, and that alternative is then undetermined.
 *
 * <pre>{@code
 * EsusFinancialYear y = EsusFinancialYear.builder()
 *     .startDate(LocalDate.of(2024, 1, 1)).closingDate(LocalDate.of(2024, 12, 31))
 *     .operatingCharges(new BigDecimal("1000000"))
 *     .socialUtilityOperatingCharges(new BigDecimal("700000"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableEsusFinancialYear.class)
@JsonDeserialize(as = ImmutableEsusFinancialYear.class)
@AccessorConstraints
public abstract class EsusFinancialYear {
  EsusFinancialYear() {}

  /**
   * The first day of the financial year.
   *
   * @return the date
   */
  @JsonPropertyDescription("The first day of the financial year.")
  @NotNull
  public abstract LocalDate startDate();

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
   * All operating charges of the compte de résultat ("charges d'exploitation").
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("All operating charges of the compte de résultat (charges d'exploitation), in euros (C. "
      + "trav. R3332-21-1).")
  public abstract Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> operatingCharges();

  /**
   * The operating charges of the activities that pursue a social utility (art. 2 of loi
   * n° 2014-856); not more than {@link #operatingCharges()}.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The operating charges of the activities that pursue a social utility (loi n° 2014-856, "
      + "art. 2), in euros; not more than operatingCharges (C. trav. R3332-21-1).")
  public abstract Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> socialUtilityOperatingCharges();

  /**
   * The dividends paid for the year.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The dividends paid for the year, in euros (C. trav. R3332-21-1).")
  public abstract Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> dividends();

  /**
   * The remuneration of the non-bank financing listed in R3332-21-1, 2° (C. monét. fin. L213-5,
   * L213-32 to L213-35, L313-13, L512-1 to L512-8, L312-2 al. 2 and 3).
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The remuneration of the non-bank financing listed in C. trav. R3332-21-1, 2° (C. monét. "
      + "fin. L213-5, L213-32 to L213-35, L313-13, L512-1 to L512-8, L312-2 al. 2 and 3), in "
      + "euros.")
  public abstract Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> nonBankFinancingRemuneration();

  /**
   * The equity ("capitaux propres"); may be negative.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The equity (capitaux propres), in euros; may be negative (C. trav. R3332-21-1).")
  public abstract Optional<@Digits(integer = 15, fraction = 2) BigDecimal> equity();

  /**
   * The non-bank financing of R3332-21-1, 2° itself.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The non-bank financing listed in C. trav. R3332-21-1, 2°, in euros.")
  public abstract Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> nonBankFinancing();

  /**
   * The taux moyen de rendement des obligations des sociétés privées (TMO, art. 14 of loi
   * n° 47-1775) for the year, as a fraction ({@code 0.0345} for 3.45 %). The library does not
   * know the TMO: it is the user's figure.
   *
   * @return the rate
   */
  @JsonPropertyDescription("The taux moyen de rendement des obligations des sociétés privées (TMO, loi n° 47-1775, "
      + "art. 14) for the year, as a fraction (0.0345 for 3.45 %): the user's figure, the library "
      + "does not know it.")
  public abstract Optional<@DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 8) BigDecimal> tmo();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static EsusFinancialYear.Builder builder() {
    return new EsusFinancialYear.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public EsusFinancialYear.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link EsusFinancialYear}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableEsusFinancialYear.Builder {
    /** A builder with no attribute set, as {@link EsusFinancialYear#builder()} gives. */
    public Builder() {}
  }

  @AssertTrue(message = "{ess-rules:validation.year.dates}")
  boolean closingAfterStart() {
    return startDate() == null || closingDate() == null || closingDate().isAfter(startDate());
  }

  @AssertTrue(message = "{ess-rules:validation.year.social-utility-charges}")
  boolean socialUtilityChargesWithinTotal() {
    return operatingCharges().isEmpty() || socialUtilityOperatingCharges().isEmpty()
        || socialUtilityOperatingCharges().get().compareTo(operatingCharges().get()) <= 0;
  }
}
