/**
 * Helpers shared by the rules, not exported by the module and not part of the API.
 */
package io.github.essrules.rules.internal;
