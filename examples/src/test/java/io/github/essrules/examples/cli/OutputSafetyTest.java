package io.github.essrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.essrules.core.json.EssJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, "Input safety": what the tool writes reports its failures (a closed pipe, a full disk),
 * an output file is whole or unchanged, the input is never the output, a batch isolates each line,
 * and the output is always valid UTF-8.
 */
class OutputSafetyTest {
  /** Reads the output back as any JSON reader would, lone surrogate escapes included. */
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** What the tool wrote, as bytes, and its exit code. */
  record Run(int code, byte[] out, byte[] errBytes) {
    String err() {
      return new String(errBytes, StandardCharsets.UTF_8);
    }

    String outText() {
      return new String(out, StandardCharsets.UTF_8);
    }

    List<JsonNode> records() throws IOException {
      List<JsonNode> records = new ArrayList<>();
      for (String line : outText().split("\n")) {
        if (!line.isBlank()) {
          records.add(PLAIN.readTree(line));
        }
      }
      return records;
    }
  }

  /** Runs the tool as its main method does, on byte streams, standard input given. */
  static Run run(InputStream stdin, OutputStream out, String... args) {
    InputStream saved = System.in;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setIn(stdin);
      int code = EssCommand.run(args, out, err);
      return new Run(code, out instanceof ByteArrayOutputStream ? ((ByteArrayOutputStream) out).toByteArray()
          : new byte[0], err.toByteArray());
    } finally {
      System.setIn(saved);
    }
  }

  static Run run(String stdin, String... args) {
    return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), args);
  }

  /** An output that fails after some bytes, as a pipe whose reader left or a disk that filled. */
  static final class FailingStream extends OutputStream {
    private final long capacity;
    private final String message;
    long written;
    int failures;

    FailingStream(long capacity, String message) {
      this.capacity = capacity;
      this.message = message;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written + len > capacity) {
        failures++;
        throw new IOException(message);
      }
      written += len;
    }
  }

  /** Standard input of many cases, made as it is read, counting what was read. */
  static final class RepeatedLines extends InputStream {
    private final byte[] line;
    private final long lines;
    long served;

    RepeatedLines(String line, long lines) {
      this.line = (line + "\n").getBytes(StandardCharsets.UTF_8);
      this.lines = lines;
    }

    long total() {
      return line.length * lines;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (served == total()) {
        return -1;
      }
      int n = (int) Math.min(len, total() - served);
      for (int i = 0; i < n; i++) {
        b[off + i] = line[(int) ((served + i) % line.length)];
      }
      served += n;
      return n;
    }
  }

  private static String sas() throws IOException {
    return EssJson.mapper().writeValueAsString(EssJson.mapper().readTree(FuzzSeeds.sample("esus-sas-recyclerie.json")));
  }

  private static final String[] BATCH = {"batch", "esus", "--as-of", "2026-04-01"};

  private static String[] batch(String... more) {
    return Stream.concat(Stream.of(BATCH), Stream.of(more)).toArray(String[]::new);
  }

  /** Decodes strictly: fails on any byte sequence that is not UTF-8. */
  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  // ---- closed pipe

  @Test
  void aBatchWhoseReaderClosesThePipeStopsWithinAFewChunksAndExitsSix() throws Exception {
    RepeatedLines cases = new RepeatedLines(sas(), 50_000);
    FailingStream pipe = new FailingStream(100_000, "Broken pipe");
    Run r = run(cases, pipe, batch("--threads", "2"));
    assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT_FAILED);
    assertThat(r.err()).contains("Sortie fermée par son lecteur (Broken pipe) : travail arrêté.").doesNotContain("\tat ");
    assertThat(pipe.failures).as("stops at the first failure").isEqualTo(1);
    assertThat(cases.served).as("read a few chunks ahead of the failure, not the 50 000 cases")
        .isLessThan(cases.total() / 20);
  }

  @Test
  void aCallersPrintWriterThatSwallowsAClosedPipeStillStopsTheBatch() throws Exception {
    RepeatedLines cases = new RepeatedLines(sas(), 50_000);
    FailingStream pipe = new FailingStream(100_000, "Broken pipe");
    InputStream saved = System.in;
    StringWriter err = new StringWriter();
    int code;
    try {
      System.setIn(cases);
      code = EssCommand.run(batch("--threads", "1", "--lang", "en"), new PrintWriter(pipe), new PrintWriter(err));
    } finally {
      System.setIn(saved);
    }
    assertThat(code).isEqualTo(ExitCodes.OUTPUT_FAILED);
    assertThat(err.toString()).contains("Cannot write to standard output: write error; work stopped.");
    assertThat(cases.served).isLessThan(cases.total() / 20);
  }

  // ---- full disk

  @Test
  void aVerdictToAFullDiskExitsSixWithAMessageInFrenchOrEnglishAndNoStackTrace() throws Exception {
    String sas = sas();
    for (String format : List.of("text", "json")) {
      Run fr = run(new ByteArrayInputStream(sas.getBytes(StandardCharsets.UTF_8)),
          new FailingStream(0, "No space left on device"), "esus", "-", "--as-of", "2026-04-01", "--format", format);
      assertThat(fr.code()).as(format).isEqualTo(ExitCodes.OUTPUT_FAILED);
      assertThat(fr.err()).as(format)
          .isEqualTo("Écriture impossible sur la sortie standard : No space left on device ; travail arrêté.\n");
    }
    Run en = run(new ByteArrayInputStream(sas.getBytes(StandardCharsets.UTF_8)),
        new FailingStream(0, "No space left on device"), "esus", "-", "--as-of", "2026-04-01", "--lang", "en");
    assertThat(en.err()).isEqualTo("Cannot write to standard output: No space left on device; work stopped.\n");
    Run help = run(new ByteArrayInputStream(new byte[0]), new FailingStream(0, "No space left on device"), "--help");
    assertThat(help.code()).isEqualTo(ExitCodes.OUTPUT_FAILED);
    assertThat(help.err()).doesNotContain("\tat ");
  }

  @Test
  void aBatchToAFullDiskStopsAndExitsSix() throws Exception {
    RepeatedLines cases = new RepeatedLines(sas(), 20_000);
    FailingStream disk = new FailingStream(300_000, "No space left on device");
    Run r = run(cases, disk, batch());
    assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT_FAILED);
    assertThat(r.err()).isEqualTo("Écriture impossible sur la sortie standard : No space left on device ; travail arrêté.\n");
    assertThat(cases.served).isLessThan(cases.total() / 10);
  }

  @Test
  void aBatchOutputFileOnAFullDeviceExitsSix() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "a system with /dev/full");
    Run r = run(sas() + "\n", batch("--output", full.toString()));
    assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT_FAILED);
    assertThat(r.err()).isEqualTo("Écriture impossible sur /dev/full : No space left on device ; travail arrêté.\n");
  }

  // ---- output files: whole or unchanged

  @Test
  void aBatchFileIsReplacedWholeAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
    Path results = dir.resolve("results.jsonl");
    Files.writeString(results, "the results of last week\n");
    String sas = sas();
    Run r = run(sas + "\n" + sas + "\n", batch("--output", results.toString()));
    assertThat(r.code()).isZero();
    assertThat(Files.readAllLines(results)).hasSize(2).allMatch(l -> l.startsWith("{\"line\":"));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(results);
    }
  }

  @Test
  void aBatchStoppedByAFailureOfTheJvmLeavesTheFormerFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path results = dir.resolve("results.jsonl");
    Files.writeString(results, "the results of last week\n");
    byte[] input = "1\n2\n3\n4\n5\n".getBytes(StandardCharsets.UTF_8);
    BatchCommand.Judge failing = line -> {
      if (line.number == 4) {
        throw new InternalError("the JVM failing");
      }
      return new BatchCommand.Judged(line.number, "SATISFIED", null, List.of(), List.of(), null);
    };
    try (AtomicFileOutput file = AtomicFileOutput.open(results.toString())) {
      assertThatThrownBy(() -> BatchCommand.judgeAll(new JsonLines(new ByteArrayInputStream(input), 1000), failing,
          BatchCommand.streamSink(file.stream()), 1, new TreeMap<>(), n -> { }))
          .isInstanceOf(InternalError.class);
    }
    assertThat(Files.readString(results)).isEqualTo("the results of last week\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(results);
    }
  }

  @Test
  void aFileAbandonedHalfWrittenKeepsItsFormerContent(@TempDir Path dir) throws Exception {
    Path results = dir.resolve("results.jsonl");
    Files.writeString(results, "former\n");
    try (AtomicFileOutput file = AtomicFileOutput.open(results.toString())) {
      file.stream().write("{\"line\":1,\"outcome\":\"SATIS".getBytes(StandardCharsets.UTF_8));
      file.stream().flush();
      assertThat(Files.readString(results)).isEqualTo("former\n");
    }
    assertThat(Files.readString(results)).isEqualTo("former\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(results);
    }
    Path created = dir.resolve("new.jsonl");
    try (AtomicFileOutput file = AtomicFileOutput.open(created.toString())) {
      file.stream().write('x');
    }
    assertThat(created).doesNotExist();
  }

  @Test
  void anOutputInAFolderThatDoesNotExistIsAUsageError(@TempDir Path dir) throws Exception {
    Run r = run(sas() + "\n", batch("--output", dir.resolve("missing/results.jsonl").toString()));
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).startsWith("--output : dossier introuvable : ");
  }

  // ---- the input is not the output

  @Test
  void theInputAsOutputIsRefusedBeforeAnythingIsReadAndTheFileKept(@TempDir Path dir) throws Exception {
    Path cases = dir.resolve("cases.jsonl");
    String content = sas() + "\n" + sas() + "\n";
    Files.writeString(cases, content);
    Path link = dir.resolve("link.jsonl");
    Files.createSymbolicLink(link, cases);
    Path hard = dir.resolve("hard.jsonl");
    Files.createLink(hard, cases);
    for (String[] inOut : new String[][] {
        {cases.toString(), cases.toString()},
        {cases.toString(), dir.resolve(".").resolve("cases.jsonl").toString()},
        {link.toString(), cases.toString()},
        {cases.toString(), hard.toString()}}) {
      Run r = run("", batch("--input", inOut[0], "--output", inOut[1]));
      assertThat(r.code()).as(String.join(" → ", inOut)).isEqualTo(ExitCodes.INVALID_INPUT);
      assertThat(r.err()).as(String.join(" → ", inOut))
          .contains("est le fichier lu").contains("ses cas seraient remplacés par les résultats");
      assertThat(r.out()).isEmpty();
      assertThat(Files.readString(cases)).isEqualTo(content);
    }
    Run en = run("", batch("--input", cases.toString(), "--output", cases.toString(), "--lang", "en"));
    assertThat(en.err()).contains("is the file read").contains("Choose another output file.");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactlyInAnyOrder(cases, link, hard);
    }
  }

  // ---- per-line isolation

  /** A result whose JSON fails half way. */
  public static final class Unwritable {
    /**
     * Fails.
     *
     * @return never
     */
    public String getValue() {
      throw new IllegalStateException("cannot be written");
    }
  }

  @Test
  void aLineWhoseJudgingRunsOutOfMemoryOrHitsADefectIsItsOwnRecordAndTheOthersGoOn() throws Exception {
    StringBuilder input = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      input.append(i).append('\n');
    }
    BatchCommand.Judge judge = line -> {
      switch ((int) line.number) {
        case 3:
          throw new OutOfMemoryError("Java heap space");
        case 70:
          throw new StackOverflowError();
        case 130:
          throw new IllegalStateException("a defect");
        case 131:
          throw new AssertionError("another defect");
        case 150:
          // a result Jackson cannot write: the record is replaced whole, never half written
          return new BatchCommand.Judged(line.number, "COMPUTED", null, null, null, new Unwritable());
        default:
          return new BatchCommand.Judged(line.number, "SATISFIED", null, List.of(), List.of(), null);
      }
    };
    for (int workers : new int[] {1, 3}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Map<String, Long> counts = new TreeMap<>();
      long n = BatchCommand.judgeAll(new JsonLines(new ByteArrayInputStream(
          input.toString().getBytes(StandardCharsets.UTF_8)), 1000), judge, BatchCommand.streamSink(out), workers,
          counts, done -> { });
      assertThat(n).isEqualTo(200);
      List<JsonNode> records = new Run(0, out.toByteArray(), new byte[0]).records();
      assertThat(records).hasSize(200);
      for (int i = 0; i < 200; i++) {
        assertThat(records.get(i).get("line").asInt()).as("in order").isEqualTo(i + 1);
      }
      assertThat(records.get(2).get("error").asText()).isEqualTo("invalid-input");
      assertThat(records.get(2).get("fr").asText()).startsWith("Ligne trop volumineuse pour la mémoire");
      assertThat(records.get(2).get("en").asText()).startsWith("Line too large for the memory");
      assertThat(records.get(69).get("error").asText()).isEqualTo("internal-error");
      assertThat(records.get(129).get("en").asText()).contains("IllegalStateException: a defect");
      assertThat(records.get(130).get("en").asText()).contains("AssertionError: another defect");
      assertThat(records.get(149).get("error").asText()).isEqualTo("internal-error");
      assertThat(counts).containsEntry("SATISFIED", 195L).containsEntry("error:internal-error", 4L)
          .containsEntry("error:invalid-input", 1L);
    }
  }

  // ---- output encoding

  @Test
  void aLoneSurrogateInABatchLineGivesValidUtf8InTheOutputFileAndEveryLineAfterIt(@TempDir Path dir)
      throws Exception {
    String sas = sas();
    // valid JSON: the escape of half a surrogate pair, in an enum and in a free text
    String badForm = sas.replace("\"COMMERCIAL_COMPANY\"", "\"X\\ud800\"");
    String badLabel = sas.replace("\"président\"", "\"pr\\udc00ésident \\ud83d\\ude00\"");
    assertThat(badForm).isNotEqualTo(sas);
    assertThat(badLabel).isNotEqualTo(sas);
    Path results = dir.resolve("results.jsonl");
    Run r = run(String.join("\n", sas, badForm, badLabel, sas, sas) + "\n",
        batch("--output", results.toString(), "--detail", "full"));
    assertThat(r.err()).doesNotContain("MalformedInput").doesNotContain("Erreur interne");
    byte[] bytes = Files.readAllBytes(results);
    String text = strictUtf8(bytes);
    String[] lines = text.split("\n");
    assertThat(lines).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(PLAIN.readTree(lines[i]).get("line").asInt()).isEqualTo(i + 1);
    }
    assertThat(PLAIN.readTree(lines[1]).get("error").asText()).isEqualTo("invalid-input");
  }

  @Test
  void aRecordHoldingALoneSurrogateIsWrittenAsAnEscapeAndReadsBackTheSame() throws Exception {
    String emoji = new String(Character.toChars(0x1F600));
    String odd = "a" + (char) 0xD800 + "b " + emoji + " c" + (char) 0xDC00;
    BatchCommand.Judge judge = line -> new BatchCommand.Judged(line.number, "COMPUTED", null, null, null, odd);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchCommand.judgeAll(new JsonLines(new ByteArrayInputStream("1\n".getBytes(StandardCharsets.UTF_8)), 100), judge,
        BatchCommand.streamSink(out), 1, new TreeMap<>(), n -> { });
    String text = strictUtf8(out.toByteArray());
    assertThat(text).contains("a\\uD800b " + emoji + " c\\uDC00");
    assertThat(PLAIN.readTree(text).get("result").asText()).isEqualTo(odd);
  }

  @Test
  void aLoneSurrogateEchoedByAVerdictOrAnErrorIsValidUtf8OnBothStreams() throws Exception {
    String sas = sas();
    for (String format : List.of("text", "json")) {
      Run bad = run(sas.replace("\"COMMERCIAL_COMPANY\"", "\"X\\ud800\""), "esus", "-", "--as-of", "2026-04-01",
          "--format", format);
      assertThat(bad.code()).isEqualTo(ExitCodes.INVALID_INPUT);
      strictUtf8(bad.out());
      strictUtf8(bad.errBytes());
      // a verdict today; an input error once the reader refuses lone surrogates: valid UTF-8 either way
      Run named = run(sas.replace("Recyclerie du Plateau SAS", "Recyclerie \\ud800"), "esus", "-", "--as-of",
          "2026-04-01", "--format", format);
      assertThat(named.code()).isIn(ExitCodes.NOT_SATISFIED, ExitCodes.INVALID_INPUT);
      strictUtf8(named.out());
      strictUtf8(named.errBytes());
    }
  }
}
