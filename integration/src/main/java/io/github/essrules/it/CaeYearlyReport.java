package io.github.essrules.it;

import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.cae.BalancePayment;
import io.github.essrules.rules.cae.CaeCompliance;
import io.github.essrules.rules.cae.CaeFacts;
import io.github.essrules.rules.cae.CesaClause;
import io.github.essrules.rules.cae.EntrepreneurSalarie;
import io.github.essrules.rules.cae.GeneralMeeting;
import io.github.essrules.rules.cae.Interview;
import io.github.essrules.rules.cae.InterviewContent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Journey 2: a CAE's back office produces the yearly compliance report of its cooperative
 * (C. trav. L7331-1 et seq., décret n° 2015-1363) for three entrepreneurs salariés, and lists what
 * to fix, person by person.
 *
 * <p>The cooperative keeps its own obligations. Amina keeps hers. Bruno had one interview in his
 * second twelve-month period (R7331-3 asks for two) and was not paid his fixed part for August
 * 2025 (R7331-11). Chloé's trial period is nine months (L7332-1 allows eight at most) and the
 * balance of her 2024 variable part was paid two months after the general meeting (R7331-12: within
 * one month).
 */
public final class CaeYearlyReport {
  /** The subject of the findings about the cooperative as a whole. */
  public static final String COOPERATIVE = "cooperative";

  private CaeYearlyReport() {}

  /**
   * The report over a calendar year: the one place naming the rule.
   *
   * @param cae the cooperative's facts
   * @param year the calendar year
   * @param asOf the date the records are read on
   * @return the verdict
   */
  public static Verdict report(CaeFacts cae, int year, LocalDate asOf) {
    return CaeCompliance.report(cae, year, asOf);
  }

  /**
   * The conditions that make the report fail, grouped by the entrepreneur they are about
   * ({@code entrepreneur:Bruno}, read with {@code Finding.subjectOf}), or {@value #COOPERATIVE}, each as
   * its identifier.
   *
   * @param report a report
   * @return the identifiers of the failures by subject, subjects in alphabetical order
   */
  public static Map<String, List<String>> failuresBySubject(Verdict report) {
    return report.failures().stream().collect(Collectors.groupingBy(
        f -> f.subjectOf("entrepreneur").map(id -> "entrepreneur:" + id).orElse(COOPERATIVE), TreeMap::new, Collectors.mapping(Finding::id, Collectors.toList())));
  }

  /**
   * Where each entrepreneur salarié stands: the outcome of the finding that sums up his or her
   * obligations ({@code cae.entrepreneur}, one per entrepreneur, told apart by its subject).
   *
   * @param report a report
   * @return the outcome by subject ({@code entrepreneur:Amina}), subjects in alphabetical order
   */
  public static Map<String, Outcome> entrepreneurs(Verdict report) {
    return report.find("cae.entrepreneur").stream().collect(Collectors.toMap(
        f -> f.subject().orElseThrow(), Finding::outcome, (a, b) -> a, TreeMap::new));
  }

  /**
   * The cooperative, with Amina, Bruno and Chloé, their records up to March 2026.
   *
   * @return the facts
   */
  public static CaeFacts cooperative() {
    EntrepreneurSalarie amina = EntrepreneurSalarie.builder()
        .id("Amina")
        .contractStart(LocalDate.of(2024, 3, 1))
        .contractClauses(List.of(CesaClause.values()))
        .trialPeriodMonths(6)
        .priorContracts(List.of()) // known to be none: absent would be unknown
        .interviews(List.of(signed(2024, 6, 10), signed(2024, 12, 5), signed(2025, 5, 20), signed(2025, 11, 18),
            signed(2026, 3, 12)))
        .becameAssocieOn(LocalDate.of(2026, 3, 1))
        .analyticAccountsKept(true)
        .fixedPartPaidMonths(months(YearMonth.of(2024, 3), YearMonth.of(2026, 2)))
        .balancePayments(List.of(balanceOf2024PaidOn(LocalDate.of(2025, 6, 30))))
        .build();
    EntrepreneurSalarie bruno = EntrepreneurSalarie.builder()
        .id("Bruno")
        .contractStart(LocalDate.of(2024, 3, 1))
        .contractClauses(List.of(CesaClause.values()))
        .trialPeriodMonths(6)
        .priorContracts(List.of()) // known to be none: absent would be unknown
        // 2024-03-01 → 2025-02-28: two interviews; 2025-03-01 → 2026-02-28: one
        .interviews(List.of(signed(2024, 6, 10), signed(2024, 12, 5), signed(2025, 5, 20)))
        .becameAssocieOn(LocalDate.of(2026, 3, 1))
        .analyticAccountsKept(true)
        // August 2025 not paid
        .fixedPartPaidMonths(Stream.concat(months(YearMonth.of(2024, 3), YearMonth.of(2025, 7)).stream(),
            months(YearMonth.of(2025, 9), YearMonth.of(2026, 2)).stream()).collect(Collectors.toList()))
        .balancePayments(List.of(balanceOf2024PaidOn(LocalDate.of(2025, 6, 30))))
        .build();
    EntrepreneurSalarie chloe = EntrepreneurSalarie.builder()
        .id("Chloé")
        .contractStart(LocalDate.of(2024, 3, 1))
        .contractClauses(List.of(CesaClause.values()))
        .trialPeriodMonths(9)
        .priorContracts(List.of())
        .interviews(List.of(signed(2024, 6, 10), signed(2024, 12, 5), signed(2025, 5, 20), signed(2025, 11, 18),
            signed(2026, 3, 12)))
        .becameAssocieOn(LocalDate.of(2026, 3, 1))
        .analyticAccountsKept(true)
        .fixedPartPaidMonths(months(YearMonth.of(2024, 3), YearMonth.of(2026, 2)))
        // the general meeting approved the 2024 accounts on 12 June 2025: due by 12 July
        .balancePayments(List.of(balanceOf2024PaidOn(LocalDate.of(2025, 8, 20))))
        .build();
    return CaeFacts.builder()
        .name("CAE du Plateau")
        .form(CaeFacts.Form.SCOP)
        .pooledServicesInStatuts(true)
        .contributionPrinciplesInStatuts(true)
        .carriesTaxSocialAndAccountingObligations(true)
        .informsOnSafetyAndHealth(true)
        .informationSystemAccess(true)
        .generalMeetings(List.of(GeneralMeeting.builder()
            .date(LocalDate.of(2025, 6, 12))
            .deliberatedOnAccompaniment(true)
            .setContribution(true)
            .approvedAccountsOfYearClosedOn(LocalDate.of(2024, 12, 31))
            .build()))
        .pooledServicesAccountProvidedForYearsClosedOn(List.of(LocalDate.of(2024, 12, 31)))
        .entrepreneurs(List.of(amina, bruno, chloe))
        .jointActivities(List.of()) // none: an absent list would leave R7331-6 undetermined
        .build();
  }

  private static Interview signed(int year, int month, int day) {
    return Interview.builder()
        .date(LocalDate.of(year, month, day))
        .documentSigned(true)
        .documentContents(List.of(InterviewContent.values()))
        .build();
  }

  private static BalancePayment balanceOf2024PaidOn(LocalDate paidOn) {
    return BalancePayment.builder().financialYearClosedOn(LocalDate.of(2024, 12, 31)).paidOn(paidOn).build();
  }

  private static List<YearMonth> months(YearMonth first, YearMonth last) {
    return Stream.iterate(first, m -> !m.isAfter(last), m -> m.plusMonths(1)).collect(Collectors.toList());
  }
}
