/**
 * Coopératives d'activité et d'emploi (CAE) and entrepreneurs salariés: C. trav. L7331-1 to
 * L7332-7 (loi n° 2014-856) and R7331-1 to R7331-12 (décret n° 2015-1363 du 27 octobre 2015).
 *
 * <p>Entry points: {@link io.github.essrules.rules.cae.CaeCompliance} (the compliance report over a
 * period), {@link io.github.essrules.rules.cae.CaeAgenda} (deadlines to come and overdue on a
 * date), {@link io.github.essrules.rules.cae.CaeRemuneration} (fixed and variable parts),
 * {@link io.github.essrules.rules.cae.CaeCalendar} (the dates the texts set); facts:
 * {@link io.github.essrules.rules.cae.CaeFacts}.
 */
package io.github.essrules.rules.cae;
