package io.github.essrules.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every command reading a JSON case shares: the {@code CASE} parameter, the root's options,
 * the output stream and the printing of a verdict.
 *
 * <p>This class is not thread-safe: picocli creates one command per run.
 */
abstract class CaseCommand {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CASE", descriptionKey = "case", description = "The case file (JSON), or - for standard input.")
  String input;

  /** The root command's options (--as-of, --lang, --format), wherever they were given. */
  GlobalOptions options() {
    return ((EssCommand) spec.root().userObject()).options();
  }

  /** The case, read and validated (its shape), for a computation that asks about no date. */
  <T> T read(Class<T> type) throws IOException {
    return Inputs.read(input, type);
  }

  /**
   * The case, read and validated as of the date asked about ({@code --as-of}, default today):
   * its shape and nothing dated after that date, every fault listed at once.
   */
  <T> T readAsOf(Class<T> type) throws IOException {
    return Inputs.read(input, type, options().asOfOrToday());
  }

  /** The output stream of the command line. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /**
   * Prints a rule's answer ({@link RuleAnswer}) — in JSON as {@code {"verdict": …}} for a verdict,
   * {@code {"result": …}} for a computation, with the members beside it; in text as its
   * explanation and the lines beside it — and gives the exit code of a verdict's outcome,
   * {@link ExitCodes#OK} for a computation.
   */
  int print(RuleAnswer answer) {
    GlobalOptions o = options();
    PrintWriter out = out();
    out.println(o.format == OutputFormat.JSON ? answer.toJson() : answer.text(o.lang));
    out.flush();
    return answer.exitCode();
  }
}
