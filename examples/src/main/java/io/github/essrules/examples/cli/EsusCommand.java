package io.github.essrules.examples.cli;

import io.github.essrules.rules.esus.EsusFacts;
import java.io.IOException;
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
    return print(RuleAnswer.esus(facts, o.asOfOrToday(), o.lawOptions(), renewalWindow, annex, o.lang));
  }
}
