package io.github.essrules.examples.cli;

import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.esus.AgrementTerm;
import io.github.essrules.rules.esus.EsusAgrement;
import io.github.essrules.rules.esus.EsusAnnexStatement;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.EsusRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ess esus CASE.json}: whether an enterprise can claim the ESUS agrément (C. trav.
 * L3332-17-1), the agrément's calendar when the file dates are given, and on request the
 * statement for the annex to the annual accounts (R3332-21-5).
 *
 * <p>This class is not thread-safe: picocli creates one per run.
 */
@Command(name = "esus", mixinStandardHelpOptions = true,
    description = {
      "Decide whether an enterprise can claim the ESUS agrément (C. trav. L3332-17-1) under the law of --as-of"
          + " (default today).",
      "CASE is JSON (schema: ess schema esus-facts), a file or - for standard input.",
      "Exit code: 0 satisfied, 1 not satisfied, 3 undetermined (missing facts listed)."
    })
public final class EsusCommand extends CaseCommand implements Callable<Integer> {
  /** Created by picocli. */
  public EsusCommand() {}

  @Option(names = "--annex", description = "Also print the statement for the annex to the annual accounts"
      + " (R3332-21-5) when the verdict is satisfied.")
  boolean annex;

  @Option(names = "--renewal-window", paramLabel = "MONTHS", defaultValue = "6",
      description = "Months before expiry when the agrément's status turns to RENEWAL_DUE (default: ${DEFAULT-VALUE}).")
  int renewalWindow;

  @Override
  public Integer call() throws IOException {
    GlobalOptions o = options();
    if (renewalWindow < 0 || renewalWindow > 60) {
      throw new EssCommand.UsageException("--renewal-window : entre 0 et 60 mois.",
          "--renewal-window: between 0 and 60 months.");
    }
    EsusFacts facts = readAsOf(EsusFacts.class);
    LocalDate asOf = o.asOfOrToday();
    Verdict verdict = EsusRule.get().evaluate(facts, asOf, o.lawOptions());
    boolean hasCalendar = facts.grantedOn().isPresent() || facts.completeFileReceivedOn().isPresent();
    AgrementTerm term = hasCalendar ? EsusAgrement.term(facts, asOf, renewalWindow) : null;
    String statement = annex && verdict.outcome() == Outcome.SATISFIED
        ? EsusAnnexStatement.of(facts, verdict).text(o.lang) : null;
    PrintWriter out = out();
    if (o.format == OutputFormat.JSON) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("verdict", verdict);
      if (term != null) {
        answer.put("agrement", term);
      }
      if (statement != null) {
        answer.put("annexStatement", statement);
      }
      out.println(EssJson.write(answer));
    } else {
      out.println(verdict.explain(o.lang));
      if (term != null) {
        out.println();
        out.println(Texts.term(term, o.lang));
      }
      if (annex && statement == null) {
        out.println();
        out.println(o.lang == io.github.essrules.core.Lang.FR
            ? "Pas d'information pour l'annexe : le verdict n'est pas « satisfaite »."
            : "No annex statement: the verdict is not \"satisfied\".");
      } else if (statement != null) {
        out.println();
        out.println(statement);
      }
    }
    out.flush();
    return ExitCodes.of(verdict.outcome());
  }
}
