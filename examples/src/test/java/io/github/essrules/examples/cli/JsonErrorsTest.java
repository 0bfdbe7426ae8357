package io.github.essrules.examples.cli;

import static io.github.essrules.examples.cli.EssCommandTest.run;
import static io.github.essrules.examples.cli.EssCommandTest.runWithStdin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.examples.cli.EssCommandTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: under {@code --format json}, everything on standard output is one JSON object —
 * errors included, whatever their kind — with the exit code the help lists, a text in French and
 * English that says what is wrong and what is allowed, and none of the libraries' own words.
 */
class JsonErrorsTest {
  @TempDir Path dir;

  private static String sample(String file) throws IOException {
    try (InputStream in = JsonErrorsTest.class.getResourceAsStream(CaseLibrary.FOLDER + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Standard output parsed as one JSON object, its exit code that of the run, nothing on standard error. */
  private static JsonNode error(Run r, int code, String kind) throws IOException {
    assertThat(r.code()).as(r.toString()).isEqualTo(code);
    JsonNode error = EssJson.mapper().readTree(r.out());
    assertThat(error.isObject()).as(r.out()).isTrue();
    assertThat(error.get("error").asText()).isEqualTo(kind);
    assertThat(error.get("exitCode").asInt()).isEqualTo(code);
    assertThat(error.get("fr").asText()).isNotBlank();
    assertThat(error.get("en").asText()).isNotBlank();
    assertThat(r.out()).doesNotContain("Source:", "picocli", "java.", "Exception", "Jackson", "`", "Usage:");
    assertThat(r.err()).isEmpty();
    return error;
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithTheCommand() throws IOException {
    JsonNode e = error(run("--format", "json", "demo", "--bogus"), ExitCodes.INVALID_INPUT, "usage");
    assertThat(e.get("command").asText()).isEqualTo("ess demo");
    assertThat(e.get("option").asText()).isEqualTo("--bogus");
    assertThat(e.get("fr").asText()).contains("Option inconnue");
  }

  @Test
  void anUnknownRuleCommandSuggestsTheClosestCommands() throws IOException {
    JsonNode e = error(run("--format", "json", "cae-report", "case.json"), ExitCodes.INVALID_INPUT, "usage");
    assertThat(e.get("suggestions")).extracting(JsonNode::asText).contains("ess cae-agenda");
    assertThat(e.get("en").asText()).contains("Unknown command").contains("Did you mean");
  }

  @Test
  void anUnknownRuleOfTheBatchIsAnInputError() throws IOException {
    error(runWithStdin("", "batch", "no-such-rule", "--format", "json"), ExitCodes.INVALID_INPUT, "invalid-input");
  }

  @Test
  void anImpossibleDateOptionSaysWhyWhereverTheFormatOptionStands() throws IOException {
    for (String[] args : new String[][] {{"--format", "json", "--as-of", "2026-02-30", "parameter", "smic-horaire-brut"},
        {"parameter", "smic-horaire-brut", "--as-of", "2026-02-30", "--format=json"}}) {
      JsonNode e = error(run(args), ExitCodes.INVALID_INPUT, "usage");
      assertThat(e.get("option").asText()).isEqualTo("--as-of");
      assertThat(e.get("value").asText()).isEqualTo("2026-02-30");
      assertThat(e.get("fr").asText()).contains("février 2026 n'a que 28 jours");
      assertThat(e.get("en").asText()).contains("February 2026 has 28 days");
    }
  }

  @Test
  void aNamedOptionValueListsTheValuesAllowed() throws IOException {
    JsonNode e = error(run("--format", "json", "batch", "esus", "--detail", "everything"), ExitCodes.INVALID_INPUT,
        "usage");
    assertThat(e.get("allowed")).extracting(JsonNode::asText).containsExactly("summary", "full");
  }

  @Test
  void malformedJsonNamesWhereAndWhatWasExpected() throws IOException {
    JsonNode e = error(runWithStdin("{\"applicationDate\": \"2026-03-16\",}", "esus", "-", "--format", "json"),
        ExitCodes.INVALID_INPUT, "invalid-input");
    JsonNode v = e.get("violations").get(0);
    assertThat(v.get("pointer").asText()).isEmpty();
    assertThat(v.get("messageEn").asText()).contains("line 1, column").contains("a comma too many before \"}\"");
    JsonNode cut = error(runWithStdin("{\"ess\": {\"legalForm\": ", "esus", "-", "--format", "json"),
        ExitCodes.INVALID_INPUT, "invalid-input");
    assertThat(cut.get("violations").get(0).get("messageFr").asText()).startsWith("JSON incomplet");
  }

  @Test
  void invalidFactsListEveryFaultWithTheNamesAllowed() throws IOException {
    String facts = sample("esus-sas-recyclerie.json").replace("\"COMMERCIAL_COMPANY\"", "\"SAS\"")
        .replace("\"fullTimeRatio\": 1 }", "\"fullTimeRatio\": 2 }");
    JsonNode e = error(runWithStdin(facts, "esus", "-", "--as-of", "2026-04-01", "--format", "json"),
        ExitCodes.INVALID_INPUT, "invalid-input");
    assertThat(e.get("violations")).anySatisfy(v -> {
      assertThat(v.get("pointer").asText()).isEqualTo("/ess/legalForm");
      assertThat(v.get("messageEn").asText()).contains("COMMERCIAL_COMPANY").contains("ASSOCIATION");
      assertThat(v.get("invalidValue").asText()).isEqualTo("SAS");
    });
  }

  @Test
  void aFactDatedAfterTheDateAskedAboutIsRefused() throws IOException {
    JsonNode e = error(runWithStdin(sample("esus-sas-recyclerie.json"), "esus", "-", "--as-of", "2026-03-01",
        "--format", "json"), ExitCodes.INVALID_INPUT, "invalid-input");
    assertThat(e.get("violations")).extracting(v -> v.get("pointer").asText()).contains("/applicationDate");
  }

  @Test
  void aDateWithoutKnownLawIsItsOwnError() throws IOException {
    error(run("parameter", "smic-horaire-brut", "--as-of", "2010-06-01", "--format", "json"), ExitCodes.NO_LAW_KNOWN,
        "no-law-known");
  }

  @Test
  void aMissingFileIsAUsageError() throws IOException {
    JsonNode e = error(run("esus", dir.resolve("absent.json").toString(), "--format", "json"), ExitCodes.INVALID_INPUT,
        "usage");
    assertThat(e.get("en").asText()).contains("absent.json");
  }

  @Test
  void aMissingCaseOrCommandIsAUsageError() throws IOException {
    error(run("esus", "--format", "json"), ExitCodes.INVALID_INPUT, "usage");
    error(run("--format", "json"), ExitCodes.INVALID_INPUT, "usage");
    error(run("law", "--format", "json"), ExitCodes.INVALID_INPUT, "usage");
  }

  @Test
  void anUnknownFieldSuggestsTheFieldMeant() throws IOException {
    Path file = dir.resolve("typo.json");
    Files.writeString(file, sample("esus-sas-recyclerie.json").replace("\"applicationDate\"", "\"applicationDat\""));
    JsonNode e = error(run("esus", file.toString(), "--as-of", "2026-04-01", "--format", "json"),
        ExitCodes.INVALID_INPUT, "invalid-input");
    assertThat(e.get("violations")).anySatisfy(v -> {
      assertThat(v.get("pointer").asText()).isEqualTo("/applicationDat");
      assertThat(v.get("messageEn").asText()).isEqualTo("unknown property \"applicationDat\": did you mean"
          + " \"applicationDate\"?");
      assertThat(v.get("messageFr").asText()).contains("vouliez-vous dire « applicationDate » ?");
    });
  }

  @Test
  void helpAndVersionAreJsonToo() throws IOException {
    Run help = run("esus", "--help", "--format", "json", "--lang", "en");
    assertThat(help.code()).isZero();
    JsonNode h = EssJson.mapper().readTree(help.out());
    assertThat(h.get("command").asText()).isEqualTo("ess esus");
    assertThat(h.get("help").asText()).startsWith("Usage: ess esus");
    Run version = run("--version", "--format", "json");
    assertThat(EssJson.mapper().readTree(version.out()).get("version").asText()).startsWith("ess-rules ");
  }

  @Test
  void inTextTheSameErrorsAreASentenceInTheLanguageAskedOnStandardError() {
    Run fr = run("parameter", "smic-horaire-brut", "--as-of", "2026-02-30");
    assertThat(fr.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(fr.out()).isEmpty();
    assertThat(fr.err()).contains("--as-of : « 2026-02-30 » refusé : date impossible : février 2026 n'a que 28 jours.")
        .contains("Voir : ess parameter --help").doesNotContain("Usage", "Utilisation");
    Run en = run("--lang", "en", "demo", "--bogus");
    assertThat(en.err()).contains("Unknown option of ess demo: '--bogus'.").contains("See: ess demo --help");
  }
}
