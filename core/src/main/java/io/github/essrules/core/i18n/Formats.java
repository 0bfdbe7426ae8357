package io.github.essrules.core.i18n;

import io.github.essrules.core.Lang;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Formats numbers, amounts, rates and dates the way each language writes them, independently of
 * the JVM's locale data (which changes between JDK versions).
 *
 * <p>French: {@code 48 060,00 €}, {@code 66 %}, {@code 1er janvier 2026}, {@code janvier 2026}
 * (the thousands separator is a no-break space U+00A0). English: {@code €48,060.00}, {@code 66%},
 * {@code 1 January 2026}, {@code January 2026}.
 *
 * <p>Display rounding, for the text only (the values themselves, in computations and in JSON, keep
 * every digit):
 * <ul>
 *   <li>an amount in euros is shown to the cent: one with more than two decimals is rounded half up
 *       ({@link RoundingMode#HALF_UP}: {@code 1367.3025} is shown {@code 1 367,30 €},
 *       {@code 0.005} is shown {@code 0,01 €}); one with a single decimal gets a second
 *       ({@code 21450.0} is shown {@code 21 450,00 €}); a whole amount stays whole
 *       ({@code 228000} is shown {@code 228 000 €});
 *   <li>numbers and rates are never rounded: they are shown with the digits they have, as the
 *       text states them ({@code 0.75} is {@code 75 %}, {@code 0.125} is {@code 12,5 %}).
 * </ul>
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
    amount = toTheCent(amount);
    if (lang == Lang.FR) {
      return appendNumber(out, amount, lang).append(NBSP).append('€');
    }
    if (amount.signum() < 0) {
      return appendNumber(out.append("-€"), amount.negate(), lang);
    }
    return appendNumber(out.append('€'), amount, lang);
  }

  /**
   * An amount as it is shown: rounded half up to the cent when it has more than two decimals, with
   * two decimals when it has one, as it is otherwise. For display only.
   *
   * @param amount the amount in euros
   * @return for example {@code 1367.30} for {@code 1367.3025}, {@code 21450.00} for
   *     {@code 21450.0}, {@code 228000} for {@code 228000}
   */
  public static BigDecimal toTheCent(BigDecimal amount) {
    if (amount.scale() > 2) {
      return amount.setScale(2, RoundingMode.HALF_UP);
    }
    if (amount.scale() == 1) {
      // 21450.0 is shown 21 450,00 €: a tenth is never how an amount of money is written
      return amount.setScale(2);
    }
    return amount;
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

  /**
   * A calendar month in words.
   *
   * @param month the month
   * @param lang the language
   * @return for example {@code janvier 2026} in French, {@code January 2026} in English
   */
  public static String month(YearMonth month, Lang lang) {
    return appendMonth(new StringBuilder(16), month, lang).toString();
  }

  /**
   * A calendar month in words.
   *
   * @param month the month
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return for example {@code janvier 2026} in French, {@code January 2026} in English
   */
  public static String month(YearMonth month, Locale locale) {
    return month(month, Lang.of(locale));
  }

  /**
   * Appends a month as {@link #month(YearMonth, Lang)} writes it.
   *
   * @param out where the text goes
   * @param month the month
   * @param lang the language
   * @return {@code out}
   */
  public static StringBuilder appendMonth(StringBuilder out, YearMonth month, Lang lang) {
    return out.append(monthName(month.getMonthValue(), lang)).append(' ').append(month.getYear());
  }

  /**
   * Appends a month as {@link #month(YearMonth, Lang)} writes it.
   *
   * @param out where the text goes
   * @param month the month
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return {@code out}
   */
  public static StringBuilder appendMonth(StringBuilder out, YearMonth month, Locale locale) {
    return appendMonth(out, month, Lang.of(locale));
  }

  /**
   * Several months in words, in the order given: the year written once for the months of a year
   * that follow each other in the list, three or more consecutive months written as a span.
   *
   * @param months the months, not empty
   * @param lang the language
   * @return for example {@code novembre et décembre 2025, janvier 2026} or
   *     {@code janvier à mars et juin 2026} in French, {@code November and December 2025,
   *     January 2026} or {@code January to March and June 2026} in English
   * @throws IllegalArgumentException if the list is empty
   */
  public static String months(List<YearMonth> months, Lang lang) {
    return appendMonths(new StringBuilder(16 * months.size()), months, lang).toString();
  }

  /**
   * Several months in words, as {@link #months(List, Lang)} writes them.
   *
   * @param months the months, not empty
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return for example {@code novembre et décembre 2025, janvier 2026} in French
   * @throws IllegalArgumentException if the list is empty
   */
  public static String months(List<YearMonth> months, Locale locale) {
    return months(months, Lang.of(locale));
  }

  /**
   * Appends several months as {@link #months(List, Lang)} writes them.
   *
   * @param out where the text goes
   * @param months the months, not empty
   * @param lang the language
   * @return {@code out}
   * @throws IllegalArgumentException if the list is empty
   */
  public static StringBuilder appendMonths(StringBuilder out, List<YearMonth> months, Lang lang) {
    if (months.isEmpty()) {
      throw new IllegalArgumentException("no month to write");
    }
    String and = lang == Lang.FR ? " et " : " and ";
    int start = 0;
    while (start < months.size()) {
      int end = start + 1;
      while (end < months.size() && months.get(end).getYear() == months.get(start).getYear()) {
        end++;
      }
      if (start > 0) {
        out.append(", ");
      }
      // the months of the year, three or more that follow each other written as one span
      List<String> items = new ArrayList<>();
      int i = start;
      while (i < end) {
        int j = i + 1;
        while (j < end && months.get(j).getMonthValue() == months.get(j - 1).getMonthValue() + 1) {
          j++;
        }
        if (j - i >= 3) {
          items.add(monthName(months.get(i).getMonthValue(), lang) + (lang == Lang.FR ? " à " : " to ")
              + monthName(months.get(j - 1).getMonthValue(), lang));
        } else {
          for (int k = i; k < j; k++) {
            items.add(monthName(months.get(k).getMonthValue(), lang));
          }
        }
        i = j;
      }
      for (int k = 0; k < items.size(); k++) {
        if (k > 0) {
          out.append(k == items.size() - 1 ? and : ", ");
        }
        out.append(items.get(k));
      }
      out.append(' ').append(months.get(start).getYear());
      start = end;
    }
    return out;
  }

  /**
   * Appends several months as {@link #months(List, Lang)} writes them.
   *
   * @param out where the text goes
   * @param months the months, not empty
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return {@code out}
   * @throws IllegalArgumentException if the list is empty
   */
  public static StringBuilder appendMonths(StringBuilder out, List<YearMonth> months, Locale locale) {
    return appendMonths(out, months, Lang.of(locale));
  }

  private static String monthName(int month, Lang lang) {
    return lang == Lang.FR ? MOIS[month - 1] : MONTHS[month - 1];
  }
}
