package io.github.essrules.examples.cli;

import static io.github.essrules.examples.cli.EssCommandTest.run;
import static io.github.essrules.examples.cli.EssCommandTest.runWithStdin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.json.EssJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ess esus} and {@code ess ess-membership} on the sample cases, as a user runs them. */
class EsusCommandTest {
  static final String CASES = "src/main/resources/io/github/essrules/examples/cases/";

  @Test
  void aRegieDeQuartierIsEsusDePleinDroitAndExitsZero() {
    EssCommandTest.Run r = run("esus", CASES + "esus-regie-de-quartier.json", "--as-of", "2026-04-01");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Règle esus au 1er avril 2026 : satisfaite")
        .contains("8° du II (régies de quartier)")
        .contains("acceptation tacite le 10 avril 2026");
  }

  @Test
  void theSasFailingOnPayExitsOneAndShowsTheTopPayAgainstTenTimesTheSmic() {
    EssCommandTest.Run r = run("esus", CASES + "esus-sas-recyclerie.json", "--as-of", "2026-04-01", "--lang", "en");
    assertThat(r.code()).isEqualTo(ExitCodes.NOT_SATISFIED);
    assertThat(r.out()).contains("not satisfied").contains("€228,000 exceeds €216,220.80 by €11,779.20 ✗")
        .doesNotContain("does not exceed €216,220.80 ✗");
  }

  @Test
  void theJsonAnswerHoldsTheVerdictTheCalendarAndOnRequestTheAnnex() throws Exception {
    EssCommandTest.Run r = run("esus", CASES + "esus-scic-deux-ans.json", "--as-of", "2026-05-01",
        "--format", "json", "--annex");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode answer = EssJson.mapper().readTree(r.out());
    assertThat(answer.at("/verdict/outcome").asText()).isEqualTo("SATISFIED");
    // after the verification of the Code du travail (27 March 2026): presumed unchanged, with a notice
    assertThat(answer.at("/verdict/confidence").asText()).isEqualTo("PRESUMED");
    assertThat(answer.at("/verdict/notices").toString()).contains("text.presumed");
    assertThat(answer.at("/agrement/durationYears").asInt()).isEqualTo(2);
    assertThat(answer.at("/agrement/lastValidDay").asText()).isEqualTo("2028-04-19");
    assertThat(answer.at("/agrement/status").asText()).isEqualTo("VALID");
    assertThat(answer.at("/annexStatement").asText()).contains("R. 3332-21-5").contains("SCIC Mobilités solidaires");
  }

  @Test
  void aCaseWithMissingFactsExitsThreeAndNamesThem() {
    String json = "{\"ess\":{\"legalForm\":\"ASSOCIATION\"},\"applicationDate\":\"2026-01-10\"}";
    EssCommandTest.Run r = runWithStdin(json, "esus", "-", "--as-of", "2026-04-01");
    assertThat(r.code()).isEqualTo(ExitCodes.UNDETERMINED);
    assertThat(r.out()).contains("Faits manquants : /ess/purposeOtherThanSharingProfits");
  }

  @Test
  void negativePayAndAYearInTheFutureAreListedInputErrors(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"ess\":{\"legalForm\":\"ASSOCIATION\"},\"applicationDate\":\"2026-01-10\","
        + "\"payYears\":[{\"year\":2999,\"pay\":[{\"role\":\"SALARIE\",\"amountPaid\":-5,\"fullTimeRatio\":2}]}]}");
    EssCommandTest.Run r = run("esus", file.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("/payYears/0/year").contains("/payYears/0/pay/0/amountPaid")
        .contains("/payYears/0/pay/0/fullTimeRatio").doesNotContain("Exception");
  }

  @Test
  void aDateBeforeTheLoiEssExitsFour() {
    String json = "{\"ess\":{\"legalForm\":\"ASSOCIATION\"},\"applicationDate\":\"2013-10-01\"}";
    EssCommandTest.Run r = runWithStdin(json, "esus", "-", "--as-of", "2014-01-01");
    assertThat(r.code()).isEqualTo(ExitCodes.NO_LAW_KNOWN);
    assertThat(r.err()).contains("L3332-17-1");
  }

  @Test
  void aCaseAskedAboutBeforeItsApplicationExitsTwoNamingTheFieldAndBothDates() {
    EssCommandTest.Run r = run("esus", CASES + "esus-regie-de-quartier.json", "--as-of", "2014-01-01", "--lang", "en");
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("/applicationDate").contains("is after the date asked about (1 January 2014)");
  }

  @Test
  void essMembershipOfAnAssociation() {
    EssCommandTest.Run r = run("ess-membership", CASES + "ess-association.json", "--as-of", "2026-04-01");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Entreprise de l'ESS par sa forme (association)");
  }

  @Test
  void theSchemasOfTheFactsAreServed() throws Exception {
    JsonNode esus = EssJson.mapper().readTree(run("schema", "esus-facts").out());
    assertThat(esus.at("/required").toString()).contains("ess").contains("applicationDate");
    assertThat(esus.at("/properties/payYears/items/properties/year/type").asText()).isEqualTo("integer");
    JsonNode ess = EssJson.mapper().readTree(run("schema", "ess-membership-facts").out());
    assertThat(ess.at("/properties/legalForm").toString()).contains("COMMERCIAL_COMPANY");
  }

  @Test
  void theDemoJudgesTheThreeEsusCasesAndTheAssociationOnOneLineEach() {
    EssCommandTest.Run r = run("demo");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("[satisfaite] Régie de quartier Impulsion, Hénin-Carvin — ")
        .contains("[non satisfaite] Recyclerie du Plateau SAS (inventée) — sommes versées au mieux rémunéré ")
        .contains("[satisfaite] SCIC Mobilités solidaires (inventée) — ")
        .contains("[satisfaite] ARQC, ressourcerie de Cenon — ");
  }
}
