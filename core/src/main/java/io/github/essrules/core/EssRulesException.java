package io.github.essrules.core;

import java.util.Locale;

/**
 * The root of every exception the library throws on purpose: invalid input, no law known for a
 * date, a malformed parameter file, an invalid identifier.
 *
 * <p>Each subtype can say what went wrong in French and in English ({@link #message(Lang)});
 * {@link #getMessage()} gives the French text. A command-line front end shows
 * {@code message(lang)} to the user, never a stack trace.
 */
public abstract class EssRulesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param cause the cause, or {@code null}
   */
  protected EssRulesException(Throwable cause) {
    super(null, cause);
  }

  /**
   * What went wrong, for a person, in the given language.
   *
   * @param lang the language
   * @return a complete sentence or list, never {@code null}
   */
  public abstract String message(Lang lang);

  /**
   * What went wrong, for a person, in the given language.
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return a complete sentence or list, never {@code null}
   */
  public String message(Locale locale) {
    return message(Lang.of(locale));
  }

  /** The French message. */
  @Override
  public String getMessage() {
    return message(Lang.FR);
  }
}
