package io.github.essrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.verdict.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /openapi.json}: an OpenAPI 3.1 document made from the registry and the facts' schemas,
 * whose every reference resolves in the document, and which describes what the service does —
 * every sample case validates against its rule's request schema (with a JSON Schema validator of
 * its own, networknt's), and the service's answers and problems against the response schemas.
 */
class ServeOpenApiTest {
  private static final String BASE = "https://ess-rules.test/openapi.json";

  private static EssServer server;
  private static JsonNode doc;
  private static SchemaRegistry schemas;

  @BeforeAll
  static void start() throws Exception {
    server = EssServer.start("127.0.0.1", 0, EssServer.Limits.standard(), LawOptions.standard(), line -> { });
    ServeTest.Answer a = ServeTest.send(server, ServeTest.get(server, "/openapi.json"));
    assertThat(a.status()).isEqualTo(200);
    doc = a.json();
    schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemas(Map.of(BASE, a.body())));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Schema schema(String name) {
    return schemas.getSchema(SchemaLocation.of(BASE + "#/components/schemas/" + name));
  }

  private static void valid(String schema, String json, String what) {
    assertThat(schema(schema).validate(json, InputFormat.JSON)).as("%s against %s", what, schema).isEmpty();
  }

  @Test
  void anOpenApi31DocumentWithAnEvaluationAndABatchPerRule() {
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(doc.at("/info/title").asText()).isEqualTo("ess-rules");
    JsonNode paths = doc.get("paths");
    for (String path : List.of("/", "/health", "/openapi.json", "/rules", "/rules/{id}/schema", "/parameters",
        "/parameters/{name}", "/law/status")) {
      assertThat(paths.has(path)).as(path).isTrue();
    }
    for (RuleDefinition<?, ?> rule : Rules.registry().all()) {
      JsonNode evaluate = paths.at("/~1rules~1" + rule.id() + "~1evaluate/post");
      assertThat(evaluate.isMissingNode()).as(rule.id()).isFalse();
      assertThat(evaluate.at("/requestBody/content/application~1json/schema/$ref").asText())
          .isEqualTo("#/components/schemas/" + rule.factsSchemaName());
      assertThat(evaluate.at("/responses/200/content/application~1json/schema/$ref").asText())
          .endsWith(Verdict.class.isAssignableFrom(rule.resultType()) ? "VerdictAnswer" : "ComputationAnswer");
      assertThat(evaluate.at("/responses/422/content/application~1problem+json/schema/$ref").asText())
          .isEqualTo("#/components/schemas/Problem");
      assertThat(paths.at("/~1rules~1" + rule.id() + "~1batch/post").isMissingNode()).as(rule.id()).isFalse();
    }
    Set<String> operations = new HashSet<>();
    paths.forEach(item -> item.forEach(op -> assertThat(operations.add(op.get("operationId").asText()))
        .as("operationId %s is unique", op.get("operationId")).isTrue()));
  }

  @Test
  void everyReferenceResolvesInTheDocument() {
    List<String> refs = new ArrayList<>();
    collect(doc, refs);
    assertThat(refs).hasSizeGreaterThan(100);
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  private static void collect(JsonNode node, List<String> refs) {
    if (node.isObject() && node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    node.forEach(child -> collect(child, refs));
  }

  @Test
  void everySampleCaseValidatesAgainstItsRulesRequestSchemaAndItsAnswerAgainstTheResponse() throws Exception {
    for (CaseLibrary.Entry e : CaseLibrary.manifest()) {
      RuleDefinition<?, ?> rule = Rules.get(e.rule);
      byte[] facts = ServeTest.caseFile(e.file);
      List<com.networknt.schema.Error> errors = schema(rule.factsSchemaName())
          .validate(new String(facts, StandardCharsets.UTF_8), InputFormat.JSON);
      assertThat(errors).as("%s against %s", e.file, rule.factsSchemaName()).isEmpty();
      ServeTest.Answer a = ServeTest.send(server, ServeTest.post(server, "/rules/" + e.rule + "/evaluate?asOf=" + e.asOf, facts));
      valid(Verdict.class.isAssignableFrom(rule.resultType()) ? "VerdictAnswer" : "ComputationAnswer", a.body(), e.file);
    }
    // the validator does refuse what the schema refuses
    assertThat(schema("esus-facts").validate("{\"ess\":{\"legalForm\":\"NOPE\"},\"surprise\":1}", InputFormat.JSON))
        .hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void theOtherAnswersAndTheProblemsHaveTheShapesTheDocumentGives() throws Exception {
    valid("Health", ServeTest.send(server, ServeTest.get(server, "/health")).body(), "/health");
    for (JsonNode r : ServeTest.send(server, ServeTest.get(server, "/rules")).json()) {
      valid("RuleSummary", EssJson.write(r), r.get("id").asText());
    }
    valid("ParameterValue", ServeTest.send(server, ServeTest.get(server, "/parameters/smic-horaire-brut?date=2025-01-01")).body(),
        "/parameters/smic-horaire-brut");
    for (String body : List.of("{", "{}", "{\"ess\":{\"legalForm\":\"NOPE\"}}")) {
      ServeTest.Answer p = ServeTest.send(server, ServeTest.post(server, "/rules/esus/evaluate", body.getBytes(StandardCharsets.UTF_8)));
      assertThat(p.status()).isIn(400, 422);
      valid("Problem", p.body(), body);
    }
    valid("Problem", ServeTest.send(server, ServeTest.get(server, "/rules/nope/schema")).body(), "unknown rule");
    String line = new String(ServeTest.caseFile("esus-sas-recyclerie.json"), StandardCharsets.UTF_8).replace("\n", "");
    ServeTest.Answer batch = ServeTest.send(server, ServeTest.post(server, "/rules/esus/batch?asOf=2026-04-01",
        (line + "\n{}\n").getBytes(StandardCharsets.UTF_8)));
    for (String record : batch.body().lines().toList()) {
      valid("BatchRecord", record, record);
    }
  }
}
