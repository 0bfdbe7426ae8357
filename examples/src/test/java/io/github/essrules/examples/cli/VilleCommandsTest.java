package io.github.essrules.examples.cli;

import static io.github.essrules.examples.cli.EssCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.json.EssJson;
import org.junit.jupiter.api.Test;

/** {@code ess qpv …}, {@code ess zfu}, {@code ess emplois-francs}, {@code ess marche …}. */
class VilleCommandsTest {
  static final String CASES = EsusCommandTest.CASES;

  @Test
  void lormontHasThreeQpvIn2025AndIsUnknownIn2023() {
    EssCommandTest.Run r = run("qpv-lookup", "--commune", "33249", "--as-of", "2025-06-01");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("QN03317M — Génicart Est (Lormont 33249)");
    assertThat(run("qpv-lookup", "--commune", "33249", "--as-of", "2023-06-01").code()).isEqualTo(ExitCodes.UNDETERMINED);
    assertThat(run("qpv-lookup", "--name", "génicart", "--format", "json").out()).contains("QN03317M");
    assertThat(run("qpv-lookup", "--code", "QN03317M", "--commune", "33249").code()).isEqualTo(ExitCodes.INVALID_INPUT);
  }

  @Test
  void theRegieMayBidForAnL2113_13ReservedContract() throws Exception {
    EssCommandTest.Run r = run("reserved-contract", CASES + "marche-regie-reserve.json", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(EssJson.mapper().readTree(r.out()).at("/verdict/confidence").asText()).isEqualTo("UNCONFIRMED");
  }

  @Test
  void theClauseGivesItsInsertionHoursAndEmploisFrancsAndZfuAnswerInJson() throws Exception {
    assertThat(run("insertion-clause", CASES + "marche-clause.json", "--lang", "en").out()).contains("800 insertion hours");
    EssCommandTest.Run ef = EssCommandTest.runWithStdin("{\"hiredOn\":\"2024-06-03\",\"contract\":\"CDI\",\"workingTime\":1,"
        + "\"monthsPresent\":36,\"jobSeekerResidentInQpv\":true}", "emplois-francs", "-", "--format", "json");
    assertThat(ef.code()).isZero();
    assertThat(EssJson.mapper().readTree(ef.out()).at("/amount").decimalValue()).isEqualByComparingTo("15000");
    EssCommandTest.Run zfu = EssCommandTest.runWithStdin("{\"establishedOn\":\"2020-01-15\",\"employees\":12,"
        + "\"turnoverOrBalanceSheet\":1800000,\"residentShare\":0.5,\"periodStart\":\"2025-01-01\","
        + "\"periodEnd\":\"2025-12-31\",\"profit\":100000}", "zfu-te", "-", "--format", "json");
    JsonNode z = EssJson.mapper().readTree(zfu.out());
    assertThat(z.at("/exemptProfit").decimalValue()).isEqualByComparingTo("50000");
    assertThat(z.at("/capPerTwelveMonths").decimalValue()).isEqualByComparingTo("50000");
    // 100 000 × 60 % = 60 000 above the unraised cap, the count of hires not given: the verdict says so
    assertThat(z.at("/verdict/notices/1/id").asText()).isEqualTo("zfu.cap.raise-unknown");
  }

  @Test
  void twoQualifyingHiresRaiseTheZfuCapTo60000_CGI44OctiesA() throws Exception {
    EssCommandTest.Run zfu = EssCommandTest.runWithStdin("{\"establishedOn\":\"2020-01-15\",\"employees\":12,"
        + "\"turnoverOrBalanceSheet\":1800000,\"residentShare\":0.5,\"periodStart\":\"2025-01-01\","
        + "\"periodEnd\":\"2025-12-31\",\"profit\":100000,\"newResidentFullTimeHires\":2}", "zfu-te", "-", "--format", "json");
    assertThat(zfu.code()).isZero();
    JsonNode z = EssJson.mapper().readTree(zfu.out());
    assertThat(z.at("/exemptProfit").decimalValue()).isEqualByComparingTo("60000");
    assertThat(z.at("/capPerTwelveMonths").decimalValue()).isEqualByComparingTo("60000");
    EssCommandTest.Run fifty = EssCommandTest.runWithStdin("{\"establishedOn\":\"2020-01-15\",\"employees\":50,"
        + "\"turnoverOrBalanceSheet\":1800000,\"residentShare\":0.5,\"periodStart\":\"2025-01-01\","
        + "\"periodEnd\":\"2025-12-31\",\"profit\":100000}", "zfu-te", "-", "--lang", "en");
    assertThat(fifty.code()).isEqualTo(ExitCodes.NOT_SATISFIED);
    assertThat(fifty.out()).contains("Fewer than 50 employees");
  }

  @Test
  void aBeaudottesTpeSetUpIn2012GetsNoAmountAndTheVerdictSaysItsRegimeIsNotModelled_CGI44OctiesA() throws Exception {
    EssCommandTest.Run zfu = EssCommandTest.runWithStdin("{\"establishedOn\":\"2012-03-05\",\"employees\":4,"
        + "\"turnoverOrBalanceSheet\":300000,\"residentShare\":0.5,\"periodStart\":\"2025-01-01\","
        + "\"periodEnd\":\"2025-12-31\",\"profit\":40000}", "zfu-te", "-", "--as-of", "2026-03-01", "--format", "json");
    assertThat(zfu.code()).isEqualTo(ExitCodes.NOT_SATISFIED);
    JsonNode z = EssJson.mapper().readTree(zfu.out());
    assertThat(z.at("/verdict/outcome").asText()).isEqualTo("NOT_APPLICABLE");
    assertThat(z.at("/verdict/findings/0/id").asText()).isEqualTo("zfu.regime");
    assertThat(z.has("exemptProfit")).isFalse();
    assertThat(z.has("capPerTwelveMonths")).isFalse();
  }

  @Test
  void theVilleSchemasAreServed() {
    for (String type : new String[] {"qpv-criteria-facts", "zfu-te-facts", "emplois-francs-facts", "reserved-contract-facts",
        "insertion-clause-facts"}) {
      assertThat(run("schema", type).code()).as(type).isZero();
    }
  }
}
