package io.github.essrules.examples.cli;

import static io.github.essrules.examples.cli.EssCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.Lang;
import io.github.essrules.core.verdict.Explained;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.examples.cli.EssCommandTest.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Issue 18: the help follows {@code --lang} — French by default, English on request — for every
 * command, every option and every parameter, and prints no warning of its own.
 */
class HelpLanguageTest {
  /** Every command of the tool, as the command line names it: {@code batch}, {@code law status}… */
  private static List<String[]> commands() {
    List<String[]> out = new ArrayList<>();
    collect(new CommandLine(new EssCommand()), new ArrayList<>(), out);
    // the rule commands are added by run(): one per rule of the registry
    for (String id : Rules.ids()) {
      out.add(new String[] {id});
    }
    return out;
  }

  private static void collect(CommandLine cli, List<String> path, List<String[]> out) {
    cli.getSubcommands().forEach((name, sub) -> {
      List<String> p = new ArrayList<>(path);
      p.add(name);
      out.add(p.toArray(new String[0]));
      collect(sub, p, out);
    });
  }

  private static String[] help(String[] command, String lang) {
    String[] args = new String[command.length + 3];
    System.arraycopy(command, 0, args, 0, command.length);
    args[command.length] = "--help";
    args[command.length + 1] = "--lang";
    args[command.length + 2] = lang;
    return args;
  }

  @Test
  void theHelpIsFrenchByDefaultAndEnglishOnRequest() {
    Run fr = run("--help");
    assertThat(fr.code()).isZero();
    assertThat(fr.out()).startsWith("Utilisation : ess").contains("Commandes :").contains("Codes de sortie :")
        .contains("Applique le droit et les montants en vigueur").contains("Affiche cette aide")
        .doesNotContain("Apply the law", "Show this help", "Exit codes");
    Run en = run("--help", "--lang", "en");
    assertThat(en.out()).startsWith("Usage: ess").contains("Exit codes:").contains("Apply the law")
        .doesNotContain("Applique");
    assertThat(run("batch", "--help").out()).contains("Juge un cas par ligne").contains("\"id\"")
        .contains("La règle : aci, adulte-relais, aide-au-poste");
  }

  @Test
  void everyCommandHelpsInBothLanguagesWithoutAWarning() {
    for (String[] command : commands()) {
      for (String lang : new String[] {"fr", "en"}) {
        Run r = run(help(command, lang));
        assertThat(r.code()).as(String.join(" ", command)).isZero();
        assertThat(r.err()).as(String.join(" ", command)).isEmpty();
        assertThat(r.out()).as(String.join(" ", command)).doesNotContain("picocli WARN", "Could not format");
        assertThat(r.out()).startsWith(lang.equals("fr") ? "Utilisation : ess " : "Usage: ess ");
      }
    }
  }

  @Test
  void everyCommandOptionAndParameterHasItsFrenchText() {
    ResourceBundle fr = UsageErrors.help(Lang.FR);
    List<String> missing = new ArrayList<>();
    check(new CommandLine(new EssCommand()).getCommandSpec(), fr, missing);
    assertThat(missing).as("keys missing from Help_fr.properties").isEmpty();
  }

  private static void check(CommandSpec spec, ResourceBundle fr, List<String> missing) {
    String prefix = spec.qualifiedName(".") + ".";
    if (!fr.containsKey(prefix + "usage.description") && !fr.containsKey(prefix + "usage.description.0")) {
      missing.add(prefix + "usage.description");
    }
    for (ArgSpec arg : spec.args()) {
      String key;
      if (arg instanceof OptionSpec) {
        OptionSpec o = (OptionSpec) arg;
        key = o.descriptionKey().isEmpty() ? o.longestName().replaceFirst("^-+", "") : o.descriptionKey();
      } else {
        PositionalParamSpec p = (PositionalParamSpec) arg;
        key = p.descriptionKey().isEmpty() ? p.paramLabel() + "[" + p.index() + "]" : p.descriptionKey();
      }
      if (!fr.containsKey(prefix + key) && !fr.containsKey(key)) {
        missing.add(prefix + key);
      }
    }
    spec.subcommands().values().forEach(sub -> check(sub.getCommandSpec(), fr, missing));
  }

  @Test
  void aRuleTitleWithAPercentSignIsPrintedAsWritten() {
    RuleDefinition<Object, Explained> percent = new RuleDefinition<>() {
      @Override
      public String id() {
        return "percent";
      }

      @Override
      public String title(Lang lang) {
        return "Partage 25 % / 6 % de la plus-value";
      }

      @Override
      public Class<Object> factsType() {
        return Object.class;
      }

      @Override
      public Class<Explained> resultType() {
        return Explained.class;
      }

      @Override
      public Explained apply(Object facts, LocalDate asOf, LawOptions options) {
        throw new UnsupportedOperationException();
      }
    };
    CommandLine cli = RuleCommand.commandLine(percent, Lang.FR);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    cli.usage(new PrintWriter(out, true));
    assertThat(out.toString()).contains("Partage 25 % / 6 % de la plus-value");
    assertThat(out.toString() + err).doesNotContain("WARN", "Could not format");
  }
}
