package io.github.essrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.Explained;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The command line is derived from the library's registry: one identifier per rule for its command,
 * its batch, its schema and its sample cases.
 */
class RegistryCommandsTest {
  @Test
  void essRulesListsEveryRuleOfTheRegistryWithItsTitleAndSchemaInJson() throws Exception {
    EssCommandTest.Run r = EssCommandTest.run("rules", "--format", "json", "--lang", "en");
    assertThat(r.code()).isZero();
    List<String> ids = new ArrayList<>();
    for (JsonNode rule : EssJson.mapper().readTree(r.out())) {
      ids.add(rule.get("id").asText());
      RuleDefinition<?, ?> def = Rules.get(rule.get("id").asText());
      assertThat(rule.get("title").asText()).isEqualTo(def.title(Lang.EN));
      assertThat(rule.get("factsSchema").asText()).isEqualTo(def.id() + "-facts");
      assertThat(rule.get("result").asText())
          .isEqualTo(Verdict.class.isAssignableFrom(def.resultType()) ? "verdict" : "computation");
    }
    assertThat(ids).containsExactlyElementsOf(Rules.ids());
    EssCommandTest.Run text = EssCommandTest.run("rules");
    assertThat(text.out().lines().count()).isEqualTo(Rules.ids().size() + 1);
  }

  @Test
  void everyRuleHasACommandOfItsNameAndASchemaUnderItsIdentifierAndItsSchemaName() throws Exception {
    for (String id : Rules.ids()) {
      EssCommandTest.Run help = EssCommandTest.run(id, "--help", "--lang", "en");
      assertThat(help.code()).as(id).isZero();
      assertThat(help.out()).as(id).startsWith("Usage: ess " + id + " ");
      JsonNode byId = EssJson.mapper().readTree(EssCommandTest.run("schema", id).out());
      JsonNode byName = EssJson.mapper().readTree(EssCommandTest.run("schema", id + "-facts").out());
      assertThat(byId).as(id).isEqualTo(byName);
      assertThat(byId.get("$id").asText()).isEqualTo(id + "-facts");
    }
  }

  @Test
  void everyRuleHasASampleCaseThatItsCommandAndItsBatchJudgeAlike() throws Exception {
    Map<String, List<CaseLibrary.Entry>> byRule =
        CaseLibrary.manifest().stream().collect(Collectors.groupingBy(e -> e.rule));
    assertThat(byRule.keySet()).as("rules without a sample case").containsAll(Rules.ids());
    for (CaseLibrary.Entry e : CaseLibrary.manifest()) {
      String path = EsusCommandTest.CASES + e.file;
      EssCommandTest.Run single = EssCommandTest.run(e.rule, path, "--as-of", e.asOf.toString(), "--format", "json");
      JsonNode answer = EssJson.mapper().readTree(single.out());
      String json = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path)),
          java.nio.charset.StandardCharsets.UTF_8).replace("\n", " ");
      EssCommandTest.Run batch = EssCommandTest.runWithStdin(json + "\n", "batch", e.rule, "--as-of", e.asOf.toString(),
          "--detail", "full");
      assertThat(batch.code()).as(e.file + ": " + batch.err()).isZero();
      JsonNode line = EssJson.mapper().readTree(batch.out());
      if (answer.has("verdict")) {
        assertThat(line.get("outcome").asText()).as(e.file).isEqualTo(answer.at("/verdict/outcome").asText());
      } else {
        assertThat(answer.get("result")).as(e.file).isNotNull();
        assertThat(line.get("outcome").asText()).isEqualTo("COMPUTED");
      }
    }
  }

  @Test
  void everyResultOfTheSampleCasesExplainsItselfInFrenchAndEnglishWithItsText() {
    for (CaseLibrary.Entry e : CaseLibrary.manifest()) {
      RuleDefinition<?, ?> rule = Rules.get(e.rule);
      Explained result = Rules.run(rule, DemoCommand.sample(e.file, rule.factsType()), e.asOf);
      assertThat(result).as(e.file).isInstanceOf(rule.resultType());
      for (Lang lang : Lang.values()) {
        assertThat(result.summary(lang)).as(e.file).doesNotContain("\n").contains(" — ");
        assertThat(result.explain(lang)).as(e.file).contains("\n");
      }
      assertThat(result.explain(Lang.FR)).as(e.file).isNotEqualTo(result.explain(Lang.EN));
    }
  }

  @Test
  void everyFindingOfEverySampleVerdictHasAQualifiedIdentifierOfItsOwn() {
    for (CaseLibrary.Entry e : CaseLibrary.manifest()) {
      RuleDefinition<?, ?> rule = Rules.get(e.rule);
      Explained result = Rules.run(rule, DemoCommand.sample(e.file, rule.factsType()), e.asOf);
      if (result instanceof Verdict) {
        List<String> ids = new ArrayList<>();
        ((Verdict) result).findings().forEach(f -> collect(f, ids));
        assertThat(ids).as(e.file).doesNotHaveDuplicates();
      }
    }
  }

  private static void collect(io.github.essrules.core.verdict.Finding f, List<String> into) {
    into.add(f.qualifiedId());
    f.children().forEach(c -> collect(c, into));
  }
}
