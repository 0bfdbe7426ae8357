package io.github.essrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.json.EssJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ess} command as a user runs it: output, messages and exit codes. */
class EssCommandTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EssCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static Run runWithStdin(String stdin, String... args) {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      return run(args);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void theDemoPrintsTheSmicOnSeveralDatesWithItsTextAndExitsZero() {
    Run r = run("demo");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("SMIC horaire brut au 1er janvier 2015 : 9,61\u00a0€ — Décret n° 2014-1569")
        .contains("au 1er novembre 2024 : 11,88\u00a0€ — Décret n° 2024-951")
        .contains("SMIC annuel brut à temps complet au 1er janvier 2026 : 21\u00a0876,84\u00a0€")
        .contains("48\u00a0060\u00a0€ — Arrêté du 22 décembre 2025")
        .contains("Refus attendu : La bibliothèque ne connaît pas « smic-horaire-brut » au 1er juin 2010");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theDemoIsATourWhoseSectionsSayWhatTheyShowWithTheLegendOfItsMarkers() {
    String fr = run("demo").out();
    assertThat(fr).contains("1. Des montants légaux datés").contains("2. Des montants calculés")
        .contains("3. Une date que la bibliothèque ne couvre pas : elle refuse plutôt que de deviner")
        .contains("4. Les cas du guide").contains("Légende : [satisfaite] la règle est remplie")
        .contains("[=] un calcul et non un verdict");
    // names in the language of the output
    assertThat(fr).contains("[non satisfaite] Recyclerie du Plateau SAS (inventée)").contains("Un BRS à Lille")
        .doesNotContain("(invented", "A BRS in Lille", "Date non couverte");
    String en = run("demo", "--lang", "en").out();
    assertThat(en).contains("3. A date the library does not cover: it refuses rather than guess")
        .contains("Legend: [satisfied] the rule is met").contains("[=] a computation, not a verdict")
        .contains("A BRS in Lille (invented lease)").doesNotContain("Un BRS à Lille", "(inventé");
    // the calendar of the BRS is in the tour
    assertThat(fr).contains("La cession d'un BRS à Lille : son calendrier").contains("CCH, art. L255-11");
  }

  @Test
  void theDemoSpeaksEnglishWhetherTheOptionComesBeforeOrAfterTheSubcommand() {
    assertThat(run("demo", "--lang", "en").out()).contains("Gross hourly SMIC on 1 January 2015: €9.61");
    assertThat(run("--lang", "en", "demo").out()).contains("Gross hourly SMIC on 1 January 2015: €9.61");
  }

  @Test
  void theDemoInJsonGivesEachCaseWithItsReference() throws Exception {
    Run r = run("demo", "--format", "json");
    JsonNode cases = EssJson.mapper().readTree(r.out());
    assertThat(cases.isArray()).isTrue();
    assertThat(cases.get(0).get("result").get("value").decimalValue()).isEqualByComparingTo("9.61");
    assertThat(cases.get(0).get("result").get("reference").get("citation").asText()).contains("2014-1569");
  }

  @Test
  void aParameterOnADateShowsItsPeriodTextAndConfidence() {
    Run r = run("parameter", "smic-horaire-brut", "--as-of", "2022-06-15");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("10,85 EUR/h").contains("en vigueur du 1er mai 2022 au 31 juillet 2022 inclus")
        .contains("Arrêté du 19 avril 2022").contains("[source secondaire]");
  }

  @Test
  void withoutArgumentTheKnownParametersAndTheirCoverageAreListed() {
    Run r = run("parameter");
    assertThat(r.out()).contains("smic-horaire-brut (EUR/h)").contains("2015-01-01 → 2026-12-31");
  }

  @Test
  void aDateTheLibraryDoesNotKnowExitsWithFourAndSaysSo() {
    Run r = run("parameter", "plafond-securite-sociale-annuel", "--as-of", "2027-01-01", "--lang", "en");
    assertThat(r.code()).isEqualTo(ExitCodes.NO_LAW_KNOWN);
    assertThat(r.err()).contains("does not know \"plafond-securite-sociale-annuel\" on 1 January 2027")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void anInvalidInputFileListsEveryFaultAndExitsWithTwo(@TempDir Path dir) throws Exception {
    Path query = dir.resolve("query.json");
    Files.writeString(query, "{\"parameter\": \"SMIC\", \"date\": \"2024-02-30\", \"extra\": 1}");
    Run r = run("parameter", "--input", query.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("Entrée invalide (3 erreur(s))").contains("/parameter").contains("/date")
        .contains("/extra").doesNotContain("\tat ");
  }

  @Test
  void aValidQueryOnStandardInputAnswersInJson() throws Exception {
    Run r = runWithStdin("{\"parameter\": \"smic-horaire-brut\", \"date\": \"2026-01-01\"}",
        "parameter", "--input", "-", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode answer = EssJson.mapper().readTree(r.out());
    assertThat(answer.get("result").get("value").decimalValue()).isEqualByComparingTo("12.02");
    assertThat(answer.get("result").get("validFrom").asText()).isEqualTo("2026-01-01");
  }

  @Test
  void errorsInJsonFormatAreAJsonObjectWithTheViolations() throws Exception {
    Run r = runWithStdin("{\"date\": \"2026-01-01\"}", "parameter", "--input", "-", "--format", "json");
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    JsonNode error = EssJson.mapper().readTree(r.out());
    assertThat(error.get("error").asText()).isEqualTo("invalid-input");
    assertThat(error.get("violations").get(0).get("pointer").asText()).isEqualTo("/parameter");
  }

  @Test
  void anUnknownParameterOrOptionIsAUsageErrorExitingWithTwo() {
    assertThat(run("parameter", "rsa").code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run("parameter", "rsa").err()).contains("Paramètre inconnu « rsa »");
    assertThat(run("demo", "--bogus").code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run("demo", "--as-of", "yesterday").code()).isEqualTo(ExitCodes.INVALID_INPUT);
  }

  @Test
  void theSchemaOfAParameterQueryRequiresBothFieldsAndForbidsOthers() throws Exception {
    Run r = run("schema", "parameter-query");
    assertThat(r.code()).isZero();
    JsonNode schema = EssJson.mapper().readTree(r.out());
    assertThat(schema.get("$schema").asText()).contains("2020-12");
    assertThat(schema.get("type").asText()).isEqualTo("object");
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    assertThat(schema.get("required")).extracting(JsonNode::asText).containsExactlyInAnyOrder("parameter", "date");
    assertThat(schema.get("properties").get("date").get("format").asText()).isEqualTo("date");
    assertThat(schema.get("properties").get("parameter").get("pattern").asText()).isEqualTo("[a-z0-9]+(-[a-z0-9]+)*");
    assertThat(run("schema", "unknown").code()).isEqualTo(ExitCodes.INVALID_INPUT);
  }

  @Test
  void helpListsTheExitCodes() {
    Run r = run("--help", "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Exit codes:").contains("no law or amount known for the date");
    assertThat(run("--help").out()).contains("Codes de sortie :").contains("aucune règle ni aucun montant connu");
  }
}
