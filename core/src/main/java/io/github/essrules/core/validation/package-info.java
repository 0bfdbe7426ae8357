/**
 * Validation of facts: Bean Validation on immutable fact types, every violation reported at once
 * with its path and a French and English message. Facts are checked against the date asked about
 * ({@link io.github.essrules.core.validation.NotAfterAsOf}, {@link
 * io.github.essrules.core.validation.FactsValidator#validate(Object, java.time.LocalDate)}), never
 * against the machine's clock.
 */
package io.github.essrules.core.validation;
