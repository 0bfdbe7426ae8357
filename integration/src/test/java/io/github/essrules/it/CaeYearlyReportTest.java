package io.github.essrules.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.essrules.core.Lang;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Journey 2: a CAE's compliance report for 2025, read on 31 March 2026. */
class CaeYearlyReportTest {
  static final LocalDate MARCH_31_2026 = LocalDate.of(2026, 3, 31);

  static Verdict report() {
    return CaeYearlyReport.report(CaeYearlyReport.cooperative(), 2025, MARCH_31_2026);
  }

  @Test
  void theReportFailsOnBrunosAndChloesObligationsOnly() {
    Verdict v = report();
    assertThat(v.outcome()).as(v.explain(Lang.EN)).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(v.undetermined()).isEmpty();
    assertThat(v.missingFacts()).isEmpty();

    Map<String, List<String>> failures = CaeYearlyReport.failuresBySubject(v);
    assertThat(failures).as(v.explain(Lang.EN)).containsOnlyKeys("entrepreneur:Bruno", "entrepreneur:Chloé");
    // R7331-3: two interviews per twelve-month period; R7331-11: the fixed part every month
    assertThat(failures.get("entrepreneur:Bruno")).containsExactlyInAnyOrder("cae.R7331-3.period", "cae.R7331-11");
    // L7332-1: eight months of trial at most; R7331-12: the balance within a month of the meeting
    assertThat(failures.get("entrepreneur:Chloé")).containsExactlyInAnyOrder("cae.L7332-1", "cae.R7331-12.year");
  }

  @Test
  void eachFailureNamesItsArticleAndTheFiguresCompared() {
    Verdict v = report();
    assertThat(v.failures()).extracting(f -> f.qualifiedId() + " | " + f.reference().citation())
        .containsExactlyInAnyOrder(
            "cae.R7331-3.period@entrepreneur:Bruno/period:2025-03-01 | C. trav., art. R7331-3",
            "cae.R7331-11@entrepreneur:Bruno | C. trav., art. R7331-11, 1°",
            "cae.L7332-1@entrepreneur:Chloé | C. trav., art. L7332-1",
            "cae.R7331-12.year@entrepreneur:Chloé | C. trav., art. R7331-12");

    Finding interviews = only(v, "cae.R7331-3.period@entrepreneur:Bruno/period:2025-03-01");
    assertThat(interviews.comparisons().get(0).actual().value()).isEqualTo("1");
    assertThat(interviews.comparisons().get(0).limit().value()).isEqualTo("2");

    // nine months from 1 March 2024 against the eight allowed
    Finding trial = only(v, "cae.L7332-1@entrepreneur:Chloé");
    assertThat(trial.comparisons().get(0).actual().dateValue()).isEqualTo(LocalDate.of(2024, 11, 30));
    assertThat(trial.comparisons().get(0).limit().dateValue()).isEqualTo(LocalDate.of(2024, 10, 31));
  }

  @Test
  void aminaKeepsEveryObligationAndSoDoesTheCooperative() {
    Verdict v = report();
    assertThat(CaeYearlyReport.entrepreneurs(v)).containsExactly(
        entry("entrepreneur:Amina", Outcome.SATISFIED),
        entry("entrepreneur:Bruno", Outcome.NOT_SATISFIED),
        entry("entrepreneur:Chloé", Outcome.NOT_SATISFIED));
    // every failure is about an entrepreneur: none about the cooperative itself
    assertThat(CaeYearlyReport.failuresBySubject(v)).doesNotContainKey(CaeYearlyReport.COOPERATIVE);
    assertThat(v.findings()).filteredOn(f -> f.subject().isEmpty() && !f.id().equals("cae.entrepreneurs"))
        .extracting(Finding::outcome).containsOnly(Outcome.SATISFIED, Outcome.NOT_APPLICABLE);
  }

  @Test
  void brunosUnpaidMonthAndChloesLateBalanceAreNamed() {
    Verdict v = report();
    // R7331-11, 1°: a fixed part for each of the twelve months of 2025 under contract
    Finding fixedPart = only(v, "cae.R7331-11@entrepreneur:Bruno");
    assertThat(fixedPart.message().render(Lang.FR)).contains("août 2025");
    assertThat(fixedPart.message().render(Lang.EN)).contains("August 2025");
    assertThat(fixedPart.comparisons().get(0).actual().value()).isEqualTo("11");
    assertThat(fixedPart.comparisons().get(0).limit().value()).isEqualTo("12");
    // R7331-12: one month after the general meeting of 12 June 2025 is 12 July 2025
    Finding late = only(v, "cae.R7331-12.year@entrepreneur:Chloé");
    assertThat(late.comparisons().get(0).actual().dateValue()).isEqualTo(LocalDate.of(2025, 8, 20));
    assertThat(late.comparisons().get(0).limit().dateValue()).isEqualTo(LocalDate.of(2025, 7, 12));
  }

  private static Finding only(Verdict v, String qualifiedId) {
    List<Finding> found = v.failures().stream().filter(f -> f.qualifiedId().equals(qualifiedId))
        .collect(Collectors.toList());
    assertThat(found).as(v.explain(Lang.EN)).hasSize(1);
    return found.get(0);
  }
}
