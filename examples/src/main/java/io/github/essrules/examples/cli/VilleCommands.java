package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Formats;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.rules.ville.EmploisFrancs;
import io.github.essrules.rules.ville.EmploisFrancsFacts;
import io.github.essrules.rules.ville.ImmutableFacts;
import io.github.essrules.rules.ville.InsertionClause;
import io.github.essrules.rules.ville.Qpv;
import io.github.essrules.rules.ville.QpvCriteria;
import io.github.essrules.rules.ville.QpvCriteriaFacts;
import io.github.essrules.rules.ville.QpvLookup;
import io.github.essrules.rules.ville.QpvRegistry;
import io.github.essrules.rules.ville.ReservedBidderFacts;
import io.github.essrules.rules.ville.ReservedContracts;
import io.github.essrules.rules.ville.ZfuTe;
import io.github.essrules.rules.ville.ZfuTeFacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ess qpv-lookup}: the quartiers prioritaires in force on a date. The rules of the
 * politique de la ville ({@code qpv-criteria}, {@code zfu-te}, {@code emplois-francs},
 * {@code reserved-contract}, {@code insertion-clause}) are generic rule commands.
 *
 * <p>The classes are not thread-safe: picocli creates one per run.
 */
final class VilleCommands {
  private VilleCommands() {}

  /** {@code ess qpv-lookup}. */
  @Command(name = "qpv-lookup", mixinStandardHelpOptions = true,
      description = {"Find QPV by commune (INSEE code), by code or by name, in the list in force on --as-of.",
          "Before 2024 and overseas the answer is unknown, never \"no QPV\"."})
  public static final class Lookup implements Callable<Integer> {
    /** Created by picocli. */
    public Lookup() {}

    @Spec CommandSpec spec;

    @Option(names = "--commune", paramLabel = "INSEE", description = "A commune's INSEE code (Paris 75056, Lyon 69123, Marseille 13055).")
    String commune;

    @Option(names = "--code", paramLabel = "CODE", description = "A QPV code, such as QN03317M.")
    String code;

    @Option(names = "--name", paramLabel = "TEXT", description = "A part of a QPV's name, case and accents ignored.")
    String name;

    @Override
    public Integer call() {
      GlobalOptions o = ((EssCommand) spec.root().userObject()).options();
      PrintWriter out = spec.commandLine().getOut();
      int given = (commune != null ? 1 : 0) + (code != null ? 1 : 0) + (name != null ? 1 : 0);
      if (given != 1) {
        throw new EssCommand.UsageException("Donnez une seule de --commune, --code, --name.",
            "Give exactly one of --commune, --code, --name.");
      }
      if (commune != null) {
        QpvLookup l = QpvRegistry.lookupCommune(commune, o.asOfOrToday());
        if (o.format == OutputFormat.JSON) {
          out.println(EssJson.write(l));
        } else {
          out.println(l.status() + " — " + l.explanation().render(o.lang));
          l.qpv().forEach(q -> out.println(line(q)));
        }
        out.flush();
        return l.status() == QpvLookup.Status.UNKNOWN ? ExitCodes.UNDETERMINED : ExitCodes.OK;
      }
      List<Qpv> found = code != null ? QpvRegistry.byCode(code).map(List::of).orElse(List.of()) : QpvRegistry.byName(name);
      if (o.format == OutputFormat.JSON) {
        out.println(EssJson.write(found));
      } else {
        found.forEach(q -> out.println(line(q)));
        if (found.isEmpty()) {
          out.println(o.lang == Lang.FR ? "Aucun QPV de la liste métropolitaine de 2024." : "No QPV of the 2024 metropolitan list.");
        }
      }
      out.flush();
      return found.isEmpty() ? ExitCodes.NOT_SATISFIED : ExitCodes.OK;
    }

    private static String line(Qpv q) {
      StringBuilder s = new StringBuilder(q.code()).append(" — ").append(q.name()).append(" (");
      for (int i = 0; i < q.communes().size(); i++) {
        s.append(i == 0 ? "" : ", ").append(q.communes().get(i).name()).append(' ').append(q.communes().get(i).insee());
      }
      return s.append(')').toString();
    }
  }
}
