package io.github.essrules.core.registry;

import io.github.essrules.core.verdict.RuleDefinition;
import java.util.List;

/**
 * A source of rules for {@link RuleRegistry#standard()}, found by {@link java.util.ServiceLoader}:
 * the library's own rules come from one; a team adds its rules to the registry, the command line
 * and its batch mode with another.
 *
 * <p>Declare the implementation in {@code module-info.java}
 * ({@code provides io.github.essrules.core.registry.RuleProvider with com.example.MyRules;}) and,
 * for the class path, in {@code META-INF/services/io.github.essrules.core.registry.RuleProvider}.
 * It needs a public no-argument constructor.
 */
public interface RuleProvider {
  /**
   * The rules this provider contributes; their identifiers must differ from every other rule's.
   *
   * @return the rules
   */
  List<RuleDefinition<?, ?>> rules();
}
