package io.github.essrules.examples.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.validation.Violation;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.foncier.UnknownIndexQuarterException;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ess batch RULE}: one case per line of JSON Lines in, one result per line out, streaming
 * — memory does not grow with the number of lines. A line that cannot be judged (invalid JSON,
 * invalid facts, malformed UTF-8, too long, no law known for the date) gives an error record
 * with its line number and the batch goes on. A summary (counts per outcome) goes to standard
 * error at the end, and a progress line every second when {@code --progress} is given or the
 * tool runs on a terminal.
 *
 * <p>Not thread-safe: picocli creates one per run.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Judge one case per line of a JSON Lines file; write one result per line.",
        "Exit code: 0 every line judged, 2 some line invalid, 4 some line without known law, 5 internal error."})
public final class BatchCommand implements Callable<Integer> {
  /** The longest line read, in bytes: the limit of one JSON document. */
  static final int MAX_LINE = 16_000_000;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RULE", description = "The rule: ${COMPLETION-CANDIDATES}",
      completionCandidates = RuleNames.class)
  String rule;

  @Option(names = "--input", paramLabel = "FILE", description = "The cases, one JSON document per line; - (default) for standard input.")
  String input = "-";

  @Option(names = "--output", paramLabel = "FILE", description = "Where to write the results; - (default) for standard output.")
  String output = "-";

  @Option(names = "--detail", paramLabel = "summary|full",
      description = "summary (default): outcome, confidence, missing facts and the conditions not met or undetermined; full: the whole verdict.")
  Detail detail = Detail.SUMMARY;

  @Option(names = "--progress", description = "Print progress on standard error every second.")
  boolean progress;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of processors). The output keeps the input's order.")
  Integer threads;

  /** Lines handed to a worker at once, and the most bytes in one such chunk. */
  private static final int CHUNK_LINES = 64;
  private static final int CHUNK_BYTES = 1 << 20;

  /** How much of each verdict to write. */
  enum Detail {
    /** The outcome and the reasons of a verdict not satisfied or undetermined. */
    SUMMARY,
    /** The whole verdict. */
    FULL
  }

  /** Created by picocli. */
  public BatchCommand() {}

  /** The names of the rules, for the help text. */
  static final class RuleNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return RuleRegistry.ids().iterator();
    }
  }

  /** A condition not met or undetermined, for the summary. */
  record Reason(String id, Outcome outcome, String citation, String text) {}

  /** A judged line. */
  record Judged(long line, String outcome, Object confidence, List<String> missingFacts, List<Reason> reasons,
      Object result) {}

  /** A line that could not be judged. */
  record Failed(long line, String error, String fr, String en, List<Violation> violations) {}

  @Override
  public Integer call() throws IOException {
    RuleRegistry.Runner runner = RuleRegistry.get(rule);
    GlobalOptions o = ((EssCommand) spec.root().userObject()).options();
    LocalDate asOf = o.asOfOrToday();
    lawOptions = o.lawOptions();
    PrintWriter err = spec.commandLine().getErr();
    boolean showProgress = progress || System.console() != null;
    Map<String, Long> counts = new TreeMap<>();
    long started = System.nanoTime();
    long lastProgress = started;
    long lines = 0;
    try (InputStream in = open(input);
         Writer out = "-".equals(output) ? new NonClosing(spec.commandLine().getOut())
             : Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8);
         SequenceWriter writer = EssJson.mapper().writer().withRootValueSeparator("\n").writeValues(out)) {
      JsonLines reader = new JsonLines(in, MAX_LINE);
      int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
      ExecutorService pool = workers > 1 ? Executors.newFixedThreadPool(workers, BatchCommand::daemon) : null;
      // chunks in input order; at most 2 × workers in flight, so memory does not grow with the input
      ArrayDeque<Future<List<Object>>> inFlight = new ArrayDeque<>();
      List<JsonLines.Line> chunk = new ArrayList<>(CHUNK_LINES);
      long chunkBytes = 0;
      try {
        for (JsonLines.Line line = reader.next(); line != null; line = reader.next()) {
          if (line.blank()) {
            continue;
          }
          chunk.add(line);
          chunkBytes += line.length;
          if (chunk.size() == CHUNK_LINES || chunkBytes >= CHUNK_BYTES) {
            inFlight.add(submit(pool, runner, chunk, asOf, o.lang));
            chunk = new ArrayList<>(CHUNK_LINES);
            chunkBytes = 0;
            while (inFlight.size() >= 2 * workers) {
              lines += write(inFlight.poll(), writer, counts);
            }
          }
          if (showProgress && System.nanoTime() - lastProgress > 1_000_000_000L) {
            lastProgress = System.nanoTime();
            err.print("\r" + lines + (o.lang == Lang.FR ? " lignes…" : " lines…"));
            err.flush();
          }
        }
        if (!chunk.isEmpty()) {
          inFlight.add(submit(pool, runner, chunk, asOf, o.lang));
        }
        while (!inFlight.isEmpty()) {
          lines += write(inFlight.poll(), writer, counts);
        }
      } finally {
        if (pool != null) {
          pool.shutdownNow();
        }
      }
      writer.flush();
      if (lines > 0) {
        out.write('\n');
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (showProgress) {
      err.print("\r");
    }
    err.println(summary(counts, lines, seconds, o.lang));
    err.flush();
    return exitCode(counts);
  }

  private Future<List<Object>> submit(ExecutorService pool, RuleRegistry.Runner runner, List<JsonLines.Line> chunk,
      LocalDate asOf, Lang lang) {
    Callable<List<Object>> work = () -> {
      List<Object> records = new ArrayList<>(chunk.size());
      for (JsonLines.Line line : chunk) {
        records.add(judge(runner, line, asOf, lang));
      }
      return records;
    };
    if (pool == null) {
      FutureTask<List<Object>> task = new FutureTask<>(work);
      task.run();
      return task;
    }
    return pool.submit(work);
  }

  private static long write(Future<List<Object>> done, SequenceWriter writer, Map<String, Long> counts)
      throws IOException {
    List<Object> records;
    try {
      records = done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
    for (Object record : records) {
      String key = record instanceof Judged ? ((Judged) record).outcome() : "error:" + ((Failed) record).error();
      counts.merge(key, 1L, Long::sum);
      writer.write(record);
    }
    return records.size();
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "ess-batch");
    t.setDaemon(true);
    return t;
  }

  private static InputStream open(String input) throws IOException {
    if ("-".equals(input)) {
      return new java.io.FilterInputStream(System.in) {
        @Override
        public void close() {
          // standard input stays open
        }
      };
    }
    try {
      return Files.newInputStream(Path.of(input));
    } catch (NoSuchFileException e) {
      throw new EssCommand.UsageException("Fichier introuvable : " + input, "File not found: " + input);
    }
  }

  /** The options of the law in time, read once before the lines. */
  private io.github.essrules.core.verdict.LawOptions lawOptions = io.github.essrules.core.verdict.LawOptions.standard();

  Object judge(RuleRegistry.Runner runner, JsonLines.Line line, LocalDate asOf, Lang lang) {
    if (line.tooLong()) {
      String fr = "Ligne trop longue : " + line.length + " octets (au plus " + MAX_LINE + ")";
      String en = "Line too long: " + line.length + " bytes (at most " + MAX_LINE + ")";
      return new Failed(line.number, "invalid-input", fr, en, List.of(Violation.of("", "", fr, en, null)));
    }
    try {
      // read as of the date asked about: every fault at once, and the rule finds the facts valid
      Object facts = runner.dated ? EssJson.read(line.bytes, runner.type, asOf) : EssJson.read(line.bytes, runner.type);
      Object result = runner.run(facts, asOf, lawOptions);
      if (result instanceof Verdict) {
        Verdict v = (Verdict) result;
        if (detail == Detail.FULL) {
          return new Judged(line.number, v.outcome().name(), v.confidence(), v.missingFacts(), null, v);
        }
        return new Judged(line.number, v.outcome().name(), v.confidence(), v.missingFacts(), reasons(v, lang), null);
      }
      return new Judged(line.number, "COMPUTED", null, null, null, result);
    } catch (InvalidInputException e) {
      return new Failed(line.number, "invalid-input", e.message(Lang.FR), e.message(Lang.EN), e.violations());
    } catch (NoLawKnownException | UnknownIndexQuarterException e) {
      EssRulesException known = (EssRulesException) e;
      return new Failed(line.number, "no-law-known", known.message(Lang.FR), known.message(Lang.EN), null);
    } catch (EssRulesException e) {
      return new Failed(line.number, "invalid-input", e.message(Lang.FR), e.message(Lang.EN), null);
    } catch (RuntimeException e) {
      return new Failed(line.number, "internal-error", "Erreur interne (à signaler) : " + e,
          "Internal error (please report): " + e, null);
    }
  }

  /** The deepest findings not satisfied or undetermined: why the verdict is what it is. */
  static List<Reason> reasons(Verdict v, Lang lang) {
    List<Reason> out = new ArrayList<>();
    if (v.outcome() == Outcome.NOT_SATISFIED || v.outcome() == Outcome.UNDETERMINED) {
      for (Finding f : v.findings()) {
        collect(f, v.outcome(), lang, out);
      }
    }
    return out;
  }

  private static void collect(Finding f, Outcome wanted, Lang lang, List<Reason> out) {
    if (f.outcome() != wanted) {
      return;
    }
    boolean deeper = false;
    for (Finding c : f.children()) {
      if (c.outcome() == wanted) {
        deeper = true;
        collect(c, wanted, lang, out);
      }
    }
    if (!deeper) {
      out.add(new Reason(f.id(), f.outcome(), f.reference().citation(), f.message().render(lang)));
    }
  }

  static String summary(Map<String, Long> counts, long lines, double seconds, Lang lang) {
    StringBuilder s = new StringBuilder();
    s.append(lines).append(lang == Lang.FR ? " cas" : " cases");
    counts.forEach((k, n) -> s.append(", ").append(k).append(' ').append(n));
    s.append(String.format(java.util.Locale.ROOT, " — %.1f s", seconds));
    if (seconds > 0 && lines > 0) {
      s.append(String.format(java.util.Locale.ROOT, " (%.0f/s)", lines / seconds));
    }
    return s.toString();
  }

  static int exitCode(Map<String, Long> counts) {
    if (counts.containsKey("error:internal-error")) {
      return ExitCodes.INTERNAL_ERROR;
    }
    if (counts.containsKey("error:invalid-input")) {
      return ExitCodes.INVALID_INPUT;
    }
    if (counts.containsKey("error:no-law-known")) {
      return ExitCodes.NO_LAW_KNOWN;
    }
    return ExitCodes.OK;
  }

  /** Standard output, flushed but never closed by the batch. */
  private static final class NonClosing extends FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
