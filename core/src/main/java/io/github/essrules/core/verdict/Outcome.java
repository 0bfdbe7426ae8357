package io.github.essrules.core.verdict;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import java.util.Collection;
import java.util.Locale;

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
  UNDETERMINED,
  /**
   * A deadline the text sets has not been reached on the date asked about: the obligation is
   * neither met nor breached yet ("échéance à venir") — for example the twelve-month period of a
   * CAE's interviews still running. {@link #allOf} and {@link #anyOf} combine it exactly like
   * {@link #NOT_APPLICABLE}: it never prevents other conditions from deciding, so no verdict's
   * outcome changes because a condition is pending rather than not applicable; only conditions
   * that are all pending or not applicable, at least one pending, combine to pending.
   */
  PENDING;

  private final String key = "outcome." + name();

  /**
   * The outcome of conditions that must all hold ("conditions cumulatives"): not satisfied if
   * one is not satisfied; otherwise undetermined if one is undetermined; otherwise not applicable
   * if all are not applicable (or there are none); otherwise pending if all are pending or not
   * applicable; otherwise satisfied. A not-applicable or pending condition does not prevent the
   * others from being satisfied.
   *
   * @param outcomes the outcomes of the conditions
   * @return the combined outcome
   */
  public static Outcome allOf(Collection<Outcome> outcomes) {
    Outcome combined = NOT_APPLICABLE;
    for (Outcome o : outcomes) {
      combined = allOf(combined, o);
    }
    return combined;
  }

  /**
   * Two conditions that must both hold: {@link #allOf(Collection)} of two, without a collection
   * (rules combine outcomes on every evaluation).
   *
   * @param a one outcome
   * @param b the other
   * @return the combined outcome
   */
  public static Outcome allOf(Outcome a, Outcome b) {
    return Ranks.ALL_OF[a.ordinal()] >= Ranks.ALL_OF[b.ordinal()] ? a : b;
  }

  /**
   * The outcome of alternatives of which one suffices ("l'une ou l'autre"): satisfied if one is
   * satisfied; otherwise undetermined if one is undetermined; otherwise not satisfied if one is
   * not satisfied; otherwise pending if one is pending; otherwise not applicable.
   *
   * @param outcomes the outcomes of the alternatives
   * @return the combined outcome
   */
  public static Outcome anyOf(Collection<Outcome> outcomes) {
    Outcome combined = NOT_APPLICABLE;
    for (Outcome o : outcomes) {
      combined = anyOf(combined, o);
    }
    return combined;
  }

  /**
   * Two alternatives of which one suffices: {@link #anyOf(Collection)} of two.
   *
   * @param a one outcome
   * @param b the other
   * @return the combined outcome
   */
  public static Outcome anyOf(Outcome a, Outcome b) {
    return Ranks.ANY_OF[a.ordinal()] >= Ranks.ANY_OF[b.ordinal()] ? a : b;
  }

  /** Which outcome prevails when combining, by ordinal: the higher rank wins. */
  private static final class Ranks {
    static final int[] ALL_OF = ranks(NOT_APPLICABLE, PENDING, SATISFIED, UNDETERMINED, NOT_SATISFIED);
    static final int[] ANY_OF = ranks(NOT_APPLICABLE, PENDING, NOT_SATISFIED, UNDETERMINED, SATISFIED);

    private static int[] ranks(Outcome... weakestFirst) {
      int[] ranks = new int[values().length];
      for (int i = 0; i < weakestFirst.length; i++) {
        ranks[weakestFirst[i].ordinal()] = i;
      }
      return ranks;
    }
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
    return CoreMessages.get().format(key, lang);
  }

  /**
   * The outcome in words.
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return for example "non satisfaite" / "not satisfied"
   */
  public String label(Locale locale) {
    return label(Lang.of(locale));
  }
}
