package io.github.essrules.examples.cli;

import io.github.essrules.core.verdict.RuleDefinition;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.validation.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 16, "Input safety": fuzzing that checks the answers, not only that nothing breaks. A
 * value misread (a number taken for the position of a named value, a date cut to its day) gives
 * a verdict without any error: {@link InputFuzzProperties}, which asserts that nothing comes back
 * as an internal error, would let it pass.
 *
 * <ul>
 *   <li>For every input the tool reads — each rule of {@link Rules} with each sample case of
 *       the case library (or {@link FuzzSeeds}' case for a rule without one), and the query of
 *       {@code ess parameter} — one value, at a random JSON pointer, is replaced by a value of
 *       another JSON type, chosen for the kind of value the schema states there (a number for a
 *       name, a string for a count, an array or a time part for a date, an object for a text, a
 *       lone surrogate in a text…). The answer is an input error whose violations name that
 *       pointer (or a place inside the value given there) — never a verdict. Through {@code ess batch}'s reading of
 *       a line, and through each command, which exits with code 2.
 *   <li>Facts written by the library and read back are equal and get the same answer, for every
 *       sample case and for variants of them (named values, dates, counts, amounts, booleans and
 *       texts changed within their kind).
 * </ul>
 *
 * <p>The tries are the jqwik default of the build (CI-sized), fewer through the command line. The
 * large run: {@code mvn -B -pl examples -am test -Dtest='InputFuzzProperties,MisreadFuzzProperties'
 * -Dsurefire.failIfNoSpecifiedTests=false -Djqwik.tries.default=2000000}.
 */
class MisreadFuzzProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Every character beyond ASCII escaped, so that a lone surrogate reaches the reader as {@code \ud800}. */
  private static final ObjectWriter ASCII = EssJson.mapper().writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
  private static final String PARAMETER = "parameter";

  /** A valid input: the rule (or {@code parameter}), its type, the JSON text, the date asked about. */
  record Seed(String rule, Class<?> type, boolean dated, String json, LocalDate asOf, String source) {
    @Override
    public String toString() {
      return rule + " (" + source + ")";
    }
  }

  static final List<Seed> SEEDS = allSeeds();

  private static List<Seed> allSeeds() {
    List<Seed> out = new ArrayList<>();
    List<String> withCase = new ArrayList<>();
    for (CaseLibrary.Entry e : CaseLibrary.manifest()) {
      RuleDefinition<?, ?> runner = Rules.get(e.rule);
      out.add(new Seed(e.rule, runner.factsType(), runner.dated(), FuzzSeeds.sample(e.file), e.asOf, e.file));
      withCase.add(e.rule);
    }
    FuzzSeeds.SEEDS.forEach((rule, json) -> {
      if (!withCase.contains(rule)) {
        RuleDefinition<?, ?> runner = Rules.get(rule);
        out.add(new Seed(rule, runner.factsType(), runner.dated(), json, FuzzSeeds.AS_OF, "FuzzSeeds"));
      }
    });
    out.add(new Seed(PARAMETER, ParameterQuery.class, false,
        "{\"parameter\": \"smic-horaire-brut\", \"date\": \"2024-11-01\"}", FuzzSeeds.AS_OF, "query"));
    return List.copyOf(out);
  }

  /** The command that reads each input, with {@code -} for standard input. */
  private static String[] command(String rule) {
    return PARAMETER.equals(rule) ? new String[] {"parameter", "--input", "-"} : InputFuzzProperties.COMMANDS.get(rule);
  }

  // --- a value of another JSON type -----------------------------------------------------------

  @Example
  void everyInputTheToolReadsHasASeedAndEverySeedIsReadAndJudged() {
    assertThat(SEEDS).extracting(Seed::rule).containsAll(Rules.ids()).contains(PARAMETER);
    for (Seed seed : SEEDS) {
      assertThat(judge(seed, seed.json.getBytes(StandardCharsets.UTF_8))).as(seed.toString())
          .isInstanceOf(BatchCommand.Judged.class);
    }
  }

  @Property
  void aValueOfAnotherJsonTypeIsAnInputErrorNamingItsField(@ForAll("seeds") Seed seed,
      @ForAll @IntRange(min = 0, max = 100_000) int place, @ForAll @IntRange(min = 0, max = 1000) int choice) {
    Mutation m = mutation(seed, place, choice);
    Statistics.label("kind").collect(m.kind);
    Object record = judge(seed, m.bytes());
    assertThat(record).as("%s, %s at %s: %s", seed, m.value, m.pointer, record)
        .isInstanceOfSatisfying(BatchCommand.Failed.class, f -> {
          assertThat(f.error()).as("%s", f).isEqualTo("invalid-input");
          assertThat(f.violations()).as("%s", f).isNotNull()
              .anySatisfy(v -> assertThat(names(v.pointer(), m.pointer)).as(v.pointer()).isTrue());
          Statistics.label("named at").collect(f.violations().stream().anyMatch(v -> v.pointer().equals(m.pointer))
              ? "the pointer" : f.violations().stream().anyMatch(v -> v.pointer().startsWith(m.pointer + "/"))
              ? "inside" : "elsewhere");
        });
  }

  @Property(tries = 100)
  void throughTheCommandLineAValueOfAnotherJsonTypeExitsWithCode2NamingItsField(@ForAll("seeds") Seed seed,
      @ForAll @IntRange(min = 0, max = 100_000) int place, @ForAll @IntRange(min = 0, max = 1000) int choice)
      throws IOException {
    Mutation m = mutation(seed, place, choice);
    List<String> args = new ArrayList<>(List.of(command(seed.rule)));
    args.addAll(List.of("--as-of", seed.asOf.toString(), "--format", "json"));
    EssCommandTest.Run r = EssCommandTest.runWithStdin(new String(m.bytes(), StandardCharsets.US_ASCII),
        args.toArray(String[]::new));
    assertThat(r.code()).as("%s, %s at %s: %s%s", seed, m.value, m.pointer, r.out(), r.err())
        .isEqualTo(ExitCodes.INVALID_INPUT);
    List<String> pointers = new ArrayList<>();
    EssJson.mapper().readTree(r.out()).findValuesAsText("pointer").forEach(pointers::add);
    assertThat(pointers).as("%s, %s at %s: %s", seed, m.value, m.pointer, r.out())
        .anySatisfy(p -> assertThat(names(p, m.pointer)).isTrue());
  }

  /** A seed with one value replaced. */
  record Mutation(String pointer, JsonShapes.Kind kind, JsonNode value, JsonNode document) {
    byte[] bytes() {
      try {
        return ASCII.writeValueAsBytes(document);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static Mutation mutation(Seed seed, int place, int choice) {
    JsonNode document = tree(seed.json);
    // a kind first, then a place of that kind: the rarer kinds (months, years) get their share
    Map<JsonShapes.Kind, List<JsonShapes.Leaf>> byKind = new LinkedHashMap<>();
    for (JsonShapes.Leaf l : JsonShapes.places(seed.type, document)) {
      byKind.computeIfAbsent(l.kind(), k -> new ArrayList<>()).add(l);
    }
    List<List<JsonShapes.Leaf>> kinds = new ArrayList<>(byKind.values());
    List<JsonShapes.Leaf> ofKind = kinds.get(place % kinds.size());
    JsonShapes.Leaf leaf = ofKind.get(place / kinds.size() % ofKind.size());
    List<JsonNode> wrong = wrongValues(leaf);
    JsonNode value = wrong.get(choice % wrong.size());
    return new Mutation(leaf.pointer(), leaf.kind(), value, replace(document, leaf.pointer(), value));
  }

  /**
   * Whether a violation at {@code found} names the place {@code target}: the place itself, or a
   * place inside the value given there (an array given for an object of a polymorphic type is read
   * as Jackson's {@code [type, value]} form, and its element refused). An ancestor is not enough:
   * a check of the whole object (at the root) would then hide a value misread.
   */
  static boolean names(String found, String target) {
    return found.equals(target) || found.startsWith(target + "/");
  }

  /** Values of another JSON type than the kind of the place states, each of which must be refused there. */
  static List<JsonNode> wrongValues(JsonShapes.Leaf leaf) {
    JsonNode v = leaf.value();
    String text = v.isValueNode() ? v.asText() : "x";
    List<JsonNode> out = new ArrayList<>();
    switch (leaf.kind()) {
      case NAME -> {
        Object[] constants = leaf.type().getRawClass().getEnumConstants();
        int ordinal = 0;
        for (Object c : constants) {
          if (((Enum<?>) c).name().equals(text)) {
            ordinal = ((Enum<?>) c).ordinal();
          }
        }
        out.addAll(List.of(NODES.numberNode(ordinal), NODES.numberNode(ordinal + 1), NODES.numberNode(0),
            NODES.numberNode(8), NODES.numberNode(new BigDecimal("1.0")), NODES.booleanNode(true),
            array(v), object("name", v), NODES.textNode(""), NODES.textNode(text.toLowerCase(Locale.ROOT)),
            NODES.textNode(" " + text), NODES.textNode(text + "\ud800")));
      }
      case DATE -> {
        LocalDate d = LocalDate.parse(text);
        out.addAll(List.of(NODES.textNode(text + "T00:00:00"), NODES.textNode(text + "T23:30:00Z"),
            NODES.textNode(text + "T10:00"), NODES.textNode(text + "+01:00"),
            NODES.arrayNode().add(d.getYear()).add(d.getMonthValue()).add(d.getDayOfMonth()),
            NODES.numberNode(d.toEpochDay()), NODES.numberNode(d.getYear() * 10_000 + d.getMonthValue() * 100
                + d.getDayOfMonth()), NODES.textNode(" " + text), NODES.textNode(text + " "),
            NODES.textNode(String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())),
            NODES.booleanNode(true), NODES.objectNode()));
      }
      case MONTH -> {
        YearMonth m = YearMonth.parse(text);
        out.addAll(List.of(NODES.arrayNode().add(m.getYear()).add(m.getMonthValue()), NODES.textNode(text + "-01"),
            NODES.textNode(text + "T00:00"), NODES.numberNode(m.getYear() * 100 + m.getMonthValue()),
            NODES.booleanNode(true), NODES.objectNode()));
      }
      case YEAR -> out.addAll(List.of(NODES.textNode(text), NODES.numberNode(new BigDecimal(text + ".0")), array(v),
          NODES.textNode(text + "-01-01"), NODES.booleanNode(true), NODES.objectNode()));
      case INTEGER -> out.addAll(List.of(NODES.textNode(text), NODES.numberNode(new BigDecimal(text + ".5")),
          NODES.booleanNode(true), array(v), NODES.objectNode(), NODES.textNode("x")));
      case DECIMAL -> out.addAll(List.of(NODES.textNode("x"), NODES.textNode(""), NODES.textNode("12,5"),
          NODES.booleanNode(true), array(v), object("value", v)));
      case BOOLEAN -> out.addAll(List.of(NODES.textNode(text), NODES.textNode("oui"), NODES.numberNode(1),
          NODES.numberNode(0), array(v), NODES.objectNode()));
      case TEXT, TEXT_VALUE -> {
        String digits = text.replace(" ", "");
        JsonNode number = !digits.isEmpty() && digits.length() < 18 && digits.chars().allMatch(Character::isDigit)
            ? NODES.numberNode(Long.parseLong(digits)) : NODES.numberNode(12);
        out.addAll(List.of(number, NODES.booleanNode(true), array(v), object("value", v),
            NODES.textNode(text + "\ud800"), NODES.textNode("\udc00" + text)));
      }
      case OBJECT -> out.addAll(List.of(NODES.arrayNode(), array(v), NODES.textNode("x"), NODES.numberNode(1),
          NODES.booleanNode(true)));
      case ARRAY -> out.addAll(List.of(NODES.objectNode(), v.size() > 0 ? object("0", v.get(0)) : NODES.objectNode(),
          NODES.textNode("x"), NODES.textNode(""), NODES.numberNode(1), NODES.booleanNode(true)));
      default -> throw new IllegalStateException(leaf.kind().name());
    }
    return out;
  }

  private static ArrayNode array(JsonNode v) {
    return NODES.arrayNode().add(v.deepCopy());
  }

  private static ObjectNode object(String name, JsonNode v) {
    ObjectNode o = NODES.objectNode();
    o.set(name, v.deepCopy());
    return o;
  }

  // --- written and read back ------------------------------------------------------------------

  @Example
  void everySampleCaseWrittenAndReadBackIsEqualAndGetsTheSameAnswer() {
    for (Seed seed : SEEDS) {
      assertThat(roundTrip(seed, seed.json.getBytes(StandardCharsets.UTF_8))).as(seed.toString()).isTrue();
    }
  }

  @Property
  void factsWrittenAndReadBackAreEqualAndGetTheSameAnswer(@ForAll("seeds") Seed seed,
      @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 100_000) Integer> places,
      @ForAll @Size(min = 4, max = 4) List<@IntRange(min = -1000, max = 1000) Integer> amounts) {
    JsonNode document = tree(seed.json);
    for (int i = 0; i < places.size(); i++) {
      List<JsonShapes.Leaf> leaves = JsonShapes.places(seed.type, document);
      JsonShapes.Leaf leaf = leaves.get(places.get(i) % leaves.size());
      JsonNode value = otherValueOfItsKind(leaf, amounts.get(i));
      if (value != null) {
        document = replace(document, leaf.pointer(), value);
      }
    }
    boolean valid = roundTrip(seed, write(document));
    Statistics.label("variant").collect(valid ? "valid" : "invalid");
    Statistics.label("variant").coverage(c -> c.check("valid").percentage(p -> p >= 30));
  }

  /**
   * Reads an input; when valid, writes it, reads it back, and checks that the two are equal, are
   * written alike, and get the same answer (or the same error) on the date asked about.
   *
   * @return whether the input was valid
   */
  private static boolean roundTrip(Seed seed, byte[] json) {
    Object facts;
    try {
      facts = read(seed, json);
    } catch (InvalidInputException e) {
      return false;
    }
    String written = EssJson.write(facts);
    Object back = read(seed, written.getBytes(StandardCharsets.UTF_8));
    assertThat(back).as("%s: %s", seed, written).isEqualTo(facts);
    assertThat(EssJson.write(back)).isEqualTo(written);
    if (!PARAMETER.equals(seed.rule)) {
      assertThat(answer(seed, back)).as("%s: %s", seed, written).isEqualTo(answer(seed, facts));
    }
    return true;
  }

  private static Object read(Seed seed, byte[] json) {
    return seed.dated ? EssJson.read(json, seed.type, seed.asOf) : EssJson.read(json, seed.type);
  }

  /** The answer of the rule as JSON, or the error's class and message. */
  private static String answer(Seed seed, Object facts) {
    try {
      return EssJson.write(Rules.run(Rules.get(seed.rule), facts, seed.asOf));
    } catch (EssRulesException e) {
      return e.getClass().getName() + ": " + e.message(Lang.EN);
    }
  }

  /** Another value of the same kind as the one found, or {@code null} to leave it. */
  static JsonNode otherValueOfItsKind(JsonShapes.Leaf leaf, int amount) {
    JsonNode v = leaf.value();
    if (!v.isValueNode() || v.isNull()) {
      return null;
    }
    String text = v.asText();
    switch (leaf.kind()) {
      case NAME -> {
        Object[] constants = leaf.type().getRawClass().getEnumConstants();
        return EssJson.mapper().valueToTree(constants[Math.floorMod(amount, constants.length)]);
      }
      case DATE -> {
        return NODES.textNode(LocalDate.parse(text).plusDays(amount).toString());
      }
      case MONTH -> {
        return NODES.textNode(YearMonth.parse(text).plusMonths(amount / 40).toString());
      }
      case YEAR -> {
        return NODES.numberNode(v.asInt() + amount / 300);
      }
      case INTEGER -> {
        return NODES.numberNode(Math.max(0, v.asInt() + amount / 100));
      }
      case DECIMAL -> {
        BigDecimal d = v.decimalValue();
        if (amount % 3 == 0) {
          return NODES.numberNode(d.setScale(Math.max(d.scale(), 0) + 2)); // the same amount, other scale
        }
        BigDecimal changed = d.multiply(BigDecimal.valueOf(1000 + amount, 3)).setScale(Math.max(d.scale(), 2),
            java.math.RoundingMode.HALF_EVEN);
        return NODES.numberNode(changed.signum() < 0 ? changed.negate() : changed);
      }
      case BOOLEAN -> {
        return NODES.booleanNode(!v.asBoolean());
      }
      case TEXT -> {
        String[] texts = {"", "é", "\ud83d\ude00 ok", "a\u00a0b", "\"quoted\" \\ back", "x".repeat(120),
            "ligne\nsuivante", "\u2028", "<b>gras</b>", text + " bis"};
        return NODES.textNode(texts[Math.floorMod(amount, texts.length)]);
      }
      default -> {
        return null;
      }
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  @Provide
  Arbitrary<Seed> seeds() {
    return Arbitraries.of(SEEDS);
  }

  private static Object judge(Seed seed, byte[] json) {
    if (PARAMETER.equals(seed.rule)) {
      try {
        return new BatchCommand.Judged(1, "READ", null, null, null, EssJson.read(json, ParameterQuery.class));
      } catch (InvalidInputException e) {
        return new BatchCommand.Failed(1, "invalid-input", e.message(Lang.FR), e.message(Lang.EN), e.violations());
      }
    }
    return new BatchCommand().judge(Rules.get(seed.rule), new JsonLines.Line(1, json, json.length), seed.asOf,
        Lang.FR);
  }

  static JsonNode tree(String json) {
    try {
      return EssJson.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] write(JsonNode document) {
    try {
      return ASCII.writeValueAsBytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of the document with the value at {@code pointer} replaced. */
  static JsonNode replace(JsonNode document, String pointer, JsonNode value) {
    JsonNode copy = document.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ObjectNode) {
      ((ObjectNode) parent).set(last, value);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    }
    return copy;
  }
}
