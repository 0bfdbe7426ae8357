package io.github.essrules.core.validation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Facts of an imaginary application, shaped like the library's: events that must have happened
 * by the date asked about, as a day, a year and months.
 */
@EssStyle
@Value.Immutable
@AccessorConstraints
@JsonSerialize(as = ImmutableDatedSampleFacts.class)
@JsonDeserialize(as = ImmutableDatedSampleFacts.class)
public abstract class DatedSampleFacts {
  DatedSampleFacts() {}

  /** The day the application was filed. */
  @NotNull
  @NotAfterAsOf
  public abstract LocalDate applicationDate();

  /** The year the organisation was founded, if known. */
  public abstract Optional<@NotAfterAsOf Year> foundedIn();

  /** The months whose statements were sent. */
  public abstract List<@NotNull @NotAfterAsOf YearMonth> statementsSent();

  /** A deadline: it may lie after the date asked about, so it carries no constraint. */
  public abstract Optional<LocalDate> deadline();
}
