/**
 * The three journeys of ess-rules as an application writes them from the README and the Javadoc,
 * on the public API only: ESUS eligibility, a CAE's yearly report, BRS and CLT resale prices.
 * Every date is an argument or a literal: the wall clock never enters.
 */
package io.github.essrules.it;
