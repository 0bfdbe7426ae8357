package io.github.essrules.rules.cae;

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
  @NotNull
  public abstract LocalDate date();

  /**
   * Whether it deliberated on the individual and collective accompaniment actions and the
   * resources allocated to them (R7331-2).
   *
   * @return the statement
   */
  public abstract Optional<Boolean> deliberatedOnAccompaniment();

  /**
   * Whether it set the bases, rates or amounts of the contribution to the pooled services
   * (R7331-8).
   *
   * @return the statement
   */
  public abstract Optional<Boolean> setContribution();

  /**
   * The closing date of the financial year whose accounts it ruled on, if it did (R7331-12).
   *
   * @return the date
   */
  public abstract Optional<LocalDate> approvedAccountsOfYearClosedOn();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableGeneralMeeting.Builder builder() {
    return ImmutableGeneralMeeting.builder();
  }
}
