package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.verdict.Verdict;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ess RULE CASE}: any rule of the registry on one case, the command named by the rule's
 * identifier — its explanation in text, or in JSON {@code {"verdict": …}} for a rule whose result
 * is a verdict and {@code {"result": …}} for a computation. Built by {@link #commandLine} for
 * every rule without a command of its own.
 *
 * <p>This class is not thread-safe: one per run.
 */
@Command(mixinStandardHelpOptions = true)
final class RuleCommand extends CaseCommand implements Callable<Integer> {
  private final RuleDefinition<?, ?> rule;

  private RuleCommand(RuleDefinition<?, ?> rule) {
    this.rule = rule;
  }

  /**
   * The command of a rule: its name is the rule's identifier, its description the rule's title.
   *
   * @param rule the rule
   * @param lang the language of the description
   * @return the command, to add to the root
   */
  static CommandLine commandLine(RuleDefinition<?, ?> rule, Lang lang) {
    CommandLine cli = new CommandLine(new RuleCommand(rule));
    cli.getCommandSpec().name(rule.id());
    cli.getCommandSpec().usageMessage().description(description(rule, lang));
    return cli;
  }

  /** The description of a rule's command: its title, its schema, its exit codes. */
  static String[] description(RuleDefinition<?, ?> rule, Lang lang) {
    boolean fr = lang == Lang.FR;
    String exit = Verdict.class.isAssignableFrom(rule.resultType())
        ? (fr ? "Code de sortie : 0 satisfaite, 1 non satisfaite ou non applicable, 3 indéterminée (faits manquants listés)."
            : "Exit code: 0 satisfied, 1 not satisfied or not applicable, 3 undetermined (missing facts listed).")
        : (fr ? "Code de sortie : 0 calculé." : "Exit code: 0 computed.");
    return new String[] {
      UsageErrors.escape(rule.title(lang)) + (rule.dated() ? (fr ? " — au --as-of (par défaut aujourd'hui)." : " — as of --as-of (default today).") : "."),
      (fr ? "CASE est du JSON (schéma : ess schema " : "CASE is JSON (schema: ess schema ") + rule.id()
          + (fr ? "), un fichier ou - pour l'entrée standard." : "), a file or - for standard input."),
      exit
    };
  }

  @Override
  public Integer call() throws IOException {
    GlobalOptions o = options();
    Object facts = Rules.read(rule, input, o.asOfOrToday());
    return print(RuleAnswer.of(rule, facts, o.asOfOrToday(), o.lawOptions(), o.lang));
  }
}
