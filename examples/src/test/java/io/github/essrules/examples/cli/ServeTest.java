package io.github.essrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.core.verdict.RuleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ess serve} through a real HTTP client (java.net.http) against a server started on a free
 * port of the loopback: every endpoint, the service's answer equal to the command line's for every
 * case of the case library, and the problems (RFC 9457) of bad input, an unknown rule, a refused
 * date, an oversized or slow body, too many requests at once.
 */
class ServeTest {
  static final String CASES = EsusCommandTest.CASES;

  private static final Queue<String> LOG = new ConcurrentLinkedQueue<>();
  private static EssServer server;
  private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void start() {
    server = EssServer.start("127.0.0.1", 0, EssServer.Limits.standard(), LawOptions.standard(), LOG::add);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  record Answer(int status, String type, String body) {
    JsonNode json() throws IOException {
      return EssJson.mapper().readTree(body);
    }
  }

  static Answer send(EssServer to, HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  static HttpRequest.Builder get(EssServer to, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + path)).GET();
  }

  static HttpRequest.Builder post(EssServer to, String path, byte[] body) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  static Answer get(String path) throws IOException, InterruptedException {
    return send(server, get(server, path));
  }

  static Answer post(String path, byte[] body) throws IOException, InterruptedException {
    return send(server, post(server, path, body));
  }

  static byte[] caseFile(String name) throws IOException {
    return Files.readAllBytes(Path.of(CASES, name));
  }

  /** A problem document: its status, media type, kind, and no stack trace. */
  static JsonNode problem(Answer a, int status, String kind) throws IOException {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.type()).startsWith(Problem.MEDIA_TYPE);
    JsonNode p = a.json();
    assertThat(p.get("type").asText()).isEqualTo(Problem.TYPES + kind);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("detail").asText()).isNotBlank();
    assertThat(a.body()).doesNotContain("\tat ").doesNotContain("    at ").doesNotContain("Exception:");
    return p;
  }

  // ------------------------------------------------------------------ endpoints

  @Test
  void healthSaysUpWithTheNumberOfRules() throws Exception {
    Answer a = get("/health");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.type()).startsWith("application/json");
    assertThat(a.json().get("status").asText()).isEqualTo("UP");
    assertThat(a.json().get("rules").asInt()).isEqualTo(Rules.ids().size());
  }

  @Test
  void rulesListsEveryRuleOfTheRegistryWithItsTitleAsEssRules() throws Exception {
    Answer fr = get("/rules");
    assertThat(fr.body()).isEqualTo(EssCommandTest.run("rules", "--format", "json").out());
    Answer en = get("/rules?lang=en");
    assertThat(en.body()).isEqualTo(EssCommandTest.run("rules", "--format", "json", "--lang", "en").out());
    List<String> ids = new ArrayList<>();
    en.json().forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids).isEqualTo(Rules.ids());
    assertThat(en.json().get(0).get("title").asText()).isNotBlank();
  }

  @Test
  void theSchemaOfEveryRuleIsTheOneEssSchemaPrints() throws Exception {
    for (RuleDefinition<?, ?> rule : Rules.registry().all()) {
      Answer a = get("/rules/" + rule.id() + "/schema");
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.type()).startsWith("application/schema+json");
      assertThat(a.json()).as(rule.id()).isEqualTo(EssJson.mapper().readTree(EssCommandTest.run("schema", rule.id()).out()));
    }
  }

  @Test
  void everySampleCaseGetsFromTheServiceExactlyWhatTheCommandPrints() throws Exception {
    for (CaseLibrary.Entry e : CaseLibrary.manifest()) {
      byte[] facts = caseFile(e.file);
      String query = "/rules/" + e.rule + "/evaluate?asOf=" + e.asOf;
      EssCommandTest.Run cli = EssCommandTest.run(e.rule, CASES + e.file, "--as-of", e.asOf.toString(), "--format", "json");
      Answer service = post(query, facts);
      assertThat(service.status()).as(e.file).isEqualTo(200);
      assertThat(service.type()).startsWith("application/json");
      assertThat(service.body()).as(e.file).isEqualTo(cli.out());
      // the verdict's language is in its messages (fr and en): the JSON does not depend on lang
      assertThat(post(query + "&lang=en", facts).body()).as(e.file).isEqualTo(cli.out());
      // and the text, with Accept: text/plain, is that of the command in either language
      EssCommandTest.Run text = EssCommandTest.run(e.rule, CASES + e.file, "--as-of", e.asOf.toString(), "--lang", "en");
      Answer plain = send(server, post(server, query + "&lang=en", facts).header("Accept", "text/plain"));
      assertThat(plain.type()).startsWith("text/plain");
      assertThat(plain.body()).as(e.file).isEqualTo(text.out());
    }
  }

  @Test
  void theRegieDeQuartierIsSatisfiedUnderL3332_17_1() throws Exception {
    JsonNode v = post("/rules/esus/evaluate?asOf=2026-04-01", caseFile("esus-regie-de-quartier.json")).json().get("verdict");
    assertThat(v.get("outcome").asText()).isEqualTo("SATISFIED");
    assertThat(v.toString()).contains("L3332-17-1").contains("https://www.legifrance.gouv.fr/");
  }

  @Test
  void aBatchStreamsTheRecordsOfEssBatchLineForLine(@TempDir Path dir) throws Exception {
    String line = new String(caseFile("esus-sas-recyclerie.json"), StandardCharsets.UTF_8).replace("\n", "");
    String input = line + "\n{\"ess\":{}}\nnot json\n\n" + line + "\n";
    Path file = dir.resolve("cases.jsonl");
    Files.writeString(file, input);
    for (String detail : List.of("summary", "full")) {
      EssCommandTest.Run cli = EssCommandTest.run("batch", "esus", "--input", file.toString(), "--as-of", "2026-04-01",
          "--detail", detail, "--lang", "en");
      Answer service = send(server, post(server, "/rules/esus/batch?asOf=2026-04-01&lang=en&detail=" + detail,
          input.getBytes(StandardCharsets.UTF_8)).setHeader("Content-Type", EssServer.JSON_LINES));
      assertThat(service.status()).isEqualTo(200);
      assertThat(service.type()).startsWith(EssServer.JSON_LINES);
      assertThat(service.body()).isEqualTo(cli.out());
      assertThat(service.body().lines()).hasSize(4);
    }
  }

  @Test
  void aBatchOfManyLinesComesBackWholeAndInOrder() throws Exception {
    String line = new String(caseFile("esus-regie-de-quartier.json"), StandardCharsets.UTF_8).replace("\n", "");
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      input.append(line).append('\n');
    }
    // sent as a stream of unknown length (chunked)
    Answer a = send(server, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/rules/esus/batch?asOf=2026-04-01")).header("Content-Type", EssServer.JSON_LINES)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
            input.toString().getBytes(StandardCharsets.UTF_8)))));
    List<String> lines = a.body().lines().toList();
    assertThat(lines).hasSize(500);
    for (int i = 0; i < 500; i++) {
      assertThat(lines.get(i)).startsWith("{\"line\":" + (i + 1) + ",\"outcome\":\"SATISFIED\"");
    }
  }

  @Test
  void parametersAndTheLawStatusAreTheJsonOfTheirCommands() throws Exception {
    assertThat(get("/parameters/smic-horaire-brut?date=2024-11-01").body())
        .isEqualTo(EssCommandTest.run("parameter", "smic-horaire-brut", "--as-of", "2024-11-01", "--format", "json").out());
    assertThat(get("/parameters").body()).isEqualTo(EssCommandTest.run("parameter", "--format", "json").out());
    assertThat(get("/law/status?date=2026-04-01").body())
        .isEqualTo(EssCommandTest.run("law", "status", "--as-of", "2026-04-01", "--format", "json").out());
  }

  @Test
  void thePageIsServedWithItsScriptAndStyleAndNothingFromOutside() throws Exception {
    HttpResponse<String> page = http.send(get(server, "/").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
    assertThat(page.body()).contains("/page/app.js").contains("/page/style.css").doesNotContain("{{vocabulary}}")
        .contains("\"SATISFIED\"").contains("satisfaite").contains("\"PENDING\"").contains("échéance à venir")
        .doesNotContain("http://").doesNotContain("https://");
    for (String asset : List.of("/page/app.js", "/page/style.css")) {
      Answer a = get(asset);
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.body()).doesNotContain("http://").doesNotContain("https://").doesNotContain("//cdn");
    }
  }

  @Test
  void essServeRefusesBadOptionsAndATakenPortWithExitCodeTwo() {
    EssCommandTest.Run help = EssCommandTest.run("serve", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--port").contains("--bind").contains("--max-body-bytes").contains("--timeout")
        .contains("--max-concurrent").contains("/openapi.json");
    assertThat(EssCommandTest.run("serve", "--port", "70000", "--lang", "en").err()).contains("--port: between 0 and 65535");
    assertThat(EssCommandTest.run("serve", "--max-body-bytes", "0").code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(EssCommandTest.run("serve", "--timeout", "0").code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(EssCommandTest.run("serve", "--max-concurrent", "0").code()).isEqualTo(ExitCodes.INVALID_INPUT);
    EssCommandTest.Run taken = EssCommandTest.run("serve", "--port", Integer.toString(server.port()), "--lang", "en");
    assertThat(taken.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(taken.err()).contains("Cannot listen on 127.0.0.1:" + server.port());
    // the server already there still answers
    assertThat(EssCommandTest.run("serve", "--bind", "no.such.host.invalid", "--port", "0").code())
        .isEqualTo(ExitCodes.INVALID_INPUT);
  }

  // ------------------------------------------------------------------ problems

  @Test
  void malformedJsonIsA400ProblemWithItsPointer() throws Exception {
    JsonNode p = problem(post("/rules/esus/evaluate?asOf=2026-04-01", "{\"ess\": {\"legalForm\": ".getBytes(StandardCharsets.UTF_8)),
        400, "malformed-json");
    assertThat(p.get("violations")).isNotEmpty();
    assertThat(p.get("violations").get(0).has("pointer")).isTrue();
  }

  @Test
  void invalidFactsAreA422ProblemListingEveryViolationWithItsPointer() throws Exception {
    JsonNode p = problem(post("/rules/esus/evaluate?asOf=2026-04-01&lang=en",
        "{\"ess\":{\"legalForm\":\"ASSOCIATION\",\"surprise\":1},\"creationDate\":\"2003-02-30\"}".getBytes(StandardCharsets.UTF_8)),
        422, "invalid-input");
    List<String> pointers = new ArrayList<>();
    p.get("violations").forEach(v -> pointers.add(v.get("pointer").asText()));
    assertThat(pointers).contains("/applicationDate", "/ess/surprise", "/creationDate");
    assertThat(p.get("detail").asText()).startsWith("Invalid input");
    assertThat(p.get("title").asText()).isEqualTo("Invalid input");
    // in French by default
    assertThat(problem(post("/rules/esus/evaluate", "{}".getBytes(StandardCharsets.UTF_8)), 422, "invalid-input")
        .get("title").asText()).isEqualTo("Données invalides");
  }

  @Test
  void factsDatedAfterTheDateAskedAboutAreInvalidInputAsOnTheCommandLine() throws Exception {
    JsonNode p = problem(post("/rules/esus/evaluate?asOf=2014-01-01&lang=en", caseFile("esus-regie-de-quartier.json")),
        422, "invalid-input");
    assertThat(p.get("violations").toString()).contains("/applicationDate");
  }

  @Test
  void anUnknownRuleIsA404ProblemListingTheKnownOnes() throws Exception {
    JsonNode p = problem(post("/rules/esuss/evaluate", "{}".getBytes(StandardCharsets.UTF_8)), 404, "unknown-rule");
    assertThat(p.get("known").toString()).contains("\"esus\"");
    problem(get("/rules/esuss/schema"), 404, "unknown-rule");
    problem(send(server, post(server, "/rules/esuss/batch", "{}".getBytes(StandardCharsets.UTF_8))), 404, "unknown-rule");
    JsonNode parameter = problem(get("/parameters/smic-horaire"), 404, "unknown-parameter");
    assertThat(parameter.get("known").toString()).contains("smic-horaire-brut");
  }

  @Test
  void aDateWithNoKnownLawIsRefusedAsAProblemOfItsOwnType() throws Exception {
    JsonNode p = problem(post("/rules/esus/evaluate?asOf=9999-12-31&lang=en", caseFile("esus-regie-de-quartier.json")),
        422, "no-law-known");
    assertThat(p.get("date").asText()).isEqualTo("9999-12-31");
    assertThat(p.get("subject").asText()).isNotBlank();
    assertThat(p.get("coverage").asText()).isNotBlank();
    JsonNode smic = problem(get("/parameters/smic-horaire-brut?date=1990-01-01"), 422, "no-law-known");
    assertThat(smic.get("reason").asText()).isEqualTo("NOT_COVERED");
  }

  @Test
  void badQueryParametersAreA400Problem() throws Exception {
    JsonNode date = problem(post("/rules/esus/evaluate?asOf=2026-13-01", "{}".getBytes(StandardCharsets.UTF_8)), 400,
        "bad-parameter");
    assertThat(date.get("parameter").asText()).isEqualTo("asOf");
    problem(post("/rules/esus/evaluate?lang=de", "{}".getBytes(StandardCharsets.UTF_8)), 400, "bad-parameter");
    problem(send(server, post(server, "/rules/esus/batch?detail=all", new byte[0])), 400, "bad-parameter");
    problem(get("/law/status?date=tomorrow"), 400, "bad-parameter");
  }

  @Test
  void aBodyThatIsNotJsonIsA415Problem() throws Exception {
    problem(send(server, post(server, "/rules/esus/evaluate", "a=b".getBytes(StandardCharsets.UTF_8))
        .setHeader("Content-Type", "application/x-www-form-urlencoded")), 415, "unsupported-media-type");
  }

  @Test
  void noSuchAddressOrMethodIsA404Or405Problem() throws Exception {
    problem(get("/rules/esus"), 404, "not-found");
    problem(get("/nothing/here"), 404, "not-found");
    problem(get("/rules/esus/evaluate"), 405, "method-not-allowed");
  }

  @Test
  void aRequestTheServerCannotReadIsAProblemToo() throws Exception {
    for (String request : List.of("GARBAGE\r\n\r\n",
        "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n")) {
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
        socket.setSoTimeout(20_000);
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(answer).matches("(?s)HTTP/1.1 4(00|31) .*").contains("Content-Type: " + Problem.MEDIA_TYPE)
            .contains("\"type\" : \"" + Problem.TYPES + "bad-request\"").doesNotContain("badMessage")
            .doesNotContain("<html").doesNotContain("\tat ");
      }
    }
  }

  @Test
  void aBodyOverTheLimitIsA413ProblemWhetherItsLengthIsDeclaredOrNot() throws Exception {
    try (EssServer small = EssServer.start("127.0.0.1", 0, new EssServer.Limits(1000, Duration.ofSeconds(10), 4),
        LawOptions.standard(), line -> { })) {
      byte[] body = caseFile("esus-regie-de-quartier.json");
      assertThat(body.length).isGreaterThan(1000);
      JsonNode p = problem(send(small, post(small, "/rules/esus/evaluate?asOf=2026-04-01", body)), 413, "body-too-large");
      assertThat(p.get("limit").asLong()).isEqualTo(1000);
      problem(send(small, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + small.port() + "/rules/esus/evaluate"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))), 413,
          "body-too-large");
      // a batch's line over the limit is that line's error record, as with ess batch --max-line-bytes
      String line = new String(body, StandardCharsets.UTF_8).replace("\n", "");
      Answer batch = send(small, post(small, "/rules/esus/batch?asOf=2026-04-01",
          (line + "\n{\"ess\":{}}\n").getBytes(StandardCharsets.UTF_8)));
      assertThat(batch.body().lines().toList()).hasSize(2);
      assertThat(batch.body().lines().findFirst().orElseThrow()).startsWith("{\"line\":1,\"error\":\"invalid-input\"")
          .contains("Line too long");
      // the small server still answers
      assertThat(send(small, get(small, "/health")).status()).isEqualTo(200);
    }
  }

  /**
   * A client that sends a request's head and the start of its body, then nothing: a raw socket,
   * since java.net.http reads the answer only once it has sent the whole body.
   */
  static java.net.Socket stalled(EssServer to, String path, String type, String start) throws IOException {
    java.net.Socket socket = new java.net.Socket("127.0.0.1", to.port());
    socket.setSoTimeout(20_000);
    byte[] body = start.getBytes(StandardCharsets.UTF_8);
    String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type
        + "\r\nContent-Length: " + (body.length + 1000) + "\r\n\r\n";
    socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().write(body);
    socket.getOutputStream().flush();
    return socket;
  }

  @Test
  void aBodyThatDoesNotArriveInTimeIsA408Problem() throws Exception {
    try (EssServer slow = EssServer.start("127.0.0.1", 0, new EssServer.Limits(1 << 20, Duration.ofSeconds(1), 4),
        LawOptions.standard(), line -> { });
        java.net.Socket client = stalled(slow, "/rules/esus/evaluate?lang=en", "application/json", "{\"ess\":")) {
      String answer = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 408").contains("Content-Type: " + Problem.MEDIA_TYPE)
          .contains("\"type\" : \"" + Problem.TYPES + "request-timeout\"").contains("did not arrive within 1 s");
      assertThat(send(slow, get(slow, "/health")).status()).isEqualTo(200);
    }
  }

  @Test
  void requestsBeyondTheConcurrencyLimitWaitTheirTurnThenGet503() throws Exception {
    try (EssServer one = EssServer.start("127.0.0.1", 0, new EssServer.Limits(1 << 20, Duration.ofSeconds(4), 1),
        LawOptions.standard(), line -> { })) {
      String line = new String(caseFile("esus-regie-de-quartier.json"), StandardCharsets.UTF_8).replace("\n", "") + "\n";
      byte[] facts = caseFile("esus-regie-de-quartier.json");
      // a batch holds the only permit while its client keeps the body open
      try (java.net.Socket batch = stalled(one, "/rules/esus/batch?asOf=2026-04-01", EssServer.JSON_LINES, line)) {
        // blank lines, skipped by the batch, keep its connection from going silent
        Thread keepAlive = new Thread(() -> {
          try {
            for (int i = 0; i < 900; i++) {
              batch.getOutputStream().write('\n');
              batch.getOutputStream().flush();
              Thread.sleep(100);
            }
          } catch (IOException | InterruptedException e) {
            // the test is over
          }
        });
        keepAlive.setDaemon(true);
        keepAlive.start();
        Answer refused = null;
        for (int i = 0; i < 10 && (refused == null || refused.status() != 503); i++) {
          refused = send(one, post(one, "/rules/esus/evaluate?asOf=2026-04-01", facts));
        }
        problem(refused, 503, "overloaded");
      }
      // the client of the batch went away: the permit is back
      Answer after = null;
      for (int i = 0; i < 10 && (after == null || after.status() != 200); i++) {
        after = send(one, post(one, "/rules/esus/evaluate?asOf=2026-04-01", facts));
      }
      assertThat(after.status()).isEqualTo(200);
    }
  }

  @Test
  void eightClientsAtOnceGetNoError() throws Exception {
    List<CaseLibrary.Entry> cases = CaseLibrary.manifest();
    List<CompletableFuture<Integer>> clients = new ArrayList<>();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    for (int c = 0; c < 8; c++) {
      int client = c;
      clients.add(CompletableFuture.supplyAsync(() -> {
        int errors = 0;
        for (int i = 0; i < 40; i++) {
          CaseLibrary.Entry e = cases.get((client * 40 + i) % cases.size());
          try {
            Answer a = post("/rules/" + e.rule + "/evaluate?asOf=" + e.asOf, caseFile(e.file));
            errors += a.status() == 200 ? 0 : 1;
          } catch (IOException | InterruptedException ex) {
            errors++;
          }
        }
        return errors;
      }, pool));
    }
    int errors = 0;
    try {
      for (CompletableFuture<Integer> c : clients) {
        errors += c.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(errors).isZero();
  }

  @Test
  void theRequestLogHasALinePerRequestWithoutTheFacts() throws Exception {
    LOG.clear();
    post("/rules/esus/evaluate?asOf=2026-04-01", caseFile("esus-regie-de-quartier.json"));
    post("/rules/esus/evaluate?asOf=2026-04-01", "{\"ess\":{\"name\":\"Jeanne Martin\"}}".getBytes(StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (LOG.size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    List<String> lines = new ArrayList<>(LOG);
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("POST /rules/esus/evaluate 200").contains("outcome=SATISFIED"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("POST /rules/esus/evaluate 422").contains("problem=invalid-input"));
    assertThat(String.join("\n", lines)).doesNotContain("Impulsion").doesNotContain("54000").doesNotContain("Jeanne")
        .doesNotContain("127.0.0.1");
  }
}
