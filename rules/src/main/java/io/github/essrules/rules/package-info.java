/**
 * French ESS and politique de la ville law as code. Each sub-package covers one legal domain
 * and names the texts it encodes; legal amounts live as YAML parameter files beside the code.
 *
 * <ul>
 *   <li>{@link io.github.essrules.rules.amounts}: amounts used across domains — the SMIC
 *       (C. trav. L3231-2 et seq.) and the plafond de la sécurité sociale.
 * </ul>
 */
package io.github.essrules.rules;
