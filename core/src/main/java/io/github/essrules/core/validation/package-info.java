/**
 * Validation of facts: Bean Validation on immutable fact types, every violation reported at once
 * with its path and a French and English message.
 */
package io.github.essrules.core.validation;
