package io.github.essrules.benchmarks;

import io.github.essrules.core.json.EssJson;
import io.github.essrules.examples.cli.EssCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code ess batch esus} as a user runs it, in the same JVM: a file of {@value #LINES} lines (the
 * ESUS case of {@link EsusBenchmark#jsonPipeline()}, compact, one per line), summary records, one
 * worker ({@code --threads 1}), written to {@code /dev/null} — reading and splitting the lines,
 * JSON reading and validation, the rule, the record, its JSON and the output.
 *
 * <p>Lines per second: {@code batchFile} operations per second × {@value #LINES}. Allocation per
 * line: ({@code gc.alloc.rate.norm} of {@code batchFile} − that of {@code batchEmpty}, the
 * command's fixed cost) ÷ {@value #LINES}, with {@code -prof gc}:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar BatchBenchmark -prof gc
 * </pre>
 *
 * <p>Settings: {@link Settings}.
 */
public class BatchBenchmark extends Settings {
  /** The lines of the file judged by one operation. */
  public static final int LINES = 2_000;

  private static final PrintWriter NOWHERE = new PrintWriter(Writer.nullWriter());

  private Path folder;
  private String[] file;
  private String[] empty;

  /** Created by JMH. */
  public BatchBenchmark() {}

  /**
   * Writes the files once.
   *
   * @throws IOException if they cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("ess-batch-benchmark");
    String line = EssJson.mapper().writeValueAsString(Fixtures.esus()) + "\n";
    Path cases = Files.writeString(folder.resolve("cases.jsonl"), line.repeat(LINES), StandardCharsets.UTF_8);
    Path none = Files.writeString(folder.resolve("empty.jsonl"), "", StandardCharsets.UTF_8);
    Path devNull = Path.of("/dev/null");
    String output = Files.exists(devNull) ? devNull.toString() : folder.resolve("results.jsonl").toString();
    file = args(cases, output);
    empty = args(none, output);
  }

  private static String[] args(Path input, String output) {
    return new String[] {"batch", "esus", "--as-of", Fixtures.ESUS_AS_OF.toString(), "--threads", "1",
        "--input", input.toString(), "--output", output};
  }

  /**
   * Deletes the files.
   *
   * @throws IOException if they cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (var files = Files.list(folder)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.delete(f);
      }
    }
    Files.delete(folder);
  }

  /**
   * The batch over {@value #LINES} lines.
   *
   * @return the exit code (0: every line judged)
   */
  @Benchmark
  public int batchFile() {
    return EssCommand.run(file, NOWHERE, NOWHERE);
  }

  /**
   * The batch over an empty file: the command's fixed cost (the command line, the options, the
   * files).
   *
   * @return the exit code
   */
  @Benchmark
  public int batchEmpty() {
    return EssCommand.run(empty, NOWHERE, NOWHERE);
  }
}
