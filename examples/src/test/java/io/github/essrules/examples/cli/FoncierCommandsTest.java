package io.github.essrules.examples.cli;

import static io.github.essrules.examples.cli.EssCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.json.EssJson;
import org.junit.jupiter.api.Test;

/** {@code ess brs …} and {@code ess clt resale} on the samples. */
class FoncierCommandsTest {
  static final String CASES = EsusCommandTest.CASES;

  @Test
  void theLilleResaleIsAboveItsCapAndSaysByHowMuch() throws Exception {
    EssCommandTest.Run r = run("brs-resale", CASES + "brs-lille-revente.json", "--as-of", "2025-06-20",
        "--format", "json");
    assertThat(r.code()).isEqualTo(ExitCodes.NOT_SATISFIED);
    JsonNode answer = EssJson.mapper().readTree(r.out());
    assertThat(answer.at("/cap/cap").decimalValue()).isEqualByComparingTo("181316.12");
    assertThat(answer.at("/cap/initialIndex/quarter").asText()).isEqualTo("2017-Q1");
    assertThat(answer.at("/verdict/outcome").asText()).isEqualTo("NOT_SATISFIED");
  }

  @Test
  void aHouseholdInLilleIsEligibleAndAnUnknownCommuneExitsTwo() {
    assertThat(run("brs-buyer", CASES + "brs-acquereur-lille.json").code()).isZero();
    EssCommandTest.Run bad = EssCommandTest.runWithStdin("{\"commune\":\"01999\",\"householdSize\":2,"
        + "\"referenceTaxIncome\":1,\"applicationDate\":\"2025-01-10\",\"ownsSuitableHome\":false}", "brs-buyer", "-");
    assertThat(bad.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(bad.err()).contains("01999");
  }

  @Test
  void chevryInJanuary2024IsUndeterminedForWantOfItsZoneBeforeJuly2024AndDecidedOnAStatedOne() throws Exception {
    EssCommandTest.Run r = EssCommandTest.runWithStdin("{\"commune\":\"01103\",\"householdSize\":2,"
        + "\"referenceTaxIncome\":50000,\"applicationDate\":\"2024-01-15\",\"ownsSuitableHome\":false}",
        "brs-buyer", "-", "--format", "json");
    assertThat(r.code()).isEqualTo(ExitCodes.UNDETERMINED);
    assertThat(EssJson.mapper().readTree(r.out()).at("/verdict/missingFacts/0").asText()).isEqualTo("/statedZone");
    EssCommandTest.Run stated = EssCommandTest.runWithStdin("{\"commune\":\"01103\",\"statedZone\":\"B2\","
        + "\"householdSize\":2,\"referenceTaxIncome\":50000,\"applicationDate\":\"2024-01-15\","
        + "\"ownsSuitableHome\":false}", "brs-buyer", "-", "--lang", "en");
    assertThat(stated.code()).isEqualTo(ExitCodes.NOT_SATISFIED);
    assertThat(stated.out()).contains("stated by the user");
  }

  @Test
  void theBrusselsSplitInEnglish() {
    EssCommandTest.Run r = run("--lang", "en", "clt-resale", CASES + "clt-bruxelles.json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("price paid by the buyer: €181,000.00").contains("to the trust: €6,000.00");
  }

  @Test
  void aQuarterMissingFromTheSeriesExitsFourAndNamesIt() {
    EssCommandTest.Run r = EssCommandTest.runWithStdin("{\"lease\":{\"startDate\":\"2017-06-15\",\"durationYears\":99,"
        + "\"initialPrice\":150000,\"initialPriceDate\":\"2017-06-15\",\"index\":{\"series\":\"IRL\",\"rule\":"
        + "\"PREVIOUS_QUARTER\"},\"worksAdded\":false},\"resaleDate\":\"2027-03-01\"}", "brs-resale", "-");
    assertThat(r.code()).isEqualTo(ExitCodes.NO_LAW_KNOWN);
    assertThat(r.err()).contains("2026-Q4");
  }

  @Test
  void theLandSchemasAreServed() throws Exception {
    JsonNode brs = EssJson.mapper().readTree(run("schema", "brs-resale-facts").out());
    assertThat(brs.toString()).contains("^[0-9]{4}-Q[1-4]$");
    assertThat(run("schema", "clt-resale-facts").code()).isZero();
    assertThat(run("schema", "brs-buyer-facts").code()).isZero();
    assertThat(run("schema", "brs-activite-resale").code()).isZero();
  }
}
