package io.github.essrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.amounts.LegalParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The OpenAPI 3.1 document of {@code ess serve} ({@code GET /openapi.json}), made from the
 * registry and the JSON Schemas of the facts: a path to evaluate each rule and one to judge a
 * batch of its cases, each with the schema of its facts as the request's body; the other
 * endpoints; the shapes of the answers and of the problems.
 *
 * <p>Each rule's schema is the one {@code ess schema RULE} prints (draft 2020-12, the dialect of
 * OpenAPI 3.1), its definitions ({@code $defs}) moved to the document's components as
 * {@code RULE-facts.NAME} so that every reference resolves in the document itself.
 *
 * <p>This class is immutable and thread-safe.
 */
final class OpenApi {
  private static final String PROBLEM = "#/components/schemas/Problem";

  private OpenApi() {}

  /**
   * The document.
   *
   * @param version the version of ess-rules
   * @param schemas the JSON Schema of a rule's facts, as {@code ess schema RULE} prints it
   * @return the document
   */
  static ObjectNode document(String version, Function<RuleDefinition<?, ?>, ObjectNode> schemas) {
    ObjectNode doc = object();
    doc.put("openapi", "3.1.0");
    ObjectNode info = doc.putObject("info");
    info.put("title", "ess-rules");
    info.put("version", version);
    info.put("summary", "French social and solidarity economy (ESS) law as code: the rules of ess-rules over HTTP.");
    info.put("description", "Every rule of the registry, by its identifier: its facts' JSON Schema, an evaluation"
        + " (the JSON of `ess RULE --format json`), a batch (JSON Lines in and out, the records of `ess batch RULE`)."
        + " Errors are RFC 9457 problem documents (application/problem+json). Dates are YYYY-MM-DD; the date"
        + " asked about (asOf) is today when absent. Messages come in French and English (`fr`, `en`); `lang`"
        + " chooses the language of titles, problems and texts.");
    info.putObject("license").put("name", "Apache License 2.0").put("identifier", "Apache-2.0");
    doc.putArray("servers").addObject().put("url", "/");
    ArrayNode tags = doc.putArray("tags");
    tags.addObject().put("name", "rules").put("description", "The rules: list, schemas, evaluations, batches.");
    tags.addObject().put("name", "law").put("description", "The law and the amounts the library knows, in time.");
    tags.addObject().put("name", "service").put("description", "The service itself.");

    ObjectNode paths = doc.putObject("paths");
    ObjectNode components = doc.putObject("components");
    ObjectNode shapes = components.putObject("schemas");
    shapes(shapes);
    parameters(components.putObject("parameters"));

    ObjectNode page = get(paths, "/", "service", "page", "The page for case workers: choose a rule, fill its form,"
        + " read the explained verdict.");
    page.putObject("responses").putObject("200").put("description", "The page")
        .putObject("content").putObject("text/html").putObject("schema").put("type", "string");
    ObjectNode health = get(paths, "/health", "service", "health", "Whether the service is up.");
    ok(health, "The service is up", ref("#/components/schemas/Health"));
    ObjectNode openApi = get(paths, "/openapi.json", "service", "openApi", "This document.");
    ok(openApi, "The OpenAPI document", object().put("type", "object"));

    List<String> ids = new ArrayList<>();
    for (RuleDefinition<?, ?> rule : Rules.registry().all()) {
      ids.add(rule.id());
    }
    ObjectNode list = get(paths, "/rules", "rules", "listRules", "Every rule: identifier, title, name of its"
        + " facts' schema, kind of result, whether it is applied as of a date (as `ess rules --format json`).");
    parameterRefs(list, "lang");
    ok(list, "The rules", object().put("type", "array").set("items", ref("#/components/schemas/RuleSummary")));

    ObjectNode schema = get(paths, "/rules/{id}/schema", "rules", "factsSchema",
        "The JSON Schema (draft 2020-12) of a rule's facts, as `ess schema RULE`.");
    ArrayNode schemaParams = schema.putArray("parameters");
    ObjectNode id = schemaParams.addObject().put("name", "id").put("in", "path").put("required", true)
        .put("description", "The rule's identifier");
    ArrayNode idEnum = id.putObject("schema").put("type", "string").putArray("enum");
    ids.forEach(idEnum::add);
    schema.putObject("responses").set("200", object().put("description", "The schema")
        .set("content", object().set("application/schema+json", object().set("schema", object().put("type", "object")))));
    problems(schema, 404);

    for (RuleDefinition<?, ?> rule : Rules.registry().all()) {
      String facts = rule.factsSchemaName();
      addFacts(shapes, facts, schemas.apply(rule));
      boolean verdict = Verdict.class.isAssignableFrom(rule.resultType());
      String title = rule.title(Lang.EN);

      ObjectNode evaluate = post(paths, "/rules/" + rule.id() + "/evaluate", "rules", "evaluate-" + rule.id(),
          title + (rule.dated() ? " — under the law of asOf." : "."),
          "The facts as JSON; the answer is the JSON `ess " + rule.id() + " CASE --format json` prints for the same"
              + " case and date" + (verdict ? " ({\"verdict\": …} and the members the command shows beside it)"
              : " ({\"result\": …} and the members the command shows beside it)")
              + ", or its text with `Accept: text/plain`.");
      parameterRefs(evaluate, "asOf", "lang");
      evaluate.putObject("requestBody").put("required", true).putObject("content")
          .putObject("application/json").set("schema", ref("#/components/schemas/" + facts));
      ObjectNode answers = evaluate.putObject("responses").putObject("200")
          .put("description", verdict ? "The verdict" : "The result").putObject("content");
      answers.putObject("application/json")
          .set("schema", ref("#/components/schemas/" + (verdict ? "VerdictAnswer" : "ComputationAnswer")));
      answers.putObject("text/plain").putObject("schema").put("type", "string");
      problems(evaluate, 400, 404, 408, 413, 415, 422, 503);

      ObjectNode batch = post(paths, "/rules/" + rule.id() + "/batch", "rules", "batch-" + rule.id(),
          "Judge a batch of cases of " + rule.id() + ": one JSON document per line in, one record per line out, in"
              + " order, streamed (as `ess batch " + rule.id() + "`).",
          "Each line is facts of the schema " + facts + "; a line that cannot be judged gives an error record and"
              + " the batch goes on.");
      parameterRefs(batch, "asOf", "lang", "detail");
      batch.putObject("requestBody").put("required", true).putObject("content")
          .putObject(EssServer.JSON_LINES).set("schema", ref("#/components/schemas/" + facts));
      batch.putObject("responses").putObject("200").put("description", "One record per line of the input, in order")
          .putObject("content").putObject(EssServer.JSON_LINES)
          .set("schema", ref("#/components/schemas/BatchRecord"));
      problems(batch, 400, 404, 415, 503);
    }

    ObjectNode parameters = get(paths, "/parameters", "law", "listParameters",
        "The legal amounts known and the dates they cover (as `ess parameter --format json`).");
    ok(parameters, "The amounts", object().put("type", "array").set("items", object().put("type", "object")));
    ObjectNode parameter = get(paths, "/parameters/{name}", "law", "parameter",
        "A legal amount on a date, with the text that sets it (as `ess parameter NAME --format json`).");
    ArrayNode parameterParams = parameter.putArray("parameters");
    ArrayNode names = parameterParams.addObject().put("name", "name").put("in", "path").put("required", true)
        .put("description", "The amount's identifier").putObject("schema").put("type", "string").putArray("enum");
    LegalParameters.ids().forEach(names::add);
    parameterParams.addObject().put("$ref", "#/components/parameters/date");
    ok(parameter, "The amount", ref("#/components/schemas/ParameterValue"));
    problems(parameter, 400, 404, 422);
    ObjectNode law = get(paths, "/law/status", "law", "lawStatus", "Every parameter and text the library knows:"
        + " coverage, regime, verification, horizon, next revision, and what the date gets (as `ess law status"
        + " --format json`).");
    parameterRefs(law, "date");
    ok(law, "The law known on the date", object().put("type", "object"));
    problems(law, 400);
    return doc;
  }

  /** Adds a rule's facts schema, its definitions beside it, every reference made the document's. */
  private static void addFacts(ObjectNode shapes, String name, ObjectNode schema) {
    ObjectNode copy = schema.deepCopy();
    copy.remove("$schema");
    copy.remove("$id");
    JsonNode defs = copy.remove("$defs");
    String prefix = "#/components/schemas/" + name + ".";
    rewrite(copy, prefix);
    shapes.set(name, copy);
    if (defs instanceof ObjectNode) {
      for (Map.Entry<String, JsonNode> def : defs.properties()) {
        JsonNode value = def.getValue().deepCopy();
        rewrite(value, prefix);
        shapes.set(name + "." + def.getKey(), value);
      }
    }
  }

  /** {@code #/$defs/NAME} → {@code #/components/schemas/RULE-facts.NAME}, everywhere in a schema. */
  private static void rewrite(JsonNode node, String prefix) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith("#/$defs/")) {
        object.set("$ref", TextNode.valueOf(prefix + ref.asText().substring("#/$defs/".length())));
      }
    }
    for (JsonNode child : node) {
      rewrite(child, prefix);
    }
  }

  private static ObjectNode operation(ObjectNode paths, String path, String method, String tag, String id,
      String summary) {
    ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
    ObjectNode op = item.putObject(method);
    op.putArray("tags").add(tag);
    op.put("operationId", id);
    op.put("summary", summary);
    return op;
  }

  private static ObjectNode get(ObjectNode paths, String path, String tag, String id, String summary) {
    return operation(paths, path, "get", tag, id, summary);
  }

  private static ObjectNode post(ObjectNode paths, String path, String tag, String id, String summary,
      String description) {
    return operation(paths, path, "post", tag, id, summary).put("description", description);
  }

  private static void ok(ObjectNode op, String description, JsonNode schema) {
    ObjectNode responses = op.has("responses") ? (ObjectNode) op.get("responses") : op.putObject("responses");
    responses.putObject("200").put("description", description).putObject("content")
        .putObject("application/json").set("schema", schema);
  }

  private static void problems(ObjectNode op, int... statuses) {
    ObjectNode responses = op.has("responses") ? (ObjectNode) op.get("responses") : op.putObject("responses");
    for (int status : statuses) {
      responses.putObject(Integer.toString(status)).put("description", describe(status)).putObject("content")
          .putObject(Problem.MEDIA_TYPE).set("schema", ref(PROBLEM));
    }
    responses.putObject("500").put("description", describe(500)).putObject("content")
        .putObject(Problem.MEDIA_TYPE).set("schema", ref(PROBLEM));
  }

  private static String describe(int status) {
    switch (status) {
      case 400: return "A body that is not JSON (malformed-json), or a query parameter that cannot be read (bad-parameter)";
      case 404: return "No rule, or no amount, of that identifier (unknown-rule, unknown-parameter)";
      case 408: return "The body did not arrive in time (request-timeout)";
      case 413: return "The body is larger than the limit (body-too-large)";
      case 415: return "The body is not JSON (unsupported-media-type)";
      case 422: return "Facts that are not valid, every violation with its JSON pointer (invalid-input), or a date"
          + " whose law or amounts the library does not know (no-law-known)";
      case 503: return "Too many requests at once: try again (overloaded)";
      default: return "A defect of the service, reported in its log under the incident given (internal-error)";
    }
  }

  private static void parameterRefs(ObjectNode op, String... names) {
    ArrayNode params = op.putArray("parameters");
    for (String name : names) {
      params.addObject().put("$ref", "#/components/parameters/" + name);
    }
  }

  private static void parameters(ObjectNode params) {
    params.set("asOf", query("asOf", "The date whose law and amounts apply; facts dated after it are refused."
        + " Default: today.", object().put("type", "string").put("format", "date")));
    params.set("date", query("date", "The date asked about. Default: today.",
        object().put("type", "string").put("format", "date")));
    ObjectNode lang = object().put("type", "string").put("default", "fr");
    lang.putArray("enum").add("fr").add("en");
    params.set("lang", query("lang", "The language of titles, problems and texts.", lang));
    ObjectNode detail = object().put("type", "string").put("default", "summary");
    detail.putArray("enum").add("summary").add("full");
    params.set("detail", query("detail", "summary: outcome, confidence, missing facts and the conditions not met or"
        + " undetermined; full: the whole verdict.", detail));
  }

  private static ObjectNode query(String name, String description, ObjectNode schema) {
    ObjectNode p = object().put("name", name).put("in", "query").put("required", false)
        .put("description", description);
    p.set("schema", schema);
    return p;
  }

  /** The shapes of the answers and the problems (loose where the library may add members). */
  private static void shapes(ObjectNode shapes) {
    ObjectNode health = props(shapes.putObject("Health"), "status", "version", "rules");
    health.withObject("/properties").set("rules", object().put("type", "integer"));

    ObjectNode rule = props(shapes.putObject("RuleSummary"), "id", "title", "factsSchema", "result", "dated");
    rule.withObject("/properties").set("dated", object().put("type", "boolean"));
    rule.withObject("/properties").withObject("/result").putArray("enum").add("verdict").add("computation");
    required(rule, "id", "title", "factsSchema", "result", "dated");

    ObjectNode message = props(shapes.putObject("Message"), "key", "fr", "en");
    message.put("description", "A message in French and English, with its key in its catalog and its arguments.");
    required(message, "fr", "en");

    ObjectNode reference = props(shapes.putObject("LegalReference"), "kind", "citation", "legifranceId", "url",
        "confidence", "note");
    reference.withObject("/properties").set("url", object().put("type", "string").put("format", "uri"));
    reference.withObject("/properties").set("confidence", ref("#/components/schemas/Confidence"));
    required(reference, "kind", "citation", "confidence");

    ObjectNode confidence = shapes.putObject("Confidence").put("type", "string");
    for (Confidence c : Confidence.values()) {
      confidence.withArrayProperty("enum").add(c.name());
    }
    ObjectNode outcome = shapes.putObject("Outcome").put("type", "string");
    for (Outcome o : Outcome.values()) {
      outcome.withArrayProperty("enum").add(o.name());
    }

    ObjectNode finding = object().put("type", "object");
    finding.put("description", "A condition: its outcome, the text that states it, the values compared, the facts"
        + " missing, the conditions it is made of.");
    ObjectNode fp = finding.putObject("properties");
    fp.putObject("id").put("type", "string");
    fp.set("outcome", ref("#/components/schemas/Outcome"));
    fp.set("reference", ref("#/components/schemas/LegalReference"));
    fp.set("message", ref("#/components/schemas/Message"));
    fp.putObject("comparisons").put("type", "array").putObject("items").put("type", "object");
    fp.putObject("missingFacts").put("type", "array").putObject("items").put("type", "string");
    fp.putObject("children").put("type", "array").set("items", ref("#/components/schemas/Finding"));
    required(finding, "id", "outcome", "reference", "message");
    shapes.set("Finding", finding);

    ObjectNode verdict = object().put("type", "object");
    ObjectNode vp = verdict.putObject("properties");
    vp.putObject("ruleId").put("type", "string");
    vp.putObject("asOf").put("type", "string").put("format", "date");
    vp.set("outcome", ref("#/components/schemas/Outcome"));
    vp.set("confidence", ref("#/components/schemas/Confidence"));
    vp.putObject("findings").put("type", "array").set("items", ref("#/components/schemas/Finding"));
    vp.putObject("notices").put("type", "array").putObject("items").put("type", "object");
    vp.putObject("missingFacts").put("type", "array").put("description", "The JSON pointers of the facts to give")
        .putObject("items").put("type", "string");
    required(verdict, "ruleId", "asOf", "outcome", "findings");
    shapes.set("Verdict", verdict);

    ObjectNode verdictAnswer = object().put("type", "object");
    verdictAnswer.put("description", "{\"verdict\": …} and the members `ess RULE` shows beside it (an agrément's"
        + " calendar, a resale cap, an amount…).");
    verdictAnswer.putObject("properties").set("verdict", ref("#/components/schemas/Verdict"));
    required(verdictAnswer, "verdict");
    shapes.set("VerdictAnswer", verdictAnswer);
    ObjectNode computation = object().put("type", "object");
    computation.put("description", "{\"result\": …}: an amount that explains itself, and the members `ess RULE`"
        + " shows beside it.");
    computation.putObject("properties").putObject("result").put("type", "object");
    required(computation, "result");
    shapes.set("ComputationAnswer", computation);

    ObjectNode violation = props(shapes.putObject("Violation"), "path", "pointer", "messageFr", "messageEn",
        "invalidValue");
    violation.withObject("/properties").withObject("/pointer").put("description", "The JSON pointer of the fault"
        + " in the body (empty: the whole document)");
    required(violation, "path", "pointer", "messageFr", "messageEn");

    ObjectNode problem = object().put("type", "object");
    problem.put("description", "RFC 9457: type (one per kind, see the README's table of problems), title, status,"
        + " detail, instance, and the members of the kind.");
    ObjectNode pp = problem.putObject("properties");
    pp.putObject("type").put("type", "string").put("format", "uri");
    pp.putObject("title").put("type", "string");
    pp.putObject("status").put("type", "integer");
    pp.putObject("detail").put("type", "string");
    pp.putObject("instance").put("type", "string");
    pp.putObject("violations").put("type", "array").set("items", ref("#/components/schemas/Violation"));
    pp.putObject("known").put("type", "array").putObject("items").put("type", "string");
    pp.putObject("limit").put("type", "integer");
    pp.putObject("incident").put("type", "string");
    required(problem, "type", "title", "status", "detail");
    shapes.set("Problem", problem);

    ObjectNode judged = object().put("type", "object");
    judged.putObject("properties").putObject("line").put("type", "integer");
    judged.withObject("/properties").putObject("outcome").put("type", "string")
        .put("description", "The verdict's outcome, or COMPUTED");
    required(judged, "line", "outcome");
    ObjectNode failed = object().put("type", "object");
    failed.putObject("properties").putObject("line").put("type", "integer");
    failed.withObject("/properties").putObject("error").put("type", "string")
        .putArray("enum").add("invalid-input").add("no-law-known").add("internal-error");
    failed.withObject("/properties").putObject("violations").put("type", "array")
        .set("items", ref("#/components/schemas/Violation"));
    required(failed, "line", "error");
    ArrayNode oneOf = shapes.putObject("BatchRecord").put("description", "A line judged, or a line that could not"
        + " be (with its violations)").putArray("oneOf");
    oneOf.add(judged);
    oneOf.add(failed);

    ObjectNode value = props(shapes.putObject("ParameterValue"), "parameter", "unit", "date");
    value.withObject("/properties").putObject("result").put("type", "object");
    required(value, "parameter", "unit", "date", "result");
  }

  private static ObjectNode props(ObjectNode shape, String... strings) {
    shape.put("type", "object");
    ObjectNode props = shape.putObject("properties");
    for (String s : strings) {
      props.putObject(s).put("type", "string");
    }
    return shape;
  }

  private static void required(ObjectNode shape, String... names) {
    ArrayNode required = shape.putArray("required");
    for (String n : names) {
      required.add(n);
    }
  }

  private static ObjectNode ref(String target) {
    return object().put("$ref", target);
  }

  private static ObjectNode object() {
    return EssJson.mapper().createObjectNode();
  }
}
