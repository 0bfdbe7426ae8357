package io.github.essrules.examples;

import io.github.essrules.core.Lang;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.ess.EssFinancialYear;
import io.github.essrules.rules.ess.EssMembershipFacts;
import io.github.essrules.rules.ess.CapitalOperation;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.esus.EquitySecurities;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.EsusFinancialYear;
import io.github.essrules.rules.esus.EsusRule;
import io.github.essrules.rules.esus.MainPurpose;
import io.github.essrules.rules.esus.Pay;
import io.github.essrules.rules.esus.PayYear;
import io.github.essrules.rules.esus.PayeeRole;
import io.github.essrules.rules.esus.UtilityObjective;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * User journey (a): is this enterprise eligible for the ESUS agrément, and why not? Builds the
 * facts of a SAS of the ESS in code, prints the explanation in French and English, then reads the
 * findings programmatically: the conditions not met, with their article and figures.
 *
 * <p>Run: {@code java -cp examples/target/ess.jar io.github.essrules.examples.EsusEligibility}.
 */
public final class EsusEligibility {
  private EsusEligibility() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example, writing to a stream.
   *
   * @param out where to write
   */
  public static void run(PrintStream out) {
    EsusFacts facts = EsusFacts.builder()
        .ess(EssMembershipFacts.builder().legalForm(LegalForm.COMMERCIAL_COMPANY).name("Recyclerie du Plateau SAS")
            .purposeOtherThanSharingProfits(true).democraticGovernance(true).profitsMostlyForActivity(true)
            .mandatoryReservesUndistributable(true).liquidationSurplusToEss(true)
            .socialUtilityInStatuts(true).managementPrinciplesInStatuts(true).registeredAsEss(true)
            .addFinancialYears(EssFinancialYear.builder().closingDate(LocalDate.of(2025, 12, 31))
                .profit(new BigDecimal("42000")).priorLosses(BigDecimal.ZERO)
                .reservesBeforeAllocation(new BigDecimal("6000")).shareCapital(new BigDecimal("150000"))
                .allocatedToDevelopmentFund(new BigDecimal("8400"))
                .allocatedToRetainedEarningsAndMandatoryReserves(new BigDecimal("30000"))
                .capitalOperation(CapitalOperation.NONE).build())
            .build())
        .applicationDate(LocalDate.of(2026, 3, 16))
        .creationDate(LocalDate.of(2016, 5, 2))
        .mainPurpose(MainPurpose.builder().objectives(List.of(UtilityObjective.EXCLUSION_AND_COHESION)).build())
        .purposeInStatuts(true)
        .equitySecurities(EquitySecurities.NOT_ADMITTED_TO_TRADING)
        .addFinancialYears(year(2023, "1200000", "910000"), year(2024, "1310000", "990000"), year(2025, "1400000", "1050000"))
        .addPayYears(PayYear.builder().year(Year.of(2025))
            // twelve payslips per person, December's with its bonus: the year's sums (I, 3°)
            .addPay(pay("président", "19000", "19000"), pay("directeur général", "8000", "8000"),
                pay("responsable atelier", "3400", "3600"), pay("responsable boutique", "3000", "3000"),
                pay("chargée de collecte", "2500", "3000"))
            .build())
        .build();

    Verdict verdict = EsusRule.get().evaluate(facts, LocalDate.of(2026, 4, 1));
    out.println(verdict.explain(Lang.FR));
    out.println();
    out.println(verdict.explain(Lang.EN));
    out.println();
    out.println("Programmatically: outcome " + verdict.outcome() + ", confidence " + verdict.confidence());
    for (Finding f : verdict.find("esus.I.3.b")) {
      if (f.outcome() == Outcome.NOT_SATISFIED) {
        out.println("  not met: " + f.reference().citation() + " — " + f.comparisons().get(0).describe(Lang.EN)
            + " (actual " + f.comparisons().get(0).actual().decimalValue() + ", limit "
            + f.comparisons().get(0).limit().decimalValue() + ")");
      }
    }
    out.println("  missing facts: " + verdict.missingFacts());
  }

  private static EsusFinancialYear year(int y, String charges, String social) {
    return EsusFinancialYear.builder().startDate(LocalDate.of(y, 1, 1)).closingDate(LocalDate.of(y, 12, 31))
        .operatingCharges(new BigDecimal(charges)).socialUtilityOperatingCharges(new BigDecimal(social)).build();
  }

  /** Full time all year: eleven months at {@code monthly}, December at {@code december}. */
  private static Pay pay(String label, String monthly, String december) {
    List<BigDecimal> months = new ArrayList<>(Collections.nCopies(11, new BigDecimal(monthly)));
    months.add(new BigDecimal(december));
    return Pay.ofMonths(label, PayeeRole.SALARIE, BigDecimal.ONE, months);
  }
}
