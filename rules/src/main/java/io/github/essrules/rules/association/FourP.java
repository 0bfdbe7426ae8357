package io.github.essrules.rules.association;

/**
 * The answer to one of the "4P" questions of the lucrativity test (BOI-IS-CHAMP-10-50-10):
 * is the association's product, public, price or publicity like a commercial business's?
 *
 * <p>Legal basis: no article — the "4P" method is the administration's doctrine on the lucrativity
 * of associations, BOI-IS-CHAMP-10-50-10 (secondary source), which the rule cites.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FourP {
  /** Like a commercial business in the same field. */
  LIKE_COMMERCIAL,
  /** Different: meets a need the market does not, for a public in difficulty, at a lower price, without commercial publicity. */
  DIFFERENT
}
