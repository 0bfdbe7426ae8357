package io.github.essrules.rules.amounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.param.DatedValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The SMIC (C. trav. L3231-2 et seq., one décret or arrêté per value) and the PSS. */
class SmicTest {

  @Example
  void smicOfNovember2024IsSetByTheAnticipatedDecree2024_951() {
    DatedValue<BigDecimal> v = Smic.hourlyGross(LocalDate.of(2024, 11, 1));
    assertThat(v.value()).isEqualByComparingTo("11.88");
    assertThat(v.reference().kind()).isEqualTo(TextKind.DECRET);
    assertThat(v.reference().citation()).contains("2024-951");
    assertThat(v.validFrom()).isEqualTo(LocalDate.of(2024, 11, 1));
    assertThat(v.validUntil()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(Smic.hourlyGross(LocalDate.of(2024, 10, 31)).value()).isEqualByComparingTo("11.65");
  }

  @Example
  void theMay2022RiseIsSetByTheArreteOf19April2022NotOf19May() {
    DatedValue<BigDecimal> v = Smic.hourlyGross(LocalDate.of(2022, 5, 1));
    assertThat(v.value()).isEqualByComparingTo("10.85");
    assertThat(v.reference().kind()).isEqualTo(TextKind.ARRETE);
    assertThat(v.reference().citation()).startsWith("Arrêté du 19 avril 2022");
  }

  @Example
  void theJune2026ValueIsFlaggedUnconfirmed() {
    assertThat(Smic.hourlyGross(LocalDate.of(2026, 6, 1)).reference().confidence())
        .isEqualTo(Confidence.UNCONFIRMED);
    assertThat(Smic.hourlyGross(LocalDate.of(2026, 1, 1)).reference().confidence())
        .isEqualTo(Confidence.SECONDARY);
  }

  @Example
  void annualFullTimeSmicIsHourlyTimes151_67Times12RoundedOnceHalfUp() {
    AnnualFullTimeSmic a = Smic.annualFullTime(LocalDate.of(2024, 11, 1));
    assertThat(a.amount().exact()).isEqualByComparingTo("21622.0752");
    assertThat(a.amount().rounded()).isEqualTo(new BigDecimal("21622.08"));
    assertThat(Smic.annualFullTime(LocalDate.of(2026, 1, 1)).amount().rounded())
        .isEqualTo(new BigDecimal("21876.88"));
    assertThat(Smic.annualFullTime(LocalDate.of(2015, 1, 1)).amount().rounded())
        .isEqualTo(new BigDecimal("17490.58"));
    assertThat(a.durationReference().citation()).isEqualTo("C. trav., art. L3121-27");
  }

  @Property(tries = 300)
  void theAnnualAmountIsWithinHalfACentOfTheExactProductOnEveryKnownDay(
      @ForAll @LongRange(min = 0, max = 4348) long offset) {
    LocalDate date = LocalDate.of(2015, 1, 1).plusDays(offset);
    AnnualFullTimeSmic a = Smic.annualFullTime(date);
    BigDecimal exact = Smic.hourlyGross(date).value().multiply(new BigDecimal("151.67")).multiply(BigDecimal.valueOf(12));
    assertThat(a.amount().rounded().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    assertThat(a.amount().rounded().scale()).isEqualTo(2);
  }

  @Example
  void theSmicNeverFellBetweenTwoValues() {
    BigDecimal previous = BigDecimal.ZERO;
    for (DatedValue<BigDecimal> v : Smic.hourlyGrossParameter().values()) {
      assertThat(v.value()).as(v.toString()).isGreaterThan(previous);
      previous = v.value();
    }
  }

  @Example
  void noSmicIsKnownBefore2015() {
    assertThatThrownBy(() -> Smic.annualFullTime(LocalDate.of(2014, 12, 31)))
        .isInstanceOf(NoLawKnownException.class).hasMessageContaining("smic-horaire-brut");
  }

  @Example
  void pssOf2025And2026AndItsEndOnTheLastDayOf2026() {
    assertThat(PlafondSecuriteSociale.annual(LocalDate.of(2025, 7, 14)).value()).isEqualByComparingTo("47100");
    assertThat(PlafondSecuriteSociale.annual(LocalDate.of(2026, 12, 31)).value()).isEqualByComparingTo("48060");
    assertThat(PlafondSecuriteSociale.annual(LocalDate.of(2021, 1, 1)).value()).isEqualByComparingTo("41136");
    assertThatThrownBy(() -> PlafondSecuriteSociale.annual(LocalDate.of(2027, 1, 1)))
        .isInstanceOf(NoLawKnownException.class);
  }
}
