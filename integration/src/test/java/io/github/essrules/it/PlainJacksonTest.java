package io.github.essrules.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.essrules.core.Lang;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.cae.CaeFacts;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.foncier.CltResale;
import io.github.essrules.rules.foncier.IndexedCap;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A plain {@code new ObjectMapper().findAndRegisterModules()}, as an application (or Spring's
 * auto-configured mapper) has it: nothing configured, no module added by hand. ess-rules-core
 * brings jackson-datatype-jsr310 and -jdk8 (compile scope), so the application declares neither.
 */
class PlainJacksonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  private static final Pattern DATE_AS_ARRAY = Pattern.compile("\\[\\s*\\d{4}\\s*,\\s*\\d{1,2}");

  private static <T> String roundTrips(T value, Class<T> type) throws Exception {
    String json = MAPPER.writeValueAsString(value);
    assertThat(json).doesNotContainPattern(DATE_AS_ARRAY);
    assertThat(MAPPER.readValue(json, type)).isEqualTo(value);
    return json;
  }

  @Test
  void esusFactsAndTheirVerdictRoundTripWithIsoDates() throws Exception {
    EsusFacts facts = EsusEligibility.recyclerie();
    String json = roundTrips(facts, EsusFacts.class);
    assertThat(json).contains("\"applicationDate\":\"2026-03-16\"", "\"closingDate\":\"2025-12-31\"", "\"year\":2025",
        "\"legalForm\":\"COMMERCIAL_COMPANY\"");

    Verdict verdict = EsusEligibility.evaluate(facts, LocalDate.of(2026, 4, 1));
    String written = roundTrips(verdict, Verdict.class);
    assertThat(written).contains("\"asOf\":\"2026-04-01\"", "\"outcome\":\"NOT_SATISFIED\"");
    Verdict read = MAPPER.readValue(written, Verdict.class);
    assertThat(read.explain(Lang.FR)).isEqualTo(verdict.explain(Lang.FR));
    assertThat(EsusEligibility.reasons(read)).isEqualTo(EsusEligibility.reasons(verdict));
  }

  @Test
  void theRepositorysJsonCaseReadsAsTheFactsBuiltInCode() throws Exception {
    String json = Files.readString(EsusEligibilityTest.sampleCase("esus-sas-recyclerie.json"));
    assertThat(MAPPER.readValue(json, EsusFacts.class)).isEqualTo(EsusEligibility.recyclerie());
  }

  @Test
  void caeFactsAndTheReportRoundTrip() throws Exception {
    CaeFacts cae = CaeYearlyReport.cooperative();
    assertThat(roundTrips(cae, CaeFacts.class)).contains("\"contractStart\":\"2024-03-01\"", "\"2025-07\"");
    Verdict report = CaeYearlyReport.report(cae, 2025, LocalDate.of(2026, 3, 31));
    String json = roundTrips(report, Verdict.class);
    // the subject of each finding is written and read back
    assertThat(json).contains("\"subject\":\"entrepreneur:Chloé\"");
    assertThat(CaeYearlyReport.failuresBySubject(MAPPER.readValue(json, Verdict.class)))
        .isEqualTo(CaeYearlyReport.failuresBySubject(report));
  }

  @Test
  void resaleResultsRoundTrip() throws Exception {
    IndexedCap cap = ResalePrices.brsCap(ResalePrices.lease(Optional.of(new BigDecimal("172000"))),
        LocalDate.of(2025, 6, 20));
    assertThat(roundTrips(cap, IndexedCap.class)).contains("\"cap\":172000.00");
    roundTrips(ResalePrices.cltBrussels(new BigDecimal("250000")), CltResale.Result.class);
  }
}
