/**
 * Verdicts and findings: the explained answer every rule gives, with its outcome, the article of
 * each condition and the values compared.
 */
package io.github.essrules.core.verdict;
