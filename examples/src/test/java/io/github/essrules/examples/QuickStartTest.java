package io.github.essrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.ess.EssMembershipFacts;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.esus.AgrementTerm;
import io.github.essrules.rules.esus.EquitySecurities;
import io.github.essrules.rules.esus.EsusAgrement;
import io.github.essrules.rules.esus.EsusAnnexStatement;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.EsusRule;
import io.github.essrules.rules.esus.Pay;
import io.github.essrules.rules.esus.PayYear;
import io.github.essrules.rules.esus.PayeeRole;
import io.github.essrules.rules.esus.PleinDroitCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The README's quick start, compiled and checked: what it says is what the library does. */
class QuickStartTest {

  @Test
  void theReadmeQuickStartRegieDeQuartierIsEsusDePleinDroit() {
    EsusFacts facts = EsusFacts.builder()
        .ess(EssMembershipFacts.builder().legalForm(LegalForm.ASSOCIATION).name("Régie de quartier")
            .purposeOtherThanSharingProfits(true).democraticGovernance(true).profitsMostlyForActivity(true)
            .mandatoryReservesUndistributable(true).liquidationSurplusToEss(true).build())
        .applicationDate(LocalDate.of(2026, 3, 2))
        .creationDate(LocalDate.of(2003, 1, 15))
        .pleinDroitCategory(PleinDroitCategory.REGIE_DE_QUARTIER)
        .equitySecurities(EquitySecurities.NONE)
        .addPayYears(PayYear.builder().year(Year.of(2025)).allPaidPersonsListed(true)
            .addPay(Pay.builder().label("directrice").role(PayeeRole.DIRIGEANT)
                .amountPaid(new BigDecimal("54000")).fullTimeRatio(BigDecimal.ONE).build())
            .build())
        .build();

    Verdict v = EsusRule.get().evaluate(facts, LocalDate.of(2026, 4, 1));
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
    // the Code du travail was verified on 27 March 2026 (LEGI dump): on 1 April it is presumed unchanged
    assertThat(v.confidence()).isEqualTo(Confidence.PRESUMED);
    assertThat(v.missingFacts()).isEmpty();
    assertThat(v.explain(Lang.FR)).startsWith("Règle esus au 1er avril 2026 : satisfaite")
        .contains("[satisfaite] Agrément de plein droit : 8° du II (régies de quartier) — C. trav., art. L3332-17-1, II, 8°")
        .contains("sommes versées au mieux rémunéré (directrice), en équivalent temps complet : 54\u00a0000\u00a0€"
            + " n'excède pas 216\u00a0220,80\u00a0€ ✓");
    assertThat(EsusAnnexStatement.of(facts, v).text(Lang.FR)).contains("R. 3332-21-5");
    EsusFacts granted = facts.toBuilder().grantedOn(LocalDate.of(2026, 4, 20)).build();
    assertThat(granted).isNotEqualTo(facts);
    AgrementTerm term = EsusAgrement.term(granted, LocalDate.of(2026, 11, 27), 6);
    assertThat(term.lastValidDay()).contains(LocalDate.of(2031, 4, 19));
  }
}
