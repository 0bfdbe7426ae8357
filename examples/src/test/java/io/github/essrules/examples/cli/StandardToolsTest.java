package io.github.essrules.examples.cli;

import io.github.essrules.core.verdict.RuleDefinition;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.validation.Violation;
import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The sample cases of the library, read, written and validated by standard Java tools, as an
 * application would without configuring anything: a plain {@code new ObjectMapper()
 * .findAndRegisterModules()}, and a validator from {@code Validation.byDefaultProvider()}.
 */
class StandardToolsTest {
  private static final Pattern DATE_ARRAY = Pattern.compile("\\[\\s*\\d{4}\\s*,\\s*\\d{1,2}\\s*(,\\s*\\d{1,2}\\s*)?]");
  private static final Pattern ISO_DATE = Pattern.compile("\"\\d{4}-\\d{2}-\\d{2}\"");
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();
  private static final ValidatorFactory FRENCH = factory(Locale.FRENCH);
  private static final ValidatorFactory ENGLISH = factory(Locale.ENGLISH);

  @AfterAll
  static void close() {
    FRENCH.close();
    ENGLISH.close();
  }

  private static String text(String file) throws IOException {
    try (InputStream in = CaseLibrary.class.getResourceAsStream(CaseLibrary.FOLDER + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The type a value is read as: the abstract value type that names its Immutables class. */
  private static Class<?> readType(Object value) {
    Class<?> c = value.getClass();
    for (Class<?> t = c; t != null; t = t.getSuperclass()) {
      if (t.isAnnotationPresent(JsonDeserialize.class)) {
        return t;
      }
    }
    return c;
  }

  private static String assertRoundTrips(String what, Object value) throws IOException {
    String json = PLAIN.writeValueAsString(value);
    assertThat(json).as(what).doesNotContainPattern(DATE_ARRAY);
    assertThat(PLAIN.readValue(json, readType(value))).as(what).isEqualTo(value);
    // and the library's own mapper reads what the plain one writes, and conversely
    assertThat(EssJson.mapper().readValue(json, readType(value))).as(what).isEqualTo(value);
    assertThat(PLAIN.readValue(EssJson.write(value), readType(value))).as(what).isEqualTo(value);
    return json;
  }

  @Test
  void everySampleCaseAndItsResultRoundTripThroughAPlainMapperWithIsoDates() throws IOException {
    List<String> results = new ArrayList<>();
    int isoDates = 0;
    for (CaseLibrary.Judged j : CaseLibrary.runAll(Lang.EN)) {
      RuleDefinition<?, ?> runner = Rules.get(j.entry.rule);
      Object facts = DemoCommand.sample(j.entry.file, runner.factsType());
      assertThat(PLAIN.readValue(text(j.entry.file), runner.factsType())).as(j.entry.file).isEqualTo(facts);
      isoDates += ISO_DATE.matcher(assertRoundTrips(j.entry.file, facts)).results().count();
      isoDates += ISO_DATE.matcher(
          assertRoundTrips(j.entry.file + " → " + j.result.getClass().getSimpleName(), j.result)).results().count();
      results.add(readType(j.result).getName());
      if (j.verdict.isPresent() && j.verdict.get() != j.result) {
        assertRoundTrips(j.entry.file + " → verdict", j.verdict.get());
      }
    }
    assertThat(isoDates).isGreaterThan(100);
    assertThat(results).contains("io.github.essrules.core.verdict.Verdict", "io.github.essrules.rules.cae.Remuneration",
        "io.github.essrules.rules.iae.AideAuPoste$Result", "io.github.essrules.rules.foncier.CltResale$Result");
  }

  /** A default factory whose messages are in one locale, as Spring sets the request's. */
  private static ValidatorFactory factory(Locale locale) {
    Configuration<?> configuration = Validation.byDefaultProvider().configure();
    MessageInterpolator standard = configuration.getDefaultMessageInterpolator();
    return configuration.messageInterpolator(new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return standard.interpolate(template, context, locale);
      }

      @Override
      public String interpolate(String template, Context context, Locale ignored) {
        return standard.interpolate(template, context, locale);
      }
    }).buildValidatorFactory();
  }

  private static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      } else if (node.getKey() != null) {
        pointer.append('/').append(node.getKey());
      }
      if (node.getName() != null && !node.getName().startsWith("<")) {
        pointer.append('/').append(node.getName());
      }
    }
    return pointer.toString();
  }

  private static List<String> reported(ValidatorFactory factory, Object facts) {
    return factory.getValidator().validate(facts).stream()
        .map(v -> pointer(v.getPropertyPath()) + " | " + v.getMessage()).sorted().collect(Collectors.toList());
  }

  private static List<String> expected(List<Violation> violations, Function<Violation, String> message) {
    return violations.stream().map(v -> v.pointer() + " | " + message.apply(v)).sorted().collect(Collectors.toList());
  }

  /** Every number negated (but years), every value of an object that is not a list left out. */
  private static JsonNode broken(JsonNode node, boolean dropValues) {
    if (node.isObject()) {
      ObjectNode out = ((ObjectNode) node).deepCopy();
      Iterator<Map.Entry<String, JsonNode>> it = out.properties().iterator();
      List<String> drop = new ArrayList<>();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (dropValues && !e.getValue().isArray() && !e.getValue().isObject()) {
          drop.add(e.getKey());
        } else {
          e.setValue(broken(e.getValue(), dropValues));
        }
      }
      out.remove(drop);
      return out;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode out = node.deepCopy();
      for (int i = 0; i < out.size(); i++) {
        out.set(i, broken(out.get(i), dropValues));
      }
      return out;
    }
    if (node.isIntegralNumber() && !dropValues && (node.asInt() < 1900 || node.asInt() > 2100)) {
      return IntNode.valueOf(-node.asInt() - 1);
    }
    if (node.isFloatingPointNumber() && !dropValues) {
      return DecimalNode.valueOf(node.decimalValue().negate().subtract(java.math.BigDecimal.ONE));
    }
    return node;
  }

  @Test
  void everySampleCaseBrokenIsReportedByAStandardValidatorAsByTheLibrarys() throws IOException {
    int compared = 0;
    int violations = 0;
    for (CaseLibrary.Entry e : CaseLibrary.manifest()) {
      RuleDefinition<?, ?> runner = Rules.get(e.rule);
      JsonNode tree = EssJson.mapper().readTree(text(e.file));
      for (boolean drop : new boolean[] {false, true}) {
        Object facts;
        try {
          facts = EssJson.mapper().treeToValue(broken(tree, drop), runner.factsType());
        } catch (IOException | RuntimeException unreadable) {
          continue;
        }
        List<Violation> own = FactsValidator.shared().violations(facts);
        String what = e.file + (drop ? " without its values" : " with its numbers negated");
        assertThat(reported(FRENCH, facts)).as(what).isEqualTo(expected(own, Violation::messageFr));
        assertThat(reported(ENGLISH, facts)).as(what).isEqualTo(expected(own, Violation::messageEn));
        compared++;
        violations += own.size();
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(30);
    assertThat(violations).isGreaterThan(200);
  }
}
