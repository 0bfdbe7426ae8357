package io.github.essrules.core.i18n;

import io.github.essrules.core.Lang;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Formats numbers, amounts, rates and dates the way each language writes them, independently of
 * the JVM's locale data (which changes between JDK versions).
 *
 * <p>French: {@code 48 060,00 €}, {@code 66 %}, {@code 1er janvier 2026} (the thousands separator
 * is a no-break space U+00A0). English: {@code €48,060.00}, {@code 66%}, {@code 1 January 2026}.
 * Numbers are never rounded here: they are shown with the digits they have.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Formats {
  private static final String[] MOIS = {
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre"
  };
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };
  private static final char NBSP = '\u00a0';

  private Formats() {}

  /**
   * A decimal number with grouped thousands.
   *
   * @param number the number
   * @param lang the language
   * @return for example {@code 21 622,08} in French, {@code 21,622.08} in English
   */
  public static String number(BigDecimal number, Lang lang) {
    return appendNumber(new StringBuilder(24), number, lang).toString();
  }

  /**
   * A decimal number with grouped thousands.
   *
   * @param number the number
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return for example {@code 21 622,08} in French, {@code 21,622.08} in English
   */
  public static String number(BigDecimal number, Locale locale) {
    return number(number, Lang.of(locale));
  }

  /**
   * Appends a number as {@link #number(BigDecimal, Lang)} writes it.
   *
   * @param out where the text goes
   * @param number the number
   * @param lang the language
   * @return {@code out}
   */
  public static StringBuilder appendNumber(StringBuilder out, BigDecimal number, Lang lang) {
    String plain = number.toPlainString();
    int start = 0;
    if (plain.charAt(0) == '-') {
      out.append('-');
      start = 1;
    }
    int dot = plain.indexOf('.', start);
    int integerEnd = dot < 0 ? plain.length() : dot;
    int digits = integerEnd - start;
    char group = lang == Lang.FR ? NBSP : ',';
    for (int i = 0; i < digits; i++) {
      if (i > 0 && (digits - i) % 3 == 0) {
        out.append(group);
      }
      out.append(plain.charAt(start + i));
    }
    if (dot >= 0 && dot < plain.length() - 1) {
      out.append(lang == Lang.FR ? ',' : '.').append(plain, dot + 1, plain.length());
    }
    return out;
  }

  /**
   * Appends a number as {@link #number(BigDecimal, Lang)} writes it.
   *
   * @param out where the text goes
   * @param number the number
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return {@code out}
   */
  public static StringBuilder appendNumber(StringBuilder out, BigDecimal number, Locale locale) {
    return appendNumber(out, number, Lang.of(locale));
  }

  /**
   * An amount in euros.
   *
   * @param amount the amount
   * @param lang the language
   * @return for example {@code 12,02 €} in French, {@code €12.02} in English
   */
  public static String euros(BigDecimal amount, Lang lang) {
    return appendEuros(new StringBuilder(24), amount, lang).toString();
  }

  /**
   * An amount in euros.
   *
   * @param amount the amount
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return for example {@code 12,02 €} in French, {@code €12.02} in English
   */
  public static String euros(BigDecimal amount, Locale locale) {
    return euros(amount, Lang.of(locale));
  }

  /**
   * Appends an amount as {@link #euros(BigDecimal, Lang)} writes it.
   *
   * @param out where the text goes
   * @param amount the amount in euros
   * @param lang the language
   * @return {@code out}
   */
  public static StringBuilder appendEuros(StringBuilder out, BigDecimal amount, Lang lang) {
    if (amount.scale() == 1) {
      // 21450.0 is shown 21 450,00 €: a tenth is never how an amount of money is written
      amount = amount.setScale(2);
    }
    if (lang == Lang.FR) {
      return appendNumber(out, amount, lang).append(NBSP).append('€');
    }
    if (amount.signum() < 0) {
      return appendNumber(out.append("-€"), amount.negate(), lang);
    }
    return appendNumber(out.append('€'), amount, lang);
  }

  /**
   * Appends an amount as {@link #euros(BigDecimal, Lang)} writes it.
   *
   * @param out where the text goes
   * @param amount the amount in euros
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return {@code out}
   */
  public static StringBuilder appendEuros(StringBuilder out, BigDecimal amount, Locale locale) {
    return appendEuros(out, amount, Lang.of(locale));
  }

  /**
   * A rate given as a fraction, shown as a percentage.
   *
   * @param fraction the rate, {@code 0.66} for 66 %
   * @param lang the language
   * @return for example {@code 66 %} in French, {@code 66%} in English
   */
  public static String rate(BigDecimal fraction, Lang lang) {
    return appendRate(new StringBuilder(12), fraction, lang).toString();
  }

  /**
   * A rate given as a fraction, shown as a percentage.
   *
   * @param fraction the rate, {@code 0.66} for 66 %
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return for example {@code 66 %} in French, {@code 66%} in English
   */
  public static String rate(BigDecimal fraction, Locale locale) {
    return rate(fraction, Lang.of(locale));
  }

  /**
   * Appends a rate as {@link #rate(BigDecimal, Lang)} writes it.
   *
   * @param out where the text goes
   * @param fraction the rate as a fraction
   * @param lang the language
   * @return {@code out}
   */
  public static StringBuilder appendRate(StringBuilder out, BigDecimal fraction, Lang lang) {
    BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
    if (percent.scale() < 0) {
      percent = percent.setScale(0);
    }
    appendNumber(out, percent, lang);
    return lang == Lang.FR ? out.append(NBSP).append('%') : out.append('%');
  }

  /**
   * Appends a rate as {@link #rate(BigDecimal, Lang)} writes it.
   *
   * @param out where the text goes
   * @param fraction the rate as a fraction
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return {@code out}
   */
  public static StringBuilder appendRate(StringBuilder out, BigDecimal fraction, Locale locale) {
    return appendRate(out, fraction, Lang.of(locale));
  }

  /**
   * A date in words.
   *
   * @param date the date
   * @param lang the language
   * @return for example {@code 1er janvier 2026} in French, {@code 1 January 2026} in English
   */
  public static String date(LocalDate date, Lang lang) {
    return appendDate(new StringBuilder(20), date, lang).toString();
  }

  /**
   * A date in words.
   *
   * @param date the date
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return for example {@code 1er janvier 2026} in French, {@code 1 January 2026} in English
   */
  public static String date(LocalDate date, Locale locale) {
    return date(date, Lang.of(locale));
  }

  /**
   * Appends a date as {@link #date(LocalDate, Lang)} writes it.
   *
   * @param out where the text goes
   * @param date the date
   * @param lang the language
   * @return {@code out}
   */
  public static StringBuilder appendDate(StringBuilder out, LocalDate date, Lang lang) {
    int day = date.getDayOfMonth();
    int month = date.getMonthValue() - 1;
    if (lang == Lang.FR) {
      if (day == 1) {
        out.append("1er");
      } else {
        out.append(day);
      }
      return out.append(' ').append(MOIS[month]).append(' ').append(date.getYear());
    }
    return out.append(day).append(' ').append(MONTHS[month]).append(' ').append(date.getYear());
  }

  /**
   * Appends a date as {@link #date(LocalDate, Lang)} writes it.
   *
   * @param out where the text goes
   * @param date the date
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return {@code out}
   */
  public static StringBuilder appendDate(StringBuilder out, LocalDate date, Locale locale) {
    return appendDate(out, date, Lang.of(locale));
  }
}
