/**
 * French ESS and politique de la ville law as code: one package per legal domain, the legal
 * amounts as dated parameters with the text of each value.
 *
 * <p>The texts encoded, each cited by the rule that applies it: loi n° 2014-856, art. 1 and 2
 * ({@code ess}, {@code esus}); C. trav., art. L3332-17-1 and R3332-21-1 to R3332-21-5
 * ({@code esus}); C. trav., art. L7331-2 to L7332-3 and R7331-1 to R7331-12 ({@code cae}); loi du
 * 1er juillet 1901, art. 1, 2 and 5, and CGI, art. 206-1 bis and 261-7-1° d ({@code association});
 * loi n° 47-1775, art. 16 and 19 quinquies to 19 nonies ({@code scic}); CCH, art. L255-2 to
 * L255-14, R255-1, R255-1-1 and R256-2 ({@code foncier}); C. trav., art. L5132-2, L5132-15-1,
 * R5132-27 to R5132-38 and D5132-34 ({@code iae}); loi n° 2014-173, art. 5 and 6, CGI, art. 44
 * octies A, and Code de la commande publique, art. L2112-2 and L2113-12 to L2113-16
 * ({@code ville}); loi n° 2000-321, art. 9-1, 10 and 10-1, C. com., art. L612-4, and loi
 * n° 2014-856, art. 9 ({@code financement}).
 */
module io.github.essrules.rules {
  requires static org.immutables.value.annotations;
  requires transitive io.github.essrules.core;
  // quarters of indices (YearQuarter) appear in the foncier API
  requires transitive org.threeten.extra;

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
  exports io.github.essrules.rules.aides;
  exports io.github.essrules.rules.law;
  exports io.github.essrules.rules.financement;

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
  opens io.github.essrules.rules.financement to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.github.essrules.rules.aides to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.github.essrules.rules.law to com.fasterxml.jackson.databind;

  provides io.github.essrules.core.i18n.MessageCatalogProvider
      with io.github.essrules.rules.RulesMessages;
  provides io.github.essrules.core.registry.RuleProvider
      with io.github.essrules.rules.StandardRules;
}
