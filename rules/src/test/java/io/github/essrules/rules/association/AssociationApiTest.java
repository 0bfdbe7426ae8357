package io.github.essrules.rules.association;

import static io.github.essrules.rules.association.AssociationRuleTest.ASOF;
import static io.github.essrules.rules.association.AssociationRuleTest.epiceaIn2025;
import static io.github.essrules.rules.association.AssociationRuleTest.find;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The values of an association's case as a user changes them: each {@code toBuilder()} gives a
 * new value with the change, and leaves the one it came from as it was.
 */
class AssociationApiTest {

  /** Loi 1901, art. 5: the new bureau elected on 14 June 2025, declared on the last day or the next. */
  @Test
  void aChangeDeclaredOneDayLaterIsANewValueJudgedLate_loi1901_art5() {
    StatutoryChange elected = StatutoryChange.builder().what("nouveau bureau").decidedOn(LocalDate.of(2025, 6, 14))
        .declaredOn(LocalDate.of(2025, 9, 14)).build();
    StatutoryChange late = elected.toBuilder().declaredOn(LocalDate.of(2025, 9, 15)).build();
    assertThat(elected.declaredOn()).contains(LocalDate.of(2025, 9, 14));
    AssociationCase inTime = epiceaIn2025().changes(List.of(elected)).build();
    AssociationCase tooLate = inTime.toBuilder().changes(List.of(late)).build();
    assertThat(inTime.changes().orElseThrow()).containsExactly(elected);
    assertThat(find(AssociationRule.get().evaluate(inTime, ASOF), "association.art5.change").outcome())
        .isEqualTo(Outcome.SATISFIED);
    assertThat(find(AssociationRule.get().evaluate(tooLate, ASOF), "association.art5.change").outcome())
        .isEqualTo(Outcome.NOT_SATISFIED);
  }

  /**
   * CGI 261-7-1° d (secondary source): a president paid 2 000 € in March 2025, over the tolerance,
   * with own resources averaging more than 200 000 €; the legal regime holds with its five
   * conditions, and fails once the accounts are no longer certified.
   */
  @Test
  void theLegalRegimeFailsOnceTheAccountsAreNoLongerCertified_CGI_261_7_1_d() {
    LegalRegimeConditions all = LegalRegimeConditions.builder().democraticTransparentStatuts(true)
        .electedRegularly(true).decidedByQualifiedMajority(true).disclosedInAnnex(true).auditedByCommissaire(true)
        .build();
    LegalRegimeConditions unaudited = all.toBuilder().auditedByCommissaire(false).build();
    assertThat(all.auditedByCommissaire()).contains(true);
    MonthlyPay march = MonthlyPay.of(YearMonth.of(2025, 3), new BigDecimal("2000"));
    PaidDirigeant president = PaidDirigeant.builder().label("président").pay(List.of(march)).build();
    AssociationCase regime = epiceaIn2025().paidDirigeants(List.of(president))
        .ownResourcesPreviousThreeYears(List.of(new BigDecimal("200000"), new BigDecimal("190000"),
            new BigDecimal("210000.01")))
        .legalRegime(all).build();
    Verdict v = AssociationRule.get().evaluate(regime, ASOF);
    assertThat(find(v, "association.gd.regime").outcome()).isEqualTo(Outcome.SATISFIED);
    Verdict withoutAudit = AssociationRule.get().evaluate(regime.toBuilder().legalRegime(unaudited).build(), ASOF);
    assertThat(withoutAudit.failures()).extracting(f -> f.id()).contains("association.gd.regime.audit");
    assertThat(withoutAudit.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  /** BOI-IS-CHAMP-10-50-10-20 (secondary source): March's pay lowered to the tolerance of 2025. */
  @Test
  void aMonthsPayLoweredToThreeQuartersOfTheSmicKeepsTheManagementDesinteressee() {
    MonthlyPay march = MonthlyPay.of(YearMonth.of(2025, 3), new BigDecimal("1400"));
    MonthlyPay lowered = march.toBuilder().gross(new BigDecimal("1351.38")).build();
    assertThat(march.gross()).isEqualByComparingTo("1400");
    PaidDirigeant treasurer = PaidDirigeant.builder().label("trésorière").pay(List.of(march)).build();
    PaidDirigeant within = treasurer.toBuilder().pay(List.of(lowered)).build();
    assertThat(treasurer.pay().orElseThrow()).containsExactly(march);
    assertThat(within.label()).isEqualTo("trésorière");
    Verdict v = AssociationRule.get().evaluate(epiceaIn2025().paidDirigeants(List.of(within)).build(), ASOF);
    assertThat(find(v, "association.gd.tolerance.dirigeant").outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
  }
}
