package io.github.essrules.examples.cli;

import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.cae.AgendaItem;
import io.github.essrules.rules.cae.CaeAgenda;
import io.github.essrules.rules.cae.CaeCompliance;
import io.github.essrules.rules.cae.CaeFacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The commands of a coopérative d'activité et d'emploi beyond the generic rule commands
 * ({@code ess cae-remuneration}): {@code ess cae-compliance CASE [--from --to]} and
 * {@code ess cae-agenda CASE} (C. trav. L7331-1 to L7332-7, R7331-1 to R7331-12).
 */
public final class CaeCommand {
  private CaeCommand() {}

  /** {@code ess cae-compliance}: the compliance report over a period — the rule {@code cae-compliance} with a period of one's choice. */
  @Command(name = CaeCompliance.ID, mixinStandardHelpOptions = true,
      description = {
        "The CAE's compliance report over a period (default: the calendar year of --as-of), read on --as-of.",
        "CASE is JSON (schema: ess schema cae-compliance), a file or - for standard input.",
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
      return print(RuleAnswer.of(CaeCompliance.report(facts, first, last, asOf, o.lawOptions())));
    }
  }

  /** {@code ess cae-agenda}: deadlines to come and overdue. */
  @Command(name = "cae-agenda", mixinStandardHelpOptions = true,
      description = {
        "The CAE's agenda on --as-of: deadlines to come and those passed without the obligation met, by date.",
        "CASE is JSON (schema: ess schema cae-compliance). Exit code 0; 1 if an item is overdue;"
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
}
