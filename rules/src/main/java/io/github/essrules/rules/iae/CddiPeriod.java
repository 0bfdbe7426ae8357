package io.github.essrules.rules.iae;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One period of a contrat à durée déterminée d'insertion (CDDI) in an ACI: the initial contract,
 * a renewal, or one of the extensions L5132-15-1 allows beyond 24 months, with its weekly hours.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableCddiPeriod.class)
@JsonDeserialize(as = ImmutableCddiPeriod.class)
@AccessorConstraints
public abstract class CddiPeriod {
  CddiPeriod() {}

  /** What the period is. */
  public enum Kind {
    /** The initial contract. */
    INITIAL,
    /** A renewal within the 24 months. */
    RENEWAL,
    /** A renewal beyond the maximum to finish a training action in progress. */
    TRAINING_EXTENSION,
    /** An extension for an employee aged 50 or more or recognised disabled (a). */
    EXTENSION_50_PLUS_OR_RQTH,
    /** An extension for particularly serious difficulties, up to 60 months in all (b). */
    EXTENSION_SERIOUS_DIFFICULTIES
  }

  /** Who decided an extension. */
  public enum DecidedBy {
    /** A prescriber of L5132-3. */
    PRESCRIBER,
    /** The ACI, after a direct hiring. */
    ACI
  }

  /**
   * What the period is.
   *
   * @return the kind
   */
  @JsonPropertyDescription("What the period is: the initial contract, a renewal within 24 months, a renewal to "
      + "finish a training action, or an extension for an employee aged 50 or more or disabled "
      + "(a) or for particularly serious difficulties (b) (C. trav. L5132-15-1).")
  @NotNull
  public abstract Kind kind();

  /**
   * The first day.
   *
   * @return the date
   */
  @JsonPropertyDescription("The first day of the period.")
  @NotNull
  public abstract LocalDate start();

  /**
   * The last day, included.
   *
   * @return the date
   */
  @JsonPropertyDescription("The last day of the period, included.")
  @NotNull
  public abstract LocalDate end();

  /**
   * The weekly working hours; at most 48 (the maximum working week), checked against 20 and 35.
   *
   * @return the hours
   */
  @JsonPropertyDescription("The weekly working hours; at most 48, checked against the minimum of 20 (C. trav. "
      + "L5132-15-1) and the legal 35.")
  @NotNull
  @DecimalMin(value = "0", inclusive = false)
  @DecimalMax("48")
  public abstract BigDecimal weeklyHours();

  /**
   * The day an extension was decided.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day an extension was decided: the employee's age is taken on that day (on the "
      + "period's first day if left out).")
  public abstract Optional<LocalDate> decidedOn();

  /**
   * Who decided an extension.
   *
   * @return the decider
   */
  @JsonPropertyDescription("Who decided an extension: a prescriber of C. trav. L5132-3, or the ACI after a direct "
      + "hiring.")
  public abstract Optional<DecidedBy> decidedBy();

  /**
   * For a training extension: the last day of the training action.
   *
   * @return the date
   */
  @JsonPropertyDescription("For a renewal to finish a training action: the last day of the training action.")
  public abstract Optional<LocalDate> trainingActionEndsOn();

  /**
   * A derogation to the 20 hours a week covering the period, if any.
   *
   * @return the derogation
   */
  @JsonPropertyDescription("The préfet's derogation to the 20 hours a week covering the period, if any (C. trav. "
      + "D5132-43-5, D5132-43-8).")
  public abstract Optional<@Valid HoursDerogation> hoursDerogation();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static CddiPeriod.Builder builder() {
    return new CddiPeriod.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public CddiPeriod.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link CddiPeriod}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableCddiPeriod.Builder {
    /** A builder with no attribute set, as {@link CddiPeriod#builder()} gives. */
    public Builder() {}
  }

  @AssertTrue(message = "{ess-rules:validation.iae.period-dates}")
  boolean endsAfterItStarts() {
    return start() == null || end() == null || !end().isBefore(start());
  }
}
