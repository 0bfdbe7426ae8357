package io.github.essrules.core.i18n;

import io.github.essrules.core.Lang;
import java.math.BigDecimal;
import java.time.LocalDate;

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
    String plain = number.toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) {
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    char group = lang == Lang.FR ? NBSP : ',';
    StringBuilder out = new StringBuilder(plain.length() + 8);
    if (negative) {
      out.append('-');
    }
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        out.append(group);
      }
      out.append(integer.charAt(i));
    }
    if (!fraction.isEmpty()) {
      out.append(lang == Lang.FR ? ',' : '.').append(fraction);
    }
    return out.toString();
  }

  /**
   * An amount in euros.
   *
   * @param amount the amount
   * @param lang the language
   * @return for example {@code 12,02 €} in French, {@code €12.02} in English
   */
  public static String euros(BigDecimal amount, Lang lang) {
    if (amount.scale() == 1) {
      // 21450.0 is shown 21 450,00 €: a tenth is never how an amount of money is written
      amount = amount.setScale(2);
    }
    if (lang == Lang.FR) {
      return number(amount, lang) + NBSP + '€';
    }
    String n = number(amount, lang);
    return n.startsWith("-") ? "-€" + n.substring(1) : "€" + n;
  }

  /**
   * A rate given as a fraction, shown as a percentage.
   *
   * @param fraction the rate, {@code 0.66} for 66 %
   * @param lang the language
   * @return for example {@code 66 %} in French, {@code 66%} in English
   */
  public static String rate(BigDecimal fraction, Lang lang) {
    BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
    if (percent.scale() < 0) {
      percent = percent.setScale(0);
    }
    return number(percent, lang) + (lang == Lang.FR ? NBSP + "%" : "%");
  }

  /**
   * A date in words.
   *
   * @param date the date
   * @param lang the language
   * @return for example {@code 1er janvier 2026} in French, {@code 1 January 2026} in English
   */
  public static String date(LocalDate date, Lang lang) {
    int day = date.getDayOfMonth();
    int month = date.getMonthValue() - 1;
    if (lang == Lang.FR) {
      return (day == 1 ? "1er" : Integer.toString(day)) + ' ' + MOIS[month] + ' ' + date.getYear();
    }
    return day + " " + MONTHS[month] + ' ' + date.getYear();
  }
}
