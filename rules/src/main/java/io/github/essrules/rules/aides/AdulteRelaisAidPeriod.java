package io.github.essrules.rules.aides;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period during which an adulte-relais post was effectively occupied, for the State aid (C.
 * trav. D5134-158), and the yearly amount per full-time post the convention states for it, if the
 * user gives it (D5134-151, 4°).
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAdulteRelaisAidPeriod.class)
@JsonDeserialize(as = ImmutableAdulteRelaisAidPeriod.class)
@AccessorConstraints
public abstract class AdulteRelaisAidPeriod {
  AdulteRelaisAidPeriod() {}

  /**
   * The first day occupied.
   *
   * @return the date, included
   */
  @JsonPropertyDescription("The first day the post was effectively occupied in the period (C. trav. D5134-158), "
      + "included.")
  @NotNull
  public abstract LocalDate firstDay();

  /**
   * The last day occupied.
   *
   * @return the date, included
   */
  @JsonPropertyDescription("The last day the post was effectively occupied in the period, included; the period may "
      + "not cross a 1 July, the day the amount is revalued (C. trav. D5134-160).")
  @NotNull
  public abstract LocalDate lastDay();

  /**
   * The yearly amount per full-time post over the period, as the convention states it.
   *
   * @return the amount in euros, or empty to use the library's value (known only for the first
   *     half of 2013)
   */
  @JsonPropertyDescription("The yearly aid per full-time post over the period, in euros, as the convention states it "
      + "(C. trav. D5134-151, 4°); absent, the library's value is used, known only from 18 January to 30 June 2013 "
      + "(décret n° 2013-54 [S]).")
  public abstract Optional<@Positive @Digits(integer = 9, fraction = 2) BigDecimal> yearlyAmount();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static AdulteRelaisAidPeriod.Builder builder() {
    return new AdulteRelaisAidPeriod.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public AdulteRelaisAidPeriod.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link AdulteRelaisAidPeriod}: set its attributes, then call {@code build()}. A
   * builder is not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableAdulteRelaisAidPeriod.Builder {
    /** A builder with no attribute set, as {@link AdulteRelaisAidPeriod#builder()} gives. */
    public Builder() {}
  }
}
