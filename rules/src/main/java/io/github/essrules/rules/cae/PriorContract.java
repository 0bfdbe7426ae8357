package io.github.essrules.rules.cae;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import org.immutables.value.Value;

/**
 * A contract concluded between the entrepreneur and the CAE before the CESA: a contrat d'appui
 * au projet d'entreprise (CAPE, C. com. L127-1) or any other. Its length shortens the delay to
 * become associé (C. trav. L7331-3) and the longest trial period (L7332-1).
 *
 * <p>The length is the period from the first day to the day after the last day: 1 January to
 * 31 December is 12 months.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutablePriorContract.class)
@JsonDeserialize(as = ImmutablePriorContract.class)
@AccessorConstraints
public abstract class PriorContract {
  PriorContract() {}

  /** The kind of prior contract. */
  public enum Kind {
    /** Contrat d'appui au projet d'entreprise (C. com. L127-1). */
    CAPE,
    /** Any other contract between the parties. */
    OTHER
  }

  /**
   * The kind of contract.
   *
   * @return the kind
   */
  @JsonPropertyDescription("The kind of contract: CAPE (contrat d'appui au projet d'entreprise, C. com. L127-1) or "
      + "OTHER.")
  @NotNull
  public abstract Kind kind();

  /**
   * The first day of the contract.
   *
   * @return the date
   */
  @JsonPropertyDescription("The first day of the contract.")
  @NotNull
  public abstract LocalDate firstDay();

  /**
   * The last day of the contract, included.
   *
   * @return the date
   */
  @JsonPropertyDescription("The last day of the contract, included.")
  @NotNull
  public abstract LocalDate lastDay();

  /**
   * The length of the contract: from the first day to the day after the last.
   *
   * @return the period
   */
  public Period length() {
    return Period.between(firstDay(), lastDay().plusDays(1));
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static PriorContract.Builder builder() {
    return new PriorContract.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public PriorContract.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link PriorContract}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutablePriorContract.Builder {
    /** A builder with no attribute set, as {@link PriorContract#builder()} gives. */
    public Builder() {}
  }

  @AssertTrue(message = "{ess-rules:validation.cae.prior-contract-dates}")
  boolean lastDayNotBeforeFirst() {
    return firstDay() == null || lastDay() == null || !lastDay().isBefore(firstDay());
  }
}
