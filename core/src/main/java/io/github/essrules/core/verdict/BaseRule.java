package io.github.essrules.core.verdict;

import java.util.Objects;

/**
 * A rule that knows its identifier and facts type from its constructor, so that a rule class
 * only writes {@link #evaluate}.
 *
 * <pre>{@code
 * public final class MyRule extends BaseRule<MyFacts> {
 *   MyRule() { super("my-rule", MyFacts.class); }
 *   public Verdict evaluate(MyFacts facts, LocalDate asOf) { … }
 * }
 * }</pre>
 *
 * @param <F> the facts type
 */
public abstract class BaseRule<F> implements Rule<F> {
  private final String id;
  private final Class<F> factsType;

  /**
   * Creates the rule.
   *
   * @param id the rule's identifier
   * @param factsType the facts type
   */
  protected BaseRule(String id, Class<F> factsType) {
    this.id = Objects.requireNonNull(id, "id");
    this.factsType = Objects.requireNonNull(factsType, "factsType");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Class<F> factsType() {
    return factsType;
  }

  @Override
  public String toString() {
    return "Rule " + id;
  }
}
