package io.github.essrules.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.essrules.core.json.EssJson;
import java.io.PrintWriter;
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
   * The JSON Schema of an input type, generated from the model Jackson reads: its properties are
   * those the command line accepts, each with its constraints and description; its {@code $id}
   * is the schema's name of the rule whose facts it is ({@code parameter-query} for the
   * parameter query). See {@link JsonSchemas}.
   *
   * @param type an input type
   * @return the schema, a new copy
   */
  static ObjectNode schema(Class<?> type) {
    return JsonSchemas.of(type);
  }
}
