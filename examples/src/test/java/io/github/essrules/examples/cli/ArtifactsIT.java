package io.github.essrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The jars as the build leaves them (run by Failsafe after {@code package}): what {@code ess -V}
 * prints, the project's licence in each jar, and in {@code ess.jar} the licence and notice files of
 * every library it bundles with the list of them ({@code META-INF/BUNDLED.txt}).
 */
class ArtifactsIT {
  private static final String VERSION = System.getProperty("ess.version");
  private static final Path BUILD = Path.of(System.getProperty("ess.build"));
  private static final Path ROOT = Path.of(System.getProperty("ess.root"));
  private static final Path ESS_JAR = BUILD.resolve("ess.jar");
  private static final Path THIN_JAR = BUILD.resolve(System.getProperty("ess.finalName") + ".jar");
  private static final Path SOURCES_JAR = BUILD.resolve(System.getProperty("ess.finalName") + "-sources.jar");
  private static final Path JAVADOC_JAR = BUILD.resolve(System.getProperty("ess.finalName") + "-javadoc.jar");
  /** A library's own licence and notice files, as the shade plugin must not lose them. */
  private static final Pattern LICENCE_FILE =
      Pattern.compile("META-INF/([^/]*-)?(LICENSE|NOTICE|license|notice)[^/]*");
  /** Licence texts in ess.jar for the libraries that ship none, by the licence's SPDX name. */
  private static final Map<String, String> STANDARD_TEXTS = Map.of(
      "Apache-2.0", "META-INF/LICENSE",
      "EPL-2.0", "META-INF/licenses/EPL-2.0-OR-GPL-2.0-WITH-Classpath-exception-2.0.md",
      "GPL-2.0-with-classpath-exception", "META-INF/licenses/EPL-2.0-OR-GPL-2.0-WITH-Classpath-exception-2.0.md");

  record Run(int code, String out) {}

  private static Run ess(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(ESS_JAR.toString());
    command.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out);
  }

  /** Runs a command in a new JVM, its standard error with its output. */
  private static Run java(List<String> args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out);
  }

  private static byte[] read(ZipFile zip, String name) throws IOException {
    ZipEntry e = zip.getEntry(name);
    assertThat(e).as("%s in %s", name, zip.getName()).isNotNull();
    try (InputStream in = zip.getInputStream(e)) {
      return in.readAllBytes();
    }
  }

  /** One bundled artifact, as maven-dependency-plugin lists it: {@code g:a:type:version:scope:path}. */
  record Bundled(String groupId, String artifactId, String version, Path jar) {
    String id() {
      return groupId + ":" + artifactId + ":" + version;
    }
  }

  private static List<Bundled> bundled() throws IOException {
    List<Bundled> result = new ArrayList<>();
    for (String line : Files.readAllLines(BUILD.resolve("bundled-list/artifacts.lst"))) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("The following")) {
        continue;
      }
      int module = s.indexOf(" -- module");
      String[] f = (module < 0 ? s : s.substring(0, module)).split(":", 6);
      result.add(new Bundled(f[0], f[1], f[3], Path.of(f[5])));
    }
    assertThat(result).isNotEmpty();
    return result;
  }

  @Test
  void essDashVPrintsTheProjectVersionFromTheManifest() throws Exception {
    assertThat(ess("-V")).isEqualTo(new Run(0, "ess-rules " + VERSION + System.lineSeparator()));
    assertThat(ess("--version").out().strip()).isEqualTo("ess-rules " + VERSION);
    try (JarFile jar = new JarFile(ESS_JAR.toFile())) {
      Attributes main = jar.getManifest().getMainAttributes();
      assertThat(main.getValue("Implementation-Version")).isEqualTo(VERSION);
      assertThat(main.getValue("Implementation-Title")).isNotBlank();
      assertThat(main.getValue("Implementation-Vendor")).isEqualTo("the ess-rules contributors");
      assertThat(main.getValue("Main-Class")).isEqualTo(EssCommand.class.getName());
    }
  }

  @Test
  void theModuleJarItsSourcesAndJavadocCarryTheProjectLicenceNoticeAndVersion() throws Exception {
    byte[] licence = Files.readAllBytes(ROOT.resolve("LICENSE"));
    byte[] notice = Files.readAllBytes(ROOT.resolve("NOTICE"));
    assertThat(new String(licence, StandardCharsets.UTF_8))
        .contains("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS");
    for (Path path : List.of(THIN_JAR, SOURCES_JAR, JAVADOC_JAR, ESS_JAR)) {
      try (ZipFile zip = new ZipFile(path.toFile())) {
        assertThat(read(zip, "META-INF/LICENSE")).as("LICENSE of %s", path).isEqualTo(licence);
        assertThat(read(zip, "META-INF/NOTICE")).as("NOTICE of %s", path).isEqualTo(notice);
      }
    }
    try (JarFile jar = new JarFile(THIN_JAR.toFile())) {
      Attributes main = jar.getManifest().getMainAttributes();
      assertThat(main.getValue("Implementation-Version")).isEqualTo(VERSION);
      assertThat(main.getValue("Implementation-Vendor")).isEqualTo("the ess-rules contributors");
    }
  }

  @Test
  void essJarKeepsEachBundledLibrarysLicenceAndNoticeFilesUnderItsName() throws Exception {
    try (ZipFile ess = new ZipFile(ESS_JAR.toFile())) {
      int kept = 0;
      for (Bundled b : bundled()) {
        if (b.groupId().equals("io.github.essrules")) {
          continue;
        }
        try (ZipFile lib = new ZipFile(b.jar().toFile())) {
          for (ZipEntry e : lib.stream().filter(e -> LICENCE_FILE.matcher(e.getName()).matches()).toList()) {
            String name = e.getName().substring("META-INF/".length());
            assertThat(read(ess, "META-INF/licenses/" + b.artifactId() + "/" + name))
                .as("%s's %s", b.id(), e.getName()).isEqualTo(read(lib, e.getName()));
            kept++;
          }
        }
      }
      assertThat(kept).isPositive();
      // nothing else claims the jar's own licence and notice
      assertThat(ess.stream().map(ZipEntry::getName).filter(n -> LICENCE_FILE.matcher(n).matches()))
          .containsExactlyInAnyOrder("META-INF/LICENSE", "META-INF/NOTICE");
    }
  }

  @Test
  void bundledTxtListsExactlyWhatEssJarBundlesEachWithALicenceTextInside() throws Exception {
    try (ZipFile ess = new ZipFile(ESS_JAR.toFile())) {
      String list = new String(read(ess, "META-INF/BUNDLED.txt"), StandardCharsets.UTF_8);
      Map<String, List<String>> licences = new HashMap<>();
      for (String line : list.lines().toList()) {
        String[] f = line.split(" \\| ");
        if (f.length == 4 && !f[0].equals("groupId:artifactId:version")) {
          licences.put(f[0], Arrays.stream(f[1].split(", ")).toList());
        }
      }
      List<Bundled> bundled = bundled();
      assertThat(licences.keySet()).containsExactlyInAnyOrderElementsOf(bundled.stream().map(Bundled::id).toList());
      assertThat(list).contains(bundled.size() + " artifacts below");

      Set<String> dirs = new TreeSet<>();
      ess.stream().map(ZipEntry::getName).filter(n -> n.startsWith("META-INF/licenses/"))
          .map(n -> n.substring("META-INF/licenses/".length())).filter(n -> n.contains("/"))
          .forEach(n -> dirs.add(n.substring(0, n.indexOf('/'))));
      for (Bundled b : bundled) {
        List<String> names = licences.get(b.id());
        assertThat(names).as("licences of %s", b.id()).isNotEmpty();
        if (!dirs.contains(b.artifactId())) {
          // no file of its own: the text of one of its licences is in the jar
          assertThat(names.stream().map(STANDARD_TEXTS::get).filter(t -> t != null && ess.getEntry(t) != null))
              .as("a licence text for %s %s", b.id(), names).isNotEmpty();
        }
      }
      // no licence folder of a library the jar does not bundle
      assertThat(bundled.stream().map(Bundled::artifactId).toList()).containsAll(dirs);
    }
  }

  @Test
  void noCommandPrintsTheValidatorsBannerOnTheClassPathOrTheModulePath() throws Exception {
    Path cases = Files.createTempFile("ess-cases", ".jsonl");
    try {
      String sas = new String(Files.readAllBytes(ROOT.resolve(
          "examples/src/main/resources/io/github/essrules/examples/cases/esus-sas-recyclerie.json")),
          StandardCharsets.UTF_8).replace("\n", " ");
      Files.writeString(cases, sas + "\n{\"id\": \"x\"}\n");
      String[] batch = {"batch", "esus", "--as-of", "2026-04-01", "--input", cases.toString()};
      // Hibernate Validator announces itself (HV000001) at INFO level when it starts
      for (Run r : List.of(ess("demo"), ess(batch), ess("esus", "--as-of", "2026-02-30", cases.toString()))) {
        assertThat(r.out()).doesNotContain("HV000001", "INFO:", "WARN");
      }
      List<String> modulePath = new ArrayList<>();
      modulePath.add(THIN_JAR.toString());
      for (Bundled b : bundled()) {
        modulePath.add(b.jar().toString());
      }
      List<String> args = new ArrayList<>(List.of("-p", String.join(java.io.File.pathSeparator, modulePath),
          "-m", "io.github.essrules.examples/" + EssCommand.class.getName()));
      args.addAll(Arrays.asList(batch));
      Run onModulePath = java(args);
      assertThat(onModulePath.code()).as(onModulePath.out()).isEqualTo(ExitCodes.INVALID_INPUT);
      assertThat(onModulePath.out()).contains("\"id\":\"x\"").doesNotContain("HV000001", "INFO:", "WARN");
    } finally {
      Files.delete(cases);
    }
  }

  @Test
  void essJarServesTheRulesOverHttpWithThePageAndStopsOnSigterm() throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        ESS_JAR.toString(), "serve", "--port", "0", "--lang", "en");
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      java.io.BufferedReader out = new java.io.BufferedReader(
          new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String started = out.readLine();
      assertThat(started).startsWith("ess serve: http://127.0.0.1:").contains("/openapi.json");
      String base = started.substring("ess serve: ".length(), started.indexOf(' ', "ess serve: ".length()));
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      java.net.http.HttpResponse<String> health = http.send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create(base + "health")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"version\" : \"" + VERSION + "\"");
      Path regie = ROOT.resolve("examples/src/main/resources/io/github/essrules/examples/cases/esus-regie-de-quartier.json");
      java.net.http.HttpResponse<String> verdict = http.send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create(base + "rules/esus/evaluate?asOf=2026-04-01")).header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofFile(regie)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(verdict.statusCode()).isEqualTo(200);
      // the same JSON as the command's (another JVM: the order of some members may differ)
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      assertThat(json.readTree(verdict.body())).isEqualTo(
          json.readTree(ess("esus", regie.toString(), "--as-of", "2026-04-01", "--format", "json").out()));
      // the page and its script, from the jar
      for (String path : List.of("", "page/app.js", "page/style.css", "openapi.json")) {
        assertThat(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).as(path).isEqualTo(200);
      }
    } finally {
      p.destroy(); // SIGTERM: the server stops
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void theBomPinsTheProjectsVersion() throws Exception {
    String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
    assertThat(bom).contains("<artifactId>ess-rules-bom</artifactId>\n  <version>" + VERSION + "</version>");
  }
}
