package io.github.essrules.examples.cli;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.validation.Violation;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.foncier.UnknownIndexQuarterException;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ess batch RULE}: one case per line of JSON Lines in, one result per line out, streaming
 * — memory does not grow with the number of lines. A line that cannot be judged (invalid JSON,
 * invalid facts, malformed UTF-8, too long, no law known for the date, too large for the memory,
 * a defect met while judging it) gives an error record with its line number and the batch goes
 * on: every other line is judged and written, in order. A line may carry an {@code "id"} (a JSON
 * string) beside its facts, copied into its record ({@link LineId}). A summary (counts per outcome)
 * goes to standard error at the end, and the progress — lines judged, rate, time left ({@link
 * BatchProgress}) — while it runs on a terminal, or when {@code --progress} is given.
 *
 * <p>Memory is bounded by the longest line allowed ({@code --max-line-bytes}, 16 MB at most), not
 * by the batch: lines are judged in chunks of at most 64 lines and 1 MB, at most two chunks per
 * worker in flight; a line of 1 MB or more is judged alone, nothing else in flight, so that the
 * memory it takes is its own and, should it exhaust the heap, the fault is that line's (an error
 * record, the batch going on once its memory is freed).
 *
 * <p>Output: each record is serialised on its own as UTF-8 by Jackson (a lone surrogate escaped
 * as {@code \ud800}), then written whole. {@code --output FILE} is written to a temporary file
 * moved into place at the end ({@link AtomicFileOutput}): the file holds every record or its former
 * content, never half of them. A failure to write — a closed pipe, a full disk — stops the work at
 * once ({@link OutputFailedException}, exit code {@link ExitCodes#OUTPUT_FAILED}).
 *
 * <p>Not thread-safe: picocli creates one per run.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Judge one case per line of a JSON Lines file; write one result per line. A line may carry an"
        + " \"id\" (text) beside the facts, copied into its record.",
        "Exit code: 0 every line judged, 2 some line invalid (or the command line), 4 some line without known law,"
            + " 5 internal error, 6 the output could not be written (the work stopped; --output FILE left unchanged)."})
public final class BatchCommand implements Callable<Integer> {
  /**
   * The longest line, in bytes, by default and at most: the longest JSON document the library
   * reads ({@link EssJson#MAX_DOCUMENT_LENGTH}).
   */
  static final int MAX_LINE = (int) Math.min(Integer.MAX_VALUE - 8, EssJson.MAX_DOCUMENT_LENGTH);

  /** A line of at least this many bytes is judged alone, nothing else in flight. */
  static final int LARGE_LINE = 1 << 20;

  /** Lines handed to a worker at once, and the most bytes in one such chunk. */
  private static final int CHUNK_LINES = 64;
  private static final int CHUNK_BYTES = 1 << 20;

  /**
   * The records' JSON: compact, as UTF-8 bytes; a surrogate pair written as its character, a lone
   * surrogate (text that is not valid Unicode) escaped, so that the output is always valid UTF-8.
   */
  private static final ObjectWriter RECORDS =
      EssJson.mapper().writer().with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RULE", descriptionKey = "rule", description = "The rule: ${COMPLETION-CANDIDATES}",
      completionCandidates = RuleNames.class)
  String rule;

  @Option(names = "--input", paramLabel = "FILE", description = "The cases, one JSON document per line; - (default) for standard input.")
  String input = "-";

  @Option(names = "--output", paramLabel = "FILE",
      description = "Where to write the results; - (default) for standard output. A file is written whole at the end"
          + " (through a temporary file beside it) or left unchanged; it cannot be the input.")
  String output = "-";

  @Option(names = "--detail", paramLabel = "summary|full",
      description = "summary (default): outcome, confidence, missing facts and the conditions not met or undetermined,"
          + " with their values; full: the whole verdict.")
  Detail detail = Detail.SUMMARY;

  @Option(names = "--progress",
      description = "Show progress on standard error (lines judged, rate, time left) even when it is not a terminal.")
  boolean progress;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of processors). The output keeps the input's order.")
  Integer threads;

  @Option(names = "--max-line-bytes", paramLabel = "N",
      description = "The longest line judged, in bytes (default and at most: ${DEFAULT-VALUE}); a longer line is an"
          + " error record, skipped without being loaded. The heap needed grows with it: a 15 MB line of valid facts"
          + " takes about 100 MB, a line full of faults far more.")
  int maxLineBytes = MAX_LINE;

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
      return Rules.ids().iterator();
    }
  }

  /**
   * A condition not met or undetermined, for the summary: its identifier, outcome and article, its
   * wording, and the values it compared, each described in the language asked for.
   */
  record Reason(String id, Outcome outcome, String citation, String text, List<String> values) {}

  /** A judged line, with the {@code "id"} the line carried ({@link LineId}), if any. */
  record Judged(long line, String id, String outcome, Object confidence, List<String> missingFacts,
      List<Reason> reasons, Object result) {
    /** A judged line without an {@code "id"}. */
    Judged(long line, String outcome, Object confidence, List<String> missingFacts, List<Reason> reasons,
        Object result) {
      this(line, null, outcome, confidence, missingFacts, reasons, result);
    }
  }

  /** A line that could not be judged, with the {@code "id"} the line carried, if any. */
  record Failed(long line, String id, String error, String fr, String en, List<Violation> violations) {
    /** A line without an {@code "id"} that could not be judged. */
    Failed(long line, String error, String fr, String en, List<Violation> violations) {
      this(line, null, error, fr, en, violations);
    }
  }

  /**
   * The records of a chunk, serialised one after the other as UTF-8, each with its end of line,
   * and their keys in the summary. A record is appended whole or not at all: a failure half way
   * rewinds to its start. Reused from chunk to chunk while it stays small.
   *
   * <p>Not thread-safe: filled by one worker, then written by the batch's thread.
   */
  static final class Records extends ByteArrayOutputStream {
    /** The largest buffer kept for the next chunk, in bytes. */
    private static final int KEPT = 1 << 20;

    private final List<String> keys = new ArrayList<>(CHUNK_LINES);

    Records() {
      super(1 << 16);
    }

    /** Appends a record, whole, or throws leaving the records as they were. */
    void append(Object record) {
      int start = count;
      try {
        RECORDS.writeValue(this, record);
        write('\n');
      } catch (IOException e) {
        count = start;
        throw new IllegalStateException("cannot write the record of a line as JSON", e);
      } catch (RuntimeException | Error e) {
        count = start;
        throw e;
      }
      keys.add(record instanceof Judged ? ((Judged) record).outcome() : "error:" + ((Failed) record).error());
    }

    /** The number of records. */
    int records() {
      return keys.size();
    }

    /** Writes the records to a sink, without copying them. */
    void writeTo(Sink sink) {
      sink.write(buf, 0, count);
    }

    /** Whether it is small enough to be used again once emptied. */
    boolean reusable() {
      return buf.length <= KEPT;
    }

    void clear() {
      reset();
      keys.clear();
    }
  }

  /** Judges one line into its record ({@link Judged} or {@link Failed}). */
  @FunctionalInterface
  interface Judge {
    /**
     * The record of a line.
     *
     * @param line the line
     * @return the record
     */
    Object judge(JsonLines.Line line);
  }

  /** Where the records go, each whole, in order. */
  interface Sink {
    /**
     * Writes whole records, each with its end of line.
     *
     * @param bytes the records, as UTF-8
     * @param offset where they start
     * @param length their length
     * @throws OutputFailedException if the output fails
     */
    void write(byte[] bytes, int offset, int length);

    /**
     * Called after each chunk of records: a sink that cannot report failures as they happen
     * checks for them here.
     *
     * @throws OutputFailedException if the output failed
     */
    void endOfChunk();

    /**
     * Writes out what is buffered.
     *
     * @throws OutputFailedException if the output fails
     */
    void flush();
  }

  @Override
  public Integer call() throws IOException {
    RuleDefinition<?, ?> runner = Rules.get(rule);
    GlobalOptions o = ((EssCommand) spec.root().userObject()).options();
    LocalDate asOf = o.asOfOrToday();
    lawOptions = o.lawOptions();
    if (maxLineBytes < 1 || maxLineBytes > MAX_LINE) {
      throw new EssCommand.UsageException("--max-line-bytes : entre 1 et " + MAX_LINE + ".",
          "--max-line-bytes: between 1 and " + MAX_LINE + ".");
    }
    refuseSameFile(input, output);
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null;
    boolean showProgress = progress || terminal;
    Map<String, Long> counts = new TreeMap<>();
    long started = System.nanoTime();
    AtomicLong bytesRead = new AtomicLong();
    int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    Judge judge = line -> judge(runner, line, asOf, o.lang);
    long lines;
    try (InputStream in = BatchProgress.counting(open(input), bytesRead);
        BatchProgress bar = showProgress ? BatchProgress.start(err, o.lang, terminal, size(input), bytesRead) : null) {
      java.util.function.LongConsumer onProgress = bar == null ? done -> { } : bar::update;
      JsonLines reader = new JsonLines(in, maxLineBytes);
      if ("-".equals(output)) {
        Sink sink = standardOutput(spec.commandLine().getOut());
        try {
          lines = judgeAll(reader, judge, sink, workers, counts, onProgress);
          sink.flush();
        } catch (OutputFailedException e) {
          throw e; // the first failure stops everything: no second attempt
        } catch (IOException | RuntimeException | Error e) {
          flushQuietly(sink); // the input or the JVM failed: the records judged before go out
          throw e;
        }
      } else {
        try (AtomicFileOutput file = AtomicFileOutput.open(output)) {
          lines = judgeAll(reader, judge, streamSink(file.stream()), workers, counts, onProgress);
          file.commit();
        }
      }
      onProgress.accept(lines);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    err.println(summary(counts, lines, seconds, o.lang));
    err.flush();
    return exitCode(counts);
  }

  /**
   * Judges every line of a reader and writes the records in the input's order: chunks of lines
   * judged on {@code workers} threads, at most two chunks per worker in flight; a line of {@link
   * #LARGE_LINE} bytes or more judged alone. Each line is isolated: whatever its judging throws —
   * a defect, an {@link OutOfMemoryError}, a {@link StackOverflowError} — becomes that line's
   * error record (see {@link #isolated}); only a failure of the JVM itself (another {@link
   * VirtualMachineError}) or of the output stops the batch.
   *
   * @param reader the lines
   * @param judge the judge of a line
   * @param sink where the records go
   * @param workers the number of threads judging
   * @param counts the count of records per key, filled
   * @param progress told the number of records written after each chunk
   * @return the number of records written
   * @throws IOException if the input cannot be read
   * @throws OutputFailedException if the output fails: the work stops at once
   */
  static long judgeAll(JsonLines reader, Judge judge, Sink sink, int workers, Map<String, Long> counts,
      java.util.function.LongConsumer progress) throws IOException {
    ExecutorService pool = workers > 1 ? Executors.newFixedThreadPool(workers, BatchCommand::daemon) : null;
    // chunks in input order; at most 2 × workers in flight, so memory does not grow with the input
    ArrayDeque<Future<Records>> inFlight = new ArrayDeque<>();
    // the buffers of the chunks written, for the next ones
    Queue<Records> spare = new ConcurrentLinkedQueue<>();
    List<JsonLines.Line> chunk = new ArrayList<>(CHUNK_LINES);
    long chunkBytes = 0;
    long written = 0;
    try {
      for (JsonLines.Line line = reader.next(); line != null; line = reader.next()) {
        if (line.blank()) {
          continue;
        }
        if (!line.tooLong() && line.bytes.length >= LARGE_LINE) {
          // alone: what it takes is its own memory, and if it runs out the fault is this line's
          if (!chunk.isEmpty()) {
            inFlight.add(submit(pool, judge, chunk, spare));
            chunk = new ArrayList<>(CHUNK_LINES);
            chunkBytes = 0;
          }
          while (!inFlight.isEmpty()) {
            written += write(inFlight.poll(), sink, counts, spare);
          }
          Records alone = new Records();
          isolated(judge, line, alone);
          written += write(alone, sink, counts, spare);
          progress.accept(written);
          continue;
        }
        chunk.add(line);
        chunkBytes += line.tooLong() ? 0 : line.bytes.length;
        if (chunk.size() == CHUNK_LINES || chunkBytes >= CHUNK_BYTES) {
          inFlight.add(submit(pool, judge, chunk, spare));
          chunk = new ArrayList<>(CHUNK_LINES);
          chunkBytes = 0;
          while (inFlight.size() >= 2 * workers) {
            written += write(inFlight.poll(), sink, counts, spare);
          }
          progress.accept(written);
        }
      }
      if (!chunk.isEmpty()) {
        inFlight.add(submit(pool, judge, chunk, spare));
      }
      while (!inFlight.isEmpty()) {
        written += write(inFlight.poll(), sink, counts, spare);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return written;
  }

  /**
   * Appends the record of one line, whatever judging it throws. An {@link OutOfMemoryError} is
   * caught: thrown while this line was judged or written, the memory it held is garbage once the
   * line is dropped, and the line is told too large for the heap. A {@link StackOverflowError}
   * unwinds its own thread's stack and is caught too. Other errors of the JVM itself ({@link
   * InternalError}, {@link UnknownError}) leave nothing that can be trusted and are rethrown; any
   * other {@link Error} or {@link RuntimeException} is a defect met on this line: an
   * internal-error record. A record that fails half way is not kept: the one that replaces it is
   * written whole.
   *
   * @param judge the judge
   * @param line the line
   * @param out where its record goes
   */
  static void isolated(Judge judge, JsonLines.Line line, Records out) {
    try {
      out.append(judge.judge(line));
    } catch (OutOfMemoryError e) {
      out.append(outOfMemory(line));
    } catch (StackOverflowError e) {
      out.append(internalError(line, e));
    } catch (VirtualMachineError e) {
      throw e;
    } catch (RuntimeException | Error e) {
      out.append(internalError(line, e));
    }
  }

  /** The record of a line whose judging exhausted the heap. */
  static Failed outOfMemory(JsonLines.Line line) {
    long heap = Runtime.getRuntime().maxMemory() >> 20;
    long bytes = line.length;
    String fr = "Ligne trop volumineuse pour la mémoire : la juger a épuisé le tas de la JVM (" + heap + " Mo) ; "
        + bytes + " octets. Découpez ce cas, ou relancez avec un -Xmx plus grand.";
    String en = "Line too large for the memory: judging it exhausted the JVM's heap (" + heap + " MB); "
        + bytes + " bytes. Split this case, or run again with a larger -Xmx.";
    return new Failed(line.number, null, "invalid-input", fr, en, List.of(Violation.of("", "", fr, en, null)));
  }

  /** The record of a line on which a defect was met. */
  static Failed internalError(JsonLines.Line line, Throwable e) {
    return new Failed(line.number, null, "internal-error", "Erreur interne (à signaler) : " + e,
        "Internal error (please report): " + e, null);
  }

  private static Future<Records> submit(ExecutorService pool, Judge judge, List<JsonLines.Line> chunk,
      Queue<Records> spare) {
    Callable<Records> work = () -> {
      Records records = spare.poll();
      if (records == null) {
        records = new Records();
      }
      for (JsonLines.Line line : chunk) {
        isolated(judge, line, records);
      }
      return records;
    };
    if (pool == null) {
      FutureTask<Records> task = new FutureTask<>(work);
      task.run();
      return task;
    }
    return pool.submit(work);
  }

  private static long write(Future<Records> done, Sink sink, Map<String, Long> counts, Queue<Records> spare)
      throws IOException {
    Records records;
    try {
      records = done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      // only a failure of the JVM itself escapes isolated()
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
    return write(records, sink, counts, spare);
  }

  private static long write(Records records, Sink sink, Map<String, Long> counts, Queue<Records> spare) {
    for (String key : records.keys) {
      counts.merge(key, 1L, Long::sum);
    }
    records.writeTo(sink);
    sink.endOfChunk();
    int n = records.records();
    if (records.reusable()) {
      records.clear();
      spare.offer(records);
    }
    return n;
  }

  /** Standard output: its bytes when the tool owns them, else the caller's writer, checked after each chunk. */
  private static Sink standardOutput(PrintWriter out) {
    if (out instanceof StandardStreams.Out) {
      return streamSink(new BufferedOutputStream(((StandardStreams.Out) out).stream(), 1 << 16));
    }
    return new Sink() {
      @Override
      public void write(byte[] bytes, int offset, int length) {
        out.write(new String(bytes, offset, length, StandardCharsets.UTF_8));
      }

      @Override
      public void endOfChunk() {
        if (out.checkError()) { // flushes; a PrintWriter swallows its failures
          throw OutputFailedException.standardOutput(new IOException("write error"));
        }
      }

      @Override
      public void flush() {
        endOfChunk();
      }
    };
  }

  /** A stream that reports its failures as {@link OutputFailedException}s. */
  static Sink streamSink(OutputStream out) {
    return new Sink() {
      @Override
      public void write(byte[] bytes, int offset, int length) {
        try {
          out.write(bytes, offset, length);
        } catch (IOException e) {
          throw OutputFailedException.standardOutput(e); // not met: the streams given fail unchecked
        }
      }

      @Override
      public void endOfChunk() {
        // failures are met as they happen
      }

      @Override
      public void flush() {
        try {
          out.flush();
        } catch (IOException e) {
          throw OutputFailedException.standardOutput(e);
        }
      }
    };
  }

  private static void flushQuietly(Sink sink) {
    try {
      sink.flush();
    } catch (RuntimeException e) {
      // the output itself failed: the first failure is the one reported
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "ess-batch");
    t.setDaemon(true);
    return t;
  }

  /**
   * Refuses an output file that is the input (the same file, whatever the path, links followed),
   * before anything is read: the batch would replace its own cases with its results. Standard
   * input is compared too, where the system names it ({@code /proc/self/fd/0}).
   */
  private static void refuseSameFile(String input, String output) {
    if ("-".equals(output)) {
      return;
    }
    Path out = Path.of(output);
    if (!Files.isRegularFile(out)) {
      return; // a new file, or a device (/dev/null) that two streams can share
    }
    Path in = "-".equals(input) ? Path.of("/proc/self/fd/0") : Path.of(input);
    boolean same;
    try {
      same = Files.exists(in) && Files.isSameFile(in, out);
    } catch (IOException | SecurityException e) {
      same = false; // cannot tell: opening the input says what is wrong with it
    }
    if (same) {
      String what = "-".equals(input) ? "l'entrée standard" : input;
      String whatEn = "-".equals(input) ? "standard input" : input;
      throw new EssCommand.UsageException(
          "--output " + output + " est le fichier lu (" + what + ") : ses cas seraient remplacés par les résultats."
              + " Choisissez un autre fichier de sortie.",
          "--output " + output + " is the file read (" + whatEn + "): its cases would be replaced by the results."
              + " Choose another output file.");
    }
  }

  /**
   * The size of the input in bytes, or -1 when unknown: a file's, standard input's when it is
   * redirected from a file (where the system names it, {@code /proc/self/fd/0}).
   */
  private static long size(String input) {
    try {
      Path path = "-".equals(input) ? Path.of("/proc/self/fd/0") : Path.of(input);
      return Files.isRegularFile(path) ? Files.size(path) : -1;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
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

  /** Per facts type, whether Jackson reads a property {@code "id"} into it: looked up once. */
  private static final java.util.Map<Class<?>, Boolean> HAS_ID = new java.util.concurrent.ConcurrentHashMap<>();

  /** Whether Jackson reads a property of this name into the type. */
  private static boolean hasProperty(Class<?> type, String name) {
    if (LineId.NAME.equals(name)) {
      return HAS_ID.computeIfAbsent(type, t -> introspect(t, name));
    }
    return introspect(type, name);
  }

  private static boolean introspect(Class<?> type, String name) {
    com.fasterxml.jackson.databind.ObjectMapper mapper = EssJson.mapper();
    return mapper.getDeserializationConfig().introspect(mapper.constructType(type)).findProperties().stream()
        .anyMatch(p -> p.getName().equals(name));
  }

  /** The options of the law in time, read once before the lines. */
  private io.github.essrules.core.verdict.LawOptions lawOptions = io.github.essrules.core.verdict.LawOptions.standard();

  Object judge(RuleDefinition<?, ?> runner, JsonLines.Line line, LocalDate asOf, Lang lang) {
    return judge(runner, line, asOf, lang, detail, lawOptions);
  }

  /**
   * The judge of the lines of a batch: each line's record, as {@code ess batch} writes it and as
   * {@code POST /rules/{id}/batch} of {@code ess serve} streams it.
   *
   * @param runner the rule
   * @param asOf the date asked about
   * @param lang the language of the reasons
   * @param detail how much of each verdict to write
   * @param lawOptions the options of the law in time
   * @return the judge
   */
  static Judge judge(RuleDefinition<?, ?> runner, LocalDate asOf, Lang lang, Detail detail,
      io.github.essrules.core.verdict.LawOptions lawOptions) {
    return line -> judge(runner, line, asOf, lang, detail, lawOptions);
  }

  private static Object judge(RuleDefinition<?, ?> runner, JsonLines.Line line, LocalDate asOf, Lang lang,
      Detail detail, io.github.essrules.core.verdict.LawOptions lawOptions) {
    if (line.tooLong()) {
      String fr = "Ligne trop longue : " + line.length + " octets (au plus " + MAX_LINE + ")";
      String en = "Line too long: " + line.length + " bytes (at most " + MAX_LINE + ")";
      return new Failed(line.number, null, "invalid-input", fr, en, List.of(Violation.of("", "", fr, en, null)));
    }
    // a line's top-level "id" is taken out before its facts are read (LineId), unless the facts
    // themselves have a property "id"
    LineId lineId = hasProperty(runner.factsType(), LineId.NAME) ? null : LineId.of(line.bytes);
    String id = lineId == null ? null : lineId.id;
    byte[] facts = lineId == null ? line.bytes : lineId.facts;
    if (lineId != null && lineId.notText) {
      String fr = "l'« id » d'une ligne est un texte, par exemple \"dossier-42\"";
      String en = "a line's \"id\" is a text, for example \"case-42\"";
      return new Failed(line.number, null, "invalid-input", "Entrée invalide (1 erreur(s)) :\n  - /id : " + fr,
          "Invalid input (1 error(s)):\n  - /id: " + en, List.of(Violation.of("id", "/id", fr, en, null)));
    }
    try {
      // read as of the date asked about: every fault at once, and the rule finds the facts valid
      Object read = Rules.read(runner, facts, asOf);
      Object result = Rules.run(runner, read, asOf, lawOptions);
      if (result instanceof Verdict) {
        Verdict v = (Verdict) result;
        if (detail == Detail.FULL) {
          return new Judged(line.number, id, v.outcome().name(), v.confidence(), v.missingFacts(), null, v);
        }
        return new Judged(line.number, id, v.outcome().name(), v.confidence(), v.missingFacts(), reasons(v, lang),
            null);
      }
      return new Judged(line.number, id, "COMPUTED", null, null, null, result);
    } catch (InvalidInputException e) {
      return new Failed(line.number, id, "invalid-input", e.message(Lang.FR), e.message(Lang.EN), e.violations());
    } catch (NoLawKnownException | UnknownIndexQuarterException e) {
      EssRulesException known = (EssRulesException) e;
      return new Failed(line.number, id, "no-law-known", known.message(Lang.FR), known.message(Lang.EN), null);
    } catch (EssRulesException e) {
      return new Failed(line.number, id, "invalid-input", e.message(Lang.FR), e.message(Lang.EN), null);
    } catch (RuntimeException e) {
      Failed failed = internalError(line, e);
      return new Failed(failed.line(), id, failed.error(), failed.fr(), failed.en(), null);
    }
  }

  /**
   * Why the verdict is what it is: its {@link Verdict#failures() failures} when not satisfied,
   * its {@link Verdict#undetermined() undetermined} conditions when undetermined, each by its
   * {@link Finding#qualifiedId() identifier with its subject}.
   */
  static List<Reason> reasons(Verdict v, Lang lang) {
    List<Finding> deciding = v.outcome() == Outcome.NOT_SATISFIED ? v.failures()
        : v.outcome() == Outcome.UNDETERMINED ? v.undetermined() : List.of();
    List<Reason> out = new ArrayList<>(deciding.size());
    for (Finding f : deciding) {
      List<String> values = new ArrayList<>(f.comparisons().size());
      for (Comparison c : f.comparisons()) {
        values.add(c.describe(lang));
      }
      out.add(new Reason(f.qualifiedId(), f.outcome(), f.reference().citation(), f.message().render(lang), values));
    }
    return out;
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
}
