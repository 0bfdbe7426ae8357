package io.github.essrules.core.verdict;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssOutputStyle;
import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.law.LegalReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The assessment of one condition of a rule: its outcome, the text that states it, the values
 * compared, the facts that were missing, and the findings of its sub-conditions.
 *
 * <p>Findings form a tree that mirrors the article: a finding for "L3332-17-1, I" has children for
 * 1° to 5°, the one for 3° has children for a) and b). An {@link Outcome#UNDETERMINED} leaf names
 * the facts it lacks by path ({@code "/accounts/2024/operatingCharges"}).
 *
 * <pre>{@code
 * Finding f = Finding.builder()
 *     .id("esus.3.a")
 *     .outcome(Outcome.of(comparison.holds()))
 *     .reference(ref)
 *     .message(Message.of(catalog, "esus.3.a"))
 *     .comparisons(List.of(comparison))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@EssOutputStyle
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {
  Finding() {}

  /**
   * A stable identifier of the condition, such as {@code "esus.L3332-17-1.I.3.a"}, for programs
   * that read findings.
   *
   * @return the identifier
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The outcome of this condition.
   *
   * @return the outcome
   */
  @Value.Parameter
  public abstract Outcome outcome();

  /**
   * The text that states the condition.
   *
   * @return the reference
   */
  @Value.Parameter
  public abstract LegalReference reference();

  /**
   * What the condition is and how it came out, for a person.
   *
   * @return the message
   */
  @Value.Parameter
  public abstract Message message();

  /**
   * The comparisons made, with the values compared.
   *
   * @return the comparisons, possibly empty
   */
  @Value.Parameter
  public abstract List<Comparison> comparisons();

  /**
   * The facts that were needed and not given, as JSON pointers into the input.
   *
   * @return the paths, empty unless the outcome is undetermined
   */
  @Value.Parameter
  public abstract List<String> missingFacts();

  /**
   * The findings of the sub-conditions.
   *
   * @return the children, possibly empty
   */
  @Value.Parameter
  public abstract List<Finding> children();

  /**
   * The part of the facts the finding is about, when a rule checks the same condition for several
   * of them: {@code "entrepreneur:amina"}, {@code "joint-activity:Atelier couture"},
   * {@code "year:2025"}, and for a part of a part the two joined by {@code /}
   * ({@code "entrepreneur:amina/period:2025-03-01"}). With {@link #id()} it names the finding
   * uniquely within its verdict, and a report can be grouped by person or year without walking the
   * tree ({@link #subjectOf(String)}).
   *
   * @return the subject, as {@code kind:identifier}, or empty for a finding about the facts as a
   *     whole
   */
  @Value.Default
  @Value.Parameter
  public Optional<String> subject() {
    return Optional.empty();
  }

  /**
   * The identifier and the subject: {@code "cae.R7331-3.period@entrepreneur:amina"}, or the
   * identifier alone for a finding about the facts as a whole.
   *
   * @return the qualified identifier
   */
  @JsonIgnore
  public String qualifiedId() {
    return subject().isEmpty() ? id() : id() + "@" + subject().get();
  }

  /**
   * This finding about a part of the facts: it and every descendant take the subject given, put
   * before a subject of their own — a period of an entrepreneur's interviews is about
   * {@code "entrepreneur:amina/period:2025-03-01"}.
   *
   * <p>The descendants are labelled when the children are first read, then kept: a verdict read
   * only for its outcome and figures does not pay for the labels. What is read is the same either
   * way; this finding and its descendants stay immutable and thread-safe.
   *
   * <pre>{@code
   * Finding person = Conditions.allOf("cae.entrepreneur", ref, message, obligations)
   *     .about("entrepreneur:amina");
   * }</pre>
   *
   * @param newSubject the subject, as {@code kind:identifier}
   * @return the finding with its subject
   */
  public Finding about(String newSubject) {
    java.util.Objects.requireNonNull(newSubject, "newSubject");
    Optional<String> own = subject();
    String subject = own.isPresent() ? newSubject + "/" + own.get() : newSubject;
    List<Finding> kids = children();
    // the descendants are labelled when first read (LabelledChildren): most verdicts are read
    // for their outcome and figures, which are the originals', computed already
    return ImmutableFinding.of(id(), outcome(), reference(), message(), comparisons(), missingFacts(),
        kids.isEmpty() ? kids : LabelledChildren.of(kids, newSubject), Optional.of(subject));
  }

  /**
   * The identifier of the part of the facts of a kind this finding is about, read from its
   * {@link #subject()}: {@code subjectOf("entrepreneur")} is {@code "amina"} for a finding about
   * {@code "entrepreneur:amina/period:2025-03-01"}.
   *
   * @param kind the kind, such as {@code entrepreneur}, {@code period}, {@code financial-year}
   * @return the identifier, or empty when the finding is not about a part of that kind
   */
  public Optional<String> subjectOf(String kind) {
    if (subject().isEmpty()) {
      return Optional.empty();
    }
    String prefix = kind + ":";
    for (String part : subject().get().split("/")) {
      if (part.startsWith(prefix)) {
        return Optional.of(part.substring(prefix.length()));
      }
    }
    return Optional.empty();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Finding.Builder builder() {
    return new Finding.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public Finding.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Finding}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableFinding.Builder {
    /** A builder with no attribute set, as {@link Finding#builder()} gives. */
    public Builder() {}
  }

  /**
   * A finding from all its parts at once, without a builder: the cheaper way for rules that make
   * many findings on every evaluation.
   *
   * @param id the identifier
   * @param outcome the outcome
   * @param reference the text applied
   * @param message what the finding says
   * @param comparisons the comparisons made
   * @param missingFacts the facts missing (JSON pointers), for an undetermined leaf
   * @param children the findings it combines
   * @return the finding
   * @throws IllegalStateException if the parts are inconsistent (see {@link #builder()})
   */
  public static Finding of(String id, Outcome outcome, LegalReference reference, Message message,
      List<Comparison> comparisons, List<String> missingFacts, List<Finding> children) {
    // lists made immutable here, so that the check keeps the instance instead of building a copy
    return ImmutableFinding.of(id, outcome, reference, message, immutable(comparisons),
        immutable(missingFacts), immutable(children), Optional.empty());
  }

  /**
   * A condition decided by comparing values: satisfied if every comparison holds, not satisfied
   * otherwise — the way a text's "n'excède pas", "au moins" reads.
   *
   * <pre>{@code
   * Finding f = Finding.compared("cae.L7331-3", ref, message,
   *     Comparison.of(subject, MessageArg.date(became), Operator.AT_MOST, MessageArg.date(deadline)));
   * }</pre>
   *
   * @param id the identifier
   * @param reference the text applied
   * @param message what the finding says
   * @param comparisons the comparisons made, at least one
   * @return the finding, without children
   * @throws IllegalArgumentException if no comparison is given
   */
  public static Finding compared(String id, LegalReference reference, Message message, Comparison... comparisons) {
    if (comparisons.length == 0) {
      throw new IllegalArgumentException("finding " + id + " compares nothing");
    }
    boolean holds = true;
    for (Comparison c : comparisons) {
      holds &= c.holds();
    }
    return ImmutableFinding.of(id, Outcome.of(holds), reference, message, List.of(comparisons), List.of(),
        List.of(), Optional.empty());
  }

  /**
   * A condition decided by one comparison: satisfied if it holds, not satisfied otherwise. The
   * same as {@link #compared(String, LegalReference, Message, Comparison...)} with one comparison,
   * without the array a variable argument list makes on every call.
   *
   * @param id the identifier
   * @param reference the text applied
   * @param message what the finding says
   * @param comparison the comparison made
   * @return the finding, without children
   */
  public static Finding compared(String id, LegalReference reference, Message message, Comparison comparison) {
    return ImmutableFinding.of(id, Outcome.of(comparison.holds()), reference, message, List.of(comparison),
        List.of(), List.of(), Optional.empty());
  }

  /**
   * A condition decided without a comparison: a fact stated, a deadline not applicable.
   *
   * @param id the identifier
   * @param outcome the outcome, not {@link Outcome#UNDETERMINED} (use {@link #missing})
   * @param reference the text applied
   * @param message what the finding says
   * @return the finding, without comparison nor children
   * @throws IllegalStateException if the outcome is undetermined: such a finding names its missing facts
   */
  public static Finding decided(String id, Outcome outcome, LegalReference reference, Message message) {
    return ImmutableFinding.of(id, outcome, reference, message, List.of(), List.of(), List.of(), Optional.empty());
  }

  /**
   * A condition whose outcome the rule decides itself, showing the comparisons that explain it: an
   * outcome computed by the law's own function (with its rounding) rather than read from the
   * comparisons, or not applicable with the comparison that makes it so ("below the threshold").
   * Unlike {@link #compared}, the outcome is taken as given.
   *
   * <pre>{@code
   * Finding f = Finding.decided("subv.publication", Outcome.NOT_APPLICABLE, ref, message, from, above);
   * }</pre>
   *
   * @param id the identifier
   * @param outcome the outcome, not {@link Outcome#UNDETERMINED} (use {@link #missing(String,
   *     LegalReference, Message, List, Comparison...)})
   * @param reference the text applied
   * @param message what the finding says
   * @param shown the comparisons shown, possibly none
   * @return the finding, without children
   * @throws IllegalStateException if the outcome is undetermined
   */
  public static Finding decided(String id, Outcome outcome, LegalReference reference, Message message,
      Comparison... shown) {
    return ImmutableFinding.of(id, outcome, reference, message, List.of(shown), List.of(), List.of(), Optional.empty());
  }

  /**
   * A condition whose outcome the rule decides itself, showing the one comparison that explains
   * it. The same as {@link #decided(String, Outcome, LegalReference, Message, Comparison...)} with
   * one comparison, without the array a variable argument list makes on every call.
   *
   * @param id the identifier
   * @param outcome the outcome, not {@link Outcome#UNDETERMINED}
   * @param reference the text applied
   * @param message what the finding says
   * @param shown the comparison shown
   * @return the finding, without children
   * @throws IllegalStateException if the outcome is undetermined
   */
  public static Finding decided(String id, Outcome outcome, LegalReference reference, Message message,
      Comparison shown) {
    return ImmutableFinding.of(id, outcome, reference, message, List.of(shown), List.of(), List.of(), Optional.empty());
  }

  /**
   * A condition whose outcome the rule decides itself over sub-conditions it shows, with the
   * comparisons that explain it, if any: an obligation breached whose children name each item
   * missing, a period satisfied whose children are the interviews that did not count. Unlike
   * {@code allOf}, the outcome is taken as given, not combined from the children.
   *
   * @param id the identifier
   * @param outcome the outcome, not {@link Outcome#UNDETERMINED} unless a child is undetermined
   * @param reference the text applied
   * @param message what the finding says
   * @param children the findings shown under it
   * @param shown the comparisons shown, possibly none
   * @return the finding
   * @throws IllegalStateException if the outcome is undetermined and there is no child
   */
  public static Finding decided(String id, Outcome outcome, LegalReference reference, Message message,
      List<Finding> children, Comparison... shown) {
    return ImmutableFinding.of(id, outcome, reference, message, List.of(shown), List.of(), List.copyOf(children),
        Optional.empty());
  }

  /**
   * A condition that cannot be decided for want of facts: undetermined, naming them.
   *
   * <pre>{@code
   * Finding f = Finding.missing("cae.R7331-6", ref, message, "/jointActivities");
   * }</pre>
   *
   * @param id the identifier
   * @param reference the text applied
   * @param message what the finding says
   * @param paths the JSON pointers of the missing facts, at least one
   * @return the finding
   * @throws IllegalStateException if no path is given
   */
  public static Finding missing(String id, LegalReference reference, Message message, String... paths) {
    return ImmutableFinding.of(id, Outcome.UNDETERMINED, reference, message, List.of(), List.of(paths), List.of(),
        Optional.empty());
  }

  /**
   * A condition that cannot be decided for want of facts, with the comparisons made so far: the
   * price is above the ceiling unless works justify it, and the works are not given.
   *
   * <pre>{@code
   * Finding f = Finding.missing("brs.resale.price", ref, message, List.of("/works"), priceAtMostCeiling);
   * }</pre>
   *
   * @param id the identifier
   * @param reference the text applied
   * @param message what the finding says
   * @param paths the JSON pointers of the missing facts, at least one
   * @param shown the comparisons shown, possibly none
   * @return the finding, undetermined
   * @throws IllegalStateException if no path is given
   */
  public static Finding missing(String id, LegalReference reference, Message message, List<String> paths,
      Comparison... shown) {
    return ImmutableFinding.of(id, Outcome.UNDETERMINED, reference, message, List.of(shown), List.copyOf(paths),
        List.of(), Optional.empty());
  }

  /**
   * A condition whose deadline has not been reached on the date asked about:
   * {@link Outcome#PENDING}, with the comparisons that show it (the deadline against the date asked
   * about, say), if any.
   *
   * @param id the identifier
   * @param reference the text that sets the deadline
   * @param message what the finding says, naming the deadline
   * @param comparisons the comparisons made, possibly none
   * @return the finding
   */
  public static Finding pending(String id, LegalReference reference, Message message, Comparison... comparisons) {
    return ImmutableFinding.of(id, Outcome.PENDING, reference, message, List.of(comparisons), List.of(), List.of(),
        Optional.empty());
  }

  /**
   * The facts that would settle this finding if it is undetermined: the missing facts of it and
   * of its undetermined descendants, without duplicates, in tree order. A decided finding (say
   * satisfied by one alternative while another is undetermined) needs nothing more: empty.
   *
   * @return the paths
   */
  public List<String> allMissingFacts() {
    Set<String> paths = new LinkedHashSet<>();
    collectMissing(this, paths);
    return new ArrayList<>(paths);
  }

  static void collectMissing(Finding finding, Set<String> into) {
    if (finding.outcome() != Outcome.UNDETERMINED) {
      // a decided condition needs nothing more, even if one of its alternatives could not be decided
      return;
    }
    into.addAll(finding.missingFacts());
    for (Finding child : finding.children()) {
      collectMissing(child, into);
    }
  }

  /**
   * Checks the finding and makes its lists immutable. The lists are taken as given when they
   * already are ({@code List.of}, {@code List.copyOf}): rules build many findings on every
   * evaluation, and copying each list into a new one was a large part of the cost (this class
   * keeps the library's style otherwise, without Immutables' copying of collections).
   */
  @Value.Check
  Finding check() {
    if (id() == null || outcome() == null || reference() == null || message() == null) {
      throw new IllegalStateException("a finding needs an id, an outcome, a reference and a message");
    }
    List<Comparison> comparisons = immutable(comparisons());
    List<String> missingFacts = immutable(missingFacts());
    List<Finding> children = immutable(children());
    if (outcome() == Outcome.UNDETERMINED && children.isEmpty() && missingFacts.isEmpty()) {
      throw new IllegalStateException(
          "finding " + id() + " is undetermined and names no missing fact");
    }
    if (outcome() != Outcome.UNDETERMINED && !missingFacts.isEmpty()) {
      throw new IllegalStateException(
          "finding " + id() + " names missing facts but is " + outcome());
    }
    if (comparisons != comparisons() || missingFacts != missingFacts() || children != children()) {
      return toBuilder().comparisons(comparisons).missingFacts(missingFacts).children(children).build();
    }
    return this;
  }

  /**
   * A list left out of a builder is empty; a list given is kept if it is already immutable, as are
   * children waiting for their subject ({@link #about}).
   */
  private static <T> List<T> immutable(List<T> list) {
    return list == null ? List.of() : list instanceof LabelledChildren ? list : List.copyOf(list);
  }
}
