package io.github.essrules.rules.scic;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The interest on shares a SCIC's general meeting proposes, and the TMO of the three calendar
 * years before it (loi n° 47-1775, art. 14). The library knows no TMO: they are the user's figures.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableShareInterest.class)
@JsonDeserialize(as = ImmutableShareInterest.class)
@AccessorConstraints
public abstract class ShareInterest {
  ShareInterest() {}

  /**
   * The day of the general meeting.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day of the general meeting that proposes the interest.")
  @NotNull
  public abstract LocalDate generalMeetingDate();

  /**
   * The rate of interest proposed, as a fraction.
   *
   * @return the rate
   */
  @JsonPropertyDescription("The rate of interest on shares proposed, as a fraction: at most the average TMO of the "
      + "three calendar years before the meeting plus 2 points (loi n° 47-1775, art. 14).")
  @NotNull
  @DecimalMin("0")
  @DecimalMax("1")
  public abstract BigDecimal rate();

  /**
   * The TMO of each of the three calendar years before the meeting, as fractions; exactly three
   * (otherwise the facts are refused, see {@linkplain io.github.essrules.rules unknown and empty
   * facts}).
   *
   * @return three rates
   */
  @JsonPropertyDescription("The TMO of each of the three calendar years before the meeting, as fractions; exactly "
      + "three; the user's figures (loi n° 47-1775, art. 14).")
  @NotNull
  @Size(min = 3, max = 3)
  public abstract List<@NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal> tmoPreviousThreeYears();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ShareInterest.Builder builder() {
    return new ShareInterest.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public ShareInterest.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link ShareInterest}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableShareInterest.Builder {
    /** A builder with no attribute set, as {@link ShareInterest#builder()} gives. */
    public Builder() {}
  }
}
