/**
 * The agrément "entreprise solidaire d'utilité sociale" (ESUS): C. trav. L3332-17-1 (version in
 * force since 1 January 2025), R3332-21-1 (charge induite), R3332-21-2 (dirigeants), R3332-21-3
 * (préfet, tacit acceptance, duration and renewal), R3332-21-5 (statement in the annex to the
 * annual accounts), with loi n° 2014-856, art. 1 and 2.
 *
 * <p>Entry points: {@link io.github.essrules.rules.esus.EsusRule} (eligibility, general route or
 * de plein droit), {@link io.github.essrules.rules.esus.EsusAgrement} (the agrément's calendar),
 * {@link io.github.essrules.rules.esus.EsusAnnexStatement} (the annex statement); facts:
 * {@link io.github.essrules.rules.esus.EsusFacts}; article versions:
 * {@link io.github.essrules.rules.esus.EsusLaw}.
 *
 * <p>Inside, the law sits above the code: each condition is a small method under the words it
 * implements, quoted with their LEGIARTI identifier ({@code PayCap} for L3332-17-1, I, 3°, {@code
 * ChargeInduite} for I, 2° and R3332-21-1, {@code EsusConditions} for I, 1°, 4° and II), and the
 * findings, notices and JSON pointers are built apart ({@code PayCapFindings}, {@code
 * ChargeInduiteFindings}, {@code EsusFindings}).
 */
package io.github.essrules.rules.esus;
