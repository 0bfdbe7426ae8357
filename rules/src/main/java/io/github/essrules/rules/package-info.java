/**
 * French ESS and politique de la ville law as code. Each sub-package covers one legal domain
 * and names the texts it encodes; legal amounts live as YAML parameter files beside the code.
 *
 * <ul>
 *   <li>{@link io.github.essrules.rules.amounts}: amounts used across domains — the SMIC
 *       (C. trav. L3231-2 et seq.) and the plafond de la sécurité sociale;
 *   <li>{@link io.github.essrules.rules.ess}: membership of the ESS (loi n° 2014-856, art. 1);
 *   <li>{@link io.github.essrules.rules.esus}: the ESUS agrément (C. trav. L3332-17-1,
 *       R3332-21-1 to R3332-21-5).
 * </ul>
 */
package io.github.essrules.rules;
