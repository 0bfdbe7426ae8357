/**
 * Legal amounts used across domains, as dated parameters with the text of each value: the hourly
 * gross SMIC (salaire minimum de croissance, C. trav. L3231-2 et seq.; one décret or arrêté per
 * value) and the annual plafond de la sécurité sociale (one arrêté per year), with the annual
 * full-time SMIC derived from the hourly one.
 *
 * <p>Not modelled: the SMIC of Mayotte, the minimum garanti, branch minimum wages (a user-supplied
 * term for the rules that compare with them).
 */
package io.github.essrules.rules.amounts;
