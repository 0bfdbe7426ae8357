/**
 * The insertion par l'activité économique: ateliers et chantiers d'insertion (conventions,
 * C. trav. R5132-27 to R5132-29; sales limit, D5132-34), the contrat à durée déterminée
 * d'insertion (L5132-15-1; weekly hours, D5132-43-5 to D5132-43-9), and the aide au poste
 * d'insertion (R5132-37, R5132-38) with the dated socles of ACI, EI, ETTI and AI.
 *
 * <p>Entry points: {@link io.github.essrules.rules.iae.AciRule}, {@link io.github.essrules.rules.iae.CddiRule},
 * {@link io.github.essrules.rules.iae.AideAuPoste}.
 */
package io.github.essrules.rules.iae;
