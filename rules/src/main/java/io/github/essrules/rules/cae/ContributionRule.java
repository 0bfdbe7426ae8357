package io.github.essrules.rules.cae;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The CAE's rule for the entrepreneur's contribution to the pooled services: a rate on a base,
 * with a floor or a cap if the general meeting set one (C. trav. R7331-8: the statuts set the
 * principles, the general meeting the bases, rates or amounts; L7331-2, 2°, c: the CESA states
 * how it is computed). The law sets no rate: this is the CAE's own data.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableContributionRule.class)
@JsonDeserialize(as = ImmutableContributionRule.class)
@AccessorConstraints
public abstract class ContributionRule {
  ContributionRule() {}

  /** What the rate applies to. */
  public enum Base {
    /** The activity's turnover. */
    TURNOVER,
    /** The gross margin: turnover minus the charges directly and exclusively tied to the activity. */
    MARGIN
  }

  /**
   * The base.
   *
   * @return the base
   */
  @JsonPropertyDescription("The base of the contribution: TURNOVER, or MARGIN (turnover minus the charges directly "
      + "and exclusively tied to the activity).")
  @NotNull
  public abstract Base base();

  /**
   * The rate, as a fraction ({@code 0.10} for 10 %).
   *
   * @return the rate
   */
  @JsonPropertyDescription("The rate, as a fraction (0.10 for 10 %), set by the general meeting (C. trav. R7331-8).")
  @NotNull
  @DecimalMin("0")
  @DecimalMax("1")
  @Digits(integer = 1, fraction = 6)
  public abstract BigDecimal rate();

  /**
   * The least contribution for the year, if any.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The least contribution for the year, in euros, if the general meeting set one.")
  public abstract Optional<@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal> floor();

  /**
   * The greatest contribution for the year, if any.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The greatest contribution for the year, in euros, if the general meeting set one.")
  public abstract Optional<@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal> cap();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ContributionRule.Builder builder() {
    return new ContributionRule.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public ContributionRule.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link ContributionRule}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableContributionRule.Builder {
    /** A builder with no attribute set, as {@link ContributionRule#builder()} gives. */
    public Builder() {}
  }

  @AssertTrue(message = "{ess-rules:validation.cae.floor-above-cap}")
  boolean floorNotAboveCap() {
    return floor().isEmpty() || cap().isEmpty() || floor().get().compareTo(cap().get()) <= 0;
  }
}
