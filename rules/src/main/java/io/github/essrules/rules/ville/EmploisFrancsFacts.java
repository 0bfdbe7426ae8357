package io.github.essrules.rules.ville;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A hire for the emplois francs aid: the date, the contract, the working time and the months of
 * presence, and what makes the person eligible.
 *
 * <p>Legal basis: décret n° 2019-1471 and the décrets that followed (emplois francs), read in
 * secondary sources; amounts and dates are dated parameters.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableEmploisFrancsFacts.class)
@JsonDeserialize(as = ImmutableEmploisFrancsFacts.class)
@AccessorConstraints
public abstract class EmploisFrancsFacts {
  EmploisFrancsFacts() {}

  /** The contract. */
  public enum Contract {
    /** Contrat à durée indéterminée. */
    CDI,
    /** Contrat à durée déterminée. */
    CDD
  }

  /**
   * The day of the hire. It may be after the date asked about: the rule then judges a planned
   * hire (a simulation), so it is deliberately not constrained by
   * {@link io.github.essrules.core.validation.NotAfterAsOf}.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day of the hire, from 1 January 2020 (décret n° 2019-1471); a hire after 31 December "
      + "2024 is not eligible. It may be after the date asked about: a planned hire (a "
      + "simulation).")
  @NotNull
  public abstract LocalDate hiredOn();

  /**
   * The contract.
   *
   * @return the contract
   */
  @JsonPropertyDescription("The contract: CDI, or CDD of at least six months (décret n° 2019-1471, art. 6).")
  @NotNull
  public abstract Contract contract();

  /**
   * For a CDD: its length in months, renewals included; the months of aid are counted within it.
   *
   * @return the months
   */
  @JsonPropertyDescription("For a CDD: its length in months, renewals included; the months of aid are counted within "
      + "it.")
  public abstract Optional<@Min(1) @Max(36) Integer> cddMonths();

  /**
   * The working time as a share of full time.
   *
   * @return the share, more than 0 and at most 1
   */
  @JsonPropertyDescription("The working time as a share of full time (1 for full time): the aid is prorated to it.")
  @NotNull
  @DecimalMin(value = "0", inclusive = false)
  @DecimalMax("1")
  public abstract BigDecimal workingTime();

  /**
   * The months the employee was present during the aid's period (planned, for a planned hire);
   * only those within the aid's limit and, for a CDD, within the contract count.
   *
   * @return the months
   */
  @JsonPropertyDescription("The months the employee was present during the aid's period (planned, for a planned "
      + "hire); only those within the aid's limit (36 for a CDI, 24 for a CDD) and, for a CDD, "
      + "within the contract count.")
  @NotNull
  @Min(0)
  @Max(36)
  public abstract Integer monthsPresent();

  /**
   * Whether the person was a job-seeker resident in a QPV when hired.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the person was a job-seeker resident in a quartier prioritaire (QPV) when hired "
      + "(décret n° 2019-1471).")
  public abstract Optional<Boolean> jobSeekerResidentInQpv();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static EmploisFrancsFacts.Builder builder() {
    return new EmploisFrancsFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public EmploisFrancsFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link EmploisFrancsFacts}: set its attributes, then call {@code build()}. A builder
   * is not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableEmploisFrancsFacts.Builder {
    /** A builder with no attribute set, as {@link EmploisFrancsFacts#builder()} gives. */
    public Builder() {}
  }
}
