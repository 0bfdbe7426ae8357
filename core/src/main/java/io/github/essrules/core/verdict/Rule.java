package io.github.essrules.core.verdict;

import java.time.LocalDate;

/**
 * A legal rule: it decides, for facts of a given type on a given date, whether a condition of
 * the law is met, and explains why.
 *
 * <p>Implementations are stateless and thread-safe; they take facts already checked by
 * {@link io.github.essrules.core.validation.FactsValidator} and never throw for a fact that is
 * merely missing (that is an {@link Outcome#UNDETERMINED} verdict). They throw
 * {@link io.github.essrules.core.law.NoLawKnownException} for a date whose law they do not know.
 *
 * @param <F> the type of the facts
 */
public interface Rule<F> {
  /**
   * A stable identifier, such as {@code esus.eligibility}.
   *
   * @return the identifier
   */
  String id();

  /**
   * The type of the facts the rule takes.
   *
   * @return the facts' class
   */
  Class<F> factsType();

  /**
   * Applies the rule.
   *
   * @param facts the facts
   * @param asOf the date whose law and amounts apply
   * @return the verdict
   */
  Verdict evaluate(F facts, LocalDate asOf);
}
