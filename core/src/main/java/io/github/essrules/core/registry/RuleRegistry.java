package io.github.essrules.core.registry;

import io.github.essrules.core.verdict.Explained;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.verdict.RuleDefinitions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The rules known to a program, by identifier: the library's own and those added by
 * {@link RuleProvider}s. The command line ({@code ess rules}, {@code ess RULE}, {@code ess batch
 * RULE}, {@code ess schema RULE}) is built from {@link #standard()}.
 *
 * <pre>{@code
 * RuleRegistry rules = RuleRegistry.standard();
 * for (RuleDefinition<?, ?> r : rules.all()) {
 *   System.out.println(r.id() + " — " + r.title(Lang.FR));
 * }
 * RuleDefinition<EsusFacts, Verdict> esus = rules.get("esus", EsusFacts.class, Verdict.class);
 * Verdict v = esus.apply(facts, LocalDate.of(2026, 4, 1));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleRegistry {
  private final Map<String, RuleDefinition<?, ?>> rules;

  private RuleRegistry(Map<String, RuleDefinition<?, ?>> rules) {
    this.rules = Collections.unmodifiableMap(rules);
  }

  private static final class Standard {
    static final RuleRegistry REGISTRY = load(Thread.currentThread().getContextClassLoader());
  }

  /**
   * Every rule of every {@link RuleProvider} the {@link ServiceLoader} finds from the context
   * class loader of the first call (on the module path: every module that {@code provides} one),
   * loaded once.
   *
   * @return the registry
   * @throws IllegalStateException if two rules have the same identifier
   */
  public static RuleRegistry standard() {
    return Standard.REGISTRY;
  }

  /**
   * Every rule of every {@link RuleProvider} a class loader finds, loaded now.
   *
   * @param loader the class loader, or {@code null} for the system class loader
   * @return the registry
   * @throws IllegalStateException if two rules have the same identifier
   */
  public static RuleRegistry load(ClassLoader loader) {
    List<RuleDefinition<?, ?>> all = new ArrayList<>();
    for (RuleProvider provider : ServiceLoader.load(RuleProvider.class, loader)) {
      all.addAll(provider.rules());
    }
    return of(all);
  }

  /**
   * A registry of given rules.
   *
   * @param rules the rules
   * @return the registry
   * @throws IllegalStateException if two rules have the same identifier
   * @throws IllegalArgumentException if an identifier is not lower case words joined by hyphens
   */
  public static RuleRegistry of(Collection<? extends RuleDefinition<?, ?>> rules) {
    Map<String, RuleDefinition<?, ?>> map = new TreeMap<>();
    for (RuleDefinition<?, ?> r : rules) {
      Objects.requireNonNull(r, "rule");
      RuleDefinition<?, ?> before = map.put(RuleDefinitions.checkId(r.id()), r);
      if (before != null) {
        throw new IllegalStateException("two rules have the identifier '" + r.id() + "': " + before + " ("
            + before.getClass().getName() + ") and " + r + " (" + r.getClass().getName() + ")");
      }
    }
    return new RuleRegistry(map);
  }

  /**
   * This registry and more rules.
   *
   * @param more the rules to add
   * @return a new registry
   * @throws IllegalStateException if an identifier is already taken
   */
  public RuleRegistry with(Collection<? extends RuleDefinition<?, ?>> more) {
    List<RuleDefinition<?, ?>> all = new ArrayList<>(rules.values());
    all.addAll(more);
    return of(all);
  }

  /**
   * Every rule, sorted by identifier.
   *
   * @return the rules
   */
  public List<RuleDefinition<?, ?>> all() {
    return List.copyOf(rules.values());
  }

  /**
   * The identifiers, sorted.
   *
   * @return the identifiers
   */
  public List<String> ids() {
    return List.copyOf(rules.keySet());
  }

  /**
   * The rule of an identifier, if any.
   *
   * @param id the identifier
   * @return the rule, or empty
   */
  public Optional<RuleDefinition<?, ?>> find(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * The rule of an identifier.
   *
   * @param id the identifier
   * @return the rule
   * @throws UnknownRuleException if no rule has it; its message lists the known ones
   */
  public RuleDefinition<?, ?> get(String id) {
    RuleDefinition<?, ?> r = rules.get(id);
    if (r == null) {
      throw new UnknownRuleException(id, ids());
    }
    return r;
  }

  /**
   * The rule of an identifier, typed.
   *
   * @param <F> the facts type
   * @param <R> the result type
   * @param id the identifier
   * @param factsType the facts type the caller expects
   * @param resultType the result type the caller expects
   * @return the rule
   * @throws UnknownRuleException if no rule has the identifier
   * @throws IllegalArgumentException if the rule takes other facts or gives another result
   */
  @SuppressWarnings("unchecked")
  public <F, R extends Explained> RuleDefinition<F, R> get(String id, Class<F> factsType, Class<R> resultType) {
    RuleDefinition<?, ?> r = get(id);
    if (!r.factsType().equals(factsType) || !resultType.isAssignableFrom(r.resultType())) {
      throw new IllegalArgumentException("the rule '" + id + "' takes " + r.factsType().getName() + " and gives "
          + r.resultType().getName() + ", not " + factsType.getName() + " and " + resultType.getName());
    }
    return (RuleDefinition<F, R>) r;
  }

  /**
   * Applies the rule of an identifier to facts of its {@link RuleDefinition#factsType()}, as the
   * batch mode and the HTTP service do.
   *
   * @param id the identifier
   * @param facts the facts
   * @param asOf the date whose law and amounts apply
   * @param options the policy of presumption and the values supplied by the user
   * @return the result
   * @throws UnknownRuleException if no rule has the identifier
   * @throws IllegalArgumentException if the facts are not of the rule's type
   */
  public Explained apply(String id, Object facts, LocalDate asOf, LawOptions options) {
    return applyTyped(get(id), facts, asOf, options);
  }

  private static <F, R extends Explained> R applyTyped(RuleDefinition<F, R> rule, Object facts, LocalDate asOf,
      LawOptions options) {
    if (facts != null && !rule.factsType().isInstance(facts)) {
      throw new IllegalArgumentException("the rule '" + rule.id() + "' takes " + rule.factsType().getName()
          + ", not " + facts.getClass().getName());
    }
    return rule.apply(rule.factsType().cast(facts), asOf, options);
  }

  @Override
  public String toString() {
    return "RuleRegistry" + rules.keySet();
  }
}
