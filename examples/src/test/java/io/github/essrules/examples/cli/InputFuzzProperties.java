package io.github.essrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.essrules.core.json.EssJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Every input the tool reads, fuzzed: valid cases, near-valid ones (one value replaced, removed
 * or added) and garbage. Whatever comes in, the answer is a result or a typed error record
 * ("invalid-input", "no-law-known") — never an internal error. That a value of the wrong type is
 * an input error naming it, and not a verdict on a value misread, is {@link MisreadFuzzProperties}'
 * property.
 *
 * <p>The tries are the jqwik default of the build (CI-sized). The large run of issues 10 and 16,
 * about 100 000 tries per rule: {@code mvn -B -pl examples -am test
 * -Dtest='InputFuzzProperties,MisreadFuzzProperties' -Dsurefire.failIfNoSpecifiedTests=false
 * -Djqwik.tries.default=2000000}.
 */
class InputFuzzProperties {
  private static final List<String> RULES = Rules.ids();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void everyRuleOfTheToolHasASeedAndEverySeedIsJudged() {
    assertThat(FuzzSeeds.SEEDS.keySet()).containsExactlyInAnyOrderElementsOf(RULES);
    assertThat(COMMANDS.keySet()).containsExactlyInAnyOrderElementsOf(RULES);
    for (Map.Entry<String, String> seed : FuzzSeeds.SEEDS.entrySet()) {
      Object record = FuzzSeeds.judge(seed.getKey(), seed.getValue().getBytes(StandardCharsets.UTF_8));
      assertThat(record).as(seed.getKey()).isInstanceOf(BatchCommand.Judged.class);
    }
  }

  @Property
  void aNearValidCaseGivesAResultOrATypedError(@ForAll("rules") String rule, @ForAll("edits") Edit edit) {
    JsonNode tree = read(FuzzSeeds.SEEDS.get(rule));
    JsonNode edited = edit.apply(tree);
    assertNoInternalError(rule, EssJson.write(edited).getBytes(StandardCharsets.UTF_8));
  }

  @Property
  void garbageGivesATypedError(@ForAll("rules") String rule, @ForAll("garbage") byte[] bytes) {
    assertNoInternalError(rule, bytes);
  }

  /** The command that reads each rule's input, with {@code -} for standard input. */
  static final Map<String, String[]> COMMANDS = Map.ofEntries(
      Map.entry("esus", new String[] {"esus", "-"}),
      Map.entry("ess-membership", new String[] {"ess-membership", "-"}),
      Map.entry("cae-compliance", new String[] {"cae-compliance", "-"}),
      Map.entry("cae-remuneration", new String[] {"cae-remuneration", "-"}),
      Map.entry("association", new String[] {"association", "-"}),
      Map.entry("scic", new String[] {"scic", "-"}),
      Map.entry("regie-de-quartier", new String[] {"regie-de-quartier", "-"}),
      Map.entry("brs-resale", new String[] {"brs-resale", "-"}),
      Map.entry("brs-activite-resale", new String[] {"brs-activite-resale", "-"}),
      Map.entry("brs-buyer", new String[] {"brs-buyer", "-"}),
      Map.entry("clt-resale", new String[] {"clt-resale", "-"}),
      Map.entry("brs-calendar", new String[] {"brs-calendar", "-"}),
      Map.entry("aci", new String[] {"aci", "-"}),
      Map.entry("cddi", new String[] {"cddi", "-"}),
      Map.entry("aide-au-poste", new String[] {"aide-au-poste", "-"}),
      Map.entry("qpv-criteria", new String[] {"qpv-criteria", "-"}),
      Map.entry("zfu-te", new String[] {"zfu-te", "-"}),
      Map.entry("emplois-francs", new String[] {"emplois-francs", "-"}),
      Map.entry("reserved-contract", new String[] {"reserved-contract", "-"}),
      Map.entry("insertion-clause", new String[] {"insertion-clause", "-"}),
      Map.entry("subvention-qualification", new String[] {"subvention-qualification", "-"}),
      Map.entry("subvention-convention", new String[] {"subvention-convention", "-"}),
      Map.entry("contrat-engagement-republicain", new String[] {"contrat-engagement-republicain", "-"}),
      Map.entry("association-comptes", new String[] {"association-comptes", "-"}),
      Map.entry("ptce", new String[] {"ptce", "-"}),
      Map.entry("de-minimis", new String[] {"de-minimis", "-"}),
      Map.entry("adulte-relais", new String[] {"adulte-relais", "-"}),
      Map.entry("conseil-citoyen", new String[] {"conseil-citoyen", "-"}));

  /**
   * Through the command line itself, in text and in JSON: the renderers of every command see the
   * odd but valid values too. The exit code is never 5 (internal error) and JSON output parses.
   */
  @Property(tries = 300)
  void theCommandLineAnswersEveryNearValidCase(@ForAll("rules") String rule, @ForAll("edits") Edit edit,
      @ForAll boolean json) throws Exception {
    byte[] input = EssJson.write(edit.apply(read(FuzzSeeds.SEEDS.get(rule)))).getBytes(StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of(COMMANDS.get(rule)));
    args.addAll(List.of("--as-of", "2026-04-01", "--format", json ? "json" : "text"));
    EssCommandTest.Run r = EssCommandTest.runWithStdin(new String(input, StandardCharsets.UTF_8),
        args.toArray(String[]::new));
    assertThat(r.code()).as("%s %s: %s%s", rule, args, r.out(), r.err()).isNotEqualTo(ExitCodes.INTERNAL_ERROR);
    if (json) {
      EssJson.mapper().readTree(r.out());
    }
  }

  @Property(tries = 300)
  void aParameterQueryGivesAnAmountOrATypedError(@ForAll("parameterQueries") String query) {
    EssCommandTest.Run r = EssCommandTest.runWithStdin(query, "parameter", "--input", "-", "--format", "json");
    assertThat(r.code()).as("%s: %s", query, r.out()).isIn(ExitCodes.OK, ExitCodes.INVALID_INPUT, ExitCodes.NO_LAW_KNOWN);
  }

  @Provide
  Arbitrary<String> parameterQueries() {
    Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.of(io.github.essrules.rules.amounts.LegalParameters.ids()),
        Arbitraries.strings().ofMaxLength(20));
    Arbitrary<String> dates = Arbitraries.oneOf(
        Arbitraries.longs().between(java.time.LocalDate.of(2000, 1, 1).toEpochDay(),
            java.time.LocalDate.of(2030, 12, 31).toEpochDay()).map(d -> java.time.LocalDate.ofEpochDay(d).toString()),
        Arbitraries.strings().ofMaxLength(12));
    Arbitrary<String> wellFormed = Combinators.combine(ids, dates)
        .as((id, date) -> "{\"parameter\":" + EssJson.write(id) + ",\"date\":" + EssJson.write(date) + "}");
    return Arbitraries.oneOf(wellFormed, Arbitraries.strings().ofMaxLength(60));
  }

  private static void assertNoInternalError(String rule, byte[] input) {
    Object record = FuzzSeeds.judge(rule, input);
    if (record instanceof BatchCommand.Failed) {
      BatchCommand.Failed f = (BatchCommand.Failed) record;
      assertThat(f.error()).as("%s on %s: %s", rule, new String(input, StandardCharsets.UTF_8), f.en())
          .isIn("invalid-input", "no-law-known");
      assertThat(f.fr()).isNotBlank();
      assertThat(f.en()).isNotBlank();
    } else {
      assertThat(record).isInstanceOf(BatchCommand.Judged.class);
    }
  }

  @Provide
  Arbitrary<String> rules() {
    return Arbitraries.of(RULES);
  }

  @Provide
  Arbitrary<byte[]> garbage() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    Arbitrary<byte[]> text = Arbitraries.strings().ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> jsonish = Arbitraries.strings().withChars("{}[]:,\"0123456789.eE-truefalsnul ")
        .ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(random, text, jsonish);
  }

  /** One change to a valid case: at the n-th node, replace, remove, or add an unknown member. */
  record Edit(int node, int action, JsonNode value) {
    JsonNode apply(JsonNode seed) {
      JsonNode copy = seed.deepCopy();
      List<JsonNode[]> places = new ArrayList<>(); // {container, key-or-index as text node}
      collect(copy, places);
      if (places.isEmpty()) {
        return value;
      }
      JsonNode[] place = places.get(Math.floorMod(node, places.size()));
      JsonNode container = place[0];
      if (container instanceof ObjectNode) {
        ObjectNode o = (ObjectNode) container;
        String key = place[1].asText();
        switch (action % 3) {
          case 0 -> o.set(key, value);
          case 1 -> o.remove(key);
          default -> o.set("unexpected", value);
        }
      } else {
        ArrayNode a = (ArrayNode) container;
        int index = place[1].asInt();
        switch (action % 3) {
          case 0 -> a.set(index, value);
          case 1 -> a.remove(index);
          default -> a.add(value);
        }
      }
      return copy;
    }

    private static void collect(JsonNode node, List<JsonNode[]> places) {
      if (node instanceof ObjectNode) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> f = fields.next();
          places.add(new JsonNode[] {node, NODES.textNode(f.getKey())});
          collect(f.getValue(), places);
        }
      } else if (node instanceof ArrayNode) {
        for (int i = 0; i < node.size(); i++) {
          places.add(new JsonNode[] {node, NODES.numberNode(i)});
          collect(node.get(i), places);
        }
      }
    }
  }

  @Provide
  Arbitrary<Edit> edits() {
    Arbitrary<JsonNode> values = Arbitraries.oneOf(
        Arbitraries.of(NODES.nullNode(), NODES.textNode(""), NODES.textNode("x"), NODES.booleanNode(true),
            NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(new BigDecimal("0.000000001")),
            NODES.numberNode(new BigDecimal("1E+999")), NODES.numberNode(new BigDecimal("-1E-999")),
            NODES.numberNode(new BigInteger("9".repeat(60))), NODES.textNode("2026-13-45"),
            NODES.textNode("9999-12-31"), NODES.textNode("0001-01-01"), NODES.textNode("2026-Q5"),
            NODES.textNode("x".repeat(5000)), NODES.arrayNode(), NODES.objectNode()),
        Arbitraries.integers().between(-1000, 100_000_000).map(i -> (JsonNode) NODES.numberNode(i)),
        Arbitraries.bigDecimals().between(new BigDecimal("-1E12"), new BigDecimal("1E12")).ofScale(4)
            .map(d -> (JsonNode) NODES.numberNode(d)),
        Arbitraries.strings().ofMaxLength(30).map(s -> (JsonNode) NODES.textNode(s)),
        Arbitraries.longs().between(java.time.LocalDate.of(1900, 1, 1).toEpochDay(),
            java.time.LocalDate.of(2100, 12, 31).toEpochDay())
            .map(d -> (JsonNode) NODES.textNode(java.time.LocalDate.ofEpochDay(d).toString())));
    return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 2),
        values).as(Edit::new);
  }

  private static JsonNode read(String json) {
    try {
      return EssJson.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
