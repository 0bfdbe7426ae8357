package io.github.essrules.core.verdict;

import io.github.essrules.core.law.LawPolicy;
import io.github.essrules.core.param.ParameterSet;
import java.time.Period;
import java.util.Objects;

/**
 * How a rule applies the law in time: the {@link LawPolicy} (how long a verified value or text is
 * presumed unchanged; strict or not) and the parameter values the user supplies.
 *
 * <pre>{@code
 * LawOptions options = LawOptions.standard()
 *     .withSuppliedParameters(ParameterSet.load(List.of(Path.of("my-amounts"))))
 *     .withPresumptionHorizon(Period.ofMonths(6));
 * Verdict v = rule.evaluate(facts, LocalDate.of(2026, 12, 1), options);
 * Verdict strict = rule.evaluate(facts, LocalDate.of(2026, 12, 1), LawOptions.strict());
 * }</pre>
 *
 * <p>Supplied values extend or replace the shipped ones for their periods; findings that use
 * them cite the user's reference with the confidence {@link
 * io.github.essrules.core.law.Confidence#SUPPLIED_BY_USER}, whatever the file says.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LawOptions {
  private static final LawOptions STANDARD = new LawOptions(LawPolicy.standard(), ParameterSet.empty());
  private static final LawOptions STRICT = new LawOptions(LawPolicy.strict(), ParameterSet.empty());

  private final LawPolicy policy;
  private final ParameterSet supplied;

  private LawOptions(LawPolicy policy, ParameterSet supplied) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.supplied = Objects.requireNonNull(supplied, "supplied");
  }

  /**
   * The standard options: the standard policy, no supplied value.
   *
   * @return the options
   */
  public static LawOptions standard() {
    return STANDARD;
  }

  /**
   * The strict policy, no supplied value.
   *
   * @return the options
   */
  public static LawOptions strict() {
    return STRICT;
  }

  /**
   * These options with another policy.
   *
   * @param newPolicy the policy
   * @return the options
   */
  public LawOptions withPolicy(LawPolicy newPolicy) {
    return new LawOptions(newPolicy, supplied);
  }

  /**
   * These options, strict or not.
   *
   * @param strict whether every presumption is refused
   * @return the options
   */
  public LawOptions withStrict(boolean strict) {
    return new LawOptions(policy.withStrict(strict), supplied);
  }

  /**
   * These options with another horizon of presumption.
   *
   * @param horizon the horizon, not negative
   * @return the options
   * @throws IllegalArgumentException if the horizon is negative
   */
  public LawOptions withPresumptionHorizon(Period horizon) {
    return new LawOptions(policy.withPresumptionHorizon(horizon), supplied);
  }

  /**
   * These options with values supplied by the user.
   *
   * @param parameters the parameters, by identifier of the shipped parameter they extend
   * @return the options
   */
  public LawOptions withSuppliedParameters(ParameterSet parameters) {
    return new LawOptions(policy, parameters);
  }

  /**
   * The policy.
   *
   * @return the policy
   */
  public LawPolicy policy() {
    return policy;
  }

  /**
   * The values supplied by the user.
   *
   * @return the parameters, possibly empty
   */
  public ParameterSet suppliedParameters() {
    return supplied;
  }

  @Override
  public String toString() {
    return "LawOptions[" + policy + ", supplied " + supplied + "]";
  }
}
