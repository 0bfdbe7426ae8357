package io.github.essrules.core.law;

import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.MessageArg;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when the library is asked for the law or an amount on a date it does not know: before
 * the first dated value, after the date until which the last value is known to be valid, or in a
 * gap between two periods.
 *
 * <p>The library never extrapolates: an amount for a year it has no text for is this error, not
 * the last known amount.
 */
public final class NoLawKnownException extends EssRulesException {
  private static final long serialVersionUID = 1L;

  /** What was asked for. */
  private final String subject;
  /** The date asked for. */
  private final LocalDate date;
  /** The coverage, in words. */
  private final String coverage;

  /**
   * Creates the exception.
   *
   * @param subject the parameter or rule asked for, for example {@code smic-horaire-brut}
   * @param date the date asked for
   * @param coverage the dates the library knows, in words, for example
   *     {@code "2015-01-01 → 2026-11-27"}
   */
  public NoLawKnownException(String subject, LocalDate date, String coverage) {
    super(null);
    this.subject = Objects.requireNonNull(subject, "subject");
    this.date = Objects.requireNonNull(date, "date");
    this.coverage = Objects.requireNonNull(coverage, "coverage");
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

  @Override
  public String message(Lang lang) {
    return CoreMessages.get()
        .format("error.no-law-known", lang,
            MessageArg.text(subject), MessageArg.date(date), MessageArg.text(coverage));
  }
}
