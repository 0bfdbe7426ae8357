package io.github.essrules.examples.cli;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.github.essrules.core.json.EssJson;
import java.io.PrintWriter;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ess schema RULE}: the JSON Schema (draft 2020-12) of a rule's facts, for programs in
 * other languages that call the command line with JSON — by the rule's identifier (or its
 * schema's name, {@code RULE-facts}, the schema's {@code $id}); {@code parameter-query} for
 * {@code ess parameter}.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of a rule's facts.")
public final class SchemaCommand implements Callable<Integer> {
  /** Created by picocli. */
  public SchemaCommand() {}

  /** The input types, by the name the command line knows them. */
  static final Map<String, Class<?>> TYPES = types();

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RULE", description = "A rule (or its facts schema's name), or parameter-query: ${COMPLETION-CANDIDATES}",
      completionCandidates = TypeNames.class)
  String type;

  /**
   * The facts type of every rule of the registry, by the rule's identifier and by its schema's
   * name, and the parameter query.
   */
  private static Map<String, Class<?>> types() {
    Map<String, Class<?>> map = new LinkedHashMap<>();
    for (io.github.essrules.core.verdict.RuleDefinition<?, ?> r : Rules.registry().all()) {
      map.put(r.id(), r.factsType());
    }
    for (io.github.essrules.core.verdict.RuleDefinition<?, ?> r : Rules.registry().all()) {
      map.putIfAbsent(r.factsSchemaName(), r.factsType());
    }
    map.put("parameter-query", ParameterQuery.class);
    return map;
  }

  /** The titles of the schemas: the schema's name of a rule's facts. */
  private static final Map<String, String> TITLES = titles();

  private static Map<String, String> titles() {
    Map<String, String> map = new LinkedHashMap<>();
    for (io.github.essrules.core.verdict.RuleDefinition<?, ?> r : Rules.registry().all()) {
      map.put(r.id(), r.factsSchemaName());
      map.put(r.factsSchemaName(), r.factsSchemaName());
    }
    return map;
  }

  /** The names shown in the help text: the rules' identifiers and the parameter query. */
  static final class TypeNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      List<String> names = new ArrayList<>(Rules.ids());
      names.add("parameter-query");
      return names.iterator();
    }
  }

  @Override
  public Integer call() {
    Class<?> target = TYPES.get(type);
    if (target == null) {
      throw new EssCommand.UsageException(
          "Règle ou type inconnu « " + type + " » ; connus : " + String.join(", ", new TypeNames()),
          "Unknown rule or type \"" + type + "\"; known: " + String.join(", ", new TypeNames()));
    }
    PrintWriter out = spec.commandLine().getOut();
    ObjectNode schema = schema(target);
    schema.put("$id", TITLES.getOrDefault(type, type));
    out.println(EssJson.write(schema));
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The JSON Schema of a type: properties from the accessors, required where {@code @NotNull},
   * no other property allowed, dates as {@code "format": "date"} strings.
   *
   * @param type an input type
   * @return the schema
   */
  static ObjectNode schema(Class<?> type) {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
        EssJson.mapper(), SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(new JakartaValidationModule(
            JakartaValidationOption.NOT_NULLABLE_METHOD_IS_REQUIRED,
            JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
        .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS)
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
        .with(Option.EXTRA_OPEN_API_FORMAT_VALUES)
        .with(Option.SCHEMA_VERSION_INDICATOR)
        .with(Option.FLATTENED_OPTIONALS);
    // java.time.Year is read and written as a number (2025), YearMonth as a string ("2025-03").
    config.forTypesInGeneral().withCustomDefinitionProvider((javaType, context) -> {
      if (javaType.getErasedType() == java.time.Year.class) {
        return new com.github.victools.jsonschema.generator.CustomDefinition(
            context.getGeneratorConfig().createObjectNode().put("type", "integer"));
      }
      if (javaType.getErasedType() == io.github.essrules.rules.foncier.IndexQuarter.class) {
        return new com.github.victools.jsonschema.generator.CustomDefinition(
            context.getGeneratorConfig().createObjectNode().put("type", "string")
                .put("pattern", "^[0-9]{4}-Q[1-4]$"));
      }
      if (javaType.getErasedType() == java.time.YearMonth.class) {
        return new com.github.victools.jsonschema.generator.CustomDefinition(
            context.getGeneratorConfig().createObjectNode().put("type", "string")
                .put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$"));
      }
      return null;
    });
    // Qualifications are polymorphic: one schema per kind, told apart by "type" (its @JsonTypeName).
    config.forTypesInGeneral().withSubtypeResolver((declaredType, context) -> {
      Class<?> erased = declaredType.getErasedType();
      JsonSubTypes subtypes = erased.getAnnotation(JsonSubTypes.class);
      if (subtypes == null || !erased.isInterface()) {
        return null;
      }
      List<ResolvedType> resolved = new ArrayList<>();
      for (JsonSubTypes.Type t : subtypes.value()) {
        resolved.add(context.getTypeContext().resolveSubtype(declaredType, t.value()));
      }
      return resolved;
    });
    config.forTypesInGeneral().withTypeAttributeOverride((node, scope, context) -> {
      JsonTypeName name = scope.getType().getErasedType().getAnnotation(JsonTypeName.class);
      if (name != null && node.get("properties") instanceof ObjectNode) {
        ((ObjectNode) node.get("properties")).putObject("type").put("const", name.value());
        JsonNode required = node.get("required");
        ArrayNode list = required instanceof ArrayNode ? (ArrayNode) required : node.putArray("required");
        list.add("type");
      }
    });
    // Immutables: the properties are the abstract accessors only.
    config.forMethods().withIgnoreCheck(method -> method.getRawMember() == null
        || !Modifier.isAbstract(method.getRawMember().getModifiers()));
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(type);
    stripMethodParentheses(schema);
    schema.put("title", type.getSimpleName());
    return schema;
  }

  /**
   * The generator names a property taken from an accessor {@code date()}; the JSON property is
   * {@code date}, as Jackson reads it.
   */
  private static void stripMethodParentheses(JsonNode node) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      JsonNode properties = object.get("properties");
      if (properties instanceof ObjectNode) {
        ObjectNode renamed = object.objectNode();
        properties.properties().forEach(e -> renamed.set(e.getKey().replace("()", ""), e.getValue()));
        object.set("properties", renamed);
      }
      JsonNode required = object.get("required");
      if (required instanceof ArrayNode) {
        ArrayNode names = object.arrayNode();
        required.forEach(n -> names.add(n.asText().replace("()", "")));
        object.set("required", names);
      }
    }
    node.forEach(SchemaCommand::stripMethodParentheses);
  }
}
