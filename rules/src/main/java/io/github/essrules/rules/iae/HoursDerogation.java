package io.github.essrules.rules.iae;

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
 * A derogation granted by the préfet to the minimum of 20 hours a week: individual (C. trav.
 * D5132-43-5, at most twelve months, extendable to finish the planned actions) or collective
 * (D5132-43-8, at most twelve months).
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableHoursDerogation.class)
@JsonDeserialize(as = ImmutableHoursDerogation.class)
@AccessorConstraints
public abstract class HoursDerogation {
  HoursDerogation() {}

  /** The kind of derogation. */
  public enum Kind {
    /** For one employee (D5132-43-5). */
    INDIVIDUAL,
    /** For all the employees of the ACI with common difficulties (D5132-43-8). */
    COLLECTIVE
  }

  /**
   * The kind.
   *
   * @return the kind
   */
  @JsonPropertyDescription("The kind of derogation: INDIVIDUAL for one employee (C. trav. D5132-43-5), COLLECTIVE "
      + "for the employees of the ACI with common difficulties (D5132-43-8).")
  @NotNull
  public abstract Kind kind();

  /**
   * The first day of the derogation.
   *
   * @return the date
   */
  @JsonPropertyDescription("The first day of the derogation.")
  @NotNull
  public abstract LocalDate from();

  /**
   * The last day, included.
   *
   * @return the date
   */
  @JsonPropertyDescription("The last day of the derogation, included; a derogation lasts twelve months at most (C. "
      + "trav. D5132-43-5, D5132-43-8).")
  @NotNull
  public abstract LocalDate until();

  /**
   * For an individual derogation: whether it was extended after the employer's review to finish
   * the actions planned (D5132-43-5).
   *
   * @return the statement
   */
  @JsonPropertyDescription("For an individual derogation: whether it was extended after the employer's review to "
      + "finish the actions planned (C. trav. D5132-43-5).")
  public abstract Optional<Boolean> extendedToFinishActions();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static HoursDerogation.Builder builder() {
    return new HoursDerogation.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public HoursDerogation.Builder toBuilder() {
    // attribute by attribute: the builder has no from(HoursDerogation), its from(LocalDate) being
    // the attribute's
    return builder().kind(kind()).from(from()).until(until())
        .extendedToFinishActions(extendedToFinishActions());
  }

  /**
   * Builds a {@link HoursDerogation}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableHoursDerogation.Builder {
    /** A builder with no attribute set, as {@link HoursDerogation#builder()} gives. */
    public Builder() {}
  }
}
