package io.github.essrules.examples.cli;

import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.registry.RuleRegistry;
import io.github.essrules.core.verdict.Explained;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.core.verdict.RuleDefinition;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The command line's view of {@link RuleRegistry#standard()}: every rule command ({@code ess RULE}),
 * {@code ess batch RULE}, {@code ess schema RULE}, {@code ess rules} and the case library take
 * their rules, and their identifiers, from it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Rules {
  private Rules() {}

  /** The registry. */
  static RuleRegistry registry() {
    return RuleRegistry.standard();
  }

  /** The identifiers, sorted. */
  static List<String> ids() {
    return registry().ids();
  }

  /**
   * The rule of an identifier.
   *
   * @throws io.github.essrules.core.registry.UnknownRuleException if none has it (exit code 2)
   */
  static RuleDefinition<?, ?> get(String id) {
    return registry().get(id);
  }

  /**
   * Reads a rule's facts from JSON bytes: as of the date asked about for a rule applied as of a
   * date (nothing dated after it), its shape alone for a computation.
   */
  static Object read(RuleDefinition<?, ?> rule, byte[] json, LocalDate asOf) {
    return rule.dated() ? EssJson.read(json, rule.factsType(), asOf) : EssJson.read(json, rule.factsType());
  }

  /** Reads a rule's facts from a file or standard input, as {@link #read(RuleDefinition, byte[], LocalDate)}. */
  static Object read(RuleDefinition<?, ?> rule, String input, LocalDate asOf) throws IOException {
    return Inputs.read(input, rule.factsType(), rule.dated() ? asOf : null);
  }

  /** Applies a rule to facts of its type. */
  static Explained run(RuleDefinition<?, ?> rule, Object facts, LocalDate asOf, LawOptions options) {
    return registry().apply(rule.id(), facts, asOf, options);
  }

  /** Applies a rule to facts of its type, under the standard options. */
  static Explained run(RuleDefinition<?, ?> rule, Object facts, LocalDate asOf) {
    return run(rule, facts, asOf, LawOptions.standard());
  }
}
