/**
 * Identifiers as validated value types: SIREN and SIRET (Luhn key, and La Poste's rule), RNA
 * number, INSEE commune code, QPV code.
 */
package io.github.essrules.core.id;
