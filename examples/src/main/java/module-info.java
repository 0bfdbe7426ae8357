/**
 * Examples of ess-rules and the {@code ess} command-line tool; uses only the public API of
 * {@code io.github.essrules.rules}, as a user's application would.
 */
module io.github.essrules.examples {
  requires static org.immutables.value.annotations;
  requires io.github.essrules.rules;
  requires info.picocli;
  requires me.tongfei.progressbar;
  requires java.logging;
  requires com.fasterxml.jackson.databind;
  requires com.github.victools.jsonschema.generator;
  requires com.fasterxml.classmate;
  requires com.github.victools.jsonschema.module.jakarta.validation;
  // ess serve: Javalin on Jetty 12 (named modules)
  requires io.javalin;
  requires org.eclipse.jetty.server;

  exports io.github.essrules.examples;
  exports io.github.essrules.examples.cli;

  opens io.github.essrules.examples.cli to info.picocli, com.fasterxml.jackson.databind, org.hibernate.validator;
}
