package io.github.essrules.rules.situations;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.registry.RuleRegistry;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Explained;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one situation through the registry and names the first difference from what it expects.
 */
final class SituationCheck {
  private static final Pattern FINDING_FIGURE = Pattern.compile("(.+?)(?:\\[(\\d+)])?");

  private SituationCheck() {}

  /**
   * The first difference between what the rule answers and what the situation expects.
   *
   * @param rules the registry
   * @param ruleId the rule, named by the folder
   * @param s the situation
   * @param folder the folder of its file
   * @param root the folder of every situation
   * @return the difference, or empty when the answer is the one expected
   * @throws Exception if the situation itself cannot be read
   */
  static Optional<String> firstDifference(RuleRegistry rules, String ruleId, Situation s, Path folder, Path root)
      throws Exception {
    RuleDefinition<?, ?> rule = rules.get(ruleId);
    String json = Situation.JSON.writeValueAsString(s.factsJson(folder, root));
    Situation.Expected e = s.expected();
    Explained result;
    try {
      Object facts = rule.dated() ? EssJson.read(json, rule.factsType(), s.asOf()) : EssJson.read(json, rule.factsType());
      result = rules.apply(ruleId, facts, s.asOf(), LawOptions.standard());
    } catch (RuntimeException thrown) {
      if (e.error() != null && e.error().equals(thrown.getClass().getSimpleName())) {
        return Optional.empty();
      }
      if (e.error() != null) {
        return Optional.of("error: expected " + e.error() + ", got " + thrown);
      }
      return Optional.of("error: unexpected " + thrown);
    }
    if (e.error() != null) {
      return Optional.of("error: expected " + e.error() + ", got a result:\n" + result.explain(Lang.FR));
    }
    Optional<String> d = result instanceof Verdict ? verdict((Verdict) result, e) : computation(result, e);
    if (d.isEmpty()) {
      d = figures(result, e);
    }
    return d.map(diff -> diff + "\n" + result.explain(Lang.FR));
  }

  private static Optional<String> verdict(Verdict v, Situation.Expected e) {
    if (e.outcome() == null) {
      return Optional.of("outcome: the rule gives a verdict, the situation must expect an outcome (got "
          + v.outcome() + ")");
    }
    if (e.outcome() != v.outcome()) {
      return Optional.of("outcome: expected " + e.outcome() + ", got " + v.outcome());
    }
    Optional<String> d = sameSet("failures", e.failures(), v.failures().stream().map(Finding::qualifiedId).toList());
    if (d.isEmpty()) {
      d = sameSet("undetermined", e.undetermined(), v.undetermined().stream().map(Finding::qualifiedId).toList());
    }
    if (d.isEmpty()) {
      d = sameSet("missingFacts", e.missingFacts(), v.missingFacts());
    }
    if (d.isPresent()) {
      return d;
    }
    for (Map.Entry<String, io.github.essrules.core.verdict.Outcome> f : e.findings().entrySet()) {
      Optional<Finding> found = finding(v, f.getKey());
      if (found.isEmpty()) {
        return Optional.of("findings: no finding " + f.getKey() + " in the verdict");
      }
      if (found.get().outcome() != f.getValue()) {
        return Optional.of("findings: " + f.getKey() + " expected " + f.getValue() + ", got " + found.get().outcome());
      }
    }
    for (String id : e.absent()) {
      if (finding(v, id).isPresent()) {
        return Optional.of("absent: the verdict holds a finding " + id + ", expected none");
      }
    }
    if (e.confidence() != null && e.confidence() != v.confidence()) {
      return Optional.of("confidence: expected " + e.confidence() + ", got " + v.confidence());
    }
    return Optional.empty();
  }

  private static Optional<String> computation(Explained result, Situation.Expected e) {
    if (e.outcome() != null || !e.failures().isEmpty() || !e.undetermined().isEmpty() || !e.missingFacts().isEmpty()
        || !e.findings().isEmpty() || !e.absent().isEmpty() || e.confidence() != null) {
      return Optional.of("the rule computes a " + result.getClass().getSimpleName()
          + ", not a verdict: expect only 'figures'");
    }
    return Optional.empty();
  }

  private static Optional<String> figures(Explained result, Situation.Expected e) throws Exception {
    JsonNode tree = null;
    for (Map.Entry<String, JsonNode> figure : e.figures().entrySet()) {
      String key = figure.getKey();
      if (key.startsWith("/")) {
        if (tree == null) {
          tree = Situation.JSON.readTree(EssJson.write(result));
        }
        JsonNode actual = tree.at(key);
        if (actual.isMissingNode()) {
          return Optional.of("figures: nothing at " + key + " in the result's JSON");
        }
        if (!sameJson(figure.getValue(), actual)) {
          return Optional.of("figures: " + key + " expected " + figure.getValue() + ", got " + actual);
        }
        continue;
      }
      if (!(result instanceof Verdict)) {
        return Optional.of("figures: " + key + " names a finding, but the result is no verdict: use a JSON pointer");
      }
      Matcher m = FINDING_FIGURE.matcher(key);
      if (!m.matches()) {
        return Optional.of("figures: cannot read " + key);
      }
      Optional<Finding> f = finding((Verdict) result, m.group(1));
      if (f.isEmpty()) {
        return Optional.of("figures: no finding " + m.group(1) + " in the verdict");
      }
      int index = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      if (index >= f.get().comparisons().size()) {
        return Optional.of("figures: " + m.group(1) + " has " + f.get().comparisons().size() + " comparison(s), no "
            + index);
      }
      Comparison c = f.get().comparisons().get(index);
      Situation.Compared expected = Situation.YAML.treeToValue(figure.getValue(), Situation.Compared.class);
      if (expected.actual() != null && !sameArg(expected.actual(), c.actual())) {
        return Optional.of("figures: " + key + " actual value expected " + expected.actual() + ", got " + c.actual());
      }
      if (expected.limit() != null && !sameArg(expected.limit(), c.limit())) {
        return Optional.of("figures: " + key + " limit expected " + expected.limit() + ", got " + c.limit());
      }
    }
    return Optional.empty();
  }

  /** The finding of a qualified identifier ({@code id} or {@code id@subject}), which must be unique. */
  private static Optional<Finding> finding(Verdict v, String qualifiedId) {
    String id = qualifiedId.contains("@") ? qualifiedId.substring(0, qualifiedId.indexOf('@')) : qualifiedId;
    List<Finding> found = new ArrayList<>();
    for (Finding f : v.find(id)) {
      if (f.qualifiedId().equals(qualifiedId)) {
        found.add(f);
      }
    }
    if (found.size() > 1) {
      throw new IllegalStateException("the verdict has " + found.size() + " findings " + qualifiedId);
    }
    return found.stream().findFirst();
  }

  private static boolean sameArg(JsonNode expected, MessageArg actual) {
    if (expected.isNumber()) {
      return actual.kind() == MessageArg.Kind.NUMBER || actual.kind() == MessageArg.Kind.EUROS
          || actual.kind() == MessageArg.Kind.RATE
          ? expected.decimalValue().compareTo(actual.decimalValue()) == 0 : false;
    }
    return expected.isTextual() && expected.asText().equals(actual.value());
  }

  private static boolean sameJson(JsonNode expected, JsonNode actual) {
    return expected.equals(NUMBERS_BY_VALUE, actual);
  }

  /**
   * Numbers by value; a number expected where the JSON holds its text (a message argument's
   * {@code "value": "55000.00"}) by value too.
   */
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
    if (a.isNumber() && (b.isNumber() || b.isTextual())) {
      BigDecimal y;
      try {
        y = b.isNumber() ? b.decimalValue() : new BigDecimal(b.asText());
      } catch (NumberFormatException notANumber) {
        return 1;
      }
      return a.decimalValue().compareTo(y);
    }
    return a.equals(b) ? 0 : 1;
  };

  private static Optional<String> sameSet(String what, List<String> expected, List<String> actual) {
    TreeSet<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    TreeSet<String> extra = new TreeSet<>(actual);
    extra.removeAll(expected);
    if (missing.isEmpty() && extra.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(what + ": expected " + expected + ", got " + actual
        + (missing.isEmpty() ? "" : "; not found " + missing) + (extra.isEmpty() ? "" : "; not expected " + extra));
  }
}
