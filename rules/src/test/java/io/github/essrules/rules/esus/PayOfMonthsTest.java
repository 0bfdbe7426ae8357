package io.github.essrules.rules.esus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.validation.InvalidInputException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Pay#ofMonths}: a year of payslips summed exactly, for C. trav. L3332-17-1, I, 3°. */
class PayOfMonthsTest {

  @Test
  void sixMonthsFullTimeAreHalfAYearAndTheirExactSum() {
    Pay p = Pay.ofMonths("chargée de collecte", PayeeRole.SALARIE, new BigDecimal("0.5"),
        Collections.nCopies(6, new BigDecimal("2083.33")));
    assertThat(p.amountPaid()).isEqualByComparingTo("12499.98");
    assertThat(PayCap.fullTime(p)).isEqualByComparingTo("24999.96");
    assertThat(p.label()).contains("chargée de collecte");
  }

  @Test
  void noMonthIsNoPayAndAThirteenthMonthIsRefused() {
    assertThat(Pay.ofMonths("x", PayeeRole.SALARIE, BigDecimal.ONE, List.of()).amountPaid()).isEqualByComparingTo("0");
    assertThatThrownBy(() -> Pay.ofMonths("x", PayeeRole.SALARIE, BigDecimal.ONE,
        Collections.nCopies(13, BigDecimal.TEN))).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Pay.ofMonths("x", PayeeRole.SALARIE, BigDecimal.ONE,
        Arrays.asList(BigDecimal.TEN, null))).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Pay.ofMonths("x", null, BigDecimal.ONE, List.of())).isInstanceOf(InvalidInputException.class);
  }
}
