package io.github.essrules.core.verdict;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The answer of a rule for given facts on a given date: an outcome and the findings that explain
 * it, each with its article and the values compared.
 *
 * <pre>{@code
 * Verdict v = rule.evaluate(facts, LocalDate.of(2026, 1, 15));
 * v.outcome();          // SATISFIED, NOT_SATISFIED, NOT_APPLICABLE, UNDETERMINED or PENDING
 * v.missingFacts();     // when undetermined: what to ask for
 * v.explain(Lang.FR);   // the explanation, one line per finding
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableVerdict.class)
@JsonDeserialize(as = ImmutableVerdict.class)
@JsonIgnoreProperties(value = {"missingFacts", "confidence"}, allowGetters = true)
public abstract class Verdict implements Explained {
  Verdict() {}

  /**
   * The identifier of the rule that gave this verdict.
   *
   * @return the rule's identifier
   */
  public abstract String ruleId();

  /**
   * The date the law was applied as of.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The outcome.
   *
   * @return the outcome
   */
  public abstract Outcome outcome();

  /**
   * The findings behind the outcome.
   *
   * @return the findings
   */
  public abstract List<Finding> findings();

  /**
   * What the reader must know beside the conditions: a version of an article applied to a date
   * it did not govern, an interpretation chosen where the text is silent.
   *
   * @return the notices, possibly empty
   */
  public abstract List<Notice> notices();

  /**
   * How sure the library is of this verdict: the weakest confidence of the references of every
   * finding (at any depth) and every notice.
   *
   * @return the confidence
   */
  @JsonProperty("confidence")
  public Confidence confidence() {
    Confidence c = Confidence.VERIFIED;
    for (Notice n : notices()) {
      c = Confidence.weakest(c, n.reference().confidence());
    }
    for (Finding f : findings()) {
      c = weakest(f, c);
    }
    return c;
  }

  private static Confidence weakest(Finding f, Confidence c) {
    Confidence result = Confidence.weakest(c, f.reference().confidence());
    for (Finding child : f.children()) {
      result = weakest(child, result);
    }
    return result;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Verdict.Builder builder() {
    return new Verdict.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public Verdict.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Verdict}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableVerdict.Builder {
    /** A builder with no attribute set, as {@link Verdict#builder()} gives. */
    public Builder() {}
  }

  /**
   * Every fact missing for a decision, as JSON pointers into the input: those of the undetermined
   * findings, not descending into decided ones (an alternative left undetermined under a
   * satisfied condition asks for nothing).
   *
   * @return the paths, without duplicates
   */
  @JsonProperty("missingFacts")
  public List<String> missingFacts() {
    Set<String> paths = new LinkedHashSet<>();
    for (Finding f : findings()) {
      Finding.collectMissing(f, paths);
    }
    return new ArrayList<>(paths);
  }

  /**
   * The conditions that make the verdict "not satisfied": the deepest not-satisfied findings,
   * reached through not-satisfied findings only — so a failed alternative under a satisfied
   * condition is not one of them. Each names its article, its values and, where a rule checks a
   * condition for several parts of the facts, its {@link Finding#subject() subject}.
   *
   * @return the findings, in tree order; empty when no finding is not satisfied
   */
  @JsonIgnore
  public List<Finding> failures() {
    return leaves(Outcome.NOT_SATISFIED);
  }

  /**
   * The conditions that leave the verdict undetermined: the deepest undetermined findings,
   * reached through undetermined findings only, each naming its {@link Finding#missingFacts()
   * missing facts}.
   *
   * @return the findings, in tree order
   */
  @JsonIgnore
  public List<Finding> undetermined() {
    return leaves(Outcome.UNDETERMINED);
  }

  private List<Finding> leaves(Outcome outcome) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings()) {
      collectLeaves(f, outcome, out);
    }
    return out;
  }

  private static void collectLeaves(Finding f, Outcome outcome, List<Finding> into) {
    if (f.outcome() != outcome) {
      return;
    }
    boolean deeper = false;
    for (Finding child : f.children()) {
      if (child.outcome() == outcome) {
        deeper = true;
        collectLeaves(child, outcome, into);
      }
    }
    if (!deeper) {
      into.add(f);
    }
  }

  /**
   * The findings with an identifier, at any depth, in tree order (depth first, as
   * {@link #explain(Lang)} prints them): {@code verdict.find("esus.I.3.b")}.
   *
   * @param id the identifier of the condition
   * @return the findings, possibly empty
   */
  public List<Finding> find(String id) {
    List<Finding> found = new ArrayList<>();
    for (Finding f : findings()) {
      collect(f, id, found);
    }
    return found;
  }

  private static void collect(Finding f, String id, List<Finding> into) {
    if (f.id().equals(id)) {
      into.add(f);
    }
    for (Finding child : f.children()) {
      collect(child, id, into);
    }
  }

  /**
   * The verdict in one line: its outcome, then what decided it. Not satisfied: the first condition
   * not met — the comparison that fails, worded as failing with its gap ("228 000 € excède
   * 216 220,80 € de 11 779,20 €"), or the condition's message when no comparison tells — its
   * article, and how many other conditions are not met. Undetermined: the facts missing.
   * Otherwise: the first values compared and their article.
   *
   * @param lang the language
   * @return a line without a line break
   */
  @Override
  public String summary(Lang lang) {
    return CoreMessages.get().format("verdict.summary", lang, MessageArg.text(outcome().label(lang)),
        MessageArg.text(keyFigure(lang)));
  }

  private String keyFigure(Lang lang) {
    List<Finding> failures = failures();
    if (!failures.isEmpty()) {
      Finding decisive = failures.get(0);
      String what = null;
      for (Finding f : failures) {
        Comparison failed = firstFailed(f);
        if (failed != null) {
          decisive = f;
          what = failed.describe(lang);
          break;
        }
      }
      if (what == null) {
        what = decisive.message().render(lang);
      }
      int others = failures.size() - 1;
      if (others == 0) {
        return CoreMessages.get().format("verdict.summary.failed", lang, MessageArg.text(what),
            MessageArg.text(decisive.reference().citation()));
      }
      return CoreMessages.get().format("verdict.summary.failed.more." + (others == 1 ? "one" : "other"), lang,
          MessageArg.text(what), MessageArg.text(decisive.reference().citation()), MessageArg.number(others));
    }
    if (outcome() == Outcome.UNDETERMINED) {
      return CoreMessages.get().format("verdict.summary.missing", lang,
          MessageArg.text(String.join(", ", missingFacts())));
    }
    Finding first = firstCompared(findings());
    if (first != null) {
      return first.comparisons().get(0).describe(lang) + " — " + first.reference().citation();
    }
    return findings().isEmpty() ? "—"
        : findings().get(0).message().render(lang) + " — " + findings().get(0).reference().citation();
  }

  private static Comparison firstFailed(Finding f) {
    for (Comparison c : f.comparisons()) {
      if (!c.holds()) {
        return c;
      }
    }
    return null;
  }

  private static Finding firstCompared(List<Finding> findings) {
    for (Finding f : findings) {
      if (!f.comparisons().isEmpty()) {
        return f;
      }
      Finding deeper = firstCompared(f.children());
      if (deeper != null) {
        return deeper;
      }
    }
    return null;
  }

  /**
   * The explanation for a person: the outcome, then one indented line per finding with its
   * outcome, message, reference and comparisons.
   *
   * @param lang the language
   * @return the text, lines separated by {@code \n}
   */
  @Override
  public String explain(Lang lang) {
    // sized for the lines to come (about 150 characters each), so that the text is not copied as
    // it grows
    StringBuilder out = new StringBuilder(256 + 160 * (notices().size() + lines(findings())));
    out.append(CoreMessages.get().format("verdict.header", lang,
        MessageArg.text(ruleId()), MessageArg.date(asOf()), MessageArg.text(outcome().label(lang))));
    Confidence confidence = confidence();
    if (confidence != Confidence.VERIFIED) {
      out.append('\n').append(CoreMessages.get().format("verdict.confidence." + confidence.name(), lang,
          MessageArg.text(confidence.label(lang))));
    }
    for (Notice n : notices()) {
      n.message().renderTo(out.append('\n').append("  ! "), lang).append(" — ")
          .append(n.reference().citation());
    }
    for (Finding f : findings()) {
      appendFinding(out, f, 1, lang);
    }
    List<String> missing = missingFacts();
    if (!missing.isEmpty()) {
      out.append('\n').append(CoreMessages.get().format("verdict.missing", lang,
          MessageArg.text(String.join(", ", missing))));
    }
    return out.toString();
  }

  /**
   * The explanation for a person: the outcome, then one indented line per finding with its
   * outcome, message, reference and comparisons.
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return the text, lines separated by {@code \n}
   */
  @Override
  public String explain(Locale locale) {
    return explain(Lang.of(locale));
  }

  private static void appendFinding(StringBuilder out, Finding f, int depth, Lang lang) {
    out.append('\n');
    indent(out, depth).append('[').append(f.outcome().label(lang)).append("] ");
    f.message().renderTo(out, lang).append(" — ").append(f.reference().citation());
    for (Comparison c : f.comparisons()) {
      indent(out.append('\n'), depth).append("    ");
      out.append(c.describe(lang)).append(c.holds() ? " ✓" : " ✗");
    }
    for (Finding child : f.children()) {
      appendFinding(out, child, depth + 1, lang);
    }
  }

  /** The lines of findings and their comparisons an explanation writes. */
  private static int lines(List<Finding> findings) {
    int n = 0;
    for (Finding f : findings) {
      n += 1 + f.comparisons().size() + lines(f.children());
    }
    return n;
  }

  private static StringBuilder indent(StringBuilder out, int depth) {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
    return out;
  }

  @Value.Check
  void check() {
    if (ruleId() == null || asOf() == null || outcome() == null) {
      throw new IllegalStateException("a verdict needs a rule id, a date and an outcome");
    }
  }
}
