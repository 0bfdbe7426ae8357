package io.github.essrules.core.verdict;

import java.time.LocalDate;

/**
 * A legal rule: it decides, for facts of a given type on a given date, whether a condition of
 * the law is met, and explains why — a {@link RuleDefinition} whose result is a {@link Verdict}.
 *
 * <p>Implementations are stateless and thread-safe; they check their facts with
 * {@link io.github.essrules.core.validation.FactsValidator} as of the date asked about and never throw for a fact that is
 * merely missing (that is an {@link Outcome#UNDETERMINED} verdict). They throw
 * {@link io.github.essrules.core.law.NoLawKnownException} for a date whose law they do not know,
 * and never read the wall clock: the date asked about is an argument.
 *
 * @param <F> the type of the facts
 */
public interface Rule<F> extends RuleDefinition<F, Verdict> {
  /**
   * {@link Verdict}.
   *
   * @return {@code Verdict.class}
   */
  @Override
  default Class<Verdict> resultType() {
    return Verdict.class;
  }

  /**
   * {@link #evaluate(Object, LocalDate, LawOptions)}.
   *
   * @param facts the facts
   * @param asOf the date whose law and amounts apply
   * @param options the policy of presumption and the values supplied by the user
   * @return the verdict
   */
  @Override
  default Verdict apply(F facts, LocalDate asOf, LawOptions options) {
    return evaluate(facts, asOf, options);
  }

  /**
   * Applies the rule under the standard {@link LawOptions}: values and texts presumed unchanged
   * for 12 months after their verification, no supplied value.
   *
   * @param facts the facts
   * @param asOf the date whose law and amounts apply
   * @return the verdict
   * @throws io.github.essrules.core.law.NoLawKnownException for a date whose law the library
   *     does not know or cannot presume
   */
  default Verdict evaluate(F facts, LocalDate asOf) {
    return evaluate(facts, asOf, LawOptions.standard());
  }

  /**
   * Applies the rule.
   *
   * @param facts the facts
   * @param asOf the date whose law and amounts apply
   * @param options the policy of presumption and the values supplied by the user
   * @return the verdict, with a notice for every value or text presumed or supplied
   * @throws io.github.essrules.core.law.NoLawKnownException for a date whose law the library
   *     does not know or, under the options' policy, cannot presume
   */
  Verdict evaluate(F facts, LocalDate asOf, LawOptions options);
}
