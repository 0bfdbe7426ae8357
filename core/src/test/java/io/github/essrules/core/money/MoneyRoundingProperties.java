package io.github.essrules.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class MoneyRoundingProperties {
  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

  @Property
  void roundingToTheCentIsWithinHalfACentOfTheExactAmount(
      @ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(6) BigDecimal exact) {
    for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN}) {
      BigDecimal cents = Euros.toCents(exact, mode);
      assertThat(cents.scale()).isEqualTo(2);
      assertThat(cents.subtract(exact).abs()).isLessThanOrEqualTo(HALF_CENT);
    }
  }

  @Property
  void halfUpAndHalfEvenDifferOnlyOnAnExactHalfCentAfterAnEvenCent(
      @ForAll @BigRange(min = "0", max = "100000") @Scale(3) BigDecimal exact) {
    BigDecimal up = Euros.toCents(exact, RoundingMode.HALF_UP);
    BigDecimal even = Euros.toCents(exact, RoundingMode.HALF_EVEN);
    boolean halfCent = exact.movePointRight(3).remainder(BigDecimal.TEN).intValue() == 5;
    boolean evenCent = exact.movePointRight(2).toBigInteger().testBit(0) == false;
    assertThat(up.equals(even)).isEqualTo(!(halfCent && evenCent));
    if (!up.equals(even)) {
      assertThat(up.subtract(even)).isEqualByComparingTo("0.01");
    }
  }

  @Property
  void roundingAWholeNumberOfCentsChangesNothing(
      @ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(2) BigDecimal cents) {
    assertThat(Euros.isWholeCents(cents)).isTrue();
    assertThat(Euros.toCents(cents, RoundingMode.UNNECESSARY)).isEqualTo(cents.setScale(2));
  }

  @Example
  void halfACentRoundsUpUnderHalfUpAndToTheEvenCentUnderHalfEven() {
    assertThat(Euros.toCents(new BigDecimal("0.125"), RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("0.13"));
    assertThat(Euros.toCents(new BigDecimal("0.125"), RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("0.12"));
    assertThat(Euros.toCents(new BigDecimal("0.135"), RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("0.14"));
    assertThat(Euros.toCents(new BigDecimal("-0.125"), RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("-0.13"));
  }

  @Example
  void unnecessaryRoundingOfAFractionOfACentIsAnError() {
    assertThatThrownBy(() -> Euros.toCents(new BigDecimal("21622.0752"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Example
  void aRoundedAmountKeepsTheExactValueAndTheMode() {
    RoundedAmount a = Euros.round(new BigDecimal("21622.0752"), RoundingMode.HALF_UP);
    assertThat(a.rounded()).isEqualTo(new BigDecimal("21622.08"));
    assertThat(a.exact()).isEqualTo(new BigDecimal("21622.0752"));
    assertThat(a.mode()).isEqualTo(RoundingMode.HALF_UP);
  }
}
