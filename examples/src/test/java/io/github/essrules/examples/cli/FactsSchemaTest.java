package io.github.essrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.validation.Violation;
import io.github.essrules.core.verdict.RuleDefinition;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas of {@code ess schema} against what the command line reads (issue 18): for every
 * input type — the facts of every rule of the registry, and the parameter query — every object of
 * the schema has exactly the properties Jackson reads there, each with a description; every
 * shipped sample case validates against its rule's schema with a JSON Schema validator of its own
 * (networknt's); a sample broken in known ways fails at the pointer where the library refuses it.
 *
 * <p>The rules are taken from the registry: a rule added to it is covered without changing this
 * class.
 */
class FactsSchemaTest {
  private static final Path CASES = Path.of("src/main/resources" + CaseLibrary.FOLDER);
  private static final SchemaRegistry VALIDATORS = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER)
          .build()));

  /** Every input type of the command line, by its schema's name. */
  static Stream<String> inputs() {
    List<String> names = new ArrayList<>();
    for (RuleDefinition<?, ?> r : Rules.registry().all()) {
      names.add(r.id());
    }
    names.add("parameter-query");
    return names.stream();
  }

  private static Class<?> typeOf(String name) {
    return name.equals("parameter-query") ? ParameterQuery.class : Rules.get(name).factsType();
  }

  // (a) the properties of each object are those Jackson reads

  @ParameterizedTest
  @MethodSource("inputs")
  void everyObjectOfTheSchemaHasExactlyThePropertiesJacksonReads(String input) {
    Class<?> type = typeOf(input);
    ObjectNode schema = SchemaCommand.schema(type);
    Set<JavaType> checked = new HashSet<>();
    check(schema, JacksonModel.type(type), schema, "", checked);
    assertThat(checked).as("the object types checked for %s", input).isNotEmpty();
  }

  /** Checks the schema found at a place against the type Jackson reads there. */
  private static void check(ObjectNode root, JavaType declared, JsonNode node, String where, Set<JavaType> checked) {
    JavaType type = declared;
    while (type.isReferenceType()) {
      type = type.getReferencedType();
    }
    List<ObjectNode> objects = objects(root, node);
    if (type.isCollectionLikeType() || type.isArrayType()) {
      JsonNode items = items(root, node);
      assertThat(items).as("the items of the array at %s", where).isNotNull();
      check(root, type.getContentType(), items, where + "/0", checked);
      return;
    }
    assertThat(type.isMapLikeType()).as("a map at %s (not expected in the facts)", where).isFalse();
    Optional<JacksonModel.Polymorphism> polymorphism = JacksonModel.polymorphism(type.getRawClass());
    if (polymorphism.isPresent() && !polymorphism.get().subtypes().isEmpty()) {
      String property = polymorphism.get().property();
      Map<String, ObjectNode> byKind = new LinkedHashMap<>();
      for (ObjectNode o : objects) {
        byKind.put(o.at("/properties/" + property + "/const").asText(), o);
      }
      assertThat(byKind.keySet()).as("the kinds of %s at %s", type.getRawClass().getSimpleName(), where)
          .isEqualTo(polymorphism.get().subtypes().keySet());
      polymorphism.get().subtypes().forEach((kind, subtype) -> checkObject(root, JacksonModel.type(subtype),
          byKind.get(kind), where + "[" + property + "=" + kind + "]", Map.of(property, kind), checked));
      return;
    }
    if (JacksonModel.properties(type).isPresent()) {
      assertThat(objects).as("the object schema at %s", where).hasSize(1);
      checkObject(root, type, objects.get(0), where, Map.of(), checked);
    } else {
      assertThat(objects).as("a scalar (%s) at %s, not an object", type, where).isEmpty();
    }
  }

  private static void checkObject(ObjectNode root, JavaType type, ObjectNode object, String where,
      Map<String, String> discriminator, Set<JavaType> checked) {
    Map<String, JavaType> read = JacksonModel.properties(type).orElseThrow();
    Set<String> expected = new TreeSet<>(read.keySet());
    expected.addAll(discriminator.keySet());
    Set<String> stated = new TreeSet<>();
    object.get("properties").fieldNames().forEachRemaining(stated::add);
    assertThat(stated).as("the properties of %s at %s", type.getRawClass().getSimpleName(), where)
        .isEqualTo(expected);
    assertThat(object.get("additionalProperties").asBoolean(true)).as("no other property at %s", where).isFalse();
    // Jackson itself, asked name by name: the properties stated are read, every other name that
    // the Java type offers (accessors with defaults, checks, builders) is refused
    for (String name : candidates(type.getRawClass(), stated)) {
      if (!discriminator.containsKey(name)) {
        assertThat(accepts(type.getRawClass(), discriminator, name))
            .as("Jackson reads \"%s\" in %s at %s", name, type.getRawClass().getSimpleName(), where)
            .isEqualTo(stated.contains(name));
      }
    }
    if (!checked.add(type)) {
      return;
    }
    read.forEach((name, propertyType) ->
        check(root, propertyType, object.get("properties").get(name), where + "/" + name, checked));
  }

  /** The names worth asking Jackson about: those stated, and every no-argument method's. */
  private static Set<String> candidates(Class<?> type, Set<String> stated) {
    Set<String> names = new TreeSet<>(stated);
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
            && m.getReturnType() != void.class) {
          names.add(m.getName());
        }
      }
    }
    names.add("id");
    names.add("type");
    return names;
  }

  /** Whether the library's mapper reads a property of that name in an object of the type. */
  private static boolean accepts(Class<?> type, Map<String, String> discriminator, String name) {
    ObjectNode probe = EssJson.mapper().createObjectNode();
    discriminator.forEach(probe::put);
    probe.putNull(name);
    try {
      EssJson.mapper().readerFor(type).readValue(probe.toString());
      return true;
    } catch (PropertyBindingException e) { // unknown, or known and ignored: not read
      return false;
    } catch (IOException | RuntimeException e) { // read, and refused for its value (null)
      return true;
    }
  }

  /** The object schemas a node stands for, through references and alternatives. */
  private static List<ObjectNode> objects(ObjectNode root, JsonNode node) {
    List<ObjectNode> out = new ArrayList<>();
    alternatives(root, node, n -> {
      if (n.get("properties") instanceof ObjectNode) {
        out.add(n);
      }
    });
    return out;
  }

  private static JsonNode items(ObjectNode root, JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    alternatives(root, node, n -> {
      if (n.has("items")) {
        out.add(n.get("items"));
      }
    });
    return out.size() == 1 ? out.get(0) : null;
  }

  private static void alternatives(ObjectNode root, JsonNode node, Consumer<ObjectNode> each) {
    if (!(node instanceof ObjectNode)) {
      return;
    }
    if (node.has("$ref")) {
      alternatives(root, root.at(node.get("$ref").asText().substring(1)), each);
    }
    each.accept((ObjectNode) node);
    for (String k : List.of("anyOf", "oneOf", "allOf")) {
      if (node.get(k) instanceof ArrayNode) {
        node.get(k).forEach(n -> alternatives(root, n, each));
      }
    }
  }

  // (c) every property has a description; every schema an $id and a description

  @ParameterizedTest
  @MethodSource("inputs")
  void everyPropertyHasADescription(String input) {
    ObjectNode schema = SchemaCommand.schema(typeOf(input));
    List<String> without = new ArrayList<>();
    undescribed(schema, "", without);
    assertThat(without).as("properties without a description in %s", input).isEmpty();
    assertThat(schema.path("$id").asText()).isEqualTo(input.equals("parameter-query") ? input
        : Rules.get(input).factsSchemaName());
    assertThat(schema.path("description").asText()).as("the description of %s", input).isNotBlank();
  }

  private static void undescribed(JsonNode node, String at, List<String> without) {
    if (node.get("properties") instanceof ObjectNode) {
      node.get("properties").properties().forEach(p -> {
        if (p.getValue().path("description").asText().isBlank()) {
          without.add(at + "/properties/" + p.getKey());
        }
      });
    }
    node.properties().forEach(e -> undescribed(e.getValue(), at + "/" + e.getKey(), without));
    if (node instanceof ArrayNode) {
      for (int i = 0; i < node.size(); i++) {
        undescribed(node.get(i), at + "/" + i, without);
      }
    }
  }

  // (b) the shipped samples validate; each schema is a valid draft 2020-12 schema

  @ParameterizedTest
  @MethodSource("inputs")
  void everySchemaIsAValidDraft202012Schema(String input) {
    Schema meta = VALIDATORS.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    List<Error> errors = meta.validate(SchemaCommand.schema(typeOf(input)).toString(), InputFormat.JSON);
    assertThat(errors).as("%s against the meta-schema", input).isEmpty();
  }

  static Stream<String> samples() {
    return CaseLibrary.manifest().stream().map(e -> e.file);
  }

  @Test
  void everyShippedSampleIsInTheManifest() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      Set<String> shipped = files.map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".json") && !f.equals("cases.json"))
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(shipped).isNotEmpty()
          .isEqualTo(samples().collect(Collectors.toCollection(TreeSet::new)));
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyShippedSampleValidatesAgainstItsRulesSchema(String file) throws IOException {
    CaseLibrary.Entry entry = CaseLibrary.manifest().stream().filter(e -> e.file.equals(file)).findFirst().orElseThrow();
    String json = Files.readString(CASES.resolve(file), StandardCharsets.UTF_8);
    assertThat(errors(Rules.get(entry.rule).factsType(), json)).as("%s against the schema of %s", file, entry.rule)
        .isEmpty();
  }

  private static List<String> errors(Class<?> type, String json) {
    ObjectNode node = SchemaCommand.schema(type);
    // as a client reads it, saved by `ess schema RULE > RULE-facts.json`: its $id, the schema's
    // name, is a URI reference relative to where it was read from
    Schema schema = VALIDATORS.getSchema(SchemaLocation.of("file:///schemas/" + node.get("$id").asText() + ".json"),
        node.toString(), InputFormat.JSON);
    return schema.validate(json, InputFormat.JSON).stream()
        .map(e -> pointer(e) + " " + e.getKeyword() + ": " + e.getMessage())
        .collect(Collectors.toList());
  }

  /**
   * The JSON pointer of the value an error is about: for a required or forbidden property, the
   * property's (where the library points), not its object's.
   */
  private static String pointer(Error e) {
    String at = e.getInstanceLocation().toString();
    if (e.getProperty() != null && Set.of("required", "additionalProperties").contains(e.getKeyword())) {
      at = at + "/" + e.getProperty();
    }
    return at;
  }

  // (d) a sample broken in known ways fails at the pointer where the library refuses it

  @Test
  void aBrokenAideAuPosteFailsTheSchemaWhereTheLibraryRefusesIt() throws IOException {
    Class<?> type = Rules.get("aide-au-poste").factsType();
    ObjectNode sample = (ObjectNode) EssJson.mapper().readTree(CASES.resolve("iae-aide-garage.json").toFile());
    Map<String, Consumer<ObjectNode>> breaks = new LinkedHashMap<>();
    breaks.put("/modulatedRate", s -> s.put("modulatedRate", new java.math.BigDecimal("0.12"))); // over 10 %
    breaks.put("/modulatedRat", s -> s.put("modulatedRat", 0.05)); // a typo: unknown
    breaks.put("/structure", s -> s.remove("structure")); // required
    breaks.put("/occupancy/1/month", s -> ((ObjectNode) s.at("/occupancy/1")).put("month", "2024-13"));
    breaks.put("/occupancy/0/fte", s -> ((ObjectNode) s.at("/occupancy/0")).put("fte", -1));
    breaks.put("/penitentiary", s -> s.put("penitentiary", "yes"));
    for (Map.Entry<String, Consumer<ObjectNode>> b : breaks.entrySet()) {
      ObjectNode broken = sample.deepCopy();
      b.getValue().accept(broken);
      assertThat(errors(type, broken.toString())).as("the schema, broken at %s", b.getKey())
          .anySatisfy(e -> assertThat(e).startsWith(b.getKey() + " "));
      assertThat(refusedAt(type, broken.toString())).as("the library, broken at %s", b.getKey()).contains(b.getKey());
    }
  }

  @Test
  void aBrokenCltResaleAndAQualificationOfNoKnownKindFailTheSchema() throws IOException {
    Class<?> clt = Rules.get("clt-resale").factsType();
    ObjectNode resale = (ObjectNode) EssJson.mapper().readTree(CASES.resolve("clt-bruxelles.json").toFile());
    ObjectNode share = resale.deepCopy().put("sellerShare", 1.5);
    assertThat(errors(clt, share.toString())).anySatisfy(e -> assertThat(e).startsWith("/sellerShare maximum"));
    assertThat(refusedAt(clt, share.toString())).contains("/sellerShare");
    ObjectNode compound = resale.deepCopy().put("compound", "no");
    assertThat(errors(clt, compound.toString())).anySatisfy(e -> assertThat(e).startsWith("/compound type"));
    assertThat(refusedAt(clt, compound.toString())).contains("/compound");

    Class<?> regie = Rules.get("regie-de-quartier").factsType();
    ObjectNode facts = (ObjectNode) EssJson.mapper().readTree(CASES.resolve("regie-cucm-bassin-nord.json").toFile());
    ArrayNode qualifications = (ArrayNode) facts.at("/organisation/qualifications");
    assertThat(qualifications.size()).isPositive();
    ((ObjectNode) qualifications.get(0)).put("type", "LABEL_OF_NO_KNOWN_KIND");
    assertThat(errors(regie, facts.toString()))
        .anySatisfy(e -> assertThat(e).startsWith("/organisation/qualifications/0"));
    assertThat(refusedAt(regie, facts.toString())).anySatisfy(p -> assertThat(p).startsWith("/organisation/qualifications/0"));
  }

  /** The pointers at which the library refuses a document. */
  private static Set<String> refusedAt(Class<?> type, String json) {
    try {
      EssJson.read(json, type);
      return Set.of();
    } catch (InvalidInputException e) {
      return e.violations().stream().map(Violation::pointer).collect(Collectors.toCollection(LinkedHashSet::new));
    }
  }
}
