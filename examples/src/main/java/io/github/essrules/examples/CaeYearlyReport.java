package io.github.essrules.examples;

import io.github.essrules.core.Lang;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.cae.AgendaItem;
import io.github.essrules.rules.cae.CaeAgenda;
import io.github.essrules.rules.cae.CaeCalendar;
import io.github.essrules.rules.cae.CaeCompliance;
import io.github.essrules.rules.cae.CaeFacts;
import io.github.essrules.rules.cae.CesaClause;
import io.github.essrules.rules.cae.EntrepreneurSalarie;
import io.github.essrules.rules.cae.GeneralMeeting;
import io.github.essrules.rules.cae.Interview;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * User journey (b): a CAE back office produces the yearly compliance report of its cooperative
 * (décret n° 2015-1363) and its agenda of deadlines.
 *
 * <p>Run: {@code java -cp examples/target/ess.jar io.github.essrules.examples.CaeYearlyReport}.
 */
public final class CaeYearlyReport {
  private CaeYearlyReport() {}

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
    // the fixed part paid every month from January 2025 to February 2026 (R7331-11)
    List<YearMonth> paid = CaeCalendar.months(YearMonth.of(2025, 1), YearMonth.of(2026, 2));
    // a list left out is unknown and leaves its obligation undetermined: say "none" with List.of()
    EntrepreneurSalarie nadia = EntrepreneurSalarie.builder().id("Nadia (traiteur)")
        .contractStart(LocalDate.of(2025, 1, 6)).contractClauses(List.of(CesaClause.values())).trialPeriodMonths(6)
        .priorContracts(List.of())
        .interviews(List.of(Interview.complete(LocalDate.of(2025, 4, 10)), Interview.complete(LocalDate.of(2025, 10, 2))))
        .analyticAccountsKept(true).fixedPartPaidMonths(paid).balancePayments(List.of())
        .build();
    EntrepreneurSalarie yann = EntrepreneurSalarie.builder().id("Yann (menuisier)")
        .contractStart(LocalDate.of(2025, 2, 3)).contractClauses(List.of(CesaClause.values())).trialPeriodMonths(6)
        .priorContracts(List.of())
        .interviews(List.of(Interview.complete(LocalDate.of(2025, 5, 15))))
        .analyticAccountsKept(true).fixedPartPaidMonths(paid.subList(1, paid.size())).balancePayments(List.of())
        .build();
    CaeFacts cae = CaeFacts.builder().name("CAE du Plateau").form(CaeFacts.Form.SCOP)
        .pooledServicesInStatuts(true).contributionPrinciplesInStatuts(true)
        .carriesTaxSocialAndAccountingObligations(true).informsOnSafetyAndHealth(true).informationSystemAccess(true)
        .generalMeetings(List.of(GeneralMeeting.builder().date(LocalDate.of(2025, 6, 20)).deliberatedOnAccompaniment(true)
            .setContribution(true).build()))
        .pooledServicesAccountProvidedForYearsClosedOn(List.of())
        .entrepreneurs(List.of(nadia, yann))
        .jointActivities(List.of())
        .build();

    LocalDate today = LocalDate.of(2026, 3, 31);
    Verdict report = CaeCompliance.report(cae, 2025, today);
    out.println(report.explain(Lang.FR));
    out.println();
    out.println("Agenda au " + today + " :");
    for (AgendaItem item : CaeAgenda.of(cae, today)) {
      out.println("  " + item.date() + (item.overdue() ? " EN RETARD " : " à venir   ") + item.message().render(Lang.FR));
    }
  }

}
