package io.github.essrules.examples.cli;

import io.github.essrules.core.verdict.RuleDefinition;
import static io.github.essrules.examples.cli.EssCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.verdict.LawOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The law in time through the command line and the registry of rules: every rule refuses a date
 * beyond the horizon, today's SMIC is presumed, the strict policy refuses a presumption, a user
 * supplies the amount the library does not know, and {@code ess law status} tells what a date gets.
 */
class LawInTimeTest {
  static final String CASES = EsusCommandTest.CASES;

  /** A user's file giving the 2026 franchise threshold (the figure is the test's own). */
  static final String FRANCHISE_2026 = String.join("\n",
      "id: association-franchise-impots-commerciaux",
      "unit: EUR/an",
      "description: {fr: Franchise 2026, en: Franchise 2026}",
      "regime: FOR_PERIOD",
      "values:",
      "  - from: 2026-01-01",
      "    until: 2027-01-01",
      "    verifiedOn: 2026-11-30",
      "    value: 81000",
      "    reference: {kind: LOI, citation: \"CGI, art. 206-1 bis (seuil 2026, relevé par l'utilisateur)\", confidence: VERIFIED}",
      "");

  @Test
  void everyRuleOfTheRegistryRefusesTheLastDayOf9999OnItsSampleCase() {
    // the horizon of presumption: no text is presumed unchanged for eight thousand years
    for (CaseLibrary.Entry e : CaseLibrary.manifest()) {
      RuleDefinition<?, ?> runner = Rules.get(e.rule);
      if (!runner.dated()) {
        continue;
      }
      Object facts = DemoCommand.sample(e.file, runner.factsType());
      assertThatThrownBy(() -> Rules.run(runner, facts, LocalDate.of(9999, 12, 31), LawOptions.standard()))
          .as(e.rule + " " + e.file).isInstanceOf(NoLawKnownException.class);
    }
  }

  @Test
  void theEsusCaseAs9999ExitsFourOnTheCommandLine() {
    EssCommandTest.Run r = run("esus", CASES + "esus-regie-de-quartier.json", "--as-of", "9999-12-31");
    assertThat(r.code()).isEqualTo(ExitCodes.NO_LAW_KNOWN);
    assertThat(r.err()).contains("L3332-17-1").contains("version plus récente");
  }

  @Test
  void todaysSmicIsPresumedAndTheStrictPolicyRefusesIt() {
    EssCommandTest.Run presumed = run("parameter", "smic-horaire-brut", "--as-of", "2026-12-01");
    assertThat(presumed.code()).isZero();
    assertThat(presumed.out()).contains("12,31").contains("présumé inchangé depuis sa vérification");
    EssCommandTest.Run strict = run("parameter", "smic-horaire-brut", "--as-of", "2026-12-01", "--strict");
    assertThat(strict.code()).isEqualTo(ExitCodes.NO_LAW_KNOWN);
    assertThat(strict.err()).contains("politique stricte");
    EssCommandTest.Run january = run("parameter", "smic-horaire-brut", "--as-of", "2027-01-01", "--lang", "en");
    assertThat(january.code()).isEqualTo(ExitCodes.NO_LAW_KNOWN);
    assertThat(january.err()).contains("schedules a new value").contains("--parameters");
  }

  @Test
  void theFranchiseOf2026IsRefusedThenAnsweredFromTheUsersFile(@TempDir Path dir) throws Exception {
    EssCommandTest.Run refused = run("parameter", "association-franchise-impots-commerciaux", "--as-of", "2026-03-01");
    assertThat(refused.code()).isEqualTo(ExitCodes.NO_LAW_KNOWN);
    assertThat(refused.err()).contains("2019-01-01 → 2025-12-31").contains("--parameters");
    Path file = dir.resolve("franchise-2026.yaml");
    Files.writeString(file, FRANCHISE_2026);
    EssCommandTest.Run supplied = run("parameter", "association-franchise-impots-commerciaux", "--as-of", "2026-03-01",
        "--parameters", file.toString(), "--format", "json");
    assertThat(supplied.code()).as(supplied.err()).isZero();
    JsonNode answer = EssJson.mapper().readTree(supplied.out());
    assertThat(answer.at("/result/value").decimalValue()).isEqualByComparingTo("81000");
    assertThat(answer.at("/result/reference/confidence").asText()).isEqualTo("SUPPLIED_BY_USER");
    assertThat(answer.at("/result/reference/citation").asText()).contains("relevé par l'utilisateur");
    // a directory works too, and the shipped values stay for their years
    EssCommandTest.Run y2025 = run("parameter", "association-franchise-impots-commerciaux", "--as-of", "2025-03-01",
        "--parameters", dir.toString(), "--format", "json");
    assertThat(EssJson.mapper().readTree(y2025.out()).at("/result/value").decimalValue()).isEqualByComparingTo("80011");
  }

  @Test
  void aBadParameterFileIsOneErrorListingEveryProblemWithItsPlace(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, FRANCHISE_2026.replace("    verifiedOn: 2026-11-30\n", "")
        .replace("association-franchise-impots-commerciaux", "franchise-inconnue"));
    EssCommandTest.Run r = run("parameter", "smic-horaire-brut", "--as-of", "2026-03-01",
        "--parameters", file.toString(), "--parameters", dir.resolve("missing.yaml").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("values[0].verifiedOn: missing").contains("missing.yaml: no such file")
        .doesNotContain("Exception");
    Files.writeString(file, FRANCHISE_2026.replace("association-franchise-impots-commerciaux", "franchise-inconnue"));
    EssCommandTest.Run unknown = run("parameter", "smic-horaire-brut", "--as-of", "2026-03-01",
        "--parameters", file.toString());
    assertThat(unknown.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(unknown.err()).contains("unknown parameter 'franchise-inconnue'");
  }

  @Test
  void lawStatusSaysWhatADateGetsAndWhatFallsDueSoon() throws Exception {
    EssCommandTest.Run text = run("law", "status", "--as-of", "2026-12-01", "--lang", "en");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("presumed  smic-horaire-brut").contains("revision due on 2027-01-01  [due soon]")
        .contains("refused   association-franchise-impots-commerciaux")
        .contains("C. trav., art. L3332-17-1 (LEGIARTI000049720096), verified on 2026-03-27, horizon 2027-03-27");
    JsonNode json = EssJson.mapper().readTree(run("law", "status", "--as-of", "2026-12-01", "--format", "json").out());
    assertThat(json.at("/parameters/0/id").asText()).isEqualTo("smic-horaire-brut");
    assertThat(json.at("/parameters/0/onDate").asText()).isEqualTo("PRESUMED");
    assertThat(json.at("/parameters/0/dueSoon").asBoolean()).isTrue();
    JsonNode strict = EssJson.mapper().readTree(run("law", "status", "--as-of", "2026-12-01", "--strict",
        "--format", "json").out());
    assertThat(strict.at("/parameters/0/onDate").asText()).isEqualTo("REFUSED");
    assertThat(strict.at("/policy/strict").asBoolean()).isTrue();
  }

  @Test
  void lawStatusListsThePublicSupportParametersWithWhatTheyGive() {
    // issue 21: the de minimis ceilings are set for the period of each regulation (to 2030), the
    // adulte-relais aid is dated only for the first half of 2013, the minimum age until amended
    EssCommandTest.Run text = run("law", "status", "--as-of", "2026-04-01", "--lang", "en");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("de-minimis-plafond-general").contains("de-minimis-plafond-sieg")
        .contains("adulte-relais-age-minimum").contains("refused   adulte-relais-aide-annuelle")
        .contains("C. trav., art. L5134-102 (LEGIARTI000044043083)")
        .contains("Loi n° 2014-173 du 21 février 2014, art. 7 (conseils citoyens)");
  }
}
