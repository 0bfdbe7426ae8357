/**
 * Régies de quartier and régies de territoire: an association holding the CNLRQ label and its
 * Charte nationale, with the governance triptych (inhabitants, collectivités, bailleurs sociaux);
 * ESUS de plein droit (C. trav. L3332-17-1, II, 8°) and often conventionnées in the insertion
 * par l'activité économique (L5132-2, 4°).
 *
 * <p>Entry point: {@link io.github.essrules.rules.regie.RegieRule}; facts:
 * {@link io.github.essrules.rules.regie.RegieCase}.
 */
package io.github.essrules.rules.regie;
