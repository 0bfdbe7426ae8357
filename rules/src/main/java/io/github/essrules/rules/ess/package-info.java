/**
 * Membership of the social and solidarity economy: loi n° 2014-856 du 31 juillet 2014 relative à
 * l'économie sociale et solidaire, art. 1 (the conditions of I for every private-law legal person,
 * membership by form for cooperatives, mutuelles, fondations and associations, the extra
 * conditions of II, 2° for commercial companies with the fractions of the arrêté du 3 août 2015).
 *
 * <p>Entry point: {@link io.github.essrules.rules.ess.EssMembershipRule}; facts:
 * {@link io.github.essrules.rules.ess.EssMembershipFacts}.
 */
package io.github.essrules.rules.ess;
