package io.github.essrules.core.verdict;

import io.github.essrules.core.Lang;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The one shape of every rule of the library, declared once: its identifier, its title, the
 * type of its facts and of its result, and the call. A {@link Rule} (whose result is a
 * {@link Verdict}) is one; so is a computation whose result is an amount that explains itself
 * (a resale price, a remuneration, an aid).
 *
 * <p>Rules are listed and found by identifier in {@link
 * io.github.essrules.core.registry.RuleRegistry}; the command line, its batch mode and its JSON
 * schemas use the same identifier.
 *
 * <p>Implementations are stateless and thread-safe, check their facts before deciding (an
 * {@link io.github.essrules.core.validation.InvalidInputException} lists every fault), throw
 * {@link io.github.essrules.core.law.NoLawKnownException} for a date whose law they do not know,
 * and never read the wall clock.
 *
 * @param <F> the type of the facts
 * @param <R> the type of the result
 */
public interface RuleDefinition<F, R extends Explained> {
  /**
   * The identifier, stable across versions: lower case words joined by hyphens, such as
   * {@code esus} or {@code cae-compliance}.
   *
   * @return the identifier
   */
  String id();

  /**
   * What the rule decides or computes, with its main text, for a list of rules.
   *
   * @param lang the language
   * @return a short title
   */
  String title(Lang lang);

  /**
   * What the rule decides or computes.
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return a short title
   */
  default String title(Locale locale) {
    return title(Lang.of(locale));
  }

  /**
   * The type of the facts the rule takes.
   *
   * @return the facts' class
   */
  Class<F> factsType();

  /**
   * The type of the result.
   *
   * @return the result's class
   */
  Class<R> resultType();

  /**
   * The name of the JSON Schema of the facts: the identifier followed by {@code -facts}.
   *
   * @return the schema's name
   */
  default String factsSchemaName() {
    return id() + "-facts";
  }

  /**
   * Whether the answer depends on the date asked about (the law and amounts in force on it; facts
   * dated after it are refused). A computation on dates carried by its facts answers the same
   * whatever the date asked about.
   *
   * @return {@code true} for a rule applied as of a date
   */
  default boolean dated() {
    return true;
  }

  /**
   * Applies the rule under the standard {@link LawOptions}.
   *
   * @param facts the facts
   * @param asOf the date whose law and amounts apply
   * @return the result
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed
   * @throws io.github.essrules.core.law.NoLawKnownException for a date whose law the library
   *     does not know or cannot presume
   */
  default R apply(F facts, LocalDate asOf) {
    return apply(facts, asOf, LawOptions.standard());
  }

  /**
   * Applies the rule.
   *
   * @param facts the facts
   * @param asOf the date whose law and amounts apply
   * @param options the policy of presumption and the values supplied by the user
   * @return the result
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed
   * @throws io.github.essrules.core.law.NoLawKnownException for a date whose law the library
   *     does not know or, under the options' policy, cannot presume
   */
  R apply(F facts, LocalDate asOf, LawOptions options);
}
