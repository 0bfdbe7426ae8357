/**
 * Politique de la ville: the registry of the 1 362 metropolitan quartiers prioritaires of 2024
 * (décret n° 2023-1314) and a simulator of their criteria (loi n° 2014-173, art. 5), the
 * generations of contrats de ville, the ZFU-TE exemption (CGI 44 octies A), the emplois francs
 * aid, and public procurement: reserved contracts (CCP L2113-12, -13, -15) and insertion clauses
 * (L2112-2).
 *
 * <p>Entry points: {@link io.github.essrules.rules.ville.QpvRegistry},
 * {@link io.github.essrules.rules.ville.QpvCriteria}, {@link io.github.essrules.rules.ville.ContratsDeVille},
 * {@link io.github.essrules.rules.ville.ZfuTe}, {@link io.github.essrules.rules.ville.EmploisFrancs},
 * {@link io.github.essrules.rules.ville.ReservedContracts}, {@link io.github.essrules.rules.ville.InsertionClause}.
 */
package io.github.essrules.rules.ville;
