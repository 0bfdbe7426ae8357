package io.github.essrules.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.ArticleHistory;
import io.github.essrules.core.law.ArticleVersion;
import io.github.essrules.core.law.Confidence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notices a context adds when a text is applied after its verification. */
class LawContextTest {
  // R3332-21-3 of the Code du travail, as LEGI records it, verified on 27 March 2026
  private static final ArticleHistory R3332_21_3 = ArticleHistory.of("C. trav., art. R3332-21-3",
      "LEGIARTI000050826301", LocalDate.of(2026, 3, 27), List.of(
          ArticleVersion.of("LEGIARTI000030776888", LocalDate.of(2015, 7, 1), LocalDate.of(2025, 1, 1)),
          ArticleVersion.of("LEGIARTI000050826301", LocalDate.of(2025, 1, 1), null)));

  private static List<Notice> lookedUpThreeTimes(LocalDate asOf) {
    LawContext law = LawContext.standard(asOf);
    law.article(R3332_21_3);
    law.article(R3332_21_3);
    law.article(R3332_21_3);
    return law.notices();
  }

  @Test
  void aTextAppliedAfterItsVerificationGetsOneNoticeNamingTheDateAskedAbout() {
    List<Notice> december = lookedUpThreeTimes(LocalDate.of(2026, 12, 1));
    assertThat(december).singleElement().satisfies(n -> {
      assertThat(n.id()).isEqualTo("text.presumed");
      assertThat(n.reference().confidence()).isEqualTo(Confidence.PRESUMED);
      assertThat(n.message().args()).contains(MessageArg.date(LocalDate.of(2026, 3, 27)),
          MessageArg.date(LocalDate.of(2026, 12, 1)));
    });
    // another date asked about gets its own notice, and the first date its own again
    List<Notice> nextDay = lookedUpThreeTimes(LocalDate.of(2026, 12, 2));
    assertThat(nextDay).singleElement().satisfies(n ->
        assertThat(n.message().args()).contains(MessageArg.date(LocalDate.of(2026, 12, 2)))
            .doesNotContain(MessageArg.date(LocalDate.of(2026, 12, 1))));
    assertThat(lookedUpThreeTimes(LocalDate.of(2026, 12, 1))).isEqualTo(december);
  }

  @Test
  void aTextAppliedOnOrBeforeItsVerificationOrInAnEndedVersionGetsNoNotice() {
    assertThat(lookedUpThreeTimes(LocalDate.of(2026, 3, 27))).isEmpty();
    assertThat(lookedUpThreeTimes(LocalDate.of(2024, 12, 31))).isEmpty();
  }
}
