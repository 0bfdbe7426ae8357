package io.github.essrules.core.law;

import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.MessageCatalog;
import io.github.essrules.core.i18n.MessageArg;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when the library is asked for the law or an amount on a date it does not know: before
 * the first dated value or version, in a gap between two periods, after the period of a value
 * set for a period, beyond the horizon of presumption of a value or text set until amended, or
 * — under the strict {@link LawPolicy} — as soon as a value would be presumed.
 *
 * <p>The library never extrapolates silently: an amount for a year it has no text for is this
 * error, not the last known amount. The message says which dates are covered and what the user
 * can do: ask for another date, supply the value, or use a newer version of the library.
 */
public final class NoLawKnownException extends EssRulesException {
  private static final long serialVersionUID = 1L;

  /** Why the date is refused. */
  public enum Reason {
    /** The date is outside the dates the library covers (before the first text, in a gap). */
    NOT_COVERED,
    /** The value was set for a period (a year, a quarter) that has ended. */
    PERIOD_ENDED,
    /** The date is after the horizon up to which a verified value or text is presumed unchanged. */
    BEYOND_HORIZON,
    /** The value or text would be presumed unchanged, which the strict policy refuses. */
    STRICT_POLICY,
    /** The law schedules a new value before that date, which the library does not know yet. */
    REVISION_DUE
  }

  /** What was asked for. */
  private final String subject;
  /** The date asked for. */
  private final LocalDate date;
  /** The coverage, in words. */
  private final String coverage;
  /** Why. */
  private final Reason reason;
  /** The day the last value was verified, or null. */
  private final LocalDate verifiedOn;
  /** Whether the user can supply the missing value (a parameter) or not (a text). */
  private final boolean suppliable;

  /**
   * Creates the exception for a date outside the coverage.
   *
   * @param subject the parameter or rule asked for, for example {@code smic-horaire-brut}
   * @param date the date asked for
   * @param coverage the dates the library knows, in the same form in every language (ISO dates),
   *     for example {@code "2015-01-01 → 2026-11-27"}, or {@code "2014-08-02 →"} for no known end
   */
  public NoLawKnownException(String subject, LocalDate date, String coverage) {
    this(subject, date, coverage, Reason.NOT_COVERED, null, false);
  }

  /**
   * Creates the exception.
   *
   * @param subject the parameter or text asked for
   * @param date the date asked for
   * @param coverage the dates the library knows, in words
   * @param reason why the date is refused
   * @param verifiedOn the day the value or text was last verified, or {@code null}
   * @param suppliable whether the user can supply the value ({@code true} for a parameter)
   */
  public NoLawKnownException(String subject, LocalDate date, String coverage, Reason reason,
      LocalDate verifiedOn, boolean suppliable) {
    super(null);
    this.subject = Objects.requireNonNull(subject, "subject");
    this.date = Objects.requireNonNull(date, "date");
    this.coverage = Objects.requireNonNull(coverage, "coverage");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.verifiedOn = verifiedOn;
    this.suppliable = suppliable;
  }

  /**
   * The parameter or rule asked for.
   *
   * @return its identifier
   */
  public String subject() {
    return subject;
  }

  /**
   * The date asked for.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The dates the library knows for that subject.
   *
   * @return the coverage, in words
   */
  public String coverage() {
    return coverage;
  }

  /**
   * Why the date is refused.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The day the value or text was last verified, when the refusal is about a presumption.
   *
   * @return the day, or empty
   */
  public java.util.Optional<LocalDate> verifiedOn() {
    return java.util.Optional.ofNullable(verifiedOn);
  }

  @Override
  public String message(Lang lang) {
    MessageCatalog m = CoreMessages.get();
    StringBuilder out = new StringBuilder(m.format("error.no-law-known", lang,
        MessageArg.text(subject), MessageArg.date(date), MessageArg.text(coverage)));
    if (reason != Reason.NOT_COVERED) {
      out.append(' ').append(m.format("error.no-law-known." + reason.name(), lang,
          verifiedOn == null ? MessageArg.text("?") : MessageArg.date(verifiedOn)));
    }
    out.append(' ').append(m.format(suppliable ? "error.no-law-known.hint-parameter"
        : "error.no-law-known.hint-text", lang));
    return out.toString();
  }
}
