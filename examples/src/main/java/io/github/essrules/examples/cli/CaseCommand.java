package io.github.essrules.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every command reading a JSON case shares: the {@code CASE} parameter, the root's options
 * and the output stream.
 *
 * <p>This class is not thread-safe: picocli creates one command per run.
 */
abstract class CaseCommand {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CASE", description = "The case file (JSON), or - for standard input.")
  String input;

  /** The root command's options (--as-of, --lang, --format), wherever they were given. */
  GlobalOptions options() {
    return ((EssCommand) spec.root().userObject()).options();
  }

  /** The case, read and validated. */
  <T> T read(Class<T> type) throws IOException {
    return Inputs.read(input, type);
  }

  /** The output stream of the command line. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
