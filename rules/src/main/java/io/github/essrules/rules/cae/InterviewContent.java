package io.github.essrules.rules.cae;

import java.util.List;

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
  ACCOMPANIMENT_NEEDS;

  private static final List<InterviewContent> ALL = List.of(values());

  /**
   * Every content R7331-3 requires, in the order of the article: what a complete document holds.
   *
   * <pre>{@code
   * Interview.builder().date(d).documentSigned(true).documentContents(InterviewContent.all()).build();
   * }</pre>
   *
   * @return the three contents, an unmodifiable list
   */
  public static List<InterviewContent> all() {
    return ALL;
  }
}
