package io.github.essrules.rules.internal;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.rules.RulesMessages;
import java.util.List;

/**
 * The text of a computed result's explanation: a heading, one indented line per step (each a
 * message of the rules' catalog), the notices, then the texts cited.
 *
 * <p>Not thread-safe: one per explanation.
 */
public final class Explanation {
  private final StringBuilder text = new StringBuilder(512);
  private final Lang lang;

  private Explanation(Lang lang) {
    this.lang = lang;
  }

  /**
   * Starts an explanation with its heading.
   *
   * @param lang the language
   * @param key the heading's message key
   * @param args its arguments
   * @return the explanation
   */
  public static Explanation of(Lang lang, String key, MessageArg... args) {
    Explanation e = new Explanation(lang);
    e.text.append(RulesMessages.get().format(key, lang, args));
    return e;
  }

  /**
   * A single line: a message of the rules' catalog.
   *
   * @param lang the language
   * @param key the message key
   * @param args its arguments
   * @return the line
   */
  public static String line(Lang lang, String key, MessageArg... args) {
    return RulesMessages.get().format(key, lang, args);
  }

  /**
   * A result's summary: a message of the rules' catalog, then the first text cited, if any.
   *
   * @param lang the language
   * @param references the texts of the result
   * @param key the message key
   * @param args its arguments
   * @return the line
   */
  public static String summary(Lang lang, List<LegalReference> references, String key, MessageArg... args) {
    String line = RulesMessages.get().format(key, lang, args);
    return references.isEmpty() ? line : line + " — " + references.get(0).citation();
  }

  /**
   * Adds a step.
   *
   * @param key the message key
   * @param args its arguments
   * @return this explanation
   */
  public Explanation step(String key, MessageArg... args) {
    text.append("\n  ").append(RulesMessages.get().format(key, lang, args));
    return this;
  }

  /**
   * Adds the notices, one line each with its text.
   *
   * @param notices the notices
   * @return this explanation
   */
  public Explanation notices(List<Notice> notices) {
    for (Notice n : notices) {
      n.message().renderTo(text.append("\n  ! "), lang).append(" — ").append(n.reference().citation());
    }
    return this;
  }

  /**
   * Adds the texts cited, one line each with their confidence.
   *
   * @param references the references
   * @return this explanation
   */
  public Explanation references(List<LegalReference> references) {
    for (LegalReference r : references) {
      text.append("\n  ").append(r.citation()).append(" [").append(r.confidence().label(lang)).append(']');
    }
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
