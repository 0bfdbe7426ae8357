package io.github.essrules.examples.cli;

import static io.github.essrules.examples.cli.EssCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.json.EssJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ess cae-compliance|cae-agenda|cae-remuneration} on the Coop'Alpha sample, as a user runs them. */
class CaeCommandTest {
  static final String CASE = EsusCommandTest.CASES + "cae-coop-alpha.json";

  @Test
  void theReportOf2025ListsTheBreachesAndExitsOne() {
    EssCommandTest.Run r = run("cae-compliance", CASE, "--as-of", "2026-03-31", "--from", "2025-01-01");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.NOT_SATISFIED);
    assertThat(r.out()).contains("Règle cae-compliance au 31 mars 2026 : non satisfaite")
        // the balance paid late reads as what happened, not as the condition with a cross
        .contains("date du versement du solde, comparée à un mois après l'assemblée générale : le 22 juillet 2025, "
            + "après le 12 juillet 2025 (10 jours plus tard) ✗")
        .contains("convention signée le 15 septembre 2025, après le début de l'activité le 1er septembre 2025")
        .doesNotContain("n'excède pas 12 juillet 2025")
        .contains("manque : la signature de l'entrepreneur")
        // E03's contract lacks the décret's two clauses: each breach cites its own article
        .contains("[non satisfaite] Le contrat d'entrepreneur salarié ne précise pas les délais et modalités pour "
            + "devenir associé — C. trav., art. R7331-10")
        .contains("ne définit pas les conditions des entretiens individuels d'accompagnement — C. trav., art. R7331-3, "
            + "1re phrase");
  }

  @Test
  void aDeadlineNotReachedOnTheDateAskedIsMarkedAsToCome_L7331_3() {
    // E03 and E04 signed their contracts in 2025: their three years end after the report's year
    EssCommandTest.Run r = run("cae-compliance", CASE, "--as-of", "2026-03-31");
    assertThat(r.out()).contains("[échéance à venir] Pas encore associé ; échéance le");
    EssCommandTest.Run en = run("--lang", "en", "cae-compliance", CASE, "--as-of", "2026-03-31");
    assertThat(en.out()).contains("[deadline not yet reached]");
  }

  @Test
  void theAgendaInJsonIsSortedAndMarksOverdueItems() throws Exception {
    EssCommandTest.Run r = run("cae-agenda", CASE, "--as-of", "2026-03-31", "--format", "json");
    assertThat(r.code()).isEqualTo(ExitCodes.NOT_SATISFIED);
    JsonNode items = EssJson.mapper().readTree(r.out());
    assertThat(items.size()).isGreaterThan(3);
    assertThat(items.get(0).get("overdue").asBoolean()).isTrue();
    for (int i = 1; i < items.size(); i++) {
      assertThat(items.get(i).get("date").asText()).isGreaterThanOrEqualTo(items.get(i - 1).get("date").asText());
    }
  }

  @Test
  void anInterviewPeriodOverWithTheInterviewsLeftOutIsToConfirmAndExitsThree_R7331_3(@TempDir Path dir)
      throws Exception {
    Path facts = dir.resolve("cae.json");
    Files.writeString(facts, "{\"form\": \"SCOP\", \"generalMeetings\": [], \"entrepreneurs\": [{\"id\": \"E09\","
        + " \"contractStart\": \"2024-01-08\", \"priorContracts\": [], \"trialPeriodMonths\": 0,"
        + " \"becameAssocieOn\": \"2025-06-01\"}]}");
    EssCommandTest.Run r = run("cae-agenda", facts.toString(), "--as-of", "2026-03-31");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.UNDETERMINED);
    assertThat(r.out()).contains("[EN RETARD] E09 : 0 entretien(s) complet(s) sur 2")
        .contains("(à confirmer, faits manquants : /entrepreneurs/0/interviews)");
    // [] : no interview held, the period is over: overdue
    Files.writeString(facts, Files.readString(facts).replace("\"trialPeriodMonths\"", "\"interviews\": [], \"trialPeriodMonths\""));
    assertThat(run("cae-agenda", facts.toString(), "--as-of", "2026-03-31").code()).isEqualTo(ExitCodes.NOT_SATISFIED);
  }

  @Test
  void theRemunerationIsExactToTheCentInEnglish() {
    EssCommandTest.Run r = run("--lang", "en", "cae-remuneration",
        EsusCommandTest.CASES + "cae-remuneration.json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("€6,802.46").contains("variable part (L7332-3): €36,807.29")
        .contains("balance at year end (R7331-12): €22,407.29");
  }

  @Test
  void aReportPeriodEndingBeforeItStartsIsAUsageError() {
    EssCommandTest.Run r = run("cae-compliance", CASE, "--from", "2025-06-01", "--to", "2025-01-01");
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("--to");
  }

  @Test
  void theCaeSchemasAreServed() throws Exception {
    JsonNode cae = EssJson.mapper().readTree(run("schema", "cae-compliance").out());
    assertThat(cae.at("/required").toString()).contains("form");
    assertThat(cae.at("/properties/entrepreneurs/items/properties/fixedPartPaidMonths/items/$ref").asText())
        .isEqualTo("#/$defs/YearMonth");
    assertThat(cae.at("/$defs/YearMonth/type").asText()).isEqualTo("string");
    JsonNode pay = EssJson.mapper().readTree(run("schema", "cae-remuneration-facts").out());
    assertThat(pay.at("/properties/contribution/properties/base").toString()).contains("MARGIN");
  }
}
