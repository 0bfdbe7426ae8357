package io.github.essrules.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.law.Applicability;
import io.github.essrules.core.verdict.LawOptions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link LawStatus}: what a team reads to know when to upgrade — the SMIC's next revaluation
 * (C. trav. L3231-5 and the arrêtés fixing it: 1 January) and the horizon of a text's
 * verification fall due within one month of the date asked about.
 */
class LawStatusTest {
  private static LawStatus.ParameterStatus smic(LawStatus s) {
    return s.parameters().stream().filter(p -> p.id().equals("smic-horaire-brut")).findFirst().orElseThrow();
  }

  private static LawStatus.TextStatus l3332171(LawStatus s) {
    return s.texts().stream().filter(t -> t.citation().startsWith("C. trav., art. L3332-17-1")).findFirst()
        .orElseThrow();
  }

  @Test
  void onFirstDecember2026TheSmicIsPresumedAndItsJanuaryRevaluationFallsDueExactlyAMonthLater() {
    LawStatus s = LawStatus.of(LocalDate.of(2026, 12, 1), LawOptions.standard());
    LawStatus.ParameterStatus smic = smic(s);
    assertThat(smic.onDate()).isEqualTo(Applicability.PRESUMED);
    assertThat(smic.nextScheduledRevision()).contains(LocalDate.of(2027, 1, 1));
    assertThat(smic.dueSoon()).isTrue();
    assertThat(smic.suppliedByUser()).isFalse();
    assertThat(s.dueSoon()).contains("smic-horaire-brut");
    assertThat(s.parameters()).hasSameSizeAs(io.github.essrules.rules.amounts.LegalParameters.all());
    assertThat(s.texts()).hasSameSizeAs(LegalTexts.all());
  }

  @Test
  void onThirtiethNovember2026TheJanuaryRevaluationIsMoreThanAMonthAway() {
    LawStatus s = LawStatus.of(LocalDate.of(2026, 11, 30), LawOptions.standard());
    assertThat(smic(s).dueSoon()).isFalse();
    assertThat(s.dueSoon()).doesNotContain("smic-horaire-brut");
  }

  @Test
  void theHorizonOfL3332_17_1FallsDueWhenItIsLessThanAMonthAhead() {
    // verified on 2026-03-27, presumed up to its horizon 2027-03-27
    LawStatus before = LawStatus.of(LocalDate.of(2027, 2, 27), LawOptions.standard());
    assertThat(l3332171(before).lastDayServed()).isEqualTo(LocalDate.of(2027, 3, 27));
    assertThat(l3332171(before).dueSoon()).isFalse();
    LawStatus within = LawStatus.of(LocalDate.of(2027, 2, 28), LawOptions.standard());
    assertThat(l3332171(within).dueSoon()).isTrue();
    assertThat(within.dueSoon()).contains(l3332171(within).citation());
    assertThat(l3332171(within).onDate()).isEqualTo(Applicability.PRESUMED);
    assertThat(l3332171(within).versionInForce()).isPresent();
    LawStatus last = LawStatus.of(LocalDate.of(2027, 3, 27), LawOptions.standard());
    assertThat(l3332171(last).dueSoon()).isTrue();
    LawStatus after = LawStatus.of(LocalDate.of(2027, 3, 28), LawOptions.standard());
    assertThat(l3332171(after).dueSoon()).isFalse();
    assertThat(l3332171(after).onDate()).isEqualTo(Applicability.REFUSED);
  }
}
