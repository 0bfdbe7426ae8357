package io.github.essrules.examples.cli;

import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.cae.AgendaItem;
import io.github.essrules.rules.cae.CaeAgenda;
import io.github.essrules.rules.cae.CaeCompliance;
import io.github.essrules.rules.cae.CaeFacts;
import io.github.essrules.rules.cae.CaeRemuneration;
import io.github.essrules.rules.cae.Remuneration;
import io.github.essrules.rules.cae.RemunerationFacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ess cae report|agenda|remuneration CASE.json}: a coopérative d'activité et d'emploi's
 * obligations (C. trav. L7331-1 to L7332-7, R7331-1 to R7331-12).
 *
 * <p>This class is not thread-safe: picocli creates one per run.
 */
@Command(name = "cae", mixinStandardHelpOptions = true,
    description = "Coopératives d'activité et d'emploi: compliance report, agenda, remuneration.",
    subcommands = {CaeCommand.Report.class, CaeCommand.Agenda.class, CaeCommand.Pay.class})
public final class CaeCommand implements Runnable {
  /** Created by picocli. */
  public CaeCommand() {}

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code ess cae report}: the compliance report over a period. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = {
        "The CAE's compliance report over a period (default: the calendar year of --as-of), read on --as-of.",
        "CASE is JSON (schema: ess schema cae-facts), a file or - for standard input.",
        "Exit code: 0 nothing breached, 1 a breach, 3 undetermined (missing facts listed)."
      })
  public static final class Report extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public Report() {}

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period, included.")
    LocalDate to;

    @Override
    public Integer call() throws IOException {
      GlobalOptions o = options();
      LocalDate asOf = o.asOfOrToday();
      LocalDate first = from != null ? from : LocalDate.of(asOf.getYear(), 1, 1);
      LocalDate last = to != null ? to : LocalDate.of(first.getYear(), 12, 31);
      if (last.isBefore(first)) {
        throw new EssCommand.UsageException("--to précède --from.", "--to is before --from.");
      }
      CaeFacts facts = readAsOf(CaeFacts.class);
      Verdict v = CaeCompliance.report(facts, first, last, asOf, o.lawOptions());
      PrintWriter out = out();
      out.println(o.format == OutputFormat.JSON ? EssJson.write(v) : v.explain(o.lang));
      out.flush();
      return ExitCodes.of(v.outcome());
    }
  }

  /** {@code ess cae agenda}: deadlines to come and overdue. */
  @Command(name = "agenda", mixinStandardHelpOptions = true,
      description = {
        "The CAE's agenda on --as-of: deadlines to come and those passed without the obligation met, by date.",
        "CASE is JSON (schema: ess schema cae-facts). Exit code 0; 1 if an item is overdue;"
            + " 3 if the only overdue items rest on records left out (listed as missing facts)."
      })
  public static final class Agenda extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public Agenda() {}

    @Override
    public Integer call() throws IOException {
      GlobalOptions o = options();
      CaeFacts facts = readAsOf(CaeFacts.class);
      List<AgendaItem> items = CaeAgenda.of(facts, o.asOfOrToday(), o.lawOptions().policy());
      PrintWriter out = out();
      if (o.format == OutputFormat.JSON) {
        out.println(EssJson.write(items));
      } else {
        out.println(Texts.agenda(items, o.asOfOrToday(), o.lang));
      }
      out.flush();
      if (items.stream().anyMatch(i -> i.overdue() && i.missingFacts().isEmpty())) {
        return ExitCodes.NOT_SATISFIED;
      }
      return items.stream().anyMatch(AgendaItem::overdue) ? ExitCodes.UNDETERMINED : ExitCodes.OK;
    }
  }

  /** {@code ess cae remuneration}: fixed and variable parts of a financial year. */
  @Command(name = "remuneration", mixinStandardHelpOptions = true,
      description = {
        "An entrepreneur salarié's remuneration for a financial year: fixed part, contribution, variable part,"
            + " balance (C. trav. L7332-3, R7331-11, R7331-12).",
        "CASE is JSON (schema: ess schema cae-remuneration-facts)."
      })
  public static final class Pay extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public Pay() {}

    @Override
    public Integer call() throws IOException {
      GlobalOptions o = options();
      Remuneration r = CaeRemuneration.compute(read(RemunerationFacts.class));
      PrintWriter out = out();
      out.println(o.format == OutputFormat.JSON ? EssJson.write(r) : Texts.remuneration(r, o.lang));
      out.flush();
      return ExitCodes.OK;
    }
  }
}
