package io.github.essrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(MANIFEST).extracting(e -> e.initiative).anySatisfy(n -> assertThat(n).contains("Coop'Alpha"))
        .anySatisfy(n -> assertThat(n).contains("Community Land Trust Bruxelles"))
        .anySatisfy(n -> assertThat(n).contains("CUCM Bassin Nord"))
        .anySatisfy(n -> assertThat(n).contains("Impulsion"))
        .anySatisfy(n -> assertThat(n).contains("Garage solidaire du Hainaut"))
        .anySatisfy(n -> assertThat(n).contains("Restos passerelle"))
        .anySatisfy(n -> assertThat(n).contains("Hôtel du Nord"))
        .anySatisfy(n -> assertThat(n).contains("EPICEA"));
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
    long caseLines = r.out().lines().filter(l -> l.matches("^\\[[^]]+\\] .*\\([a-z0-9-]+\\.json\\)$")).count();
    assertThat(caseLines).isEqualTo(MANIFEST.size());
    EssCommandTest.Run explained = EssCommandTest.run("demo", "--explain", "--lang", "en");
    assertThat(explained.out().lines().count()).isGreaterThan(r.out().lines().count() + MANIFEST.size());
    assertThat(explained.out()).contains("L3332-17-1");
  }
}
