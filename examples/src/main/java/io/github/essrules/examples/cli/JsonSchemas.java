package io.github.essrules.examples.cli;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.RuleDefinition;
import org.threeten.extra.YearQuarter;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas (draft 2020-12) of the input types, generated from the model Jackson reads
 * ({@link JacksonModel}): each object's properties are exactly those the library's mapper reads
 * for its type — an Immutables {@code @Value.Default} attribute included, with its default —
 * each with the constraints of its accessor (Jakarta Bean Validation) and its {@code
 * @JsonPropertyDescription}; no other property allowed; a polymorphic type as one schema per
 * subtype, told apart by its discriminator.
 *
 * <p>Values are stated in the form the schemas ask for, which Jackson always accepts: dates
 * {@code "YYYY-MM-DD"}, months {@code "YYYY-MM"}, years as integers, decimals as JSON numbers
 * (Jackson also reads a decimal from a string holding one), named values by their names.
 *
 * <p>This class is thread-safe.
 */
final class JsonSchemas {
  private static final SchemaGenerator GENERATOR = new SchemaGenerator(config().build());
  private static final Map<Class<?>, ObjectNode> CACHE = new ConcurrentHashMap<>();

  private JsonSchemas() {}

  /**
   * The JSON Schema of an input type, with its {@code $id} (the schema's name of the rule whose
   * facts it is, {@code parameter-query} for the parameter query) and title.
   *
   * @param type an input type
   * @return a new copy of the schema, the caller's to change
   */
  static ObjectNode of(Class<?> type) {
    return CACHE.computeIfAbsent(type, JsonSchemas::generate).deepCopy();
  }

  /** Generates a schema; one at a time (the generator's sharing across threads is not documented). */
  private static synchronized ObjectNode generate(Class<?> type) {
    ObjectNode generated = GENERATOR.generateSchema(type);
    stripMethodParentheses(generated);
    ObjectNode schema = generated.objectNode();
    schema.set("$schema", generated.get("$schema"));
    Optional<RuleDefinition<?, ?>> rule = rule(type);
    if (rule.isPresent()) {
      schema.put("$id", rule.get().factsSchemaName());
    } else if (type == ParameterQuery.class) {
      schema.put("$id", "parameter-query");
    }
    schema.put("title", type.getSimpleName());
    rule.ifPresent(r -> schema.put("description", "The facts of the rule " + r.id() + ": " + r.title(Lang.EN) + "."));
    schema.setAll(generated);
    return schema;
  }

  /** The one rule of the registry whose facts a type is. */
  private static Optional<RuleDefinition<?, ?>> rule(Class<?> type) {
    List<RuleDefinition<?, ?>> rules = new ArrayList<>();
    for (RuleDefinition<?, ?> r : Rules.registry().all()) {
      if (r.factsType() == type) {
        rules.add(r);
      }
    }
    return rules.size() == 1 ? Optional.of(rules.get(0)) : Optional.empty();
  }

  private static SchemaGeneratorConfigBuilder config() {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
        EssJson.mapper(), SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(new JakartaValidationModule(
            JakartaValidationOption.NOT_NULLABLE_METHOD_IS_REQUIRED,
            JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
            JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
        .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS)
        .with(Option.GETTER_METHODS)
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
        .with(Option.EXTRA_OPEN_API_FORMAT_VALUES)
        .with(Option.SCHEMA_VERSION_INDICATOR)
        .with(Option.FLATTENED_OPTIONALS);
    config.forTypesInGeneral().withCustomDefinitionProvider((javaType, context) -> {
      Class<?> raw = javaType.getErasedType();
      if (raw == Year.class) {
        // read from a JSON integer between 0 and 9999 (EssJsonModule)
        return new CustomDefinition(context.getGeneratorConfig().createObjectNode()
            .put("type", "integer").put("minimum", 0).put("maximum", 9999));
      }
      if (raw == YearMonth.class) {
        return new CustomDefinition(context.getGeneratorConfig().createObjectNode()
            .put("type", "string").put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$"));
      }
      if (raw == YearQuarter.class) {
        return new CustomDefinition(context.getGeneratorConfig().createObjectNode()
            .put("type", "string").put("pattern", "^[0-9]{4}-Q[1-4]$"));
      }
      return null;
    });
    // Polymorphic types: one schema per subtype, as Jackson resolves them.
    config.forTypesInGeneral().withSubtypeResolver((declaredType, context) -> {
      Optional<JacksonModel.Polymorphism> p = JacksonModel.polymorphism(declaredType.getErasedType());
      if (p.isEmpty() || p.get().subtypes().isEmpty()) {
        return null;
      }
      List<ResolvedType> resolved = new ArrayList<>();
      for (Class<?> subtype : p.get().subtypes().values()) {
        resolved.add(context.getTypeContext().resolveSubtype(declaredType, subtype));
      }
      return resolved;
    });
    // ... each with its discriminator, required.
    config.forTypesInGeneral().withTypeAttributeOverride((node, scope, context) -> {
      Class<?> raw = scope.getType().getErasedType();
      JacksonModel.discriminator(raw).ifPresent(d -> {
        if (node.get("properties") instanceof ObjectNode) {
          ((ObjectNode) node.get("properties")).putObject(d.getKey())
              .put("const", d.getValue())
              .put("description", "The kind of " + kindName(raw) + ": \"" + d.getValue()
                  + "\" for this one; it decides the other properties allowed.");
          JsonNode required = node.get("required");
          ArrayNode list = required instanceof ArrayNode ? (ArrayNode) required : node.putArray("required");
          list.add(d.getKey());
        }
      });
    });
    config.forTypesInGeneral().withDescriptionResolver(scope -> {
      JsonClassDescription d = scope.getType().getErasedType().getAnnotation(JsonClassDescription.class);
      return d == null ? null : d.value();
    });
    // The properties: those Jackson reads, named as Jackson names them.
    config.forMethods().withIgnoreCheck(JsonSchemas::notRead);
    config.forFields().withIgnoreCheck(JsonSchemas::notRead);
    config.forMethods().withPropertyNameOverrideResolver(JsonSchemas::jsonName);
    config.forFields().withPropertyNameOverrideResolver(JsonSchemas::jsonName);
    config.forMethods().withDescriptionResolver(JsonSchemas::description);
    config.forFields().withDescriptionResolver(JsonSchemas::description);
    config.forMethods().withDefaultResolver(method -> method.isFakeContainerItemScope() ? null
        : JacksonModel.defaultValue(target(method), method.getRawMember()).orElse(null));
    // A list that is not optional and holds at least one element is required: left out, Jackson
    // reads it empty, and Bean Validation refuses it.
    config.forMethods().withRequiredCheck(JsonSchemas::nonEmptyList);
    return config;
  }

  /** The name of a polymorphic type's kinds, for a discriminator's description. */
  private static String kindName(Class<?> subtype) {
    for (Class<?> i : subtype.getInterfaces()) {
      if (JacksonModel.polymorphism(i).isPresent()) {
        return i.getSimpleName().toLowerCase(Locale.ROOT);
      }
    }
    Class<?> parent = subtype.getSuperclass();
    return parent == null ? "value" : parent.getSimpleName().toLowerCase(Locale.ROOT);
  }

  /** The type whose schema holds a member. */
  private static Class<?> target(MemberScope<?, ?> member) {
    return member.getDeclarationDetails().getSchemaTargetType().getErasedType();
  }

  /** Whether a member is not one of the properties Jackson reads for the type it is in. */
  private static boolean notRead(MemberScope<?, ?> member) {
    Member raw = member.getRawMember();
    if (raw == null || Modifier.isStatic(raw.getModifiers())
        || raw instanceof Method && ((Method) raw).getParameterCount() != 0) {
      return true;
    }
    Optional<Map<String, JavaType>> read = JacksonModel.properties(JacksonModel.type(target(member)));
    return read.isEmpty() || !read.get().containsKey(jsonName(member));
  }

  /** The JSON name of an accessor or field: its {@code @JsonProperty} name, or its own. */
  private static String jsonName(MemberScope<?, ?> member) {
    JsonProperty p = member.getAnnotationConsideringFieldAndGetter(JsonProperty.class);
    if (p != null && !p.value().isEmpty()) {
      return p.value();
    }
    return member.getRawMember() == null ? member.getDeclaredName() : member.getRawMember().getName();
  }

  private static String description(MemberScope<?, ?> member) {
    if (member.isFakeContainerItemScope()) {
      return null;
    }
    JsonPropertyDescription d = member.getAnnotationConsideringFieldAndGetter(JsonPropertyDescription.class);
    return d == null ? null : d.value();
  }

  private static boolean nonEmptyList(MethodScope method) {
    if (method.isFakeContainerItemScope() || !method.getType().isInstanceOf(Collection.class)) {
      return false;
    }
    Size size = method.getAnnotationConsideringFieldAndGetter(Size.class);
    return size != null && size.min() > 0;
  }

  /**
   * The generator names a property read through an accessor {@code date()}; the JSON property is
   * {@code date}, as Jackson reads it.
   */
  private static void stripMethodParentheses(JsonNode node) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      JsonNode properties = object.get("properties");
      if (properties instanceof ObjectNode) {
        ObjectNode renamed = object.objectNode();
        properties.properties().forEach(e -> renamed.set(stripped(e.getKey()), e.getValue()));
        object.set("properties", renamed);
      }
      JsonNode required = object.get("required");
      if (required instanceof ArrayNode) {
        ArrayNode names = object.arrayNode();
        required.forEach(n -> names.add(stripped(n.asText())));
        object.set("required", names);
      }
    }
    node.forEach(JsonSchemas::stripMethodParentheses);
  }

  private static String stripped(String name) {
    return name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
  }
}
