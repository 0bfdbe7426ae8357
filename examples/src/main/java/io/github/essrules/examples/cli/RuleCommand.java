package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.Explained;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.core.i18n.Formats;
import io.github.essrules.rules.foncier.BrsActiviteFacts;
import io.github.essrules.rules.foncier.BrsResale;
import io.github.essrules.rules.foncier.BrsResaleFacts;
import io.github.essrules.rules.foncier.IndexedCap;
import io.github.essrules.rules.iae.CddiFacts;
import io.github.essrules.rules.iae.CddiRule;
import io.github.essrules.rules.scic.ScicCase;
import io.github.essrules.rules.scic.ScicRule;
import io.github.essrules.rules.scic.SurplusAllocation;
import io.github.essrules.rules.ville.EmploisFrancs;
import io.github.essrules.rules.ville.EmploisFrancsFacts;
import io.github.essrules.rules.ville.ZfuTe;
import io.github.essrules.rules.ville.ZfuTeFacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    Explained result = Rules.run(rule, facts, o.asOfOrToday(), o.lawOptions());
    Map<String, Object> extra = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    extras(rule.id(), facts, o.lang, extra, lines);
    int code = print(result, extra);
    if (o.format == OutputFormat.TEXT && !lines.isEmpty()) {
      PrintWriter out = out();
      lines.forEach(out::println);
      out.flush();
    }
    return code;
  }

  /**
   * What the command line shows beside some rules' result, from other public methods of the rule:
   * in JSON as members beside the result, in text as lines after it.
   */
  private static void extras(String id, Object facts, Lang lang, Map<String, Object> json, List<String> text) {
    boolean fr = lang == Lang.FR;
    switch (id) {
      case BrsResale.ID: {
        IndexedCap cap = BrsResale.cap((BrsResaleFacts) facts);
        json.put("cap", cap);
        text.add(cap.explain(lang));
        break;
      }
      case BrsResale.ID_ACTIVITE: {
        IndexedCap cap = BrsResale.cap((BrsActiviteFacts) facts);
        json.put("cap", cap);
        text.add(cap.explain(lang));
        break;
      }
      case ScicRule.ID:
        ((ScicCase) facts).surplus().ifPresent(year -> {
          SurplusAllocation a = ScicRule.minimumAllocation(year);
          json.put("minimumSurplusAllocation", a);
          text.add((fr ? "Affectation minimale de l'excédent : réserve légale " : "Least allocation of the surplus: legal reserve ")
              + Formats.euros(a.legalReserve(), lang) + (fr ? ", réserve statutaire " : ", statutory reserve ")
              + Formats.euros(a.statutoryReserve(), lang) + (fr ? ", reste " : ", remainder ")
              + Formats.euros(a.remainder(), lang));
        });
        break;
      case CddiRule.ID:
        CddiRule.latestLawfulEnd((CddiFacts) facts).ifPresent(d -> {
          json.put("latestLawfulEnd", d);
          text.add((fr ? "Fin la plus tardive permise : " : "Latest lawful end: ") + Formats.date(d, lang));
        });
        break;
      case ZfuTe.ID: {
        ZfuTeFacts f = (ZfuTeFacts) facts;
        if (!f.establishedOn().isBefore(ZfuTe.SCHEDULE_FROM)) {
          // before 2015 the regime is not modelled: the verdict says so, no amount is given
          json.put("exemptProfit", ZfuTe.exemptProfit(f));
          json.put("capPerTwelveMonths", ZfuTe.capPerTwelveMonths(f));
        }
        break;
      }
      case EmploisFrancs.ID:
        json.put("amount", EmploisFrancs.amount((EmploisFrancsFacts) facts));
        break;
      default:
        break;
    }
  }
}
