/**
 * Dated parameters: legal amounts and rates that change over time, with half-open periods of
 * validity, a reference per value, strict YAML loading, and a typed error for a date no value
 * covers.
 */
package io.github.essrules.core.param;
