package io.github.essrules.rules.foncier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.essrules.core.json.EssJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

/**
 * The JSON form of the quarters of a lease's index terms (CCH L255-5, L255-10-1: the lease's
 * actualisation) stays {@code "YYYY-Qn"} now that they are ThreeTen-Extra's {@link YearQuarter}.
 */
class YearQuarterJsonTest {
  private static final IndexTerms LEASE_OF_JULY_2024 = IndexTerms.builder().series(IndexTerms.Series.OWN)
      .seriesName("ICC")
      .addValues(IndexValue.of(YearQuarter.of(2024, 3), new BigDecimal("100.00")),
          IndexValue.of(YearQuarter.of(2025, 4), new BigDecimal("103.00")))
      .initialQuarter(YearQuarter.of(2024, 3)).resaleQuarter(YearQuarter.of(2025, 4)).build();

  @Test
  void leaseQuartersAreWrittenAndReadAsYyyyQnByThePlainAndTheLibrarysMapper() throws Exception {
    for (ObjectMapper mapper : new ObjectMapper[] {new ObjectMapper().findAndRegisterModules(), EssJson.mapper()}) {
      String json = mapper.writeValueAsString(LEASE_OF_JULY_2024);
      assertThat(json).contains("\"initialQuarter\":\"2024-Q3\"", "\"resaleQuarter\":\"2025-Q4\"",
          "\"quarter\":\"2024-Q3\"");
      assertThat(mapper.readValue(json, IndexTerms.class)).isEqualTo(LEASE_OF_JULY_2024);
    }
  }

  @Test
  void aFifthQuarterOrALowerCaseQIsRefusedWithTheExpectedForm() {
    for (String bad : new String[] {"2026-Q5", "2026-q1", "26-Q1", "2026Q1"}) {
      assertThatThrownBy(() -> EssJson.mapper().readValue("{\"quarter\":\"" + bad + "\",\"value\":100}",
          IndexValue.class)).hasMessageContaining("YYYY-Qn");
    }
  }

  @Test
  void theQuarterRuleKeepsItsBoundaries() {
    IndexTerms lastPublished = IndexTerms.builder().rule(IndexTerms.Rule.LAST_PUBLISHED).publicationDelayDays(45)
        .build();
    // 2025-Q2 ends on 30 June; published 45 days later, on 14 August, not the day before
    assertThat(lastPublished.quarterAt(java.time.LocalDate.of(2025, 8, 14))).isEqualTo(YearQuarter.of(2025, 2));
    assertThat(lastPublished.quarterAt(java.time.LocalDate.of(2025, 8, 13))).isEqualTo(YearQuarter.of(2025, 1));
    IndexTerms previous = IndexTerms.builder().rule(IndexTerms.Rule.PREVIOUS_QUARTER).build();
    assertThat(previous.quarterAt(java.time.LocalDate.of(2025, 1, 1))).isEqualTo(YearQuarter.of(2024, 4));
  }
}
