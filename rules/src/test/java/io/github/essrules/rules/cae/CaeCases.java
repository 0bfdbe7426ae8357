package io.github.essrules.rules.cae;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A compliant CAE built on the guide's Coop'Alpha (facts beyond the guide invented), and its variants. */
final class CaeCases {
  private CaeCases() {}

  static final LocalDate ASOF = LocalDate.of(2026, 3, 31);

  static Interview complete(LocalDate d) {
    return Interview.complete(d);
  }

  static List<YearMonth> months(YearMonth first, YearMonth last) {
    return CaeCalendar.months(first, last);
  }

  /** Contract of 1 March 2024, associé on 1 March 2026, all records in order up to March 2026. */
  static EntrepreneurSalarie.Builder entrepreneur(String id) {
    return EntrepreneurSalarie.builder().id(id)
        .contractStart(LocalDate.of(2024, 3, 1))
        .contractClauses(List.of(CesaClause.values()))
        .trialPeriodMonths(6)
        .priorContracts(List.of())
        .interviews(List.of(complete(LocalDate.of(2024, 6, 10)), complete(LocalDate.of(2024, 12, 5)),
            complete(LocalDate.of(2025, 5, 20)), complete(LocalDate.of(2025, 11, 18)),
            complete(LocalDate.of(2026, 3, 12))))
        .becameAssocieOn(LocalDate.of(2026, 3, 1))
        .analyticAccountsKept(true)
        .fixedPartPaidMonths(months(YearMonth.of(2024, 3), YearMonth.of(2026, 2)))
        .balancePayments(List.of(BalancePayment.builder().financialYearClosedOn(LocalDate.of(2024, 12, 31))
            .paidOn(LocalDate.of(2025, 6, 30)).build()));
  }

  static CaeFacts.Builder coopAlpha() {
    return CaeFacts.builder()
        .name("Coop'Alpha (Lormont)")
        .form(CaeFacts.Form.SCOP)
        .pooledServicesInStatuts(true)
        .contributionPrinciplesInStatuts(true)
        .carriesTaxSocialAndAccountingObligations(true)
        .informsOnSafetyAndHealth(true)
        .informationSystemAccess(true)
        .generalMeetings(List.of(
            GeneralMeeting.builder().date(LocalDate.of(2025, 6, 12)).deliberatedOnAccompaniment(true)
                .setContribution(true).approvedAccountsOfYearClosedOn(LocalDate.of(2024, 12, 31)).build()))
        .pooledServicesAccountProvidedForYearsClosedOn(List.of(LocalDate.of(2024, 12, 31)))
        .entrepreneurs(List.of(entrepreneur("amina").build(), entrepreneur("bruno").build()))
        .jointActivities(List.of());
  }
}
