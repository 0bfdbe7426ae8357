/**
 * Validation of facts: Bean Validation on immutable fact types, every violation reported at once
 * with its path and a French and English message. Facts are checked against the date asked about
 * ({@link io.github.essrules.core.validation.NotAfterAsOf}, {@link
 * io.github.essrules.core.validation.FactsValidator#validate(Object, java.time.LocalDate)}), never
 * against the machine's clock.
 *
 * <p>The same constraints hold for any Jakarta validator, configured or not — Spring's
 * {@code @Valid} — on the types annotated {@link
 * io.github.essrules.core.validation.AccessorConstraints}, with the library's messages in French
 * and English from its {@code ContributorValidationMessages} bundles.
 */
package io.github.essrules.core.validation;
