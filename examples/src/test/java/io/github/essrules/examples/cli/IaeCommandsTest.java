package io.github.essrules.examples.cli;

import static io.github.essrules.examples.cli.EssCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.json.EssJson;
import org.junit.jupiter.api.Test;

/** {@code ess aci|cddi|aide-au-poste} on the samples. */
class IaeCommandsTest {
  static final String CASES = EsusCommandTest.CASES;

  @Test
  void theRestoPasserelleIsAboveThirtyPercentWithoutTheDerogationAndBelowFiftyWithIt() {
    assertThat(run("aci", CASES + "iae-resto-passerelle.json", "--as-of", "2025-09-30").code())
        .isEqualTo(ExitCodes.NOT_SATISFIED);
    assertThat(run("aci", CASES + "iae-resto-passerelle-derogation.json", "--as-of", "2025-09-30").code()).isZero();
  }

  @Test
  void theCddiOfA51YearOldInJsonSaysTheLawSetsNoTotal() throws Exception {
    EssCommandTest.Run r = run("cddi", CASES + "iae-cddi-50-ans.json", "--format", "json", "--lang", "en");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode answer = EssJson.mapper().readTree(r.out());
    assertThat(answer.has("latestLawfulEnd")).isFalse();
    assertThat(answer.at("/verdict/notices/0/id").asText()).isEqualTo("cddi.latest");
  }

  @Test
  void theGaragesAideIsExactToTheCent() throws Exception {
    EssCommandTest.Run r = run("aide-au-poste", CASES + "iae-aide-garage.json", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(EssJson.mapper().readTree(r.out()).at("/result/total").decimalValue()).isEqualByComparingTo("32442.86");
  }

  @Test
  void anAideForAMonthWithoutAKnownSocleExitsFour() {
    EssCommandTest.Run r = EssCommandTest.runWithStdin(
        "{\"structure\":\"ACI\",\"occupancy\":[{\"month\":\"2023-03\",\"fte\":8}]}", "aide-au-poste", "-");
    assertThat(r.code()).isEqualTo(ExitCodes.NO_LAW_KNOWN);
    assertThat(r.err()).contains("iae-aide-au-poste-aci");
  }

  @Test
  void theIaeSchemasAreServed() {
    assertThat(run("schema", "aci").code()).isZero();
    assertThat(run("schema", "cddi-facts").code()).isZero();
    assertThat(run("schema", "aide-au-poste-facts").code()).isZero();
  }
}
