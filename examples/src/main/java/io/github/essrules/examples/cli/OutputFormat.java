package io.github.essrules.examples.cli;

/** The output formats of the {@code ess} command. */
public enum OutputFormat {
  /** Text for a person, in the chosen language. */
  TEXT,
  /** JSON for a program, with messages in French and English. */
  JSON
}
