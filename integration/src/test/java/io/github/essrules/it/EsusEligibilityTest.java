package io.github.essrules.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.ess.EssMembershipFacts;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.esus.AgrementStatus;
import io.github.essrules.rules.esus.AgrementTerm;
import io.github.essrules.rules.esus.EquitySecurities;
import io.github.essrules.rules.esus.EsusAgrement;
import io.github.essrules.rules.esus.EsusAnnexStatement;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.Pay;
import io.github.essrules.rules.esus.PayYear;
import io.github.essrules.rules.esus.PayeeRole;
import io.github.essrules.rules.esus.PleinDroitCategory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Journey 1: ESUS eligibility (C. trav. L3332-17-1), as of pinned dates. */
class EsusEligibilityTest {
  static final LocalDate APRIL_1_2026 = LocalDate.of(2026, 4, 1);

  static Path sampleCase(String file) {
    return Path.of(System.getProperty("it.cases"), file);
  }

  @Test
  void theRecyclerieBuiltInCodeIsTheRepositorysSampleCase() throws IOException {
    EsusFacts fromJson = EssJson.read(Files.readString(sampleCase("esus-sas-recyclerie.json")), EsusFacts.class);
    assertThat(EsusEligibility.recyclerie()).isEqualTo(fromJson);
  }

  @Test
  void aPresidentPaid228000In2025FailsOnlyThePayCapOf3b() {
    Verdict v = EsusEligibility.evaluate(EsusEligibility.recyclerie(), APRIL_1_2026);

    assertThat(v.outcome()).as(v.explain(Lang.EN)).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(v.missingFacts()).isEmpty();
    assertThat(EsusEligibility.reasons(v)).containsExactly("esus.I.3.b@year:2025 — C. trav., art. L3332-17-1, I, 3°, b");
    // the full-time pay of the best paid against ten times the annual SMIC of 2025
    Finding cap = EsusEligibility.bestPaidCap(v, 2025);
    assertThat(cap.comparisons()).hasSize(1);
    assertThat(cap.comparisons().get(0).actual().decimalValue()).isEqualByComparingTo("228000");
    assertThat(cap.comparisons().get(0).operator()).isEqualTo(Operator.AT_MOST);
    assertThat(cap.comparisons().get(0).limit().decimalValue()).isEqualByComparingTo("216220.80");
    assertThat(cap.reference().url()).hasValueSatisfying(u -> assertThat(u.toString()).contains("legifrance.gouv.fr"));
    assertThat(v.explain(Lang.FR)).startsWith("Règle esus au 1er avril 2026 : non satisfaite");
    assertThat(v.explain(Lang.EN)).startsWith("Rule esus as of 1 April 2026: not satisfied");
  }

  @Test
  void exactlyTenAnnualSmicIsWithinTheCapAndOneCentMoreIsNot() {
    Verdict atTheCap = EsusEligibility.evaluate(EsusEligibility.recyclerie(new BigDecimal("216220.80")), APRIL_1_2026);
    assertThat(atTheCap.outcome()).as(atTheCap.explain(Lang.EN)).isEqualTo(Outcome.SATISFIED);
    assertThat(atTheCap.failures()).isEmpty();

    Verdict oneCentMore =
        EsusEligibility.evaluate(EsusEligibility.recyclerie(new BigDecimal("216220.81")), APRIL_1_2026);
    assertThat(oneCentMore.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(oneCentMore.failures()).extracting(Finding::qualifiedId).containsExactly("esus.I.3.b@year:2025");
  }

  @Test
  void factsReceivedFromElsewhereAreChangedWithABuilderFromThem() {
    EsusFacts received = EsusEligibility.recyclerie();
    // the président's pay lowered, everything else as received
    PayYear year = received.payYears().get(0);
    EsusFacts lowered = EsusFacts.builder().from(received)
        .payYears(List.of(PayYear.builder().from(year)
            .pay(List.of(Pay.builder().from(year.pay().get(0)).amountPaid(new BigDecimal("90000")).build()))
            .addAllPay(year.pay().subList(1, year.pay().size()))
            .build()))
        .build();
    assertThat(EsusEligibility.evaluate(lowered, APRIL_1_2026).outcome()).isEqualTo(Outcome.SATISFIED);
  }

  /** The README's quick start: a régie de quartier, ESUS de plein droit (II, 8°), and its agrément. */
  @Test
  void theReadmeRegieDeQuartierIsEsusDePleinDroitAndItsAgrementRunsFiveYears() {
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

    Verdict v = EsusEligibility.evaluate(facts, APRIL_1_2026);
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
    // the Code du travail was verified on 27 March 2026: on 1 April it is presumed unchanged
    assertThat(v.confidence()).isEqualTo(Confidence.PRESUMED);
    assertThat(EsusAnnexStatement.of(facts, v).text(Lang.FR)).contains("R. 3332-21-5");

    // the README copies the facts through the generated class; a builder from them does it as well
    EsusFacts granted = EsusFacts.builder().from(facts).grantedOn(LocalDate.of(2026, 4, 20)).build();
    AgrementTerm term = EsusAgrement.term(granted, LocalDate.of(2026, 11, 27), 6);
    assertThat(term.status()).isEqualTo(AgrementStatus.VALID);
    assertThat(term.lastValidDay()).contains(LocalDate.of(2031, 4, 19));
  }
}
