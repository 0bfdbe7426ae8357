package io.github.essrules.core.verdict;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.validation.Arguments;
import io.github.essrules.core.validation.FactsValidator;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A rule that knows its identifier and facts type from its constructor, checks its facts and
 * sets up the {@link LawContext} of each evaluation, so that a rule class only writes
 * {@link #decide}.
 *
 * <pre>{@code
 * public final class MyRule extends BaseRule<MyFacts> {
 *   MyRule() { super("my-rule", MyFacts.class, Message.of(MY_CATALOG, "rule.my-rule.title")); }
 *   protected Verdict decide(MyFacts facts, LawContext law) {
 *     law.article(MY_ARTICLE);                 // the text in force on law.asOf(), or a refusal
 *     DatedValue<BigDecimal> smic = law.value(Smic.hourlyGrossParameter(), law.asOf());
 *     …
 *   }
 * }
 * }</pre>
 *
 * @param <F> the facts type
 */
public abstract class BaseRule<F> implements Rule<F> {
  private final String id;
  private final Class<F> factsType;
  private final Message title;

  /**
   * Creates the rule.
   *
   * @param id the rule's identifier, lower case words joined by hyphens
   * @param factsType the facts type
   * @param title what the rule decides, in the catalog of the rule's messages
   */
  protected BaseRule(String id, Class<F> factsType, Message title) {
    this.id = Objects.requireNonNull(id, "id");
    this.factsType = Objects.requireNonNull(factsType, "factsType");
    this.title = Objects.requireNonNull(title, "title");
  }

  @Override
  public final String title(Lang lang) {
    return title.render(lang);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Class<F> factsType() {
    return factsType;
  }

  /**
   * Checks the facts with {@link FactsValidator} as of the date asked about (a fact dated after it
   * is an input error), then decides under a new {@link LawContext}
   * and adds its notices (values and texts presumed or supplied) to the verdict.
   *
   * @param facts the facts
   * @param asOf the date whose law and amounts apply
   * @param options the policy of presumption and the values supplied by the user
   * @return the verdict
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed or
   *     an argument is missing (the violation names it)
   * @throws io.github.essrules.core.law.NoLawKnownException for a date whose law the library
   *     does not know or cannot presume
   */
  @Override
  public final Verdict evaluate(F facts, LocalDate asOf, LawOptions options) {
    Arguments.required(facts, "facts");
    Arguments.required(asOf, "asOf");
    Arguments.required(options, "options");
    FactsValidator.shared().validate(facts, asOf);
    LawContext law = LawContext.of(asOf, options);
    return law.complete(decide(facts, law));
  }

  /**
   * Decides, for valid facts, under the law of {@link LawContext#asOf()}.
   *
   * @param facts the facts, already checked
   * @param law the date asked about, the options, and the notices of the evaluation
   * @return the verdict (the context's notices are added by {@link #evaluate})
   */
  protected abstract Verdict decide(F facts, LawContext law);

  @Override
  public String toString() {
    return "Rule " + id;
  }
}
