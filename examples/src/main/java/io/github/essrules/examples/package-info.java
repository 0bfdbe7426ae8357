/**
 * The three user journeys as short programs using only the public API: ESUS eligibility
 * ({@link io.github.essrules.examples.EsusEligibility}), a CAE's yearly report and agenda
 * ({@link io.github.essrules.examples.CaeYearlyReport}), and resale prices of a bail réel solidaire
 * and a community land trust ({@link io.github.essrules.examples.ResalePrices}).
 */
package io.github.essrules.examples;
