package io.github.essrules.examples.cli;

import io.github.essrules.core.json.EssJson;
import io.github.essrules.rules.iae.AciCase;
import io.github.essrules.rules.iae.AciRule;
import io.github.essrules.rules.iae.AideAuPoste;
import io.github.essrules.rules.iae.AideAuPosteFacts;
import io.github.essrules.rules.iae.CddiFacts;
import io.github.essrules.rules.iae.CddiRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ess iae aci|cddi|aide}.
 *
 * <p>The classes are not thread-safe: picocli creates one per run.
 */
final class IaeCommands {
  private IaeCommands() {}

  /** {@code ess iae}. */
  @Command(name = "iae", mixinStandardHelpOptions = true,
      description = "Insertion par l'activité économique: ACI convention and sales, CDDI history, aide au poste.",
      subcommands = {Aci.class, Cddi.class, Aide.class})
  public static final class Iae implements Runnable {
    /** Created by picocli. */
    public Iae() {}

    @Spec CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  /** {@code ess iae aci CASE}. */
  @Command(name = "aci", mixinStandardHelpOptions = true,
      description = {"An ACI's convention (R5132-27, R5132-29) and sales limit (D5132-34).",
          "CASE is JSON (schema: ess schema aci-case)."})
  public static final class Aci extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public Aci() {}

    @Override
    public Integer call() throws IOException {
      return print(AciRule.get().evaluate(readAsOf(AciCase.class), options().asOfOrToday(), options().lawOptions()), Map.of());
    }
  }

  /** {@code ess iae cddi CASE}. */
  @Command(name = "cddi", mixinStandardHelpOptions = true,
      description = {"A CDDI's history against L5132-15-1 and the weekly hours, with the latest lawful end.",
          "CASE is JSON (schema: ess schema cddi-facts)."})
  public static final class Cddi extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public Cddi() {}

    @Override
    public Integer call() throws IOException {
      CddiFacts f = readAsOf(CddiFacts.class);
      return print(CddiRule.get().evaluate(f, options().asOfOrToday(), options().lawOptions()),
          CddiRule.latestLawfulEnd(f).<Map<String, Object>>map(d -> Map.of("latestLawfulEnd", d)).orElse(Map.of()));
    }
  }

  /** {@code ess iae aide CASE}. */
  @Command(name = "aide", mixinStandardHelpOptions = true,
      description = {"The aide au poste d'insertion (R5132-37, R5132-38) of the posts occupied, to the cent.",
          "CASE is JSON (schema: ess schema aide-au-poste-facts)."})
  public static final class Aide extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public Aide() {}

    @Override
    public Integer call() throws IOException {
      AideAuPoste.Result r = AideAuPoste.compute(read(AideAuPosteFacts.class), options().lawOptions());
      GlobalOptions o = options();
      PrintWriter out = out();
      out.println(o.format == OutputFormat.JSON ? EssJson.write(r) : Texts.aide(r, o.lang));
      out.flush();
      return ExitCodes.OK;
    }
  }
}
