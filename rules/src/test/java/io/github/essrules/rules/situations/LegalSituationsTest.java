package io.github.essrules.rules.situations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.registry.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * The legal situations of {@code src/test/resources/cases/<rule-id>/*.yaml}, each run through
 * {@link RuleRegistry#standard()}: one dynamic test per situation, named after it, grouped by
 * file. A failing situation names its file and the first difference from what it expects; one
 * marked {@code knownDefect} is reported as skipped with its reason while the library still gets
 * it wrong, and fails once the library gets it right (so the mark is removed).
 *
 * <p>How to write a situation: see {@link Situation} and the README ("Legal situations").
 */
class LegalSituationsTest {
  private static final RuleRegistry RULES = RuleRegistry.standard();
  /** Where the situations are: {@code target/test-classes/cases}. */
  static final Path ROOT = root();

  private static Path root() {
    try {
      return Path.of(LegalSituationsTest.class.getResource("/cases").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every YAML file of situations, by rule folder. */
  static Map<String, List<Path>> files() {
    Map<String, List<Path>> byRule = new TreeMap<>();
    try (Stream<Path> folders = Files.list(ROOT)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(folder)) {
          byRule.put(folder.getFileName().toString(),
              files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byRule;
  }

  /**
   * One container per rule folder, one per file, one test per situation. Each file is read only
   * when its container runs (the streams are lazy): a run that selects one situation by its unique
   * id — as PIT does for every mutant, running only the situations that cover it — reads one file,
   * not all of them.
   */
  @TestFactory
  Stream<DynamicNode> everySituationGivesWhatTheLawSays() {
    return files().entrySet().stream().map(rule -> DynamicContainer.dynamicContainer(rule.getKey(),
        rule.getValue().stream().map(file -> DynamicContainer.dynamicContainer(
            rule.getKey() + "/" + file.getFileName(), file.toUri(),
            Stream.of(file).flatMap(f -> situations(rule.getKey(), f))))));
  }

  private static Stream<DynamicNode> situations(String ruleId, Path file) {
    String where = ROOT.relativize(file).toString();
    List<Situation> all;
    try {
      all = Situation.readAll(file);
    } catch (IOException | RuntimeException e) {
      return Stream.of(DynamicTest.dynamicTest(where + " (unreadable)", file.toUri(), () -> {
        throw new AssertionError(where + ": " + e.getMessage(), e);
      }));
    }
    List<DynamicNode> tests = new ArrayList<>();
    for (Situation s : all) {
      tests.add(DynamicTest.dynamicTest(s.name(), file.toUri(), () -> run(ruleId, file, where, s)));
    }
    return tests.stream();
  }

  private static void run(String ruleId, Path file, String where, Situation s) throws Exception {
    if (RULES.find(ruleId).isEmpty()) {
      throw new AssertionError(where + ": the folder " + ruleId + " names no rule of the registry " + RULES.ids());
    }
    Optional<String> difference = SituationCheck.firstDifference(RULES, ruleId, s, file.getParent(), ROOT);
    if (s.defect().isPresent()) {
      if (difference.isPresent()) {
        throw new TestAbortedException("known defect: " + s.knownDefect() + " — " + where + " « " + s.name()
            + " »: " + firstLine(difference.get()));
      }
      throw new AssertionError(where + " « " + s.name() + " »: marked knownDefect (" + s.knownDefect()
          + ") but the library now gives what the law says: remove the mark");
    }
    if (difference.isPresent()) {
      throw new AssertionError(where + " « " + s.name() + " » (" + s.text() + ", au " + s.asOf() + "): "
          + difference.get());
    }
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  @Test
  void everyRuleOfTheRegistryHasAtLeastThreeSituationsAndEveryFolderNamesARule() throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    Set<String> names = new HashSet<>();
    for (Map.Entry<String, List<Path>> rule : files().entrySet()) {
      int n = 0;
      for (Path file : rule.getValue()) {
        for (Situation s : Situation.readAll(file)) {
          n++;
          assertThat(names.add(rule.getKey() + " " + s.name()))
              .as("two situations of %s are named « %s »", rule.getKey(), s.name()).isTrue();
        }
      }
      counts.put(rule.getKey(), n);
    }
    assertThat(RULES.ids()).containsAll(counts.keySet());
    for (String id : RULES.ids()) {
      assertThat(counts.getOrDefault(id, 0)).as("situations of %s", id).isGreaterThanOrEqualTo(3);
    }
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(150);
  }

  /** A situation whose head is complete, followed by the lines given (indented as its keys). */
  private static String situation(String rest) {
    return "- name: \"Une situation\"\n  text: \"C. trav., art. L3332-17-1\"\n  asOf: 2026-04-01\n" + rest;
  }

  @Test
  void aTypoInAKeyRefusesTheFileInsteadOfPassingSilently() {
    String typo = situation("""
          facts: {}
          expected:
            outcome: SATISFIED
            failure: ["esus.I.3.b"]
        """);
    assertThatThrownBy(() -> read(typo)).hasMessageContaining("failure");
    String duplicate = situation("""
          facts: {}
          expected:
            outcome: SATISFIED
            outcome: NOT_SATISFIED
        """);
    assertThatThrownBy(() -> read(duplicate)).hasMessageContaining("outcome");
    String noText = "- name: \"Une situation\"\n  asOf: 2026-04-01\n  facts: {}\n  expected: {outcome: SATISFIED}\n";
    assertThatThrownBy(() -> read(noText)).hasMessageContaining("text");
    assertThatThrownBy(() -> read(situation("  facts: {}\n  expected: {}\n"))).hasMessageContaining("outcome");
    assertThatThrownBy(() -> read(situation("  facts: {}\n  expected: {outcome: SATISFIED_MAYBE}\n")))
        .hasMessageContaining("SATISFIED_MAYBE");
    assertThatThrownBy(() -> read(situation("  expected: {outcome: SATISFIED}\n"))).hasMessageContaining("facts");
  }

  @Test
  void aChangeNeedsAnExistingParentAndAnEmptyValueRemoves() throws Exception {
    Situation s = read(situation("""
          facts: {a: {b: 1}, list: [1, 2], gone: true}
          changes:
            /a/b: 2.5
            /list/-: 3
            /list/0: 0
            /gone: null
          expected: {outcome: SATISFIED}
        """)).get(0);
    JsonNode facts = s.factsJson(ROOT, ROOT);
    assertThat(facts.toString()).isEqualTo("{\"a\":{\"b\":2.5},\"list\":[0,2,3]}");
    Situation wrong = read(situation("  facts: {a: 1}\n  changes:\n    /b/c: 2\n  expected: {outcome: SATISFIED}\n"))
        .get(0);
    assertThatThrownBy(() -> wrong.factsJson(ROOT, ROOT)).hasMessageContaining("/b/c");
  }

  private static List<Situation> read(String yaml) throws IOException {
    Path file = Files.createTempFile("situation", ".yaml");
    try {
      Files.writeString(file, yaml);
      return Situation.readAll(file);
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void theSampleCasesCopiedFromTheExamplesModuleAreTheShippedOnes() throws IOException {
    // the rules module cannot read the examples' resources; its copies must not drift from them
    Path shipped = Path.of("").toAbsolutePath().resolveSibling("examples")
        .resolve("src/main/resources/io/github/essrules/examples/cases");
    Assumptions.assumeTrue(Files.isDirectory(shipped), "the examples module's sources are not beside this one");
    int compared = 0;
    for (Map.Entry<String, List<Path>> rule : files().entrySet()) {
      try (Stream<Path> jsons = Files.list(ROOT.resolve(rule.getKey()))) {
        for (Path copy : jsons.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
          Path original = shipped.resolve(copy.getFileName().toString());
          if (Files.exists(original)) {
            assertThat(Situation.JSON.readTree(Files.readString(copy)))
                .as("%s is the shipped %s", ROOT.relativize(copy), original.getFileName())
                .isEqualTo(Situation.JSON.readTree(Files.readString(original)));
            compared++;
          }
        }
      }
    }
    try (Stream<Path> originals = Files.list(shipped)) {
      long samples = originals.filter(f -> f.getFileName().toString().endsWith(".json")
          && !f.getFileName().toString().equals("cases.json")).count();
      assertThat(compared).as("every shipped sample case has its copy among the situations").isEqualTo((int) samples);
    }
  }
}
