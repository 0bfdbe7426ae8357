package io.github.essrules.examples.cli;

import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.ess.EssMembershipFacts;
import io.github.essrules.rules.ess.EssMembershipRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code ess ess-membership CASE.json}: whether an organisation belongs to the social and
 * solidarity economy (loi n° 2014-856, art. 1).
 *
 * <p>This class is not thread-safe: picocli creates one per run.
 */
@Command(name = "ess-membership", mixinStandardHelpOptions = true,
    description = {
      "Decide whether an organisation belongs to the ESS (loi n° 2014-856, art. 1) under the law of --as-of"
          + " (default today).",
      "CASE is JSON (schema: ess schema ess-membership-facts), a file or - for standard input.",
      "Exit code: 0 satisfied, 1 not satisfied, 3 undetermined (missing facts listed)."
    })
public final class EssMembershipCommand extends CaseCommand implements Callable<Integer> {
  /** Created by picocli. */
  public EssMembershipCommand() {}

  @Override
  public Integer call() throws IOException {
    GlobalOptions o = options();
    EssMembershipFacts facts = readAsOf(EssMembershipFacts.class);
    Verdict verdict = EssMembershipRule.get().evaluate(facts, o.asOfOrToday(), o.lawOptions());
    PrintWriter out = out();
    out.println(o.format == OutputFormat.JSON ? EssJson.write(verdict) : verdict.explain(o.lang));
    out.flush();
    return ExitCodes.of(verdict.outcome());
  }
}
