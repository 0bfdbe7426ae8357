package io.github.essrules.examples.cli;

import static io.github.essrules.examples.cli.EssCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.json.EssJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ess association|scic|regie} on the guide's samples. */
class StructureCommandsTest {
  static final String CASES = EsusCommandTest.CASES;

  @Test
  void theEpiceriesSolidaireIsAnAssociationWithinTheFranchise() {
    EssCommandTest.Run r = run("association", CASES + "association-epicea.json", "--as-of", "2026-04-01", "--lang", "en");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("€21,450 does not exceed €80,011");
  }

  @Test
  void hotelDuNordInJsonGivesTheLeastAllocationOfItsSurplus() throws Exception {
    EssCommandTest.Run r = run("scic", CASES + "scic-hotel-du-nord.json", "--as-of", "2026-04-01", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode answer = EssJson.mapper().readTree(r.out());
    assertThat(answer.at("/minimumSurplusAllocation/legalReserve").decimalValue()).isEqualByComparingTo("1872.09");
    assertThat(answer.at("/minimumSurplusAllocation/statutoryReserve").decimalValue()).isEqualByComparingTo("5304.23");
    assertThat(answer.at("/verdict/confidence").asText()).isEqualTo("UNCONFIRMED");
  }

  @Test
  void theRegieCucmIsARegieDeTerritoire() {
    EssCommandTest.Run r = run("regie-de-quartier", CASES + "regie-cucm-bassin-nord.json", "--as-of", "2026-04-01");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Habitants majoritaires au conseil : 7 sièges sur 13");
  }

  @Test
  void anUnknownQualificationTypeOrABadRnaIsAListedInputError(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"organisation\":{\"name\":\"X\",\"legalForm\":\"ASSOCIATION\",\"rna\":\"W12\","
        + "\"qualifications\":[{\"type\":\"LABEL_INCONNU\"}]}}");
    EssCommandTest.Run r = run("regie-de-quartier", f.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("LABEL_INCONNU");
    Files.writeString(f, "{\"organisation\":{\"name\":\"X\",\"legalForm\":\"ASSOCIATION\",\"rna\":\"W12\"}}");
    EssCommandTest.Run bad = run("regie-de-quartier", f.toString());
    assertThat(bad.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(bad.err()).contains("/organisation/rna").contains("n'est pas un numéro RNA valide");
  }

  @Test
  void theStructureSchemasCarryTheQualificationDiscriminator() throws Exception {
    JsonNode regie = EssJson.mapper().readTree(run("schema", "regie-de-quartier").out());
    assertThat(regie.toString()).contains("REGIE_DE_QUARTIER_LABEL");
    assertThat(run("schema", "scic").code()).isZero();
    assertThat(run("schema", "association").code()).isZero();
  }
}
