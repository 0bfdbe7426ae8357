/**
 * Public support to ESS employers and undertakings that is not a subsidy in the sense of loi
 * n° 2000-321: the EU de minimis ceilings (Règlements (UE) n° 1407/2013 and 2023/2831, general
 * regime; 2023/2832, services of general economic interest) and the adultes-relais scheme (C. trav.
 * L5134-100 to L5134-109, D5134-145 to D5134-160).
 *
 * <p>Why a package of its own: both are aids whose amount or ceiling a collectivité or the State
 * checks before granting, and both are read from the law note {@code financement-et-ville.md};
 * the subsidies themselves (loi n° 2000-321, C. com. L612-4) and the PTCE are in the
 * {@code financement} package.
 *
 * <p>Entry points: {@link io.github.essrules.rules.aides.DeMinimis},
 * {@link io.github.essrules.rules.aides.AdulteRelais}.
 */
package io.github.essrules.rules.aides;
