package io.github.essrules.rules.situations;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.verdict.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One legal situation of a YAML file under {@code src/test/resources/cases/<rule-id>/}: a name in
 * French, the text it checks, the date asked, the facts, and what the law gives. Every key is
 * checked: an unknown or duplicated key refuses the file, so that a typo never makes a situation
 * pass without checking what it meant to.
 *
 * <pre>{@code
 * - name: "Recyclerie SAS – le mieux rémunéré un centime au-dessus de 10 × le SMIC annuel 2025"
 *   text: "C. trav., art. L3332-17-1, I, 3°, b"
 *   asOf: 2026-04-01
 *   base: sas-voie-generale.json
 *   changes:
 *     /payYears/0/pay/0/amountPaid: 216220.81
 *   expected:
 *     outcome: NOT_SATISFIED
 *     failures: ["esus.I.3.b@year:2025"]
 *     figures:
 *       "esus.I.3.b@year:2025": {actual: 216220.81, limit: 216220.80}
 * }</pre>
 *
 * @param name the situation, in French
 * @param text the article (or articles) whose words decide it
 * @param asOf the date asked about
 * @param facts the facts, inline; or {@code null} when {@code base} is given
 * @param base a JSON file of facts, relative to the YAML file's folder; or {@code null}
 * @param changes JSON pointer → new value, applied to the facts in order: a pointer ending with
 *     {@code /-} or with the size of an array appends to it, a {@code null} value removes the
 *     member or element
 * @param expected what the rule must answer
 * @param knownDefect why the library's answer is known to differ from the law's, or {@code null}
 */
record Situation(String name, String text, LocalDate asOf, JsonNode facts, String base,
    LinkedHashMap<String, JsonNode> changes, Expected expected, String knownDefect) {

  @JsonCreator
  Situation(@JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "text", required = true) String text,
      @JsonProperty(value = "asOf", required = true) LocalDate asOf,
      @JsonProperty("facts") JsonNode facts,
      @JsonProperty("base") String base,
      @JsonProperty("changes") LinkedHashMap<String, JsonNode> changes,
      @JsonProperty(value = "expected", required = true) Expected expected,
      @JsonProperty("knownDefect") String knownDefect) {
    this.name = requireText(name, "name");
    this.text = requireText(text, "text");
    this.asOf = asOf;
    if ((facts == null) == (base == null)) {
      throw new IllegalArgumentException("give either 'facts' or 'base', not both nor neither");
    }
    if (facts != null && !facts.isObject()) {
      throw new IllegalArgumentException("'facts' must be a mapping");
    }
    this.facts = facts;
    this.base = base;
    this.changes = changes == null ? new LinkedHashMap<>() : changes;
    this.expected = expected;
    if (knownDefect != null && knownDefect.isBlank()) {
      throw new IllegalArgumentException("'knownDefect' must say why");
    }
    this.knownDefect = knownDefect;
  }

  /**
   * What the rule must answer. The lists are compared whole: an empty or absent list means none.
   *
   * @param outcome the verdict's outcome; required for a rule whose result is a verdict, refused
   *     for a computation
   * @param failures the qualified identifiers of {@code Verdict.failures()}
   * @param undetermined the qualified identifiers of {@code Verdict.undetermined()}
   * @param missingFacts the JSON pointers of {@code Verdict.missingFacts()}
   * @param findings qualified identifier → outcome, for findings the lists above do not reach
   *     (an alternative under a satisfied condition)
   * @param absent qualified identifiers of findings the verdict must not hold (a period the text
   *     does not reach, an exception that does not apply)
   * @param figures where a key figure is → its value: a qualified identifier of a finding,
   *     optionally followed by {@code [i]} for its comparison of index i (0 otherwise), → a
   *     mapping of {@code actual} and/or {@code limit}; a JSON pointer into the result's JSON
   *     ({@code EssJson.write}) → the value there. Numbers compare by value (216220.8 equals
   *     216220.80).
   * @param confidence the verdict's confidence, when the situation is about it
   * @param error the simple name of the exception the rule must throw (the law is not known for
   *     the date, the facts are refused); nothing else may be expected then
   */
  record Expected(Outcome outcome, List<String> failures, List<String> undetermined, List<String> missingFacts,
      LinkedHashMap<String, Outcome> findings, List<String> absent, LinkedHashMap<String, JsonNode> figures,
      Confidence confidence, String error) {
    @JsonCreator
    Expected(@JsonProperty("outcome") Outcome outcome,
        @JsonProperty("failures") List<String> failures,
        @JsonProperty("undetermined") List<String> undetermined,
        @JsonProperty("missingFacts") List<String> missingFacts,
        @JsonProperty("findings") LinkedHashMap<String, Outcome> findings,
        @JsonProperty("absent") List<String> absent,
        @JsonProperty("figures") LinkedHashMap<String, JsonNode> figures,
        @JsonProperty("confidence") Confidence confidence,
        @JsonProperty("error") String error) {
      this.outcome = outcome;
      this.failures = failures == null ? List.of() : List.copyOf(failures);
      this.undetermined = undetermined == null ? List.of() : List.copyOf(undetermined);
      this.missingFacts = missingFacts == null ? List.of() : List.copyOf(missingFacts);
      this.findings = findings == null ? new LinkedHashMap<>() : findings;
      this.absent = absent == null ? List.of() : List.copyOf(absent);
      this.figures = figures == null ? new LinkedHashMap<>() : figures;
      this.confidence = confidence;
      this.error = error;
      if (error != null && (outcome != null || failures != null || undetermined != null || missingFacts != null
          || findings != null || absent != null || figures != null || confidence != null)) {
        throw new IllegalArgumentException("an expected 'error' excludes every other expectation");
      }
      if (error == null && outcome == null && this.figures.isEmpty()) {
        throw new IllegalArgumentException("expect an 'outcome', 'figures' or an 'error'");
      }
    }
  }

  /** The values of a comparison expected: {@code {actual: …, limit: …}}. */
  record Compared(JsonNode actual, JsonNode limit) {
    @JsonCreator
    Compared(@JsonProperty("actual") JsonNode actual, @JsonProperty("limit") JsonNode limit) {
      if (actual == null && limit == null) {
        throw new IllegalArgumentException("give 'actual', 'limit' or both");
      }
      this.actual = actual;
      this.limit = limit;
    }
  }

  /** Reads YAML strictly: unknown, duplicated or missing required keys refuse the file. */
  static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .build();

  /** Reads the JSON files of facts (strict about duplicates, exact decimals). */
  static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  /**
   * The situations of a file: a YAML sequence of situations.
   *
   * @param file the file
   * @return the situations, in the file's order
   * @throws IOException if the file cannot be read or is not a valid list of situations
   */
  static List<Situation> readAll(Path file) throws IOException {
    return YAML.readValue(Files.readString(file),
        YAML.getTypeFactory().constructCollectionType(List.class, Situation.class));
  }

  /**
   * The facts of this situation as JSON: the inline facts or the base file, with the changes.
   *
   * @param folder the folder of the YAML file
   * @param root the folder of every situation, out of which no base file may be read
   * @return the facts
   * @throws IOException if the base file cannot be read
   */
  ObjectNode factsJson(Path folder, Path root) throws IOException {
    JsonNode tree;
    if (base != null) {
      Path file = folder.resolve(base).normalize();
      if (!file.startsWith(root)) {
        throw new IllegalArgumentException("the base file " + base + " is outside " + root);
      }
      tree = JSON.readTree(Files.readString(file));
    } else {
      tree = facts.deepCopy();
    }
    if (!tree.isObject()) {
      throw new IllegalArgumentException("the facts must be a JSON object");
    }
    ObjectNode out = (ObjectNode) tree;
    for (Map.Entry<String, JsonNode> change : changes.entrySet()) {
      apply(out, change.getKey(), change.getValue());
    }
    return out;
  }

  /** Sets (or removes, for {@code null}) the value at a JSON pointer whose parent exists. */
  private static void apply(ObjectNode root, String pointer, JsonNode value) {
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("a change is addressed by a JSON pointer starting with '/': " + pointer);
    }
    int slash = pointer.lastIndexOf('/');
    String parentPointer = pointer.substring(0, slash);
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    JsonNode parent = parentPointer.isEmpty() ? root : root.at(parentPointer);
    boolean remove = value == null || value.isNull();
    if (parent.isObject()) {
      if (remove) {
        if (((ObjectNode) parent).remove(last) == null) {
          throw new IllegalArgumentException("nothing to remove at " + pointer);
        }
      } else {
        ((ObjectNode) parent).set(last, value);
      }
    } else if (parent.isArray()) {
      ArrayNode array = (ArrayNode) parent;
      if (last.equals("-") && !remove) {
        array.add(value);
        return;
      }
      int index = index(last, pointer);
      if (index == array.size() && !remove) {
        array.add(value);
        return;
      }
      if (index >= array.size()) {
        throw new IllegalArgumentException("no element " + index + " at " + parentPointer);
      }
      if (remove) {
        array.remove(index);
      } else {
        array.set(index, value);
      }
    } else {
      throw new IllegalArgumentException("no object or array at " + (parentPointer.isEmpty() ? "/" : parentPointer)
          + " to change " + pointer);
    }
  }

  private static int index(String token, String pointer) {
    if (!token.matches("0|[1-9][0-9]*")) {
      throw new IllegalArgumentException("an array index is expected in " + pointer);
    }
    return Integer.parseInt(token);
  }

  private static String requireText(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'" + key + "' must not be blank");
    }
    return value;
  }

  /**
   * The known defect, if any.
   *
   * @return the reason
   */
  Optional<String> defect() {
    return Optional.ofNullable(knownDefect);
  }
}
