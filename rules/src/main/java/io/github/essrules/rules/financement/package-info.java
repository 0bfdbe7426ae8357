/**
 * Public support of ESS organisations by the State and the collectivités: subsidies under loi
 * n° 2000-321 du 12 avril 2000 (art. 9-1 definition, art. 10 convention, compte rendu financier and
 * publication of the award data — décret n° 2017-779 —, art. 10-1 contrat d'engagement
 * républicain), the accounts of associations receiving public subsidies (C. com., art. L612-4), and
 * the pôles territoriaux de coopération économique (loi n° 2014-856, art. 9).
 *
 * <p>Entry points: {@link io.github.essrules.rules.financement.SubventionConvention},
 * {@link io.github.essrules.rules.financement.ContratEngagementRepublicain},
 * {@link io.github.essrules.rules.financement.SubventionQualification},
 * {@link io.github.essrules.rules.financement.AssociationComptes} and
 * {@link io.github.essrules.rules.financement.Ptce}. The amounts (23 000 €, 153 000 €, 3 500
 * inhabitants) are dated parameters read in secondary sources; what the sources could not confirm
 * is a fact the user states, or is refused.
 */
package io.github.essrules.rules.financement;
