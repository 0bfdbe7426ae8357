package io.github.essrules.rules.amounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.param.ParameterFileException;
import io.github.essrules.core.param.ParameterSet;
import io.github.essrules.core.param.Regime;
import io.github.essrules.core.verdict.LawContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * The shipped parameters as a user's own values meet them (C. trav. L3231-2 et seq. for the SMIC,
 * the arrêtés of the PSS): a value supplied under an unknown name or another unit is refused,
 * naming what is wrong; the annual SMIC reference covers the twelve months of its year.
 */
class LegalParametersTest {
  private static DatedParameter<BigDecimal> supplied(String id, String unit) {
    return DatedParameter.of(id, unit, Map.of(Lang.FR, "SMIC", Lang.EN, "SMIC"), Regime.UNTIL_AMENDED, null,
        List.of(DatedValue.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), new BigDecimal("12.00"),
            LegalReference.of(TextKind.DECRET, "SMIC de l'utilisateur", Confidence.VERIFIED), LocalDate.of(2026, 3, 1))));
  }

  @Test
  void aUsersHourlySmicInEurosPerHourIsAccepted() {
    assertThatCode(() -> LegalParameters.checkSupplied(ParameterSet.of(List.of(
        supplied(LegalParameters.SMIC_HORAIRE_BRUT, Smic.hourlyGrossParameter().unit()))))).doesNotThrowAnyException();
  }

  @Test
  void aUsersValueUnderANameTheLibraryDoesNotKnowIsRefusedNamingIt() {
    assertThatThrownBy(() -> LegalParameters.checkSupplied(ParameterSet.of(List.of(supplied("smic-net", "EUR/h")))))
        .isInstanceOfSatisfying(ParameterFileException.class, e -> assertThat(e.problems())
            .singleElement().asString().startsWith("id: unknown parameter 'smic-net'"));
    assertThat(LegalParameters.find("smic-net")).isEmpty();
    assertThatThrownBy(() -> LegalParameters.decimal("smic-net")).isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("smic-net");
  }

  @Test
  void aUsersHourlySmicGivenPerMonthIsRefusedForItsUnit() {
    assertThatThrownBy(() -> LegalParameters.checkSupplied(ParameterSet.of(List.of(
        supplied(LegalParameters.SMIC_HORAIRE_BRUT, "EUR/month")))))
        .isInstanceOfSatisfying(ParameterFileException.class, e -> assertThat(e.problems())
            .singleElement().asString().startsWith(LegalParameters.SMIC_HORAIRE_BRUT + ": unit: 'EUR/month'"));
  }

  @Test
  void everyShippedParameterIsFoundUnderItsOwnName() {
    assertThat(LegalParameters.all()).extracting(DatedParameter::id).containsExactlyElementsOf(LegalParameters.ids());
    assertThat(PlafondSecuriteSociale.annualParameter().id()).isEqualTo(LegalParameters.PLAFOND_SECURITE_SOCIALE_ANNUEL);
  }

  @Test
  void anAnnualReferenceOfElevenMonthsIsRefused() {
    AnnualSmicReference y2025 = Smic.annualForYear(2025, LawContext.standard(LocalDate.of(2026, 4, 1)));
    SmicPeriod whole = y2025.periods().get(0);
    assertThat(whole.months()).isEqualTo(12);
    assertThat(y2025.toBuilder().build()).isEqualTo(y2025);
    assertThat(whole.toBuilder().build()).isEqualTo(whole);
    assertThatThrownBy(() -> y2025.toBuilder().periods(List.of(whole.toBuilder()
        .firstMonth(java.time.YearMonth.of(2025, 2)).build())).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("11 months");
  }

  @Test
  void theAnnualFullTimeSmicOfJune2025IsTwelveMonthlySmicsOf1801_84() {
    AnnualFullTimeSmic s = Smic.annualFullTime(LocalDate.of(2025, 6, 1));
    assertThat(s.toBuilder().build()).isEqualTo(s);
    assertThat(s.annual()).isEqualByComparingTo("21622.08");
  }

  @Test
  void aUsersSmicRaisedOnFirstDecember2025GivesElevenMonthsAt12AndOneAt12_50() {
    // a user's figures of the test, for a raise on 1 December, which no shipped year has
    DatedParameter<BigDecimal> raised = DatedParameter.of(LegalParameters.SMIC_HORAIRE_BRUT,
        Smic.hourlyGrossParameter().unit(), Map.of(Lang.FR, "SMIC", Lang.EN, "SMIC"), Regime.UNTIL_AMENDED, null,
        List.of(DatedValue.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 1), new BigDecimal("12.00"),
                LegalReference.of(TextKind.DECRET, "SMIC de l'utilisateur", Confidence.VERIFIED), LocalDate.of(2026, 3, 1)),
            DatedValue.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1), new BigDecimal("12.50"),
                LegalReference.of(TextKind.DECRET, "SMIC de l'utilisateur", Confidence.VERIFIED), LocalDate.of(2026, 3, 1))));
    LawContext law = LawContext.of(LocalDate.of(2026, 4, 1), io.github.essrules.core.verdict.LawOptions.standard()
        .withSuppliedParameters(ParameterSet.of(List.of(raised))));
    AnnualSmicReference r = Smic.annualForYear(2025, law);
    assertThat(r.changedDuringYear()).isTrue();
    assertThat(r.periods()).extracting(SmicPeriod::months).containsExactly(11, 1);
    // 151,67 × 12 = 1 820,04 € × 11 + 151,67 × 12,50 = 1 895,875 → 1 895,88 €
    assertThat(r.total()).isEqualByComparingTo("21916.32");
  }

  /**
   * The SMIC of December 2026 is only presumed (last verified on 27 November 2026): the standard
   * policy gives the year 2026, the strict one refuses it — even once the standard answer is known.
   */
  @Test
  void theYear2026IsGivenByPresumptionAndRefusedByTheStrictPolicyEvenAfterwards() {
    assertThat(Smic.annualForYear(2026).total()).isPositive();
    assertThatThrownBy(() -> Smic.annualForYear(2026,
        LawContext.of(LocalDate.of(2026, 12, 31), io.github.essrules.core.verdict.LawOptions.strict())))
        .isInstanceOf(NoLawKnownException.class);
  }

  @Test
  void noSmicIsKnownForTheLastYearJavaCanWrite() {
    assertThatThrownBy(() -> Smic.annualForYear(Year.MAX_VALUE - 1)).isInstanceOfSatisfying(NoLawKnownException.class,
        e -> assertThat(e.date()).isEqualTo(LocalDate.of(Year.MAX_VALUE - 1, 1, 1)));
    assertThatThrownBy(() -> Smic.annualForYear(Year.MIN_VALUE + 1)).isInstanceOfSatisfying(NoLawKnownException.class,
        e -> assertThat(e.date()).isEqualTo(LocalDate.of(Year.MIN_VALUE + 1, 1, 1)));
    assertThatThrownBy(() -> Smic.annualForYear(Year.MAX_VALUE)).isInstanceOfSatisfying(NoLawKnownException.class,
        e -> assertThat(e.date()).isEqualTo(LocalDate.of(Year.MAX_VALUE, 1, 1)));
    assertThatThrownBy(() -> Smic.annualForYear(Year.MIN_VALUE)).isInstanceOfSatisfying(NoLawKnownException.class,
        e -> assertThat(e.date()).isEqualTo(LocalDate.of(Year.MIN_VALUE, 1, 1)));
  }
}
