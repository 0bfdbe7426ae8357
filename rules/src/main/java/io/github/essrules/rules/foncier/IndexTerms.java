package io.github.essrules.rules.foncier;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.YearQuarter;

/**
 * How a lease actualises a price on an index: the series (the shipped IRL, completed or replaced
 * by the lease's own values), and the quarter taken at each date — named in the lease, or picked
 * by a rule the lease states.
 *
 * <p>The rules: {@link Rule#QUARTER_OF_DATE} (the quarter the date falls in),
 * {@link Rule#PREVIOUS_QUARTER} (the quarter before it), {@link Rule#LAST_PUBLISHED} (the last
 * quarter whose value was published on the date, given the publication delay after the quarter's
 * end the lease or the user states — INSEE publishes the IRL about two weeks after a quarter ends,
 * but the library ships no publication calendar).
 *
 * <p>Legal basis: CCH, art. L255-10-1 (the price is computed "telles que prévues au bail"): these
 * terms are the lease's, as the user states them; art. L255-5 caps the result.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableIndexTerms.class)
@JsonDeserialize(as = ImmutableIndexTerms.class)
@AccessorConstraints
public abstract class IndexTerms {
  IndexTerms() {}

  /** The series the lease names. */
  public enum Series {
    /** The shipped INSEE indice de référence des loyers, completed by {@link #values()} if any. */
    IRL,
    /** The lease's own series (ICC, IPC, another index): {@link #values()} only. */
    OWN
  }

  /** How the quarter at a date is picked. */
  public enum Rule {
    /** The quarter the date falls in. */
    QUARTER_OF_DATE,
    /** The quarter before the one the date falls in. */
    PREVIOUS_QUARTER,
    /** The last quarter published on the date, given {@link #publicationDelayDays()}. */
    LAST_PUBLISHED
  }

  /**
   * The series.
   *
   * @return the series
   */
  @JsonPropertyDescription("The series: IRL, the shipped INSEE indice de référence des loyers (completed by values "
      + "if any), or OWN, the lease's own series (values only).")
  @NotNull
  public abstract Series series();

  /**
   * The name of the lease's own series, for the reports (ICC, IPC…).
   *
   * @return the name
   */
  @JsonPropertyDescription("The name of the lease's own series, for the reports (ICC, IPC…).")
  public abstract Optional<@Size(min = 1, max = 60) String> seriesName();

  /**
   * Values of the lease's series, or quarters added to the IRL. Values that complete a series
   * ({@linkplain io.github.essrules.rules unknown and empty facts}): empty and left out are the
   * same; a quarter needed and known nowhere is an {@link UnknownIndexQuarterException}, and a
   * lease's own series without values is refused.
   *
   * @return the values
   */
  @JsonPropertyDescription("Values of the lease's own series, or quarters added to the IRL; left out and [] are the "
      + "same; a lease's own series needs values.")
  public abstract List<@NotNull @Valid IndexValue> values();

  /**
   * The rule that picks the quarters, when the lease does not name them.
   *
   * @return the rule
   */
  @JsonPropertyDescription("The rule that picks the quarters when the lease does not name them: QUARTER_OF_DATE (the "
      + "quarter the date falls in), PREVIOUS_QUARTER (the one before), LAST_PUBLISHED (the last "
      + "one published on the date).")
  public abstract Optional<Rule> rule();

  /**
   * Days after a quarter's end until its value is published, for {@link Rule#LAST_PUBLISHED}.
   *
   * @return the days
   */
  @JsonPropertyDescription("Days after a quarter's end until its value is published, for the rule LAST_PUBLISHED.")
  public abstract Optional<@Min(0) @Max(366) Integer> publicationDelayDays();

  /**
   * The quarter of the initial value, when the lease names it.
   *
   * @return the quarter
   */
  @JsonPropertyDescription("The quarter of the initial value, YYYY-Qn, when the lease names it.")
  @JsonSerialize(contentUsing = YearQuarterJson.Writer.class)
  @JsonDeserialize(using = YearQuarterJson.OptionalReader.class)
  public abstract Optional<YearQuarter> initialQuarter();

  /**
   * The quarter at resale, when the lease names it.
   *
   * @return the quarter
   */
  @JsonPropertyDescription("The quarter at resale, YYYY-Qn, when the lease names it.")
  @JsonSerialize(contentUsing = YearQuarterJson.Writer.class)
  @JsonDeserialize(using = YearQuarterJson.OptionalReader.class)
  public abstract Optional<YearQuarter> resaleQuarter();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static IndexTerms.Builder builder() {
    return new IndexTerms.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public IndexTerms.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link IndexTerms}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableIndexTerms.Builder {
    /** A builder with no attribute set, as {@link IndexTerms#builder()} gives. */
    public Builder() {}
  }

  /**
   * The series these terms use.
   *
   * @return the shipped IRL with the lease's values, or the lease's own series; built once per
   *     instance
   */
  @Value.Lazy
  public IndexSeries indexSeries() {
    return series() == Series.IRL ? IndexSeries.irl().with(values())
        : IndexSeries.of(seriesName().orElse("index"), values());
  }

  /**
   * The quarter taken at a date by the rule.
   *
   * @param date the date
   * @return the quarter
   * @throws IllegalStateException if no rule is stated
   */
  public YearQuarter quarterAt(LocalDate date) {
    Rule r = rule().orElseThrow(() -> new IllegalStateException("no rule to pick the quarter"));
    switch (r) {
      case QUARTER_OF_DATE:
        return YearQuarter.from(date);
      case PREVIOUS_QUARTER:
        return YearQuarter.from(date).minusQuarters(1);
      default:
        int delay = publicationDelayDays().orElseThrow();
        YearQuarter q = YearQuarter.from(date);
        // a quarter is published "delay" days after its last day; on that day it is published
        while (q.atEndOfQuarter().plusDays(delay).isAfter(date)) {
          q = q.minusQuarters(1);
        }
        return q;
    }
  }

  @AssertTrue(message = "{ess-rules:validation.foncier.quarters}")
  boolean quartersOrRule() {
    return rule().isPresent() || initialQuarter().isPresent() && resaleQuarter().isPresent();
  }

  @AssertTrue(message = "{ess-rules:validation.foncier.delay}")
  boolean delayForLastPublished() {
    return rule().map(r -> r != Rule.LAST_PUBLISHED).orElse(true) || publicationDelayDays().isPresent();
  }

  @AssertTrue(message = "{ess-rules:validation.foncier.own-series}")
  boolean ownSeriesHasValues() {
    return series() != Series.OWN || !values().isEmpty();
  }
}
