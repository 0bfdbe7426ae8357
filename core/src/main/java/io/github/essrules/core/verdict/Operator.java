package io.github.essrules.core.verdict;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import java.util.Locale;

/**
 * How an actual value is compared with a legal limit, named after the words of the texts:
 * "n'excède pas" is {@link #AT_MOST} (≤), "inférieur à" is {@link #LESS_THAN} (&lt;),
 * "au moins" is {@link #AT_LEAST} (≥).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Operator {
  /** Strictly less: "inférieur à". */
  LESS_THAN("<"),
  /** Less or equal: "n'excède pas", "au plus", "dans la limite de". */
  AT_MOST("≤"),
  /** Equal. */
  EQUAL("="),
  /** Greater or equal: "au moins", "au minimum". */
  AT_LEAST("≥"),
  /** Strictly greater: "supérieur à", "excède". */
  GREATER_THAN(">");

  private final String symbol;
  private final String key = "operator." + name();

  Operator(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The mathematical symbol.
   *
   * @return for example {@code ≤}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Whether the comparison holds, given the sign of {@code actual.compareTo(limit)}.
   *
   * @param comparison a negative number, zero or a positive number
   * @return whether {@code actual OPERATOR limit}
   */
  public boolean test(int comparison) {
    switch (this) {
      case LESS_THAN:
        return comparison < 0;
      case AT_MOST:
        return comparison <= 0;
      case EQUAL:
        return comparison == 0;
      case AT_LEAST:
        return comparison >= 0;
      default:
        return comparison > 0;
    }
  }

  /**
   * The operator in words.
   *
   * @param lang the language
   * @return for example "n'excède pas" / "does not exceed"
   */
  public String label(Lang lang) {
    return CoreMessages.get().format(key, lang);
  }

  /**
   * The operator in words.
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return for example "n'excède pas" / "does not exceed"
   */
  public String label(Locale locale) {
    return label(Lang.of(locale));
  }
}
