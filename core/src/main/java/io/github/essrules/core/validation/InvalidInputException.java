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

  /** Every violation found. */
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the faults, at least one
   * @throws IllegalArgumentException if the list is empty
   */
  public InvalidInputException(List<Violation> violations) {
    super(null);
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid input has at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /**
   * The faults.
   *
   * @return the violations, at least one
   */
  public List<Violation> violations() {
    return violations;
  }

  @Override
  public String message(Lang lang) {
    StringBuilder out = new StringBuilder(
        CoreMessages.get().format("error.invalid-input", lang, MessageArg.number(violations.size())));
    for (Violation v : violations) {
      out.append("\n  - ").append(v.describe(lang));
    }
    return out.toString();
  }
}
