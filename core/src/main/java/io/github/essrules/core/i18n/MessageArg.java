package io.github.essrules.core.i18n;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.essrules.core.Lang;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One typed argument of a {@link Message}: a value kept in a canonical form and formatted for the
 * reader's language only when the message is rendered.
 *
 * <p>Numbers and amounts keep their exact {@link BigDecimal} text ({@code "12.02"}), dates and
 * months their ISO form ({@code "2026-01-01"}, {@code "2026-01"}), lists of months their ISO forms
 * separated by commas ({@code "2025-12,2026-01"}), terms the key of a translated word of the same
 * catalog. Only the text is rounded ({@link Formats}): an amount of {@code 1367.3025} is shown
 * {@code 1 367,30 €} and kept {@code "1367.3025"}.
 *
 * <pre>{@code
 * MessageArg.euros(new BigDecimal("12.02")).format(Lang.FR, catalog); // "12,02 €"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MessageArg {

  /** The kinds of argument, each with its own formatting. */
  public enum Kind {
    /** Text shown as is (a name, an identifier, a citation). */
    TEXT,
    /** A decimal number. */
    NUMBER,
    /** An amount in euros. */
    EUROS,
    /** A rate, as a fraction: {@code 0.66} is shown as 66 %. */
    RATE,
    /** A calendar date. */
    DATE,
    /** A calendar month, shown in words: {@code 2026-01} is "janvier 2026". */
    MONTH,
    /** Several calendar months, shown in words: "novembre et décembre 2025". */
    MONTHS,
    /** The key of a translated term in the same catalog as the message. */
    TERM
  }

  private final Kind kind;
  /**
   * The typed value: a BigDecimal for numbers, euros and rates, a LocalDate, a YearMonth, an
   * immutable list of YearMonth, or a String.
   */
  private final Object typed;
  /** The value as text, made on first use (a benign race: every thread computes the same). */
  private String value;

  private MessageArg(Kind kind, Object typed) {
    this.kind = kind;
    this.typed = typed;
  }

  /**
   * Reads an argument from its kind and canonical value, checking that the value fits the kind.
   *
   * @param kind the kind
   * @param value the canonical value
   * @return the argument
   * @throws IllegalArgumentException if the value does not fit the kind
   */
  @JsonCreator
  public static MessageArg of(@JsonProperty("kind") Kind kind, @JsonProperty("value") String value) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    try {
      switch (kind) {
        case NUMBER:
        case EUROS:
        case RATE:
          return new MessageArg(kind, new BigDecimal(value));
        case DATE:
          return new MessageArg(kind, LocalDate.parse(value));
        case MONTH:
          return new MessageArg(kind, YearMonth.parse(value));
        case MONTHS:
          List<YearMonth> months = new ArrayList<>();
          for (String m : value.split(",", -1)) {
            months.add(YearMonth.parse(m.strip()));
          }
          return new MessageArg(kind, List.copyOf(months));
        default:
          return new MessageArg(kind, value);
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("'" + value + "' is not a valid " + kind + " argument", e);
    }
  }

  /**
   * A text argument.
   *
   * @param text the text
   * @return the argument
   */
  public static MessageArg text(String text) {
    return new MessageArg(Kind.TEXT, Objects.requireNonNull(text, "text"));
  }

  /**
   * A number argument.
   *
   * @param number the number
   * @return the argument
   */
  public static MessageArg number(BigDecimal number) {
    return new MessageArg(Kind.NUMBER, Objects.requireNonNull(number, "number"));
  }

  /**
   * A whole-number argument, such as a count.
   *
   * @param number the number
   * @return the argument
   */
  public static MessageArg number(long number) {
    if (number >= 0 && number < SMALL_NUMBERS.length) {
      return SMALL_NUMBERS[(int) number];
    }
    return new MessageArg(Kind.NUMBER, BigDecimal.valueOf(number));
  }

  // the counts rules name on every evaluation (months, interviews, years, people), made once
  private static final MessageArg[] SMALL_NUMBERS = new MessageArg[128];

  static {
    for (int i = 0; i < SMALL_NUMBERS.length; i++) {
      SMALL_NUMBERS[i] = new MessageArg(Kind.NUMBER, BigDecimal.valueOf(i));
    }
  }

  /**
   * An amount in euros.
   *
   * @param amount the amount
   * @return the argument
   */
  public static MessageArg euros(BigDecimal amount) {
    return new MessageArg(Kind.EUROS, Objects.requireNonNull(amount, "amount"));
  }

  /**
   * A rate given as a fraction ({@code 0.2} for 20 %).
   *
   * @param fraction the rate
   * @return the argument
   */
  public static MessageArg rate(BigDecimal fraction) {
    return new MessageArg(Kind.RATE, Objects.requireNonNull(fraction, "fraction"));
  }

  /**
   * A date.
   *
   * @param date the date
   * @return the argument
   */
  public static MessageArg date(LocalDate date) {
    return new MessageArg(Kind.DATE, Objects.requireNonNull(date, "date"));
  }

  /**
   * A calendar month.
   *
   * @param month the month
   * @return the argument
   */
  public static MessageArg month(YearMonth month) {
    return new MessageArg(Kind.MONTH, Objects.requireNonNull(month, "month"));
  }

  /**
   * Several calendar months, shown in the order given.
   *
   * @param months the months, at least one
   * @return the argument
   * @throws IllegalArgumentException if the list is empty
   */
  public static MessageArg months(List<YearMonth> months) {
    if (months.isEmpty()) {
      throw new IllegalArgumentException("a list of months needs at least one month");
    }
    return new MessageArg(Kind.MONTHS, List.copyOf(months));
  }

  /**
   * A translated term: the key of a message without arguments in the same catalog.
   *
   * @param key the key of the term
   * @return the argument
   */
  public static MessageArg term(String key) {
    return new MessageArg(Kind.TERM, Objects.requireNonNull(key, "key"));
  }

  /**
   * The kind of this argument.
   *
   * @return the kind
   */
  @JsonProperty("kind")
  public Kind kind() {
    return kind;
  }

  /**
   * The canonical value: plain decimal text, ISO date, text or term key.
   *
   * @return the value
   */
  @JsonProperty("value")
  public String value() {
    String v = value;
    if (v == null) {
      if (typed instanceof BigDecimal) {
        v = ((BigDecimal) typed).toPlainString();
      } else if (typed instanceof List) {
        StringBuilder joined = new StringBuilder();
        for (Object m : (List<?>) typed) {
          joined.append(joined.length() == 0 ? "" : ",").append(m);
        }
        v = joined.toString();
      } else {
        v = typed.toString();
      }
      value = v;
    }
    return v;
  }

  /**
   * The value as a number, for the numeric kinds.
   *
   * @return the number
   * @throws IllegalStateException if this argument is not a number, amount or rate
   */
  public BigDecimal decimalValue() {
    if (kind != Kind.NUMBER && kind != Kind.EUROS && kind != Kind.RATE) {
      throw new IllegalStateException(kind + " argument has no decimal value");
    }
    return (BigDecimal) typed;
  }

  /**
   * The value as a date, for {@link Kind#DATE}.
   *
   * @return the date
   * @throws IllegalStateException if this argument is not a date
   */
  public LocalDate dateValue() {
    if (kind != Kind.DATE) {
      throw new IllegalStateException(kind + " argument has no date value");
    }
    return (LocalDate) typed;
  }

  /**
   * The value as a month, for {@link Kind#MONTH}.
   *
   * @return the month
   * @throws IllegalStateException if this argument is not a month
   */
  public YearMonth monthValue() {
    if (kind != Kind.MONTH) {
      throw new IllegalStateException(kind + " argument has no month value");
    }
    return (YearMonth) typed;
  }

  /**
   * The value as a list of months, for {@link Kind#MONTHS}.
   *
   * @return the months, an immutable list
   * @throws IllegalStateException if this argument is not a list of months
   */
  @SuppressWarnings("unchecked")
  public List<YearMonth> monthsValue() {
    if (kind != Kind.MONTHS) {
      throw new IllegalStateException(kind + " argument has no months value");
    }
    return (List<YearMonth>) typed;
  }

  /**
   * Formats this argument for a reader.
   *
   * @param lang the reader's language
   * @param catalog the catalog that translates {@link Kind#TERM} arguments
   * @return the formatted argument
   */
  public String format(Lang lang, MessageCatalog catalog) {
    if (kind == Kind.TEXT) {
      return (String) typed;
    }
    if (kind == Kind.TERM) {
      return catalog.format((String) typed, lang);
    }
    return formatTo(new StringBuilder(24), lang, catalog).toString();
  }

  /**
   * Formats this argument for a reader.
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @param catalog the catalog that translates {@link Kind#TERM} arguments
   * @return the formatted argument
   */
  public String format(Locale locale, MessageCatalog catalog) {
    return format(Lang.of(locale), catalog);
  }

  /**
   * Appends the argument's text, as {@link #format(Lang, MessageCatalog)} returns it.
   *
   * @param out where the text goes
   * @param lang the language
   * @param catalog the catalog a {@link Kind#TERM} is looked up in
   * @return {@code out}
   */
  public StringBuilder formatTo(StringBuilder out, Lang lang, MessageCatalog catalog) {
    switch (kind) {
      case NUMBER:
        return Formats.appendNumber(out, (BigDecimal) typed, lang);
      case EUROS:
        return Formats.appendEuros(out, (BigDecimal) typed, lang);
      case RATE:
        return Formats.appendRate(out, (BigDecimal) typed, lang);
      case DATE:
        return Formats.appendDate(out, (LocalDate) typed, lang);
      case MONTH:
        return Formats.appendMonth(out, (YearMonth) typed, lang);
      case MONTHS:
        return Formats.appendMonths(out, monthsValue(), lang);
      case TERM:
        return catalog.formatTo(out, (String) typed, lang, List.of());
      default:
        return out.append((String) typed);
    }
  }

  /**
   * Appends the argument's text, as {@link #format(Lang, MessageCatalog)} returns it.
   *
   * @param out where the text goes
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @param catalog the catalog a {@link Kind#TERM} is looked up in
   * @return {@code out}
   */
  public StringBuilder formatTo(StringBuilder out, Locale locale, MessageCatalog catalog) {
    return formatTo(out, Lang.of(locale), catalog);
  }


  @Override
  public boolean equals(Object o) {
    return o instanceof MessageArg
        && ((MessageArg) o).kind == kind
        && ((MessageArg) o).value().equals(value());
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + value().hashCode();
  }

  @Override
  public String toString() {
    return kind + ":" + value();
  }
}
