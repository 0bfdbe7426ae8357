package io.github.essrules.core.verdict;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.Formats;
import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.i18n.MessageCatalog;
import io.github.essrules.core.i18n.MessageCatalogs;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
 * in time; text, terms and months only with {@link Operator#EQUAL}. {@link #describe(Lang)} words
 * a comparison that fails with the negation of its operator and the gap ("excède … de …").
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
   * The comparison in words, worded as the text words it when the value meets the condition and
   * negated, with the gap, when it does not.
   *
   * <p>Met: "moyenne … : 80 000,00 € n'excède pas 151 346,27 €". Not met: "228 000 € excède
   * 216 220,80 € de 11 779,20 €", "207 000 € n'est pas inférieur à 138 000 € (69 000 € de plus)",
   * "2 n'atteint pas 3 (il manque 1)", "45 % n'atteint pas 50 % (il manque 5 points)". Dates are
   * placed in time: "le 15 septembre 2025, après le 1er septembre 2025 (14 jours plus tard)". The
   * gap of an amount is shown to the cent, that of a rate in percentage points, that of dates in
   * days ({@link Operator} lists every wording).
   *
   * <p>A subject may word the whole comparison itself, as its text would: when the subject's
   * catalog has the key {@code <subject key>.satisfied} (for a value that meets the condition) or
   * {@code <subject key>.failed} (for one that does not), that message is rendered instead, with
   * the subject's own arguments followed by the actual value, the limit and the gap (empty when
   * there is none) — for example "part fixe versée pour 11 mois sur 12 dus (il en manque 1)".
   *
   * @param lang the language
   * @return the sentence
   */
  public String describe(Lang lang) {
    MessageCatalog catalog = MessageCatalogs.get(subject().catalog());
    MessageCatalog core = CoreMessages.get();
    boolean holds = holds();
    int sign = compare(actual(), limit());
    String gap = gap(lang, core);
    String actual = actual().format(lang, catalog);
    String limit = limit().format(lang, catalog);
    String own = subject().key() + (holds ? ".satisfied" : ".failed");
    if (catalog.contains(own)) {
      List<MessageArg> args = new ArrayList<>(subject().args());
      args.add(MessageArg.text(actual));
      args.add(MessageArg.text(limit));
      args.add(MessageArg.text(gap == null ? "" : gap));
      return catalog.format(own, lang, args);
    }
    String phrase = core.format(phraseKey(holds, sign, gap != null), lang, MessageArg.text(actual),
        MessageArg.text(limit), MessageArg.text(gap == null ? "" : gap));
    return core.format("comparison", lang, MessageArg.text(subject().render(lang)), MessageArg.text(phrase));
  }

  /**
   * The comparison in words, as {@link #describe(Lang)} gives it.
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return the sentence
   */
  public String describe(Locale locale) {
    return describe(Lang.of(locale));
  }

  /**
   * The key of the core message wording the comparison: {@code comparison[.date].holds.<OP>} for
   * a value that meets the condition; for one that does not, {@code comparison[.date].fails.<OP>}
   * followed by where the value lies: {@code .above} or {@code .below} the limit, {@code .equal}
   * to it (a strict operator), or {@code .plain} when there is no gap to tell (text).
   */
  private String phraseKey(boolean holds, int sign, boolean withGap) {
    String prefix = actual().kind() == MessageArg.Kind.DATE ? "comparison.date." : "comparison.";
    String op = operator().name();
    if (holds) {
      return prefix + "holds." + op;
    }
    if (sign == 0) {
      return prefix + "fails." + op + ".equal";
    }
    if (!withGap) {
      return prefix + "fails." + op + ".plain";
    }
    return prefix + "fails." + op + (sign > 0 ? ".above" : ".below");
  }

  /**
   * How far the actual value lies from the limit, in words: an amount to the cent, a number, a
   * rate in percentage points, dates in days; {@code null} for text and months, and when the
   * values are equal.
   */
  private String gap(Lang lang, MessageCatalog core) {
    MessageArg.Kind kind = actual().kind();
    switch (kind) {
      case EUROS:
      case NUMBER:
      case RATE: {
        BigDecimal difference = actual().decimalValue().subtract(limit().decimalValue()).abs();
        if (difference.signum() == 0) {
          return null;
        }
        if (kind == MessageArg.Kind.EUROS) {
          return Formats.euros(difference, lang);
        }
        if (kind == MessageArg.Kind.NUMBER) {
          return Formats.number(plain(difference), lang);
        }
        BigDecimal points = plain(difference.movePointRight(2));
        return core.format("comparison.points." + plural(points, lang), lang,
            MessageArg.text(Formats.number(points, lang)));
      }
      case DATE: {
        long days = Math.abs(ChronoUnit.DAYS.between(limit().dateValue(), actual().dateValue()));
        if (days == 0) {
          return null;
        }
        BigDecimal n = BigDecimal.valueOf(days);
        return core.format("comparison.days." + plural(n, lang), lang, MessageArg.text(Formats.number(n, lang)));
      }
      default:
        return null;
    }
  }

  /** Without trailing zeros, never in exponent form: {@code 1.50} is {@code 1.5}, {@code 10} stays. */
  private static BigDecimal plain(BigDecimal n) {
    BigDecimal stripped = n.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * The plural form for a quantity: in French the singular goes up to (not including) two
   * ("1,5 point"), in English only one is singular ("1.5 points").
   */
  private static String plural(BigDecimal n, Lang lang) {
    boolean one = lang == Lang.FR ? n.compareTo(BigDecimal.valueOf(2)) < 0 : n.compareTo(BigDecimal.ONE) == 0;
    return one ? "one" : "other";
  }

  static int compare(MessageArg a, MessageArg b) {
    if (a.kind() != b.kind()) {
      throw new IllegalArgumentException("cannot compare " + a + " with " + b);
    }
    switch (a.kind()) {
      case NUMBER:
      case EUROS:
      case RATE:
        return a.decimalValue().compareTo(b.decimalValue());
      case DATE:
        return a.dateValue().compareTo(b.dateValue());
      default:
        return a.value().equals(b.value()) ? 0 : 1;
    }
  }

  @Value.Check
  void check() {
    if (subject() == null || actual() == null || operator() == null || limit() == null) {
      throw new IllegalStateException("a comparison needs a subject, two values and an operator");
    }
    MessageArg.Kind kind = actual().kind();
    boolean ordered = kind == MessageArg.Kind.NUMBER || kind == MessageArg.Kind.EUROS
        || kind == MessageArg.Kind.RATE || kind == MessageArg.Kind.DATE;
    if (!ordered && operator() != Operator.EQUAL) {
      throw new IllegalArgumentException(kind + " values compare only for equality");
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
