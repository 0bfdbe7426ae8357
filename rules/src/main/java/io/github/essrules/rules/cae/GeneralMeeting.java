package io.github.essrules.rules.cae;

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
 * A general meeting of the CAE and what it decided that the Code du travail asks for.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableGeneralMeeting.class)
@JsonDeserialize(as = ImmutableGeneralMeeting.class)
@AccessorConstraints
public abstract class GeneralMeeting {
  GeneralMeeting() {}

  /**
   * The day of the meeting.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day of the meeting.")
  @NotNull
  public abstract LocalDate date();

  /**
   * Whether it deliberated on the individual and collective accompaniment actions and the
   * resources allocated to them (R7331-2).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether it deliberated on the individual and collective accompaniment actions and the "
      + "resources allocated to them (C. trav. R7331-2).")
  public abstract Optional<Boolean> deliberatedOnAccompaniment();

  /**
   * Whether it set the bases, rates or amounts of the contribution to the pooled services
   * (R7331-8).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether it set the bases, rates or amounts of the contribution to the pooled services "
      + "(C. trav. R7331-8).")
  public abstract Optional<Boolean> setContribution();

  /**
   * The closing date of the financial year whose accounts it ruled on, if it did (R7331-12).
   *
   * @return the date
   */
  @JsonPropertyDescription("The closing date of the financial year whose accounts it ruled on, if it did (C. trav. "
      + "R7331-12).")
  public abstract Optional<LocalDate> approvedAccountsOfYearClosedOn();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static GeneralMeeting.Builder builder() {
    return new GeneralMeeting.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public GeneralMeeting.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link GeneralMeeting}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableGeneralMeeting.Builder {
    /** A builder with no attribute set, as {@link GeneralMeeting#builder()} gives. */
    public Builder() {}
  }
}
