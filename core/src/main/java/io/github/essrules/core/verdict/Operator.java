package io.github.essrules.core.verdict;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import java.util.Locale;

/**
 * How an actual value is compared with a legal limit, named after the words of the texts:
 * "n'excède pas" is {@link #AT_MOST} (≤), "inférieur à" is {@link #LESS_THAN} (&lt;),
 * "au moins" is {@link #AT_LEAST} (≥).
 *
 * <p>Each operator has two wordings: the condition's ({@link #label(Lang)}, "n'excède pas"), said
 * of a value that meets it, and its negation ({@link #negatedLabel(Lang)}, "excède"), said of a
 * value that does not:
 * <table>
 *   <caption>The wordings of each operator</caption>
 *   <tr><th>operator</th><th>met (fr / en)</th><th>not met (fr / en)</th></tr>
 *   <tr><td>{@link #LESS_THAN}</td><td>est inférieur à / is less than</td>
 *       <td>n'est pas inférieur à / is not less than</td></tr>
 *   <tr><td>{@link #AT_MOST}</td><td>n'excède pas / does not exceed</td>
 *       <td>excède / exceeds</td></tr>
 *   <tr><td>{@link #EQUAL}</td><td>est égal à / equals</td><td>diffère de / differs from</td></tr>
 *   <tr><td>{@link #AT_LEAST}</td><td>atteint au moins / is at least</td>
 *       <td>n'atteint pas / falls short of</td></tr>
 *   <tr><td>{@link #GREATER_THAN}</td><td>est supérieur à / is more than</td>
 *       <td>n'est pas supérieur à / is not more than</td></tr>
 * </table>
 * {@link Comparison#describe(Lang)} words a whole comparison with them, with the gap of a value
 * that fails.
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
  private final String negatedKey = "operator.not." + name();

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
   * The negation of the operator in words, said of a value that does not meet the condition.
   *
   * @param lang the language
   * @return for example "excède" / "exceeds" for {@link #AT_MOST}
   */
  public String negatedLabel(Lang lang) {
    return CoreMessages.get().format(negatedKey, lang);
  }

  /**
   * The negation of the operator in words, said of a value that does not meet the condition.
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return for example "excède" / "exceeds" for {@link #AT_MOST}
   */
  public String negatedLabel(Locale locale) {
    return negatedLabel(Lang.of(locale));
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
