/**
 * Messages in French (the default) and English: catalogs of texts, lazily rendered messages with
 * typed arguments, and the formatting of numbers, amounts and dates for each language.
 */
package io.github.essrules.core.i18n;
