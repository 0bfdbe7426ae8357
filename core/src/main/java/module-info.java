/**
 * The vocabulary of legal rules: references, dated parameters, money, verdicts and findings,
 * messages in French and English, facts validation, JSON, identifiers.
 *
 * <p>This module knows no French ESS rule; {@code io.github.essrules.rules} builds on it.
 */
module io.github.essrules.core {
  requires static org.immutables.value.annotations;
  requires transitive jakarta.validation;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.hibernate.validator;
  // Hibernate Validator interpolates its messages with Jakarta EL, which it requires only
  // statically: naming it here puts it, and by service binding its implementation (expressly),
  // in the module graph.
  requires jakarta.el;

  exports io.github.essrules.core;
  exports io.github.essrules.core.i18n;
  exports io.github.essrules.core.id;
  exports io.github.essrules.core.json;
  exports io.github.essrules.core.law;
  exports io.github.essrules.core.money;
  exports io.github.essrules.core.param;
  exports io.github.essrules.core.registry;
  exports io.github.essrules.core.time;
  exports io.github.essrules.core.validation;
  exports io.github.essrules.core.verdict;

  opens io.github.essrules.core.i18n to com.fasterxml.jackson.databind;
  opens io.github.essrules.core.law to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.github.essrules.core.money to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.github.essrules.core.param to com.fasterxml.jackson.databind;
  opens io.github.essrules.core.validation to com.fasterxml.jackson.databind;
  opens io.github.essrules.core.verdict to com.fasterxml.jackson.databind, org.hibernate.validator;

  uses io.github.essrules.core.i18n.MessageCatalogProvider;
  uses io.github.essrules.core.registry.RuleProvider;

  provides io.github.essrules.core.i18n.MessageCatalogProvider
      with io.github.essrules.core.i18n.CoreMessages;
  // found by ObjectMapper.findAndRegisterModules()
  provides com.fasterxml.jackson.databind.Module
      with io.github.essrules.core.json.EssJsonModule;
}
