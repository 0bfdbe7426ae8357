/**
 * The registry of rules: every {@link io.github.essrules.core.verdict.RuleDefinition} by its
 * identifier, the library's own and those a team adds through a {@link
 * io.github.essrules.core.registry.RuleProvider}.
 */
package io.github.essrules.core.registry;
