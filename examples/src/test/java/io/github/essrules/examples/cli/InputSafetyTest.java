package io.github.essrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.validation.Violation;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.PleinDroitCategory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, "Input safety", in the situations where it was found: a value in another form than
 * the schema's was read some other way and judged — a wrong verdict with exit code 0. Each is now
 * an input error naming the field (exit code 2), the allowed names listed for a named value.
 */
class InputSafetyTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);
  /** Régie de quartier Impulsion: C. trav. L3332-17-1, II, 8°, agrément de plein droit. */
  private static final String REGIE = FuzzSeeds.sample("esus-regie-de-quartier.json");

  private static EssCommandTest.Run esus(String json) {
    return EssCommandTest.runWithStdin(json, "esus", "-", "--as-of", AS_OF.toString(), "--format", "json");
  }

  private static List<Violation> refused(String json) {
    List<Violation> found = new ArrayList<>();
    assertThatThrownBy(() -> EssJson.read(json, EsusFacts.class, AS_OF))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> found.addAll(e.violations()));
    return found;
  }

  private static List<String> pointers(EssCommandTest.Run r) throws Exception {
    List<String> out = new ArrayList<>();
    EssJson.mapper().readTree(r.out()).findValuesAsText("pointer").forEach(out::add);
    return out;
  }

  @Test
  void theRegieDeQuartierByItsNameIsJudgedUnderItem8() {
    assertThat(EssJson.read(REGIE, EsusFacts.class, AS_OF).pleinDroitCategory())
        .contains(PleinDroitCategory.REGIE_DE_QUARTIER);
    assertThat(esus(REGIE).code()).isNotEqualTo(ExitCodes.INVALID_INPUT);
  }

  @Test
  void pleinDroitCategory8MeantAs8DuIIIsAnInputErrorListingTheAllowedNamesNotItem9EntreprisesAdaptees()
      throws Exception {
    String json = REGIE.replace("\"REGIE_DE_QUARTIER\"", "8");
    Violation fault = refused(json).get(0);
    assertThat(fault.pointer()).isEqualTo("/pleinDroitCategory");
    assertThat(fault.invalidValue()).contains("8");
    assertThat(fault.messageEn()).contains("REGIE_DE_QUARTIER").contains("ENTREPRISE_ADAPTEE").contains("HABITAT_INCLUSIF");
    assertThat(fault.messageFr()).contains("REGIE_DE_QUARTIER");
    EssCommandTest.Run r = esus(json);
    assertThat(r.code()).as(r.out()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(pointers(r)).containsExactly("/pleinDroitCategory");
    assertThat(r.out()).contains("REGIE_DE_QUARTIER").doesNotContain("\"outcome\"");
  }

  @Test
  void legalForm3IsAnInputErrorNotAMutuelle() throws Exception {
    String json = REGIE.replace("\"ASSOCIATION\"", "3");
    assertThat(refused(json)).extracting(Violation::pointer).containsExactly("/ess/legalForm");
    assertThat(refused(json).get(0).messageEn()).contains("ASSOCIATION, FONDATION, MUTUELLE");
    EssCommandTest.Run r = esus(json);
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(pointers(r)).containsExactly("/ess/legalForm");
  }

  @Test
  void role0ForTheDirectriceIsAnInputErrorNotASalarie() throws Exception {
    String json = REGIE.replace("\"role\": \"DIRIGEANT\"", "\"role\": 0");
    assertThat(refused(json)).extracting(Violation::pointer).containsExactly("/payYears/0/pay/0/role");
    assertThat(refused(json).get(0).messageEn()).contains("SALARIE, DIRIGEANT");
    assertThat(esus(json).code()).isEqualTo(ExitCodes.INVALID_INPUT);
  }

  @Test
  void anApplicationDate20260202T233000ZIsRefusedNamingTheFieldNotCutTo20260202() throws Exception {
    String json = REGIE.replace("\"applicationDate\": \"2026-02-02\"", "\"applicationDate\": \"2026-02-02T23:30:00Z\"");
    Violation fault = refused(json).get(0);
    assertThat(fault.pointer()).isEqualTo("/applicationDate");
    assertThat(fault.messageEn()).contains("YYYY-MM-DD");
    EssCommandTest.Run r = esus(json);
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(pointers(r)).containsExactly("/applicationDate");
  }

  @Test
  void anApplicationDateGivenAsTheArray2026_2_2IsRefusedNamingTheField() throws Exception {
    String json = REGIE.replace("\"applicationDate\": \"2026-02-02\"", "\"applicationDate\": [2026, 2, 2]");
    assertThat(refused(json)).extracting(Violation::pointer).containsExactly("/applicationDate");
    EssCommandTest.Run r = esus(json);
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(pointers(r)).containsExactly("/applicationDate");
  }

  @Test
  void aPayYearGivenAsTheString2025IsRefusedTheSchemaSaysAnInteger() {
    String json = REGIE.replace("\"year\": 2025", "\"year\": \"2025\"");
    assertThat(refused(json)).extracting(Violation::pointer).containsExactly("/payYears/0/year");
  }

  @Test
  void aLabelWithALoneSurrogateIsAnInputErrorNamingTheField() throws Exception {
    String json = REGIE.replace("\"directrice\"", "\"directrice \\ud800\"");
    Violation fault = refused(json).get(0);
    assertThat(fault.pointer()).isEqualTo("/payYears/0/pay/0/label");
    assertThat(fault.invalidValue()).contains("directrice \\ud800");
    EssCommandTest.Run r = esus(json);
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(pointers(r)).containsExactly("/payYears/0/pay/0/label");
  }

  @Test
  void aBatchLineWithALoneSurrogateGetsItsOwnInputErrorRecordAndTheOtherLinesAreJudged() throws Exception {
    String line = EssJson.mapper().writeValueAsString(EssJson.mapper().readTree(REGIE));
    String lone = line.replace("\"directrice\"", "\"directrice \\ud800\"");
    assertThat(lone).isNotEqualTo(line);
    byte[] input = (line + "\n" + lone + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
    BatchCommandTest.Run r = BatchCommandTest.batch(input, "batch", "esus", "--as-of", AS_OF.toString());
    assertThat(r.records()).hasSize(3);
    JsonNode first = r.records().get(0);
    JsonNode second = r.records().get(1);
    JsonNode third = r.records().get(2);
    assertThat(first.get("outcome")).isNotNull();
    assertThat(third.get("outcome").asText()).isEqualTo(first.get("outcome").asText());
    assertThat(second.get("line").asInt()).isEqualTo(2);
    assertThat(second.get("error").asText()).isEqualTo("invalid-input");
    assertThat(second.at("/violations/0/pointer").asText()).isEqualTo("/payYears/0/pay/0/label");
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
  }
}
