package io.github.essrules.core.verdict;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.validation.Arguments;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Declares a {@link RuleDefinition} from a method that already applies the rule: a report on a
 * period read on a date, a resale price, a remuneration. A class of rules extending
 * {@link BaseRule} needs none of this.
 *
 * <pre>{@code
 * RuleDefinition<CltResaleFacts, CltResale.Result> clt = RuleDefinitions.undated("clt-resale",
 *     Message.of(catalog, "rule.clt-resale.title"), CltResaleFacts.class, CltResale.Result.class,
 *     (facts, options) -> CltResale.resale(facts));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleDefinitions {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private RuleDefinitions() {}

  /**
   * The call of a rule applied as of a date.
   *
   * @param <F> the facts type
   * @param <R> the result type
   */
  @FunctionalInterface
  public interface DatedCall<F, R> {
    /**
     * Applies the rule.
     *
     * @param facts the facts
     * @param asOf the date whose law and amounts apply
     * @param options the policy of presumption and the values supplied by the user
     * @return the result
     */
    R apply(F facts, LocalDate asOf, LawOptions options);
  }

  /**
   * The call of a computation on dates carried by its facts.
   *
   * @param <F> the facts type
   * @param <R> the result type
   */
  @FunctionalInterface
  public interface UndatedCall<F, R> {
    /**
     * Computes.
     *
     * @param facts the facts
     * @param options the policy of presumption and the values supplied by the user
     * @return the result
     */
    R apply(F facts, LawOptions options);
  }

  /**
   * A rule applied as of a date ({@link RuleDefinition#dated()} is {@code true}).
   *
   * @param <F> the facts type
   * @param <R> the result type
   * @param id the identifier: lower case letters and digits, words joined by hyphens
   * @param title what the rule decides, in the catalog of the rule's messages
   * @param factsType the facts type
   * @param resultType the result type
   * @param call the call; it checks the facts itself
   * @return the definition
   * @throws IllegalArgumentException if the identifier is not of the form above
   */
  public static <F, R extends Explained> RuleDefinition<F, R> dated(String id, Message title, Class<F> factsType,
      Class<R> resultType, DatedCall<? super F, ? extends R> call) {
    Objects.requireNonNull(call, "call");
    return new Defined<>(id, title, factsType, resultType, true, call::apply);
  }

  /**
   * A computation on dates carried by its facts ({@link RuleDefinition#dated()} is
   * {@code false}): the date asked about is checked and ignored.
   *
   * @param <F> the facts type
   * @param <R> the result type
   * @param id the identifier: lower case letters and digits, words joined by hyphens
   * @param title what the rule computes, in the catalog of the rule's messages
   * @param factsType the facts type
   * @param resultType the result type
   * @param call the call; it checks the facts itself
   * @return the definition
   * @throws IllegalArgumentException if the identifier is not of the form above
   */
  public static <F, R extends Explained> RuleDefinition<F, R> undated(String id, Message title, Class<F> factsType,
      Class<R> resultType, UndatedCall<? super F, ? extends R> call) {
    Objects.requireNonNull(call, "call");
    return new Defined<>(id, title, factsType, resultType, false, (f, d, o) -> call.apply(f, o));
  }

  /**
   * Checks an identifier of a rule.
   *
   * @param id the identifier
   * @return the identifier
   * @throws IllegalArgumentException if it is not lower case letters and digits, words joined by
   *     hyphens
   */
  public static String checkId(String id) {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a rule's identifier is lower case letters and digits, words joined by"
          + " hyphens: '" + id + "'");
    }
    return id;
  }

  private static final class Defined<F, R extends Explained> implements RuleDefinition<F, R> {
    private final String id;
    private final Message title;
    private final Class<F> factsType;
    private final Class<R> resultType;
    private final boolean dated;
    private final DatedCall<? super F, ? extends R> call;

    Defined(String id, Message title, Class<F> factsType, Class<R> resultType, boolean dated,
        DatedCall<? super F, ? extends R> call) {
      this.id = checkId(id);
      this.title = Objects.requireNonNull(title, "title");
      this.factsType = Objects.requireNonNull(factsType, "factsType");
      this.resultType = Objects.requireNonNull(resultType, "resultType");
      this.dated = dated;
      this.call = call;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String title(Lang lang) {
      return title.render(lang);
    }

    @Override
    public Class<F> factsType() {
      return factsType;
    }

    @Override
    public Class<R> resultType() {
      return resultType;
    }

    @Override
    public boolean dated() {
      return dated;
    }

    @Override
    public R apply(F facts, LocalDate asOf, LawOptions options) {
      Arguments.required(facts, "facts");
      Arguments.required(asOf, "asOf");
      Arguments.required(options, "options");
      return resultType.cast(call.apply(factsType.cast(facts), asOf, options));
    }

    @Override
    public String toString() {
      return "Rule " + id;
    }
  }
}
