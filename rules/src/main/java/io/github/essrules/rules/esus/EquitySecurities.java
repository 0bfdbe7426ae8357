package io.github.essrules.rules.esus;

/**
 * The enterprise's equity securities ("titres de capital") with respect to C. trav.
 * L3332-17-1, I, 4°: they must not be admitted to trading on a financial instruments market,
 * French or foreign.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EquitySecurities {
  /** The enterprise has no equity securities (an association, a fondation). */
  NONE,
  /** It has equity securities, none admitted to trading on a market. */
  NOT_ADMITTED_TO_TRADING,
  /** Some of its equity securities are admitted to trading on a market, French or foreign. */
  ADMITTED_TO_TRADING
}
