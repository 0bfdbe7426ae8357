package io.github.essrules.core.verdict;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import java.util.Collection;

/**
 * The outcome of a rule or of one of its conditions for given facts on a given date.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Outcome {
  /** The condition is met. */
  SATISFIED,
  /** The condition is not met. */
  NOT_SATISFIED,
  /** The condition does not apply to these facts (for example a rule for companies, asked about an association). */
  NOT_APPLICABLE,
  /** The facts given do not allow a decision; the finding lists the facts missing. */
  UNDETERMINED;

  /**
   * The outcome of conditions that must all hold ("conditions cumulatives"): not satisfied if
   * one is not satisfied; otherwise undetermined if one is undetermined; otherwise not applicable
   * if all are not applicable (or there are none); otherwise satisfied. A not-applicable condition
   * does not prevent the others from being satisfied.
   *
   * @param outcomes the outcomes of the conditions
   * @return the combined outcome
   */
  public static Outcome allOf(Collection<Outcome> outcomes) {
    boolean undetermined = false;
    boolean satisfied = false;
    for (Outcome o : outcomes) {
      switch (o) {
        case NOT_SATISFIED:
          return NOT_SATISFIED;
        case UNDETERMINED:
          undetermined = true;
          break;
        case SATISFIED:
          satisfied = true;
          break;
        default:
          break;
      }
    }
    if (undetermined) {
      return UNDETERMINED;
    }
    return satisfied ? SATISFIED : NOT_APPLICABLE;
  }

  /**
   * The outcome of alternatives of which one suffices ("l'une ou l'autre"): satisfied if one is
   * satisfied; otherwise undetermined if one is undetermined; otherwise not satisfied if one is
   * not satisfied; otherwise not applicable.
   *
   * @param outcomes the outcomes of the alternatives
   * @return the combined outcome
   */
  public static Outcome anyOf(Collection<Outcome> outcomes) {
    boolean undetermined = false;
    boolean notSatisfied = false;
    for (Outcome o : outcomes) {
      switch (o) {
        case SATISFIED:
          return SATISFIED;
        case UNDETERMINED:
          undetermined = true;
          break;
        case NOT_SATISFIED:
          notSatisfied = true;
          break;
        default:
          break;
      }
    }
    if (undetermined) {
      return UNDETERMINED;
    }
    return notSatisfied ? NOT_SATISFIED : NOT_APPLICABLE;
  }

  /**
   * The outcome of a comparison that either holds or not.
   *
   * @param holds whether the condition holds
   * @return {@link #SATISFIED} or {@link #NOT_SATISFIED}
   */
  public static Outcome of(boolean holds) {
    return holds ? SATISFIED : NOT_SATISFIED;
  }

  /**
   * The outcome in words.
   *
   * @param lang the language
   * @return for example "non satisfaite" / "not satisfied"
   */
  public String label(Lang lang) {
    return CoreMessages.get().format("outcome." + name(), lang);
  }
}
