/**
 * The application's module: what a team on the module path writes to use ess-rules. It reads
 * ess-rules, and through it (its {@code requires transitive}) ess-rules-core, Jackson's databind
 * and annotations, and Jakarta Validation.
 */
module io.github.essrules.it {
  requires transitive io.github.essrules.rules;

  exports io.github.essrules.it;
}
