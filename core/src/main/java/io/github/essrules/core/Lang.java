package io.github.essrules.core;

import java.util.Locale;

/**
 * The languages in which the library speaks to users: French (the default, the language of the
 * law) and English.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Lang {
  /** French, the default language of every message. */
  FR(Locale.FRENCH),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /**
   * The default language: French.
   *
   * @return {@link #FR}
   */
  public static Lang defaultLang() {
    return FR;
  }

  /**
   * Reads a language tag such as {@code fr}, {@code en}, {@code fr-FR} or {@code EN}.
   *
   * @param tag a language tag
   * @return the language
   * @throws IllegalArgumentException if the tag names neither French nor English
   */
  public static Lang fromTag(String tag) {
    String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
    for (Lang lang : values()) {
      if (lang.locale.getLanguage().equals(language)) {
        return lang;
      }
    }
    throw new IllegalArgumentException("unsupported language '" + tag + "': use fr or en");
  }

  /**
   * The Java locale of this language, without country.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The two-letter tag of this language.
   *
   * @return {@code fr} or {@code en}
   */
  public String tag() {
    return locale.getLanguage();
  }
}
