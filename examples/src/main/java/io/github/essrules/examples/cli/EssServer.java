package io.github.essrules.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.amounts.LegalParameters;
import io.github.essrules.rules.law.LawStatus;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP service of {@code ess serve}: the rules of the registry as a JSON service described by
 * OpenAPI, and a page for case workers, on Javalin (Jetty 12).
 *
 * <pre>
 * GET  /                              the page
 * GET  /health                        {"status": "UP", …}
 * GET  /rules                         every rule: id, title, factsSchema, result, dated
 * GET  /rules/{id}/schema             the JSON Schema of its facts (as ess schema RULE)
 * POST /rules/{id}/evaluate           facts in, the JSON of ess RULE --format json out
 * POST /rules/{id}/batch              JSON Lines in, the records of ess batch RULE out, streamed
 * GET  /parameters[/{name}]           as ess parameter [NAME] --format json
 * GET  /law/status                    as ess law status --format json
 * GET  /openapi.json                  OpenAPI 3.1, from the registry and the schemas
 * </pre>
 *
 * <p>Every answer is made by the function the command line uses ({@link RuleAnswer}, {@link
 * BatchCommand#judge(RuleDefinition, LocalDate, Lang, BatchCommand.Detail, LawOptions)}, {@link
 * ParameterCommand}, {@link RulesCommand#describe}, {@link SchemaCommand#schema}, {@link
 * LawStatus}): the service and the tool cannot disagree. Errors are {@link Problem}s.
 *
 * <p>Limits ({@link Limits}): the size of a body (and of a batch's line), the time a body may take
 * to arrive (and a connection may stay silent), and how many requests are judged at once — the
 * others wait their turn up to half that time, then get 503. A line per request goes to the log:
 * time, method, path, status, duration, and the outcome or the problem's kind — never the facts,
 * nor the client's address.
 *
 * <p>This class is thread-safe.
 */
final class EssServer implements AutoCloseable {
  /** The media type of JSON Lines, in and out of a batch. */
  static final String JSON_LINES = "application/x-ndjson";

  /**
   * The limits of a server.
   *
   * @param maxBodyBytes the largest body of an evaluation, and the longest line of a batch
   * @param timeout how long a body may take to arrive and a connection may stay silent; a
   *     request waits at most half of it for its turn
   * @param maxConcurrent how many requests are judged at once (a batch counts as one for its
   *     whole length)
   */
  record Limits(long maxBodyBytes, Duration timeout, int maxConcurrent) {
    /** One MiB, 30 seconds, twice the processors (at least 4). */
    static Limits standard() {
      return new Limits(1 << 20, Duration.ofSeconds(30), Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    }
  }

  private static final String PAGE = "page/";
  private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
      + " img-src 'self' data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

  private final Javalin app;
  private final Limits limits;
  private final LawOptions options;
  private final Consumer<String> log;
  private final Semaphore permits;
  private final Map<String, ObjectNode> schemas = new ConcurrentHashMap<>();
  private volatile String openApi;
  private final Map<String, byte[]> page = new TreeMap<>();

  private EssServer(String bind, int port, Limits limits, LawOptions options, Consumer<String> log) {
    this.limits = limits;
    this.options = options;
    this.log = log;
    this.permits = new Semaphore(limits.maxConcurrent(), true);
    for (String file : new String[] {"index.html", "app.js", "style.css"}) {
      page.put(file, resource(PAGE + file));
    }
    page.put("index.html", new String(page.get("index.html"), StandardCharsets.UTF_8)
        .replace("{{vocabulary}}", vocabulary()).getBytes(StandardCharsets.UTF_8));
    QueuedThreadPool threads = new QueuedThreadPool(Math.max(32, 2 * limits.maxConcurrent() + 16), 4);
    threads.setName("ess-serve");
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.threadPool = threads;
      config.jetty.timeoutStatus = 408;
      config.jetty.addConnector((server, http) -> {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(bind);
        connector.setPort(port);
        connector.setIdleTimeout(limits.timeout().toMillis());
        return connector;
      });
      // errors met before Javalin reads the request (a malformed request line, headers too large)
      config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
      config.http.prefer405over404 = true;
      config.http.defaultContentType = "application/json";
      // an Error met in a handler (a stack overflow, a linkage error) ends that request with a problem
      config.router.handlerWrapper(endpoint -> ctx -> {
        try {
          endpoint.handler.handle(ctx);
        } catch (StackOverflowError e) {
          throw internal(e);
        } catch (VirtualMachineError e) {
          throw e;
        } catch (Error e) {
          throw internal(e);
        }
      });
      config.requestLogger.http(this::logRequest);
      config.routes.before(ctx -> {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
      });
      config.routes.get("/", ctx -> page(ctx, "index.html", "text/html; charset=utf-8"));
      config.routes.get("/page/app.js", ctx -> page(ctx, "app.js", "text/javascript; charset=utf-8"));
      config.routes.get("/page/style.css", ctx -> page(ctx, "style.css", "text/css; charset=utf-8"));
      config.routes.get("/health", this::health);
      config.routes.get("/openapi.json", this::openApi);
      config.routes.get("/rules", ctx -> json(ctx, RulesCommand.describe(lang(ctx))));
      config.routes.get("/rules/{id}/schema", this::schema);
      config.routes.post("/rules/{id}/evaluate", this::evaluate);
      config.routes.post("/rules/{id}/batch", this::batch);
      config.routes.get("/parameters", ctx -> json(ctx, ParameterCommand.list(options)));
      config.routes.get("/parameters/{name}", this::parameter);
      config.routes.get("/law/status", ctx -> json(ctx, LawStatus.of(date(ctx, "date"), options)));
      config.routes.exception(Problem.class, (e, ctx) -> problem(ctx, e));
      config.routes.exception(EssRulesException.class, (e, ctx) -> problem(ctx, Problem.of(e, false)));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx,
          e.getStatus() == 404 || e.getStatus() == 405 ? Problem.notFound(e.getStatus(), ctx.method().name(), ctx.path())
              : e.getStatus() >= 500 ? internal(e) : Problem.badRequest(e.getStatus(), e.getMessage())));
      config.routes.exception(Exception.class, (e, ctx) -> problem(ctx, internal(e)));
    });
  }

  /**
   * Starts a server.
   *
   * @param bind the address to listen on, such as {@code 127.0.0.1}
   * @param port the port, or 0 for a free one
   * @param limits the limits
   * @param options the options of the law in time, for every request
   * @param log where the request lines go (called from many threads)
   * @return the server, started
   */
  static EssServer start(String bind, int port, Limits limits, LawOptions options, Consumer<String> log) {
    EssServer server = new EssServer(bind, port, limits, options, log);
    server.app.start();
    server.warmUp();
    return server;
  }

  /**
   * The words of the library the page shows beside the service's answers — the outcomes, the
   * confidences, the operators — in French and English, from the library's own catalogs, as a
   * JSON block safe inside a {@code <script>} element.
   */
  private static String vocabulary() {
    Map<String, Object> words = new LinkedHashMap<>();
    Map<String, Object> outcomes = new LinkedHashMap<>();
    for (io.github.essrules.core.verdict.Outcome o : io.github.essrules.core.verdict.Outcome.values()) {
      outcomes.put(o.name(), Map.of("fr", o.label(Lang.FR), "en", o.label(Lang.EN)));
    }
    words.put("outcome", outcomes);
    Map<String, Object> confidences = new LinkedHashMap<>();
    for (io.github.essrules.core.law.Confidence c : io.github.essrules.core.law.Confidence.values()) {
      confidences.put(c.name(), Map.of("fr", c.label(Lang.FR), "en", c.label(Lang.EN)));
    }
    words.put("confidence", confidences);
    Map<String, Object> operators = new LinkedHashMap<>();
    for (io.github.essrules.core.verdict.Operator o : io.github.essrules.core.verdict.Operator.values()) {
      operators.put(o.name(), Map.of("symbol", o.symbol(), "fr", o.label(Lang.FR), "en", o.label(Lang.EN)));
    }
    words.put("operator", operators);
    return EssJson.write(words).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /**
   * Judges every case of the case library once, in the background: the first request of a person
   * does not wait for the validators and the texts to load.
   */
  private void warmUp() {
    Thread warm = new Thread(() -> {
      try {
        CaseLibrary.runAll(Lang.FR);
        openApiDocument();
      } catch (RuntimeException | LinkageError e) {
        // a warm-up only: a request that meets the same fault reports it
      }
    }, "ess-serve-warm-up");
    warm.setDaemon(true);
    warm.setPriority(Thread.MIN_PRIORITY);
    warm.start();
  }

  /** The port listened on. */
  int port() {
    return app.port();
  }

  /** Stops the server: the requests in progress end, no new one is taken. */
  @Override
  public void close() {
    app.stop();
  }

  // ---------------------------------------------------------------- endpoints

  private void health(Context ctx) {
    Map<String, Object> health = new LinkedHashMap<>();
    health.put("status", "UP");
    health.put("version", EssCommand.Version.of(EssCommand.class));
    health.put("rules", Rules.ids().size());
    json(ctx, health);
  }

  private void schema(Context ctx) {
    RuleDefinition<?, ?> rule = Rules.get(ctx.pathParam("id"));
    ctx.contentType("application/schema+json");
    ctx.result(EssJson.write(schemaOf(rule)) + "\n");
  }

  /** As {@code ess schema RULE}: the generator's schema, its {@code $id} the schema's name. */
  ObjectNode schemaOf(RuleDefinition<?, ?> rule) {
    return schemas.computeIfAbsent(rule.id(), id -> {
      ObjectNode schema = SchemaCommand.schema(rule.factsType());
      schema.put("$id", rule.factsSchemaName());
      return schema;
    }).deepCopy();
  }

  private void openApi(Context ctx) {
    ctx.contentType("application/json");
    ctx.result(openApiDocument());
  }

  /** The OpenAPI document, made once. */
  String openApiDocument() {
    String doc = openApi;
    if (doc == null) {
      doc = EssJson.write(OpenApi.document(EssCommand.Version.of(EssCommand.class), this::schemaOf)) + "\n";
      openApi = doc;
    }
    return doc;
  }

  private void evaluate(Context ctx) throws IOException, InterruptedException {
    RuleDefinition<?, ?> rule = Rules.get(ctx.pathParam("id"));
    LocalDate asOf = date(ctx, "asOf");
    Lang lang = lang(ctx);
    boolean text = wantsText(ctx);
    requireContentType(ctx, "application/json", "application/json");
    byte[] body = body(ctx);
    withPermit(() -> {
      Object facts;
      try {
        facts = Rules.read(rule, body, asOf);
      } catch (InvalidInputException e) {
        throw Problem.of(e, !wellFormed(body));
      }
      RuleAnswer answer = RuleAnswer.of(rule, facts, asOf, options, lang);
      if (answer.result() instanceof Verdict) {
        ctx.attribute("outcome", ((Verdict) answer.result()).outcome().name());
      }
      if (text) {
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(answer.text(lang) + "\n");
      } else {
        ctx.contentType("application/json");
        ctx.result(answer.toJson() + "\n");
      }
    });
  }

  private void batch(Context ctx) throws IOException, InterruptedException {
    RuleDefinition<?, ?> rule = Rules.get(ctx.pathParam("id"));
    LocalDate asOf = date(ctx, "asOf");
    Lang lang = lang(ctx);
    BatchCommand.Detail detail = detail(ctx);
    requireContentType(ctx, JSON_LINES, JSON_LINES + ", application/jsonl, application/json, text/plain");
    int workers = Math.min(4, Runtime.getRuntime().availableProcessors());
    withPermit(() -> {
      ctx.disableCompression();
      ctx.status(200);
      ctx.contentType(JSON_LINES + "; charset=utf-8");
      OutputStream out = ctx.outputStream();
      Map<String, Long> counts = new TreeMap<>();
      long maxLine = Math.min(limits.maxBodyBytes(), BatchCommand.MAX_LINE);
      try (InputStream in = ctx.bodyInputStream()) {
        JsonLines lines = new JsonLines(in, (int) maxLine);
        BatchCommand.judgeAll(lines, BatchCommand.judge(rule, asOf, lang, detail, options), flushing(out), workers,
            counts, done -> { });
        out.flush();
      } catch (UncheckedIOException | IOException e) {
        // the client went away, or stopped sending: the records judged are out, the stream ends
        ctx.attribute("outcome", "interrupted");
        return;
      }
      ctx.attribute("outcome", counts.toString().replace(" ", ""));
    });
  }

  private void parameter(Context ctx) {
    String name = ctx.pathParam("name");
    LocalDate date = date(ctx, "date");
    DatedParameter<BigDecimal> parameter = LegalParameters.find(name).orElseThrow(() -> new Problem(404,
        "unknown-parameter", "Paramètre inconnu", "Unknown parameter",
        "Paramètre inconnu « " + shown(name) + " » ; connus : " + LegalParameters.ids(),
        "Unknown parameter \"" + shown(name) + "\"; known: " + LegalParameters.ids(),
        Map.of("known", LegalParameters.ids())));
    json(ctx, ParameterCommand.answer(parameter, date, ParameterCommand.value(parameter, date, options)));
  }

  private void page(Context ctx, String file, String type) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(type);
    ctx.result(page.get(file));
  }

  // ---------------------------------------------------------------- requests

  /**
   * Runs a judgement once a permit is had, waiting for it up to half the timeout: the waiting
   * request's connection is silent meanwhile, and must not reach the idle timeout first.
   */
  private void withPermit(Judgement work) throws IOException, InterruptedException {
    if (!permits.tryAcquire(limits.timeout().toMillis() / 2, TimeUnit.MILLISECONDS)) {
      throw Problem.overloaded(limits.maxConcurrent());
    }
    try {
      work.run();
    } finally {
      permits.release();
    }
  }

  /** The work done under a permit. */
  @FunctionalInterface
  private interface Judgement {
    void run() throws IOException;
  }

  /**
   * The body, read whole: at most {@link Limits#maxBodyBytes()} (else 413), arrived within the
   * timeout (else 408).
   */
  private byte[] body(Context ctx) throws IOException {
    long max = limits.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw Problem.bodyTooLarge(max);
    }
    long deadline = System.nanoTime() + limits.timeout().toNanos();
    ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
    byte[] buffer = new byte[8192];
    try {
      InputStream in = ctx.bodyInputStream();
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (out.size() + (long) n > max) {
          throw Problem.bodyTooLarge(max);
        }
        out.write(buffer, 0, n);
        if (System.nanoTime() - deadline > 0) {
          throw Problem.timeout(limits.timeout().toSeconds());
        }
      }
    } catch (IOException e) {
      if (e.getCause() instanceof TimeoutException || e instanceof java.io.InterruptedIOException) {
        throw Problem.timeout(limits.timeout().toSeconds());
      }
      throw e;
    }
    return out.toByteArray();
  }

  /** Whether bytes are one JSON document (the faults of facts are then 422, else 400). */
  private static boolean wellFormed(byte[] body) {
    try {
      EssJson.mapper().readTree(body);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** A date of the query: {@code YYYY-MM-DD}, today when absent (as the command line). */
  private static LocalDate date(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw Problem.badParameter(name, value, "une date AAAA-MM-JJ.", "a date YYYY-MM-DD.");
    }
  }

  /** The language of the query: fr (default) or en. */
  private static Lang lang(Context ctx) {
    String value = ctx.queryParam("lang");
    if (value == null || value.isEmpty()) {
      return Lang.FR;
    }
    try {
      return Lang.fromTag(value);
    } catch (IllegalArgumentException e) {
      throw Problem.badParameter("lang", value, "fr ou en.", "fr or en.");
    }
  }

  /** The language of a problem: that of the query when it can be read, else French. */
  private static Lang problemLang(Context ctx) {
    try {
      return lang(ctx);
    } catch (Problem e) {
      return Lang.FR;
    }
  }

  private static BatchCommand.Detail detail(Context ctx) {
    String value = ctx.queryParam("detail");
    if (value == null || value.isEmpty() || value.equals("summary")) {
      return BatchCommand.Detail.SUMMARY;
    }
    if (value.equals("full")) {
      return BatchCommand.Detail.FULL;
    }
    throw Problem.badParameter("detail", value, "summary ou full.", "summary or full.");
  }

  /** Whether the client asks for the text of {@code ess RULE} rather than its JSON. */
  private static boolean wantsText(Context ctx) {
    String accept = ctx.header("Accept");
    if (accept == null) {
      return false;
    }
    for (String range : accept.split(",")) {
      String type = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
      if (type.equals("application/json") || type.equals("application/*") || type.equals("*/*")) {
        return false;
      }
      if (type.equals("text/plain") || type.equals("text/*")) {
        return true;
      }
    }
    return false;
  }

  /** Refuses a body declared of another type than JSON (415); a body without a type is taken as JSON. */
  private static void requireContentType(Context ctx, String type, String accepted) {
    String given = ctx.header("Content-Type");
    if (given == null || given.isBlank()) {
      return;
    }
    String media = given.split(";")[0].trim().toLowerCase(Locale.ROOT);
    boolean json = media.equals("application/json") || media.endsWith("+json");
    boolean lines = media.equals(JSON_LINES) || media.equals("application/jsonl") || media.equals("application/x-jsonlines")
        || media.equals("text/plain");
    if (type.equals(JSON_LINES) ? !(json || lines) : !json) {
      throw Problem.unsupportedMediaType(shown(media), accepted);
    }
  }

  private static void json(Context ctx, Object value) {
    ctx.contentType("application/json");
    ctx.result(EssJson.write(value) + "\n");
  }

  /** A batch's records, flushed to the client after each chunk. */
  private static BatchCommand.Sink flushing(OutputStream out) {
    return new BatchCommand.Sink() {
      @Override
      public void write(byte[] bytes, int offset, int length) {
        try {
          out.write(bytes, offset, length);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void endOfChunk() {
        flush();
      }

      @Override
      public void flush() {
        try {
          out.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  // ---------------------------------------------------------------- errors and log

  private void problem(Context ctx, Problem problem) {
    ctx.attribute("problem", problem.kind());
    ctx.status(problem.status());
    if (problem.status() == 503) {
      ctx.header("Retry-After", "1");
    }
    ctx.contentType(Problem.MEDIA_TYPE);
    ctx.result(problem.toJson(problemLang(ctx), shown(ctx.path())) + "\n");
  }

  /** A defect: its stack trace goes to the log under an incident number, the client gets the number. */
  private Problem internal(Throwable e) {
    String incident = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    StringBuilder trace = new StringBuilder("ess serve: incident ").append(incident).append(": ")
        .append(e.getClass().getName());
    for (StackTraceElement frame : e.getStackTrace()) {
      trace.append("\n    at ").append(frame);
    }
    log.accept(trace.toString());
    return Problem.internalError(incident);
  }

  /** One line per request: no facts, no client address. */
  private void logRequest(Context ctx, Float ms) {
    StringBuilder line = new StringBuilder("ess serve: ")
        .append(Instant.now().truncatedTo(ChronoUnit.MILLIS)).append(' ')
        .append(ctx.method().name()).append(' ').append(shown(ctx.path())).append(' ')
        .append(ctx.statusCode()).append(' ')
        .append(String.format(Locale.ROOT, "%.1f ms", ms == null ? 0f : ms));
    Object outcome = ctx.attribute("outcome");
    if (outcome != null) {
      line.append(" outcome=").append(outcome);
    }
    Object problem = ctx.attribute("problem");
    if (problem != null) {
      line.append(" problem=").append(problem);
    }
    log.accept(line.toString());
  }

  /** A path or a value of the client's as it may be shown: printable ASCII, at most 120 characters. */
  static String shown(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < 120; i++) {
      char c = text.charAt(i);
      out.append(c >= 0x21 && c < 0x7f ? c : '?');
    }
    return text.length() > 120 ? out + "..." : out.toString();
  }

  private static byte[] resource(String name) {
    try (InputStream in = EssServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the page's " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Jetty's answer to a request it cannot hand to the service (a malformed request line, headers
   * too large): a problem document, never a stack trace nor a page.
   */
  private static final class ProblemErrorHandler extends ErrorHandler {
    ProblemErrorHandler() {
      setShowStacks(false);
      setShowCauses(false);
      setShowMessageInTitle(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
        Callback callback) {
      String path = Request.getPathInContext(request);
      // a request Jetty could not parse has no path of its own (Jetty names it /badMessage)
      byte[] body = document(code, message, "/badMessage".equals(path) ? "" : path);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
      response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static byte[] document(int code, String message, String path) {
      Problem problem = code == 404 || code == 405 ? Problem.notFound(code, "", path)
          : code >= 500 ? Problem.internalError("jetty-" + code) : Problem.badRequest(code, message);
      return (problem.toJson(Lang.FR, shown(path)) + "\n").getBytes(StandardCharsets.UTF_8);
    }
  }
}
