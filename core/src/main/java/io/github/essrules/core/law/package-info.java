/**
 * Legal references: which text states a rule or an amount, and how sure the library is of it.
 */
package io.github.essrules.core.law;
