package io.github.essrules.rules.cae;

/**
 * What the signed document of an accompaniment interview must contain "notamment" (C. trav.
 * R7331-3).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum InterviewContent {
  /** The review and expected evolution of the activity ("le bilan et les perspectives d'évolution prévisible"). */
  REVIEW_AND_PROSPECTS,
  /** The individual and collective actions needed to develop the activity. */
  ACTIONS_NEEDED,
  /** The accompaniment needs. */
  ACCOMPANIMENT_NEEDS
}
