package io.github.essrules.core.validation;

import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.MessageArg;
import java.util.List;

/**
 * Thrown when an input is malformed: every fault found, at once, each with its path and a
 * French and English message.
 *
 * <p>Malformed means the shape is wrong (a missing date, a negative amount, a SIREN whose key is
 * wrong, an unknown JSON property). Whether an organisation qualifies is never this exception: it
 * is a {@link io.github.essrules.core.verdict.Verdict}.
 */
public final class InvalidInputException extends EssRulesException {
  private static final long serialVersionUID = 1L;

  /** The violations listed. */
  private final List<Violation> violations;
  /** How many violations were found, listed or not. */
  private final long total;
  /** Whether the checking stopped before the end (the total is a lower bound). */
  private final boolean stopped;

  /**
   * Creates the exception. A {@link ViolationList} gives its total and whether the checking
   * stopped; any other list is complete.
   *
   * @param violations the faults listed, at least one
   * @throws IllegalArgumentException if the list is empty
   */
  public InvalidInputException(List<Violation> violations) {
    super(null);
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid input has at least one violation");
    }
    this.violations = List.copyOf(violations);
    if (violations instanceof ViolationList) {
      this.total = Math.max(((ViolationList) violations).total(), this.violations.size());
      this.stopped = ((ViolationList) violations).stopped();
    } else {
      this.total = this.violations.size();
      this.stopped = false;
    }
  }

  /**
   * The faults listed: every fault, or the first ones when an input has more than the library
   * lists ({@link ViolationList#DEFAULT_MAX} by default; see {@link #total()}).
   *
   * @return the violations, at least one
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * How many faults were found, listed or not.
   *
   * @return at least {@code violations().size()}; a lower bound if {@link #stopped()}
   */
  public long total() {
    return total;
  }

  /**
   * Whether the checking stopped before the end of the input, having found too many faults.
   *
   * @return true if {@link #total()} is only a lower bound
   */
  public boolean stopped() {
    return stopped;
  }

  @Override
  public String message(Lang lang) {
    StringBuilder out = new StringBuilder(
        CoreMessages.get().format("error.invalid-input", lang, MessageArg.number(total)));
    for (Violation v : violations) {
      out.append("\n  - ").append(v.describe(lang));
    }
    long omitted = total - violations.size();
    if (omitted > 0 || stopped) {
      out.append("\n  ").append(CoreMessages.get().format(stopped ? "error.invalid-input.more-stopped"
          : "error.invalid-input.more", lang, MessageArg.number(omitted)));
    }
    return out.toString();
  }
}
