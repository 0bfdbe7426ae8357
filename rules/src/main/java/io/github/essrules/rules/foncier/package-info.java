/**
 * Land: the bail réel solidaire (CCH L255-1 et seq.: resale cap of the rights as the lease
 * stipulates it, buyer eligibility under R255-1 and R255-1-1, transfer calendar), the BRS
 * d'activité (R256-2), the zonage A/B/C, quarterly index series (the IRL shipped), and community
 * land trust resale formulas (appreciation share, indexed, itemized).
 *
 * <p>Entry points: {@link io.github.essrules.rules.foncier.BrsResale},
 * {@link io.github.essrules.rules.foncier.BrsBuyerRule}, {@link io.github.essrules.rules.foncier.CltResale},
 * {@link io.github.essrules.rules.foncier.BrsCalendar}, {@link io.github.essrules.rules.foncier.Zoning}.
 */
package io.github.essrules.rules.foncier;
