package io.github.essrules.rules.association;

import static io.github.essrules.rules.association.AssociationRuleTest.ASOF;
import static io.github.essrules.rules.association.AssociationRuleTest.epiceaIn2025;
import static io.github.essrules.rules.association.AssociationRuleTest.find;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rule of unknown and empty facts (package {@code io.github.essrules.rules}) for an
 * association: the dirigeants paid, their months of pay and the changes to declare, left out, are
 * unknown; {@code []} says "none".
 */
class UnknownAndEmptyFactsTest {

  @Test
  void anEpicerieThatDoesNotSayWhetherItPaysItsDirigeantsIsUndeterminedNotDesinteressee_CGI_261_7_1_d() {
    Verdict unknown = AssociationRule.get().evaluate(epiceaIn2025().paidDirigeants(Optional.empty()).build(), ASOF);
    Finding pay = find(unknown, "association.gd.pay");
    assertThat(pay.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(pay.missingFacts()).containsExactly("/paidDirigeants");
    assertThat(find(unknown, "association.gd").outcome()).isEqualTo(Outcome.UNDETERMINED);
    // [] : no dirigeant paid, the management stays désintéressée
    Verdict none = AssociationRule.get().evaluate(epiceaIn2025().paidDirigeants(List.of()).build(), ASOF);
    assertThat(find(none, "association.gd.pay").outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void aTreasurerListedWithoutHerMonthsOfPayIsUndeterminedAndWithNoMonthIsUnpaid_CGI_261_7_1_d() {
    PaidDirigeant unknownPay = PaidDirigeant.builder().label("trésorière").build();
    Verdict unknown = AssociationRule.get().evaluate(epiceaIn2025().paidDirigeants(List.of(unknownPay)).build(), ASOF);
    Finding tolerance = find(unknown, "association.gd.tolerance.dirigeant");
    assertThat(tolerance.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(tolerance.missingFacts()).containsExactly("/paidDirigeants/0/pay");
    PaidDirigeant unpaid = PaidDirigeant.builder().label("trésorière").pay(List.of()).build();
    Verdict none = AssociationRule.get().evaluate(epiceaIn2025().paidDirigeants(List.of(unpaid)).build(), ASOF);
    assertThat(find(none, "association.gd.tolerance.dirigeant").outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void anAssociationThatDoesNotSayWhetherItsStatutsChangedIsUndeterminedOnItsDeclarations_loi1901_art5() {
    Verdict unknown = AssociationRule.get().evaluate(epiceaIn2025().changes(Optional.empty()).build(), ASOF);
    Finding formation = find(unknown, "association.formation");
    assertThat(formation.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/changes");
    // [] : nothing changed, nothing to declare
    Verdict none = AssociationRule.get().evaluate(epiceaIn2025().changes(List.of()).build(), ASOF);
    assertThat(find(none, "association.formation").outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void aDirigeantPaidEveryMonthOfAYearIsTwelveMonthlyPays() {
    List<MonthlyPay> year = MonthlyPay.everyMonth(YearMonth.of(2025, 1), YearMonth.of(2025, 12), new BigDecimal("1351.38"));
    assertThat(year).hasSize(12).allMatch(m -> m.gross().compareTo(new BigDecimal("1351.38")) == 0);
    assertThat(year).extracting(MonthlyPay::month).startsWith(YearMonth.of(2025, 1)).endsWith(YearMonth.of(2025, 12));
    assertThat(MonthlyPay.everyMonth(YearMonth.of(2025, 7), YearMonth.of(2025, 6), BigDecimal.ONE)).isEmpty();
  }
}
