package io.github.essrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ess batch} in a JVM of its own, as a user runs it: a heap of 512 MB, a real pipe. Issue
 * 16: a batch of 10 valid lines, 3 huge faulty ones and 10 valid lines under {@code -Xmx512m} ran
 * 88 s, died of an {@link OutOfMemoryError} and wrote no record; {@code ess batch … | head -1}
 * judged every line after its reader had gone, and exited 0.
 */
class BatchProcessTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LINE = Pattern.compile("^\\{\"line\":(\\d+),\"(outcome|error)\":\"([^\"]*)\"");

  /** A JVM running the tool from the test class path. */
  private static ProcessBuilder ess(String heap, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(heap);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(EssCommand.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static String sas() throws IOException {
    return JSON.writeValueAsString(JSON.readTree(FuzzSeeds.sample("esus-sas-recyclerie.json")));
  }

  /**
   * The SAS of the case library with one year of 280 000 pays, each with a negative amount paid:
   * about 15 MB of JSON, 280 000 violations of {@code @PositiveOrZero}.
   */
  private static void writeHugeFaultyCase(BufferedWriter out) throws IOException {
    ObjectNode sas = (ObjectNode) JSON.readTree(FuzzSeeds.sample("esus-sas-recyclerie.json"));
    sas.remove("payYears");
    String head = JSON.writeValueAsString(sas);
    out.write(head, 0, head.length() - 1);
    out.write(",\"payYears\":[{\"year\":2025,\"pay\":[");
    for (int i = 0; i < 280_000; i++) {
      out.write(i == 0 ? "" : ",");
      out.write("{\"role\":\"SALARIE\",\"amountPaid\":-1,\"fullTimeRatio\":1}");
    }
    out.write("]}]}\n");
  }

  @Test
  void threeHugeFaultyLinesAmongTwentyValidOnesUnderA512MbHeapGiveTwentyThreeRecordsInOrder(@TempDir Path dir)
      throws Exception {
    Path cases = dir.resolve("cases.jsonl");
    String sas = sas();
    try (BufferedWriter out = Files.newBufferedWriter(cases, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 10; i++) {
        out.write(sas + "\n");
      }
      for (int i = 0; i < 3; i++) {
        writeHugeFaultyCase(out);
      }
      for (int i = 0; i < 10; i++) {
        out.write(sas + "\n");
      }
    }
    assertThat(Files.size(cases)).isGreaterThan(3 * 14_000_000L).isLessThan(3 * BatchCommand.MAX_LINE);
    Path err = dir.resolve("err.txt");
    long started = System.nanoTime();
    Process p = ess("-Xmx512m", "batch", "esus", "--as-of", "2026-04-01", "--input", cases.toString())
        .redirectError(err.toFile())
        .start();
    p.getOutputStream().close();
    // the records, kept to their beginning: an error record of a huge line may be huge itself
    List<String> records = new ArrayList<>();
    try (InputStream in = new BufferedInputStream(p.getInputStream(), 1 << 16)) {
      ByteArrayOutputStream record = new ByteArrayOutputStream();
      for (int b = in.read(); b >= 0; b = in.read()) {
        if (b == '\n') {
          records.add(record.toString(StandardCharsets.UTF_8));
          record.reset();
        } else if (record.size() < 300) {
          record.write(b);
        }
      }
    }
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished").isTrue();
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    String errors = Files.readString(err);
    assertThat(errors).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception in thread");
    assertThat(p.exitValue()).as(errors).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(records).as("23 records in %d s", seconds).hasSize(23);
    for (int i = 0; i < 23; i++) {
      Matcher m = LINE.matcher(records.get(i));
      assertThat(m.find()).as(records.get(i)).isTrue();
      assertThat(Integer.parseInt(m.group(1))).as("in order").isEqualTo(i + 1);
      if (i >= 10 && i < 13) {
        assertThat(m.group(2) + " " + m.group(3)).as("line %d", i + 1).isEqualTo("error invalid-input");
      } else {
        assertThat(m.group(2) + " " + m.group(3)).as("line %d", i + 1).isEqualTo("outcome NOT_SATISFIED");
      }
    }
    assertThat(errors).contains("23 cas, NOT_SATISFIED 20, error:invalid-input 3");
  }

  @Test
  void aPipeClosedByItsReaderAfterTheFirstRecordStopsTheBatchPromptlyWithExitCodeSix() throws Exception {
    Process p = ess("-Xmx128m", "batch", "esus", "--as-of", "2026-04-01").start();
    byte[] line = (sas() + "\n").getBytes(StandardCharsets.UTF_8);
    int offered = 1_000_000;
    AtomicLong fed = new AtomicLong();
    Thread feeder = new Thread(() -> {
      try (OutputStream in = p.getOutputStream()) {
        for (int i = 0; i < offered; i++) {
          in.write(line);
          fed.incrementAndGet();
        }
      } catch (IOException e) {
        // the batch stopped reading: its end of the pipe is closed
      }
    });
    feeder.setDaemon(true);
    feeder.start();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errors = new Thread(() -> {
      try {
        p.getErrorStream().transferTo(err);
      } catch (IOException e) {
        // the process ended
      }
    });
    errors.start();
    String first;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      first = out.readLine(); // then the reader goes away, as head -1 does
    }
    assertThat(first).startsWith("{\"line\":1,\"outcome\":\"NOT_SATISFIED\"");
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stopped once its reader was gone").isTrue();
    errors.join(10_000);
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(message).isEqualTo(ExitCodes.OUTPUT_FAILED);
    assertThat(message).contains("Sortie fermée par son lecteur").doesNotContain("\tat ");
    assertThat(fed.get()).as("cases taken before stopping, of %d offered", offered).isLessThan(offered / 10);
    p.destroyForcibly();
  }
}
