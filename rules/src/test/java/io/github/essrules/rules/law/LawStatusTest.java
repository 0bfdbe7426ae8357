package io.github.essrules.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Applicability;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.param.ParameterSet;
import io.github.essrules.core.param.Regime;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.rules.amounts.LegalParameters;
import io.github.essrules.rules.amounts.Smic;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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

  private static LawStatus.ParameterStatus pss(LawStatus s) {
    return s.parameters().stream().filter(p -> p.id().equals("plafond-securite-sociale-annuel")).findFirst()
        .orElseThrow();
  }

  /** The SMIC's revaluation day itself is still due; the day after, it has passed. */
  @Test
  void onFirstJanuary2027TheRevaluationIsDueThatDayAndOnTheSecondItIsPast() {
    LawStatus.ParameterStatus onTheDay = smic(LawStatus.of(LocalDate.of(2027, 1, 1), LawOptions.standard()));
    assertThat(onTheDay.nextScheduledRevision()).contains(LocalDate.of(2027, 1, 1));
    assertThat(onTheDay.lastDayServed()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(onTheDay.dueSoon()).isTrue();
    assertThat(smic(LawStatus.of(LocalDate.of(2027, 1, 2), LawOptions.standard())).dueSoon()).isFalse();
  }

  /**
   * The PSS of 2026 (arrêté du 22 décembre 2025) ends on 31 December 2026 and has no scheduled
   * revision: it falls due when that last day is less than a month ahead, up to the day itself.
   */
  @Test
  void thePssOf2026FallsDueFromFirstDecemberToItsLastDay() {
    LawStatus.ParameterStatus before = pss(LawStatus.of(LocalDate.of(2026, 11, 30), LawOptions.standard()));
    assertThat(before.nextScheduledRevision()).isEmpty();
    assertThat(before.lastDayServed()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(before.dueSoon()).isFalse();
    assertThat(pss(LawStatus.of(LocalDate.of(2026, 12, 1), LawOptions.standard())).dueSoon()).isTrue();
    assertThat(pss(LawStatus.of(LocalDate.of(2026, 12, 31), LawOptions.standard())).dueSoon()).isTrue();
    assertThat(pss(LawStatus.of(LocalDate.of(2027, 1, 1), LawOptions.standard())).dueSoon()).isFalse();
  }

  /** A user's SMIC for 2025 is reported as the user's in 2025, and not once it no longer applies. */
  @Test
  void aUsersSmicForTheYear2025IsReportedSuppliedOnlyWhileItApplies() {
    DatedParameter<BigDecimal> users = DatedParameter.of(LegalParameters.SMIC_HORAIRE_BRUT,
        Smic.hourlyGrossParameter().unit(), Map.of(Lang.FR, "SMIC", Lang.EN, "SMIC"), Regime.UNTIL_AMENDED, null,
        List.of(DatedValue.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), new BigDecimal("12.00"),
            LegalReference.of(TextKind.DECRET, "SMIC de l'utilisateur", Confidence.VERIFIED), LocalDate.of(2026, 3, 1))));
    LawOptions options = LawOptions.standard().withSuppliedParameters(ParameterSet.of(List.of(users)));
    assertThat(smic(LawStatus.of(LocalDate.of(2025, 6, 1), options)).suppliedByUser()).isTrue();
    assertThat(smic(LawStatus.of(LocalDate.of(2026, 6, 1), options)).suppliedByUser()).isFalse();
    assertThat(pss(LawStatus.of(LocalDate.of(2025, 6, 1), options)).suppliedByUser()).isFalse();
  }

  @Test
  void aCodeDuTravailArticleTheLibraryDoesNotEncodeIsRefusedNamingIt() {
    assertThat(LegalTexts.codeDuTravail("L7331-2").citation()).isEqualTo("C. trav., art. L7331-2");
    assertThatThrownBy(() -> LegalTexts.codeDuTravail("L9999-1")).isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("L9999-1");
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
