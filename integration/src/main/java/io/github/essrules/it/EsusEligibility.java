package io.github.essrules.it;

import io.github.essrules.core.registry.RuleRegistry;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.ess.CapitalOperation;
import io.github.essrules.rules.ess.EssFinancialYear;
import io.github.essrules.rules.ess.EssMembershipFacts;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.esus.EquitySecurities;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.EsusFinancialYear;
import io.github.essrules.rules.esus.MainPurpose;
import io.github.essrules.rules.esus.Pay;
import io.github.essrules.rules.esus.PayYear;
import io.github.essrules.rules.esus.PayeeRole;
import io.github.essrules.rules.esus.UtilityObjective;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Journey 1: is a SAS of the ESS eligible for the ESUS agrément (C. trav. L3332-17-1), and if not,
 * which conditions fail? The facts are those of the repository's sample case
 * {@code esus-sas-recyclerie.json}, built in code.
 */
public final class EsusEligibility {
  private EsusEligibility() {}

  /**
   * Evaluates the ESUS rule: the one place naming the rule.
   *
   * @param facts the enterprise's facts
   * @param asOf the date whose law applies
   * @return the verdict
   */
  public static Verdict evaluate(EsusFacts facts, LocalDate asOf) {
    // the rule as a program finds any rule: by its identifier, in the registry
    return RuleRegistry.standard().get("esus", EsusFacts.class, Verdict.class).apply(facts, asOf);
  }

  /**
   * The Recyclerie du Plateau SAS: an ESS company whose président was paid 228 000 € in 2025.
   *
   * @return the facts
   */
  public static EsusFacts recyclerie() {
    return recyclerie(new BigDecimal("228000"));
  }

  /**
   * The Recyclerie du Plateau SAS, its président paid the amount given in 2025 (full time).
   *
   * @param presidentPay the président's pay in 2025, in euros
   * @return the facts
   */
  public static EsusFacts recyclerie(BigDecimal presidentPay) {
    EssMembershipFacts ess = EssMembershipFacts.builder()
        .legalForm(LegalForm.COMMERCIAL_COMPANY)
        .name("Recyclerie du Plateau SAS")
        .purposeOtherThanSharingProfits(true)
        .democraticGovernance(true)
        .profitsMostlyForActivity(true)
        .mandatoryReservesUndistributable(true)
        .liquidationSurplusToEss(true)
        .socialUtilityInStatuts(true)
        .managementPrinciplesInStatuts(true)
        .registeredAsEss(true)
        .addFinancialYears(EssFinancialYear.builder()
            .closingDate(LocalDate.of(2025, 12, 31))
            .profit(new BigDecimal("42000"))
            .priorLosses(BigDecimal.ZERO)
            .reservesBeforeAllocation(new BigDecimal("6000"))
            .shareCapital(new BigDecimal("150000"))
            .allocatedToDevelopmentFund(new BigDecimal("8400"))
            .allocatedToRetainedEarningsAndMandatoryReserves(new BigDecimal("30000"))
            .capitalOperation(CapitalOperation.NONE)
            .build())
        .build();
    return EsusFacts.builder()
        .ess(ess)
        .applicationDate(LocalDate.of(2026, 3, 16))
        .creationDate(LocalDate.of(2016, 5, 2))
        .mainPurpose(MainPurpose.builder()
            .objectives(List.of(UtilityObjective.SUSTAINABLE_DEVELOPMENT))
            .sustainableDevelopmentImpactThrough(List.of(UtilityObjective.EXCLUSION_AND_COHESION))
            .build())
        .purposeInStatuts(true)
        .equitySecurities(EquitySecurities.NOT_ADMITTED_TO_TRADING)
        .addFinancialYears(
            financialYear(2023, "1200000", "910000"),
            financialYear(2024, "1310000", "990000"),
            financialYear(2025, "1400000", "1050000"))
        .addPayYears(PayYear.builder()
            .year(Year.of(2025))
            .addPay(
                fullTime("président", PayeeRole.DIRIGEANT, presidentPay),
                fullTime("directeur général", PayeeRole.DIRIGEANT, new BigDecimal("96000")),
                fullTime("responsable atelier", PayeeRole.SALARIE, new BigDecimal("41000")),
                fullTime("responsable boutique", PayeeRole.SALARIE, new BigDecimal("36000")),
                fullTime("chargée de collecte", PayeeRole.SALARIE, new BigDecimal("30500")),
                fullTime("valoriste", PayeeRole.SALARIE, new BigDecimal("24000")))
            .build())
        .build();
  }

  /**
   * Why a verdict is not satisfied, one line per condition that decides it: its identifier, what it
   * is about, and its article.
   *
   * @param verdict the verdict
   * @return lines such as {@code esus.I.3.b@year:2025 — C. trav., art. L3332-17-1, I, 3°, b}
   */
  public static List<String> reasons(Verdict verdict) {
    return verdict.failures().stream()
        .map(f -> f.qualifiedId() + " — " + f.reference().citation())
        .collect(Collectors.toList());
  }

  /**
   * The condition on the best paid person's pay (L3332-17-1, I, 3°, b), for the year given.
   *
   * @param verdict an ESUS verdict
   * @param year the year of pay
   * @return the finding
   * @throws IllegalArgumentException if the verdict has none for that year
   */
  public static Finding bestPaidCap(Verdict verdict, int year) {
    return verdict.find("esus.I.3.b").stream()
        .filter(f -> f.subject().equals(Optional.of("year:" + year)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no esus.I.3.b for " + year));
  }

  private static EsusFinancialYear financialYear(int year, String charges, String socialUtilityCharges) {
    return EsusFinancialYear.builder()
        .startDate(LocalDate.of(year, 1, 1))
        .closingDate(LocalDate.of(year, 12, 31))
        .operatingCharges(new BigDecimal(charges))
        .socialUtilityOperatingCharges(new BigDecimal(socialUtilityCharges))
        .build();
  }

  private static Pay fullTime(String label, PayeeRole role, BigDecimal amount) {
    return Pay.builder().label(label).role(role).amountPaid(amount).fullTimeRatio(BigDecimal.ONE).build();
  }
}
