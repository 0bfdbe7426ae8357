package io.github.essrules.rules.foncier;

import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.rules.RulesMessages;
import org.threeten.extra.YearQuarter;

/**
 * A quarter asked of an index series that does not have it: the library never extrapolates an
 * index. Give the value in the lease's own series, or ask for a quarter the series has.
 *
 * <p>Legal basis: CCH, art. L255-5 and L255-10-1: the actualisation needs the index values the
 * lease names; a missing one is never guessed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnknownIndexQuarterException extends EssRulesException {
  private static final long serialVersionUID = 1L;

  /** The series asked. */
  private final String series;
  /** The quarter asked for. */
  private final YearQuarter quarter;
  /** The coverage, in words. */
  private final String coverage;

  /**
   * Creates the exception.
   *
   * @param series the series' name
   * @param quarter the quarter asked for
   * @param coverage the quarters the series has, in words
   */
  public UnknownIndexQuarterException(String series, YearQuarter quarter, String coverage) {
    super(null);
    this.series = series;
    this.quarter = quarter;
    this.coverage = coverage;
  }

  /**
   * The quarter asked for.
   *
   * @return the quarter
   */
  public YearQuarter quarter() {
    return quarter;
  }

  /**
   * The series' name.
   *
   * @return the name
   */
  public String series() {
    return series;
  }

  @Override
  public String message(Lang lang) {
    return RulesMessages.get().format("foncier.error.quarter", lang, MessageArg.text(series),
        MessageArg.text(quarter.toString()), MessageArg.text(coverage));
  }
}
