/**
 * The {@code ess} command-line tool: worked cases ({@code demo}), legal amounts on a date
 * ({@code parameter}), and the JSON Schemas of the input types ({@code schema}); the rules over
 * HTTP with a page for case workers ({@code serve}).
 */
package io.github.essrules.examples.cli;
