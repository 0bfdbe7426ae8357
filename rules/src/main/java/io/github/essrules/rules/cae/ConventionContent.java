package io.github.essrules.rules.cae;

/**
 * What the convention between entrepreneurs running an activity together and the CAE must state
 * (C. trav. R7331-6).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ConventionContent {
  /** The nature of the economic activity. */
  NATURE_OF_ACTIVITY,
  /** How the remuneration is split between the entrepreneurs. */
  REMUNERATION_SPLIT,
  /** Who owns the clientele. */
  CLIENTELE_OWNERSHIP,
  /** Who owns the common trade name. */
  TRADE_NAME_OWNERSHIP,
  /** Who owns the tangible and intangible elements pooled. */
  POOLED_ELEMENTS_OWNERSHIP
}
