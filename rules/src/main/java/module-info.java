/**
 * French ESS and politique de la ville law as code: one package per legal domain, the legal
 * amounts as dated parameters with the text of each value.
 */
module io.github.essrules.rules {
  requires static org.immutables.value.annotations;
  requires transitive io.github.essrules.core;

  exports io.github.essrules.rules;
  exports io.github.essrules.rules.amounts;
  exports io.github.essrules.rules.ess;
  exports io.github.essrules.rules.esus;
  exports io.github.essrules.rules.cae;
  exports io.github.essrules.rules.structure;
  exports io.github.essrules.rules.association;
  exports io.github.essrules.rules.scic;
  exports io.github.essrules.rules.regie;
  exports io.github.essrules.rules.foncier;
  exports io.github.essrules.rules.iae;
  exports io.github.essrules.rules.ville;

  opens io.github.essrules.rules.amounts to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.github.essrules.rules.ess to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.github.essrules.rules.esus to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.github.essrules.rules.cae to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.github.essrules.rules.structure to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.github.essrules.rules.association to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.github.essrules.rules.scic to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.github.essrules.rules.regie to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.github.essrules.rules.foncier to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.github.essrules.rules.iae to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.github.essrules.rules.ville to com.fasterxml.jackson.databind, org.hibernate.validator;

  provides io.github.essrules.core.i18n.MessageCatalogProvider
      with io.github.essrules.rules.RulesMessages;
}
