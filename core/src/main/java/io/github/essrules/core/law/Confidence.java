package io.github.essrules.core.law;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import java.util.Locale;

/**
 * How sure the library is of a legal fact, after the labels of the project's research notes.
 *
 * <p>The constants are declared from the most to the least certain, so that
 * {@link #weakest(Confidence, Confidence)} can combine the confidence of several sources. A value
 * supplied by the user ranks below a presumed one (the library vouches for neither, but a
 * presumption at least rests on a text it once verified), and above a fact the library itself
 * could not confirm.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Confidence {
  /** Read in the official text or a faithful copy of it (label [V] of the notes). */
  VERIFIED,
  /** Read only in a secondary source: commentary, federation page, translation (label [S]). */
  SECONDARY,
  /**
   * A value or a text applied to a date after the library last verified it, presumed unchanged
   * since (see {@link LawPolicy}): what was verified may have been amended since.
   */
  PRESUMED,
  /**
   * A value the user supplied (a parameter file given to the library), whatever the confidence
   * the file claims: the library has not checked it.
   */
  SUPPLIED_BY_USER,
  /** Not confirmed (label [?]): the value is a parameter or a user-supplied term. */
  UNCONFIRMED;

  /**
   * The less certain of two confidences.
   *
   * @param a a confidence
   * @param b another confidence
   * @return the one declared later in this enum
   */
  public static Confidence weakest(Confidence a, Confidence b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * The confidence in words.
   *
   * @param lang the language
   * @return for example "source secondaire" / "secondary source"
   */
  public String label(Lang lang) {
    return CoreMessages.get().format("confidence." + name(), lang);
  }

  /**
   * The confidence in words.
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return for example "source secondaire" / "secondary source"
   */
  public String label(Locale locale) {
    return label(Lang.of(locale));
  }
}
