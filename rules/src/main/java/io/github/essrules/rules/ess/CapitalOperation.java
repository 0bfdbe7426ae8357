package io.github.essrules.rules.ess;

/**
 * What a commercial company did with its capital during a financial year, for the last
 * management principle of loi n° 2014-856, art. 1, II, 2°, c: no amortisation of capital and no
 * reduction of capital not motivated by losses, except when it ensures the continuity of the
 * activity in the conditions of a décret.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CapitalOperation {
  /** Neither amortisation nor reduction of capital. */
  NONE,
  /** A reduction of capital motivated by losses: allowed. */
  REDUCTION_FOR_LOSSES,
  /**
   * A reduction that ensures the continuity of the activity: allowed in the conditions of a
   * décret that the library does not model (the finding says so).
   */
  REDUCTION_FOR_CONTINUITY,
  /** An amortisation of capital, or a reduction not motivated by losses: not allowed. */
  AMORTISATION_OR_OTHER_REDUCTION
}
