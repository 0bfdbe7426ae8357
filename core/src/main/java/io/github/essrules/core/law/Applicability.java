package io.github.essrules.core.law;

/**
 * What a date gets from a value or a text of the library: the verified value, the value
 * presumed unchanged since its verification, or a refusal.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Applicability {
  /** The date is covered by what the library verified. */
  VERIFIED,
  /** The date is after the last verification, within the horizon: presumed unchanged. */
  PRESUMED,
  /** No value or text is applied on that date ({@link NoLawKnownException}). */
  REFUSED
}
