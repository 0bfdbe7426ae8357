package io.github.essrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The three user journeys run and print what their Javadoc promises. */
class JourneysTest {

  static String run(Consumer<PrintStream> program) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    program.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void esusEligibilityExplainsInBothLanguagesAndReadsTheFailingCondition() {
    String out = run(EsusEligibility::run);
    assertThat(out).contains("Règle esus au 1er avril 2026 : non satisfaite")
        .contains("Rule esus as of 1 April 2026: not satisfied")
        .contains("not met: C. trav., art. L3332-17-1, I, 3°, b")
        .contains("(actual 228000, limit 216220.80)");
  }

  @Test
  void theCaeReportShowsYannsMissingInterviewAndTheAgenda() {
    String out = run(CaeYearlyReport::run);
    assertThat(out).contains("Règle cae-compliance au 31 mars 2026 : non satisfaite")
        .contains("Entrepreneur salarié Yann (menuisier)")
        .contains("Agenda au 2026-03-31")
        .contains("EN RETARD Yann (menuisier) : 1 entretien(s) complet(s) sur 2");
  }

  @Test
  void resalePricesGiveTheBrsCapUnderTheOfsCeilingAndTheBrusselsSplit() {
    String out = run(ResalePrices::run);
    // 150 000 × 145.47 / 125.90 = 173 316.1239…: above the OFS ceiling of 172 000 (CCH L255-2)
    assertThat(out).contains("= 173316.1239 → OFS ceiling applied: true → cap €172,000.00")
        .contains("buyer pays €181,000.00, seller receives €175,000.00, trust receives €6,000.00");
  }
}
