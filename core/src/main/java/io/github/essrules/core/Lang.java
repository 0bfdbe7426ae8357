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
   * The language of the library for a Java locale: French for a locale whose language is French
   * ({@code fr}, {@code fr-FR}, {@code fr-CA}, {@code fr-BE}…), English for every other locale,
   * {@link Locale#ROOT} included. Every method of the library that takes a {@code Lang} has an
   * overload taking a {@code Locale} — a Spring request's, a user's — that uses this mapping.
   *
   * <pre>{@code
   * Lang.of(Locale.CANADA_FRENCH); // FR
   * Lang.of(Locale.GERMANY);       // EN
   * }</pre>
   *
   * @param locale the locale
   * @return {@link #FR} or {@link #EN}
   * @throws NullPointerException if {@code locale} is {@code null}
   */
  public static Lang of(Locale locale) {
    return FR.locale.getLanguage().equals(locale.getLanguage()) ? FR : EN;
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
