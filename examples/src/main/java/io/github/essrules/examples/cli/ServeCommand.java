package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import io.github.essrules.core.verdict.LawOptions;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ess serve}: the rules over HTTP — a JSON service described by OpenAPI
 * ({@code /openapi.json}) and a page for case workers ({@code /}), until the process is stopped
 * (Ctrl-C, SIGTERM). The service answers what the commands print: an evaluation is the JSON of
 * {@code ess RULE --format json}, a batch the records of {@code ess batch RULE}. The root's
 * options of the law in time ({@code --strict}, {@code --presumption-months},
 * {@code --parameters}) hold for every request.
 *
 * <pre>
 * java -jar ess.jar serve                      # http://127.0.0.1:8080/
 * java -jar ess.jar serve --port 9000 --bind 0.0.0.0
 * </pre>
 *
 * <p>This class is not thread-safe: picocli creates one per run.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Serve the rules over HTTP until stopped: a JSON service (OpenAPI 3.1 at /openapi.json) and a page for case"
          + " workers at /.",
      "POST /rules/RULE/evaluate?asOf=DATE answers the JSON of ess RULE --format json; POST /rules/RULE/batch the"
          + " records of ess batch RULE. Errors are application/problem+json (RFC 9457).",
      "One line per request on standard error: time, method, path, status, duration, outcome — never the facts."
    })
public final class ServeCommand implements Callable<Integer> {
  /** Created by picocli. */
  public ServeCommand() {}

  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "The port (default: ${DEFAULT-VALUE}; 0 for a free one, printed at start).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address listened on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every"
          + " interface — the service has no authentication: put it behind a proxy that has one).")
  String bind;

  @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "1048576",
      description = "The largest body of an evaluation and the longest line of a batch (default: ${DEFAULT-VALUE});"
          + " larger: 413.")
  long maxBodyBytes;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "How long a body may take to arrive and a connection may stay silent; a request waits at most"
          + " half of it for its turn (default: ${DEFAULT-VALUE}).")
  int timeout;

  @Option(names = "--max-concurrent", paramLabel = "N",
      description = "How many requests are judged at once; the others wait their turn (half of --timeout at"
          + " most), then get 503 (default:"
          + " twice the processors, at least 4). A batch counts as one for its whole length.")
  Integer maxConcurrent;

  @Option(names = "--quiet", description = "No line per request.")
  boolean quiet;

  @Override
  public Integer call() throws InterruptedException {
    GlobalOptions o = ((EssCommand) spec.root().userObject()).options();
    boolean fr = o.lang == Lang.FR;
    if (port < 0 || port > 65535) {
      throw new EssCommand.UsageException("--port : entre 0 et 65535.", "--port: between 0 and 65535.");
    }
    if (maxBodyBytes < 1 || maxBodyBytes > BatchCommand.MAX_LINE) {
      throw new EssCommand.UsageException("--max-body-bytes : entre 1 et " + BatchCommand.MAX_LINE + ".",
          "--max-body-bytes: between 1 and " + BatchCommand.MAX_LINE + ".");
    }
    if (timeout < 1 || timeout > 3600) {
      throw new EssCommand.UsageException("--timeout : entre 1 et 3600 secondes.", "--timeout: between 1 and 3600 seconds.");
    }
    if (maxConcurrent != null && (maxConcurrent < 1 || maxConcurrent > 1024)) {
      throw new EssCommand.UsageException("--max-concurrent : entre 1 et 1024.", "--max-concurrent: between 1 and 1024.");
    }
    LawOptions law = o.lawOptions();
    EssServer.Limits standard = EssServer.Limits.standard();
    EssServer.Limits limits = new EssServer.Limits(maxBodyBytes, Duration.ofSeconds(timeout),
        maxConcurrent != null ? maxConcurrent : standard.maxConcurrent());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Consumer<String> log = quiet ? line -> { } : line -> {
      synchronized (err) {
        err.println(line);
        err.flush();
      }
    };
    EssServer server;
    try {
      server = EssServer.start(bind, port, limits, law, log);
    } catch (RuntimeException e) {
      throw new EssCommand.UsageException(
          "Impossible d'écouter sur " + bind + ":" + port + " (adresse inconnue ou port déjà pris) : " + e.getMessage(),
          "Cannot listen on " + bind + ":" + port + " (unknown address or port already taken): " + e.getMessage());
    }
    String base = "http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + server.port() + "/";
    out.println(fr ? "ess serve : " + base + " — OpenAPI : " + base + "openapi.json — Ctrl-C pour arrêter"
        : "ess serve: " + base + " — OpenAPI: " + base + "openapi.json — Ctrl-C to stop");
    out.flush();
    if (!loopback(bind)) {
      err.println(fr ? "ess serve : à l'écoute au-delà de cette machine, sans authentification."
          : "ess serve: listening beyond this machine, without authentication.");
      err.flush();
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "ess-serve-stop"));
    stopped.await();
    return ExitCodes.OK;
  }

  private static boolean loopback(String bind) {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException | SecurityException e) {
      return false;
    }
  }
}
