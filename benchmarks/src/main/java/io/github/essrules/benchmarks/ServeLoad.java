package io.github.essrules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.json.EssJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load test of {@code ess serve} on the loopback, bounded in count and in time: a number of
 * clients (8 by default) send between them a number of evaluations (4 000 by default) of the
 * case library's cases, each to its rule as of its date, one request at a time per client; then
 * it prints the throughput and the latencies (p50, p90, p99, max), the errors (any answer but 200,
 * any failure of the connection), and the cost of one call of the command line
 * ({@code java -jar ess.jar RULE CASE}, a JVM per call) measured the same way. Exit code 0 when no
 * request failed, 1 otherwise. Not a JMH benchmark: a whole server and its clients, measured from
 * outside.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -cp benchmarks/target/benchmarks.jar io.github.essrules.benchmarks.ServeLoad
 * java -cp benchmarks/target/benchmarks.jar io.github.essrules.benchmarks.ServeLoad --clients 8 --requests 4000 \
 *     --max-seconds 300 --cli-runs 5 --jar examples/target/ess.jar
 * java -cp benchmarks/target/benchmarks.jar io.github.essrules.benchmarks.ServeLoad --url http://127.0.0.1:8080/
 * </pre>
 *
 * <p>Without {@code --url}, it starts {@code java -jar ess.jar serve --port 0 --quiet} itself and
 * stops it at the end. A warm-up of one request per case per client comes first, not counted.
 */
public final class ServeLoad {
  private static final String CASES = "/io/github/essrules/examples/cases/";

  private ServeLoad() {}

  /** A case of the library: where to send it, and its facts. */
  private record Case(String path, byte[] facts, String rule, String file, String asOf) {}

  /**
   * Runs the load test.
   *
   * @param args {@code --clients N --requests N --max-seconds N --cli-runs N --jar PATH --url URL}
   * @throws Exception if the server cannot be started
   */
  public static void main(String[] args) throws Exception {
    int clients = 8;
    int requests = 4000;
    int maxSeconds = 300;
    int cliRuns = 5;
    Path jar = Path.of("examples/target/ess.jar");
    String url = null;
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--clients": clients = Integer.parseInt(value); break;
        case "--requests": requests = Integer.parseInt(value); break;
        case "--max-seconds": maxSeconds = Integer.parseInt(value); break;
        case "--cli-runs": cliRuns = Integer.parseInt(value); break;
        case "--jar": jar = Path.of(value); break;
        case "--url": url = value.endsWith("/") ? value : value + "/"; break;
        default: throw new IllegalArgumentException("unknown option " + args[i]
            + " (--clients --requests --max-seconds --cli-runs --jar --url)");
      }
    }
    List<Case> cases = cases();
    Process server = null;
    int exitCode;
    try {
      if (url == null) {
        server = new ProcessBuilder(java(), "-jar", jar.toString(), "serve", "--port", "0", "--quiet", "--lang", "en")
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (line == null || !line.startsWith("ess serve: http")) {
          throw new IllegalStateException("ess serve did not start: " + line);
        }
        url = line.substring("ess serve: ".length(), line.indexOf(' ', "ess serve: ".length()));
      }
      System.out.printf(Locale.ROOT, "ess serve at %s; %d clients, %d evaluations of %d sample cases, at most %d s;"
          + " %d processors, %s%n", url, clients, requests, cases.size(), maxSeconds,
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      run(http, url, cases, clients, clients * cases.size(), maxSeconds, null);
      long[] latencies = new long[requests];
      AtomicInteger errors = new AtomicInteger();
      long started = System.nanoTime();
      int done = run(http, url, cases, clients, requests, maxSeconds, new Results(latencies, errors));
      double seconds = (System.nanoTime() - started) / 1e9;
      long[] measured = Arrays.copyOf(latencies, done);
      Arrays.sort(measured);
      System.out.printf(Locale.ROOT, "%d evaluations in %.1f s: %.0f /s; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms,"
          + " max %.1f ms; errors %d%s%n", done, seconds, done / seconds, ms(measured, 0.50), ms(measured, 0.90),
          ms(measured, 0.99), measured.length == 0 ? 0 : measured[measured.length - 1] / 1e6, errors.get(),
          done < requests ? " (stopped at " + maxSeconds + " s, " + (requests - done) + " not sent)" : "");
      if (cliRuns > 0 && Files.isRegularFile(jar)) {
        cli(jar, cases.get(0), cliRuns);
      }
      exitCode = errors.get() == 0 && done == requests ? 0 : 1;
    } finally {
      if (server != null) {
        server.destroy();
        server.waitFor();
      }
    }
    System.exit(exitCode);
  }

  /** Where the measured latencies and the errors go. */
  private record Results(long[] latencies, AtomicInteger errors) {}

  /** Sends {@code count} evaluations from {@code clients} threads; the number sent. */
  private static int run(HttpClient http, String url, List<Case> cases, int clients, int count, int maxSeconds,
      Results results) throws Exception {
    AtomicInteger next = new AtomicInteger();
    long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        running.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline; i = next.getAndIncrement()) {
            Case k = cases.get(i % cases.size());
            long t = System.nanoTime();
            boolean ok;
            try {
              HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url + k.path()))
                  .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(k.facts())).build(), HttpResponse.BodyHandlers.ofByteArray());
              ok = r.statusCode() == 200 && r.body().length > 0;
            } catch (IOException e) {
              ok = false;
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            if (results != null) {
              results.latencies()[i] = System.nanoTime() - t;
              if (!ok) {
                results.errors().incrementAndGet();
              }
            }
          }
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return Math.min(count, next.get() - clients);
  }

  /** The cost of one call of the command line, a JVM each, on the first case. */
  private static void cli(Path jar, Case k, int runs) throws Exception {
    Path file = Files.createTempFile("ess-load-", ".json");
    try {
      Files.write(file, k.facts());
      double total = 0;
      double best = Double.MAX_VALUE;
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        Process p = new ProcessBuilder(java(), "-jar", jar.toString(), k.rule(), file.toString(), "--as-of", k.asOf(),
            "--format", "json").redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        double s = (System.nanoTime() - t) / 1e9;
        total += s;
        best = Math.min(best, s);
      }
      System.out.printf(Locale.ROOT, "the command line, a JVM per call (ess %s %s): %.2f s a call on average, %.2f s at"
          + " best, over %d calls%n", k.rule(), k.file(), total / runs, best, runs);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static double ms(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The case library's cases, from the examples' resources. */
  private static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (JsonNode e : read(CASES + "cases.json")) {
      String file = e.get("file").asText();
      try (InputStream in = ServeLoad.class.getResourceAsStream(CASES + file)) {
        if (in == null) {
          throw new IllegalStateException("missing case " + file);
        }
        String rule = e.get("rule").asText();
        String asOf = e.get("asOf").asText();
        cases.add(new Case("rules/" + rule + "/evaluate?asOf=" + asOf, in.readAllBytes(), rule, file, asOf));
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }
    return cases;
  }

  private static JsonNode read(String resource) {
    try (InputStream in = ServeLoad.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return EssJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
