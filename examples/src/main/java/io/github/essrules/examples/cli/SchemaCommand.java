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
 * {@code ess schema TYPE}: the JSON Schema (draft 2020-12) of an input type, for programs in
 * other languages that call the command line with JSON.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of an input type.")
public final class SchemaCommand implements Callable<Integer> {
  /** Created by picocli. */
  public SchemaCommand() {}

  /** The input types, by the name the command line knows them. */
  static final Map<String, Class<?>> TYPES = types();

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TYPE", description = "The input type: ${COMPLETION-CANDIDATES}",
      completionCandidates = TypeNames.class)
  String type;

  private static Map<String, Class<?>> types() {
    Map<String, Class<?>> map = new LinkedHashMap<>();
    map.put("esus-facts", io.github.essrules.rules.esus.EsusFacts.class);
    map.put("ess-membership-facts", io.github.essrules.rules.ess.EssMembershipFacts.class);
    map.put("cae-facts", io.github.essrules.rules.cae.CaeFacts.class);
    map.put("cae-remuneration-facts", io.github.essrules.rules.cae.RemunerationFacts.class);
    map.put("association-case", io.github.essrules.rules.association.AssociationCase.class);
    map.put("scic-case", io.github.essrules.rules.scic.ScicCase.class);
    map.put("regie-case", io.github.essrules.rules.regie.RegieCase.class);
    map.put("brs-resale-facts", io.github.essrules.rules.foncier.BrsResaleFacts.class);
    map.put("brs-activite-facts", io.github.essrules.rules.foncier.BrsActiviteFacts.class);
    map.put("brs-buyer-facts", io.github.essrules.rules.foncier.BrsBuyerFacts.class);
    map.put("clt-resale-facts", io.github.essrules.rules.foncier.CltResaleFacts.class);
    map.put("aci-case", io.github.essrules.rules.iae.AciCase.class);
    map.put("cddi-facts", io.github.essrules.rules.iae.CddiFacts.class);
    map.put("aide-au-poste-facts", io.github.essrules.rules.iae.AideAuPosteFacts.class);
    map.put("qpv-criteria-facts", io.github.essrules.rules.ville.QpvCriteriaFacts.class);
    map.put("zfu-te-facts", io.github.essrules.rules.ville.ZfuTeFacts.class);
    map.put("emplois-francs-facts", io.github.essrules.rules.ville.EmploisFrancsFacts.class);
    map.put("reserved-bidder-facts", io.github.essrules.rules.ville.ReservedBidderFacts.class);
    map.put("insertion-clause-facts", io.github.essrules.rules.ville.InsertionClause.Facts.class);
    map.put("parameter-query", ParameterQuery.class);
    return map;
  }

  /** The names of the input types, for the help text. */
  static final class TypeNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return TYPES.keySet().iterator();
    }
  }

  @Override
  public Integer call() {
    Class<?> target = TYPES.get(type);
    if (target == null) {
      throw new EssCommand.UsageException(
          "Type inconnu « " + type + " » ; connus : " + TYPES.keySet(),
          "Unknown type \"" + type + "\"; known: " + TYPES.keySet());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(EssJson.write(schema(target)));
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
