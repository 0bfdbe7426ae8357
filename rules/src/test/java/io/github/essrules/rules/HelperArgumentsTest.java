package io.github.essrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.validation.Violation;
import io.github.essrules.rules.amounts.Smic;
import io.github.essrules.rules.esus.EsusAgrement;
import io.github.essrules.rules.esus.EsusRule;
import io.github.essrules.rules.ville.EmploisFrancs;
import io.github.essrules.rules.ville.EmploisFrancsFacts;
import io.github.essrules.rules.ville.QpvCriteria;
import io.github.essrules.rules.ville.QpvCriteriaFacts;
import io.github.essrules.rules.ville.ZfuTe;
import io.github.essrules.rules.ville.ZfuTeFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The public helpers that compute from facts check their arguments as {@code evaluate} does: a
 * typed error naming the argument, never a negative euro amount, a {@code NullPointerException},
 * an {@code ArithmeticException} or a {@code DateTimeException} (issue 16, the audit's item 7).
 */
class HelperArgumentsTest {

  private static void namesTheField(Runnable call, String pointerOrPath) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.violations()).extracting(v -> v.pointer().isEmpty() ? v.path() : v.pointer())
            .anyMatch(p -> p.equals(pointerOrPath)));
  }

  @Test
  void anEmploisFrancsAidForMinusTwelveMonthsIsAnInputErrorNotMinus25000Euros() {
    EmploisFrancsFacts f = EmploisFrancsFacts.builder().hiredOn(LocalDate.of(2023, 3, 1))
        .contract(EmploisFrancsFacts.Contract.CDI).workingTime(BigDecimal.ONE).monthsPresent(-12)
        .jobSeekerResidentInQpv(true).build();
    namesTheField(() -> EmploisFrancs.amount(f), "/monthsPresent");
  }

  @Test
  void aQpvThresholdOnANegativeMedianIsAnInputError() {
    QpvCriteriaFacts f = QpvCriteriaFacts.builder().population(1500).medianIncome(new BigDecimal("9000"))
        .nationalMedianIncome(new BigDecimal("-22000")).uniteUrbaineMedianIncome(new BigDecimal("21000")).build();
    namesTheField(() -> QpvCriteria.threshold(f), "/nationalMedianIncome");
  }

  @Test
  void aZfuProfitPeriodEndingBeforeItStartsIsAnInputErrorNotAnArithmeticException() {
    ZfuTeFacts f = ZfuTeFacts.builder().establishedOn(LocalDate.of(2020, 1, 1)).employees(10)
        .turnoverOrBalanceSheet(new BigDecimal("1000000")).residentShare(new BigDecimal("0.6"))
        .periodStart(LocalDate.of(2021, 12, 31)).periodEnd(LocalDate.of(2021, 1, 1))
        .profit(new BigDecimal("40000")).build();
    assertThatThrownBy(() -> ZfuTe.exemptProfit(f)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void missingArgumentsAreNamedNotNullPointerExceptions() {
    namesTheField(() -> EsusRule.get().evaluate(null, LocalDate.of(2026, 4, 1)), "facts");
    assertThatThrownBy(() -> EsusAgrement.term(null, LocalDate.of(2026, 4, 1), 6))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).contains("facts"));
  }

  @Test
  void theSmicOfTheLastRepresentableYearIsNoLawKnownNotADateTimeException() {
    assertThatThrownBy(() -> Smic.annualForYear(Integer.MAX_VALUE)).isInstanceOf(NoLawKnownException.class);
    assertThatThrownBy(() -> Smic.annualForYear(Integer.MIN_VALUE)).isInstanceOf(NoLawKnownException.class);
  }
}
