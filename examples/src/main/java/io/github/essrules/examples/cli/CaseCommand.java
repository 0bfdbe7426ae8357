package io.github.essrules.examples.cli;

import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.Explained;
import io.github.essrules.core.verdict.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
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
   * Prints a rule's result — in JSON as {@code {"verdict": …}} for a verdict, {@code {"result": …}}
   * for a computation, with the extra members; in text as its explanation —
   * and gives the exit code of a verdict's outcome, {@link ExitCodes#OK} for a computation.
   */
  int print(Explained result, Map<String, ?> extra) {
    GlobalOptions o = options();
    PrintWriter out = out();
    if (o.format == OutputFormat.JSON) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put(result instanceof Verdict ? "verdict" : "result", result);
      answer.putAll(extra);
      out.println(EssJson.write(answer));
    } else {
      out.println(result.explain(o.lang));
    }
    out.flush();
    return result instanceof Verdict ? ExitCodes.of(((Verdict) result).outcome()) : ExitCodes.OK;
  }
}
