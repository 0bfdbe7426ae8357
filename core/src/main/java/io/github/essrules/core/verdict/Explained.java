package io.github.essrules.core.verdict;

import io.github.essrules.core.Lang;
import java.util.Locale;

/**
 * A result that explains itself to a person, in French or English: a {@link Verdict}, a resale
 * cap, a remuneration, an aid amount. What every {@link RuleDefinition} returns, so that a
 * program can show any rule's answer without knowing its type.
 *
 * <p>Both texts cite the articles applied and the values used; {@link #summary(Lang)} is one line
 * (the outcome or the key amount), {@link #explain(Lang)} the whole reasoning.
 */
public interface Explained {
  /**
   * The answer in one line: the outcome and the figure that decided it, or the key amount.
   *
   * @param lang the language
   * @return a line without a line break
   */
  String summary(Lang lang);

  /**
   * The answer in one line.
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return a line without a line break
   */
  default String summary(Locale locale) {
    return summary(Lang.of(locale));
  }

  /**
   * The whole explanation: every step with its article and the values compared or computed.
   *
   * @param lang the language
   * @return the text, lines separated by {@code \n}
   */
  String explain(Lang lang);

  /**
   * The whole explanation.
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return the text, lines separated by {@code \n}
   */
  default String explain(Locale locale) {
    return explain(Lang.of(locale));
  }
}
