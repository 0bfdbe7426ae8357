package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Formats;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.rules.ville.EmploisFrancs;
import io.github.essrules.rules.ville.EmploisFrancsFacts;
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
 * {@code ess qpv lookup|criteria}, {@code ess zfu}, {@code ess emplois-francs},
 * {@code ess marche reserve|clause}.
 *
 * <p>The classes are not thread-safe: picocli creates one per run.
 */
final class VilleCommands {
  private VilleCommands() {}

  /** {@code ess qpv}. */
  @Command(name = "qpv", mixinStandardHelpOptions = true, description = "Quartiers prioritaires: registry and criteria.",
      subcommands = {Lookup.class, Criteria.class})
  public static final class QpvCommand implements Runnable {
    /** Created by picocli. */
    public QpvCommand() {}

    @Spec CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  /** {@code ess qpv lookup}. */
  @Command(name = "lookup", mixinStandardHelpOptions = true,
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

  /** {@code ess qpv criteria CASE}. */
  @Command(name = "criteria", mixinStandardHelpOptions = true,
      description = {"Simulate the QPV criteria (loi 2014-173 art. 5) for an area.",
          "CASE is JSON (schema: ess schema qpv-criteria-facts)."})
  public static final class Criteria extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public Criteria() {}

    @Override
    public Integer call() throws IOException {
      return print(QpvCriteria.get().evaluate(readAsOf(QpvCriteriaFacts.class), options().asOfOrToday(), options().lawOptions()),
          Map.of());
    }
  }

  /** {@code ess zfu CASE}. */
  @Command(name = "zfu", mixinStandardHelpOptions = true,
      description = {"The ZFU-TE profit exemption (CGI 44 octies A): conditions and exempt profit of a period.",
          "CASE is JSON (schema: ess schema zfu-te-facts)."})
  public static final class Zfu extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public Zfu() {}

    @Override
    public Integer call() throws IOException {
      ZfuTeFacts f = readAsOf(ZfuTeFacts.class);
      Map<String, Object> amounts = new LinkedHashMap<>();
      amounts.put("exemptProfit", ZfuTe.exemptProfit(f));
      amounts.put("capPerTwelveMonths", ZfuTe.capPerTwelveMonths(f));
      return print(ZfuTe.get().evaluate(f, options().asOfOrToday(), options().lawOptions()), amounts);
    }
  }

  /** {@code ess emplois-francs CASE}. */
  @Command(name = "emplois-francs", mixinStandardHelpOptions = true,
      description = {"The emplois francs aid for a hire (hires until 31 December 2024).",
          "CASE is JSON (schema: ess schema emplois-francs-facts)."})
  public static final class EmploisFrancsCommand extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public EmploisFrancsCommand() {}

    @Override
    public Integer call() throws IOException {
      EmploisFrancsFacts f = readAsOf(EmploisFrancsFacts.class);
      return print(EmploisFrancs.get().evaluate(f, options().asOfOrToday(), options().lawOptions()),
          Map.of("amount", EmploisFrancs.amount(f)));
    }
  }

  /** {@code ess marche}. */
  @Command(name = "marche", mixinStandardHelpOptions = true, description = "Public procurement: reserved contracts, insertion clauses.",
      subcommands = {Reserve.class, Clause.class})
  public static final class Marche implements Runnable {
    /** Created by picocli. */
    public Marche() {}

    @Spec CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  /** {@code ess marche reserve CASE}. */
  @Command(name = "reserve", mixinStandardHelpOptions = true,
      description = {"Whether an organisation may bid for a contract reserved under CCP L2113-12, -13 or -15.",
          "CASE is JSON (schema: ess schema reserved-bidder-facts)."})
  public static final class Reserve extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public Reserve() {}

    @Override
    public Integer call() throws IOException {
      return print(
          ReservedContracts.get().evaluate(readAsOf(ReservedBidderFacts.class), options().asOfOrToday(), options().lawOptions()), Map.of());
    }
  }

  /** {@code ess marche clause CASE}. */
  @Command(name = "clause", mixinStandardHelpOptions = true,
      description = {"The insertion hours of a clause sociale (CCP L2112-2).",
          "CASE is JSON (schema: ess schema insertion-clause-facts)."})
  public static final class Clause extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public Clause() {}

    @Override
    public Integer call() throws IOException {
      InsertionClause.Hours h = InsertionClause.hours(read(InsertionClause.Facts.class));
      GlobalOptions o = options();
      PrintWriter out = out();
      if (o.format == OutputFormat.JSON) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hours", h);
        out.println(EssJson.write(m));
      } else {
        boolean fr = o.lang == Lang.FR;
        out.println((fr ? "Heures de travail du marché : " : "Labour hours of the contract: ")
            + Formats.number(h.labourHours(), o.lang));
        out.println((fr ? "Heures d'insertion : " : "Insertion hours: ") + Formats.number(h.insertionHoursExact(), o.lang)
            + (fr ? ", soit " : ", that is ") + Formats.number(h.insertionHours(), o.lang)
            + (fr ? " heures (arrondi à l'heure supérieure)" : " hours (rounded up to the hour)"));
        out.println("  " + h.reference().citation());
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
