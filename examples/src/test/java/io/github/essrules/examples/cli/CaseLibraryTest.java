package io.github.essrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The case library of issue 9: every initiative file listed in the manifest exists, says what
 * comes from the guide and what was added, and {@code ess demo} prints one line per case.
 */
class CaseLibraryTest {

  private static final List<CaseLibrary.Entry> MANIFEST = CaseLibrary.manifest();

  @Test
  void everyCaseOfTheManifestIsShippedAndSaysWhereItsFactsComeFrom() {
    assertThat(MANIFEST).hasSizeGreaterThanOrEqualTo(19);
    for (CaseLibrary.Entry e : MANIFEST) {
      assertThat(CaseLibrary.class.getResource(CaseLibrary.FOLDER + e.file)).as(e.file).isNotNull();
      assertThat(e.added).as("%s lists the facts added to complete it", e.file).isNotEmpty();
      if (e.fromGuide.isEmpty()) {
        assertThat(e.guideLines).as(e.file).isEqualTo("—");
      } else {
        assertThat(e.guideLines).as("%s cites the guide's lines", e.file).matches("L[0-9]+(-[0-9]+)?");
      }
    }
  }

  @Test
  void theGuideInitiativesNamedByTheIssueAreAllInTheLibrary() {
    assertThat(MANIFEST).extracting(e -> e.initiative(Lang.EN)).anySatisfy(n -> assertThat(n).contains("Coop'Alpha"))
        .anySatisfy(n -> assertThat(n).contains("Community Land Trust Bruxelles"))
        .anySatisfy(n -> assertThat(n).contains("CUCM Bassin Nord"))
        .anySatisfy(n -> assertThat(n).contains("Impulsion"))
        .anySatisfy(n -> assertThat(n).contains("Garage solidaire du Hainaut"))
        .anySatisfy(n -> assertThat(n).contains("Restos passerelle"))
        .anySatisfy(n -> assertThat(n).contains("Hôtel du Nord"))
        .anySatisfy(n -> assertThat(n).contains("EPICEA"));
  }

  @Test
  void everyRuleOfTheToolHasAtLeastOneCase() {
    assertThat(MANIFEST).extracting(e -> e.rule).containsAll(Rules.ids());
  }

  @Test
  void theVilleAndBrsActiviteCasesGiveTheVerdictsCheckedAgainstTheLaw() throws Exception {
    EssCommandTest.Run r = EssCommandTest.run("demo", "--lang", "en", "--explain");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        // R256-2: the works adapting the premises to the seller's activity are not added
        .contains("[not satisfied] A.P.R.E.S, atelier de beauté solidaire, Arles — BRS d'activité — "
            + "proposed price: €101,000 exceeds €96,784.72 by €4,215.28 — CCH, art. R256-2")
        // above 60 % of the national median, below the threshold weighted by the unité urbaine
        .contains("[satisfied] Cronenbourg, Strasbourg (quartier of Le Petit Gourmand) — ")
        .contains(": €12,700 is less than €12,870.00")
        // a CDD of exactly six months signed in the last month of the scheme; then a hire of 2025
        .contains("[satisfied] Garage solidaire du Hainaut — emploi franc for a chargé d'accueil — ")
        .contains("[not satisfied] Garage solidaire du Hainaut — a CDI signed in January 2025 — "
            + "date of the hire: on 6 January 2025, after 31 December 2024 (6 days later)");
    // 6 months at 100 % and 6 at 60 %, capped at 50 000 € + 5 000 € for one new resident hire
    JsonNode zfu = EssJson.mapper().readTree(EssCommandTest.run("zfu-te", EsusCommandTest.CASES
        + "zfu-beaudottes-sevran.json", "--as-of", "2026-04-30", "--format", "json").out());
    assertThat(zfu.get("exemptProfit").decimalValue()).isEqualByComparingTo("55000");
    JsonNode aid = EssJson.mapper().readTree(EssCommandTest.run("emplois-francs", EsusCommandTest.CASES
        + "emplois-francs-garage-cdd.json", "--as-of", "2025-07-01", "--format", "json").out());
    assertThat(aid.get("amount").decimalValue()).isEqualByComparingTo("1250");
  }

  @Test
  void everyCaseIsJudgedWithAnOutcomeAKeyFigureAndAReference() {
    for (CaseLibrary.Judged j : CaseLibrary.runAll(Lang.EN)) {
      assertThat(j.outcome).as(j.entry.file).isNotBlank();
      assertThat(j.keyFigure).as(j.entry.file).isNotBlank().isNotEqualTo("—");
      if (j.verdict.isPresent()) {
        assertThat(j.references).as(j.entry.file).isNotBlank();
      } else {
        assertThat(j.keyFigure).as(j.entry.file + ": the computation's summary cites its text").contains(" — ");
      }
    }
  }

  @Test
  void theDemoPrintsOneLinePerCaseAndExplainsThemOnRequest() {
    EssCommandTest.Run r = EssCommandTest.run("demo");
    assertThat(r.code()).isZero();
    long caseLines = r.out().lines().filter(l -> l.matches("^ *\\[[^]]+\\] .*\\([a-z0-9-]+\\.json\\)$")).count();
    assertThat(caseLines).isEqualTo(MANIFEST.size());
    EssCommandTest.Run explained = EssCommandTest.run("demo", "--explain", "--lang", "en");
    assertThat(explained.out().lines().count()).isGreaterThan(r.out().lines().count() + MANIFEST.size());
    assertThat(explained.out()).contains("L3332-17-1");
  }
}
