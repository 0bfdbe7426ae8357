package io.github.essrules.rules.cae;

import static io.github.essrules.rules.cae.CaeComplianceTest.all;
import static io.github.essrules.rules.cae.CaeComplianceTest.report2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small factories a CAE's yearly report is built with: a complete interview, a run of months. */
class ConveniencesTest {

  @Test
  void aCompleteInterviewIsSignedAndHoldsTheThreeContentsOfR7331_3() {
    Interview i = Interview.complete(LocalDate.of(2025, 4, 10));
    assertThat(i.documentSigned()).contains(true);
    assertThat(i.documentContents()).contains(List.of(InterviewContent.REVIEW_AND_PROSPECTS,
        InterviewContent.ACTIONS_NEEDED, InterviewContent.ACCOMPANIMENT_NEEDS));
    assertThat(InterviewContent.all()).containsExactly(InterviewContent.values());
    assertThat(CaeCalendar.counts(i)).isTrue();
    assertThatThrownBy(() -> InterviewContent.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Interview.complete(null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void twoCompleteInterviewsATwelveMonthPeriodMeetR7331_3() {
    EntrepreneurSalarie nadia = CaeCases.entrepreneur("nadia")
        .interviews(List.of(Interview.complete(LocalDate.of(2024, 6, 10)), Interview.complete(LocalDate.of(2024, 12, 5)),
            Interview.complete(LocalDate.of(2025, 4, 10)), Interview.complete(LocalDate.of(2025, 10, 2))))
        .build();
    List<Finding> periods = all(report2025(CaeCases.coopAlpha().entrepreneurs(List.of(nadia)).build()),
        "cae.R7331-3.period");
    assertThat(periods).extracting(Finding::outcome).containsOnly(Outcome.SATISFIED);
  }

  @Test
  void aRunOfMonthsIncludesBothEndsAndCrossesTheYear() {
    assertThat(CaeCalendar.months(YearMonth.of(2025, 11), YearMonth.of(2026, 2)))
        .containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2));
    assertThat(CaeCalendar.months(YearMonth.of(2025, 1), YearMonth.of(2025, 12))).hasSize(12);
    assertThat(CaeCalendar.months(YearMonth.of(2025, 3), YearMonth.of(2025, 3))).containsExactly(YearMonth.of(2025, 3));
    assertThat(CaeCalendar.months(YearMonth.of(2025, 4), YearMonth.of(2025, 3))).isEmpty();
    assertThatThrownBy(() -> CaeCalendar.months(null, YearMonth.of(2025, 3))).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CaeCalendar.months(YearMonth.of(2025, 3), YearMonth.of(2025, 5)).add(YearMonth.of(2025, 6)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theFixedPartPaidEveryMonthOf2025MeetsR7331_11() {
    EntrepreneurSalarie amina = CaeCases.entrepreneur("amina")
        .fixedPartPaidMonths(CaeCalendar.months(YearMonth.of(2025, 1), YearMonth.of(2025, 12))).build();
    Finding fixed = CaeComplianceTest.one(report2025(CaeCases.coopAlpha().entrepreneurs(List.of(amina)).build()),
        "cae.R7331-11");
    assertThat(fixed.outcome()).isEqualTo(Outcome.SATISFIED);
  }
}
