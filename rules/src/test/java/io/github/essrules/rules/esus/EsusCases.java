package io.github.essrules.rules.esus;

import io.github.essrules.rules.ess.CapitalOperation;
import io.github.essrules.rules.ess.EssFinancialYear;
import io.github.essrules.rules.ess.EssMembershipFacts;
import io.github.essrules.rules.ess.LegalForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/** Cases shared by the ESUS tests: real situations, figures chosen to sit on the boundaries. */
final class EsusCases {
  private EsusCases() {}

  /** 2025: SMIC 11.88 all year → 1801.84 × 12 = 21622.08; 7× 151354.56; 10× 216220.80. */
  static final BigDecimal REFERENCE_2025 = new BigDecimal("21622.08");
  static final BigDecimal AVERAGE_CAP_2025 = new BigDecimal("151354.56");
  static final BigDecimal TOP_CAP_2025 = new BigDecimal("216220.80");

  static io.github.essrules.rules.ess.EssMembershipFacts.Builder essConditionsOfI(LegalForm form) {
    return EssMembershipFacts.builder()
        .legalForm(form)
        .purposeOtherThanSharingProfits(true)
        .democraticGovernance(true)
        .profitsMostlyForActivity(true)
        .mandatoryReservesUndistributable(true)
        .liquidationSurplusToEss(true);
  }

  static Pay fullTime(String label, String amount) {
    return Pay.builder().label(label).role(PayeeRole.SALARIE).amountPaid(new BigDecimal(amount))
        .fullTimeRatio(BigDecimal.ONE).build();
  }

  /** Five people, the average exactly 7 × and the top exactly 10 × the 2025 reference. */
  static PayYear payAtTheCaps2025() {
    // 216220.80 + 4 × 135138.00 = 756772.80 = 5 × 151354.56
    return PayYear.builder().year(Year.of(2025))
        .addPay(fullTime("directeur", "216220.80"))
        .addPay(fullTime("a", "135138.00"), fullTime("b", "135138.00"), fullTime("c", "135138.00"),
            fullTime("d", "135138.00"))
        .build();
  }

  static PayYear modestPay2025() {
    return PayYear.builder().year(Year.of(2025))
        .addPay(fullTime("directrice", "52000"), fullTime("encadrant 1", "34000"), fullTime("encadrant 2", "33000"))
        .allPaidPersonsListed(false)
        .addPay(fullTime("comptable", "31000"), fullTime("agent 1", "24000"), fullTime("agent 2", "23000"))
        .build();
  }

  /** A régie de quartier carried by an association, applying in March 2026 (L3332-17-1, II, 8°). */
  static EsusFacts.Builder regieDeQuartier() {
    return EsusFacts.builder()
        .ess(essConditionsOfI(LegalForm.ASSOCIATION).name("Régie de quartier des Tilleuls").build())
        .applicationDate(LocalDate.of(2026, 3, 2))
        .creationDate(LocalDate.of(1998, 6, 15))
        .pleinDroitCategory(PleinDroitCategory.REGIE_DE_QUARTIER)
        .equitySecurities(EquitySecurities.NONE)
        .addPayYears(modestPay2025());
  }

  static EsusFinancialYear chargesYear(int year, String total, String social) {
    return EsusFinancialYear.builder()
        .startDate(LocalDate.of(year, 1, 1)).closingDate(LocalDate.of(year, 12, 31))
        .operatingCharges(new BigDecimal(total)).socialUtilityOperatingCharges(new BigDecimal(social))
        .build();
  }

  static EssFinancialYear allocation(int year) {
    return EssFinancialYear.builder()
        .closingDate(LocalDate.of(year, 12, 31))
        .profit(new BigDecimal("40000")).priorLosses(BigDecimal.ZERO)
        .reservesBeforeAllocation(new BigDecimal("5000")).shareCapital(new BigDecimal("100000"))
        .allocatedToDevelopmentFund(new BigDecimal("8000"))
        .allocatedToRetainedEarningsAndMandatoryReserves(new BigDecimal("30000"))
        .capitalOperation(CapitalOperation.NONE)
        .build();
  }

  /** A SAS of the ESS on the general route, everything met; the tests change one thing. */
  static EsusFacts.Builder sasGeneralRoute() {
    return EsusFacts.builder()
        .ess(essConditionsOfI(LegalForm.COMMERCIAL_COMPANY).name("Recyclerie SAS")
            .socialUtilityInStatuts(true).managementPrinciplesInStatuts(true).registeredAsEss(true)
            .addFinancialYears(allocation(2023), allocation(2024), allocation(2025))
            .build())
        .applicationDate(LocalDate.of(2026, 4, 1))
        .creationDate(LocalDate.of(2015, 9, 1))
        .mainPurpose(MainPurpose.builder().objectives(List.of(UtilityObjective.EXCLUSION_AND_COHESION)).build())
        .purposeInStatuts(true)
        .addFinancialYears(chargesYear(2023, "800000", "600000"), chargesYear(2024, "850000", "640000"),
            chargesYear(2025, "900000", "594000"))
        .equitySecurities(EquitySecurities.NOT_ADMITTED_TO_TRADING)
        .addPayYears(payAtTheCaps2025());
  }
}
