package io.github.essrules.rules.iae;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.NotAfterAsOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A CDDI's history in an ACI and what L5132-15-1 asks to know of the employee: periods in order,
 * each starting the day after the previous one ends, the first being the initial contract.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableCddiFacts.class)
@JsonDeserialize(as = ImmutableCddiFacts.class)
@AccessorConstraints
public abstract class CddiFacts {
  CddiFacts() {}

  /**
   * A label for the employee.
   *
   * @return the label
   */
  @JsonPropertyDescription("A label for the employee.")
  public abstract Optional<@Size(min = 1, max = 100) String> employee();

  /**
   * The employee's birth date (for "cinquante ans et plus"); not after the date asked about.
   *
   * @return the date
   */
  @JsonPropertyDescription("The employee's birth date, for the extension of an employee aged 50 or more (C. trav. "
      + "L5132-15-1, a); not after the date asked about.")
  public abstract Optional<@NotAfterAsOf LocalDate> birthDate();

  /**
   * Whether the employee is recognised as a disabled worker (RQTH).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the employee is recognised as a disabled worker (RQTH), for an extension beyond "
      + "24 months (C. trav. L5132-15-1, a).")
  public abstract Optional<Boolean> rqth();

  /**
   * Whether the employee was sentenced and benefits from a sentence adjustment (no four-month
   * minimum).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the employee was sentenced and benefits from a sentence adjustment: then the "
      + "initial contract has no four-month minimum (C. trav. L5132-15-1).")
  public abstract Optional<Boolean> sentenceAdjustment();

  /**
   * The periods, in order; at least one (left out or empty, the facts are refused, see
   * {@linkplain io.github.essrules.rules unknown and empty facts}).
   *
   * @return the periods
   */
  @JsonPropertyDescription("The periods of the contract, in order, each starting the day after the previous one "
      + "ends, the first being the initial contract; at least one.")
  @Size(min = 1)
  public abstract List<@NotNull @Valid CddiPeriod> periods();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static CddiFacts.Builder builder() {
    return new CddiFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public CddiFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link CddiFacts}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableCddiFacts.Builder {
    /** A builder with no attribute set, as {@link CddiFacts#builder()} gives. */
    public Builder() {}
  }

  @AssertTrue(message = "{ess-rules:validation.iae.history}")
  boolean historyIsContiguousAndStartsWithTheInitialContract() {
    for (int i = 0; i < periods().size(); i++) {
      CddiPeriod p = periods().get(i);
      if (p == null || p.start() == null || p.kind() == null) {
        return true;
      }
      if ((i == 0) != (p.kind() == CddiPeriod.Kind.INITIAL)) {
        return false;
      }
      if (i > 0) {
        CddiPeriod previous = periods().get(i - 1);
        if (previous == null || previous.end() == null || !p.start().equals(previous.end().plusDays(1))) {
          return false;
        }
      }
    }
    return true;
  }
}
