package io.github.essrules.core.verdict;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.i18n.MessageCatalog;
import io.github.essrules.core.i18n.MessageCatalogs;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One comparison behind a finding: what was compared, its actual value, the operator of the
 * text and the legal limit, and whether it holds.
 *
 * <pre>{@code
 * Comparison c = Comparison.of(subject, MessageArg.euros(average), Operator.AT_MOST,
 *     MessageArg.euros(ceiling));
 * c.holds(); // average ≤ ceiling
 * }</pre>
 *
 * <p>Numbers, amounts and rates compare by value ({@code 2.0} equals {@code 2.00}); dates compare
 * in time; text only with {@link Operator#EQUAL}.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableComparison.class)
@JsonIgnoreProperties(value = "holds", allowGetters = true)
@JsonDeserialize(as = ImmutableComparison.class)
public abstract class Comparison {
  Comparison() {}

  /**
   * What is compared, for example "the average pay of the five best paid".
   *
   * @return the subject
   */
  @Value.Parameter
  public abstract Message subject();

  /**
   * The actual value, from the facts.
   *
   * @return the actual value
   */
  @Value.Parameter
  public abstract MessageArg actual();

  /**
   * The operator of the text.
   *
   * @return the operator
   */
  @Value.Parameter
  public abstract Operator operator();

  /**
   * The limit set by the text.
   *
   * @return the limit
   */
  @Value.Parameter
  public abstract MessageArg limit();

  /**
   * Whether {@code actual operator limit} holds.
   *
   * @return the result, computed when the comparison is built
   */
  @Value.Derived
  public boolean holds() {
    return operator().test(compare(actual(), limit()));
  }

  /**
   * Builds a comparison.
   *
   * @param subject what is compared
   * @param actual the actual value
   * @param operator the operator of the text
   * @param limit the legal limit
   * @return the comparison
   * @throws IllegalArgumentException if the two values cannot be compared
   */
  public static Comparison of(Message subject, MessageArg actual, Operator operator, MessageArg limit) {
    return ImmutableComparison.of(subject, actual, operator, limit);
  }

  /**
   * The comparison in words, for example "moyenne … : 80 000,00 € n'excède pas 151 346,27 €".
   *
   * @param lang the language
   * @return the sentence
   */
  public String describe(Lang lang) {
    MessageCatalog catalog = MessageCatalogs.get(subject().catalog());
    return CoreMessages.get().format("comparison", lang,
        MessageArg.text(subject().render(lang)),
        MessageArg.text(actual().format(lang, catalog)),
        MessageArg.text(operator().label(lang)),
        MessageArg.text(limit().format(lang, catalog)));
  }

  /**
   * The comparison in words, for example "moyenne … : 80 000,00 € n'excède pas 151 346,27 €".
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return the sentence
   */
  public String describe(Locale locale) {
    return describe(Lang.of(locale));
  }

  static int compare(MessageArg a, MessageArg b) {
    boolean numeric = a.kind() != MessageArg.Kind.DATE && a.kind() != MessageArg.Kind.TEXT
        && a.kind() != MessageArg.Kind.TERM;
    if (numeric && b.kind() == a.kind()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    if (a.kind() == MessageArg.Kind.DATE && b.kind() == MessageArg.Kind.DATE) {
      return a.dateValue().compareTo(b.dateValue());
    }
    if (a.kind() == b.kind()) {
      return a.value().equals(b.value()) ? 0 : 1;
    }
    throw new IllegalArgumentException("cannot compare " + a + " with " + b);
  }

  @Value.Check
  void check() {
    if (subject() == null || actual() == null || operator() == null || limit() == null) {
      throw new IllegalStateException("a comparison needs a subject, two values and an operator");
    }
    boolean textual = actual().kind() == MessageArg.Kind.TEXT || actual().kind() == MessageArg.Kind.TERM;
    if (textual && operator() != Operator.EQUAL) {
      throw new IllegalArgumentException("text values compare only for equality");
    }
    // the values were compared when holds() was derived: an incomparable pair has already thrown
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Comparison.Builder builder() {
    return new Comparison.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public Comparison.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Comparison}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableComparison.Builder {
    /** A builder with no attribute set, as {@link Comparison#builder()} gives. */
    public Builder() {}
  }
}
