/**
 * Sociétés coopératives d'intérêt collectif (SCIC): loi n° 47-1775 du 10 septembre 1947,
 * titre II ter (art. 19 quinquies to 19 nonies, historical numbering), art. 14 and 16 — form,
 * categories of associés, public capital cap (dated), voting colleges, allocation of the surplus,
 * interest on shares.
 *
 * <p>Entry point: {@link io.github.essrules.rules.scic.ScicRule}; facts:
 * {@link io.github.essrules.rules.scic.ScicCase}.
 */
package io.github.essrules.rules.scic;
