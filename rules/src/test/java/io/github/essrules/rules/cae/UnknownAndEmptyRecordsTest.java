package io.github.essrules.rules.cae;

import static io.github.essrules.rules.cae.CaeCases.ASOF;
import static io.github.essrules.rules.cae.CaeComplianceTest.all;
import static io.github.essrules.rules.cae.CaeComplianceTest.one;
import static io.github.essrules.rules.cae.CaeComplianceTest.report2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rule of unknown and empty facts (package {@code io.github.essrules.rules}) in the CAE's
 * report and agenda: a list of records left out is unknown — the obligation is undetermined and
 * names it — while {@code []} says "none" and decides (décret n° 2015-1363, C. trav. R7331-1 et s.).
 */
class UnknownAndEmptyRecordsTest {

  static Verdict reportWith(ImmutableEntrepreneurSalarie.Builder amina) {
    return report2025(CaeCases.coopAlpha().entrepreneurs(List.of(amina.build())).build());
  }

  @Test
  void aCaeThatLeavesOutThePooledServicesAccountsIsUndeterminedNotInBreach_R7331_9() {
    CaeFacts silent = CaeFacts.builder().from(CaeCases.coopAlpha().build())
        .pooledServicesAccountProvidedForYearsClosedOn(Optional.empty()).build();
    Finding unknown = one(report2025(silent), "cae.R7331-9.year");
    assertThat(unknown.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/pooledServicesAccountProvidedForYearsClosedOn");
    // [] : the account of the year closed on 31 December 2024 was never made available
    Finding none = one(report2025(CaeCases.coopAlpha().pooledServicesAccountProvidedForYearsClosedOn(List.of()).build()),
        "cae.R7331-9.year");
    assertThat(none.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void generalMeetingsNotGivenLeaveTheYearlyDeliberationTheContributionAndTheBalancesUndetermined_R7331_2_8_9_12() {
    CaeFacts silent = CaeFacts.builder().from(CaeCases.coopAlpha().build()).generalMeetings(Optional.empty()).build();
    Verdict v = report2025(silent);
    for (String id : List.of("cae.R7331-2.ag", "cae.R7331-8.ag", "cae.R7331-9", "cae.R7331-12")) {
      assertThat(one(v, id).outcome()).as(id).isEqualTo(Outcome.UNDETERMINED);
      assertThat(one(v, id).missingFacts()).as(id).containsExactly("/generalMeetings");
    }
    assertThat(v.outcome()).isEqualTo(Outcome.UNDETERMINED);
    // [] : no general meeting in 2025, the year is over on 31 March 2026
    Verdict none = report2025(CaeCases.coopAlpha().generalMeetings(List.of()).build());
    assertThat(one(none, "cae.R7331-2.ag").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(one(none, "cae.R7331-8.ag").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(one(none, "cae.R7331-9").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(one(none, "cae.R7331-12").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void theYearlyDeliberationStaysPendingWhileTheYearRunsEvenWithTheMeetingsUnknown_R7331_2() {
    CaeFacts silent = CaeFacts.builder().from(CaeCases.coopAlpha().build()).generalMeetings(Optional.empty()).build();
    Finding running = one(CaeCompliance.report(silent, 2026, ASOF), "cae.R7331-2.ag");
    assertThat(running.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(running.missingFacts()).isEmpty();
  }

  @Test
  void aReportWithoutItsEntrepreneursNamesThemInsteadOfFindingNone_L7331_2() {
    CaeFacts silent = CaeFacts.builder().from(CaeCases.coopAlpha().build()).entrepreneurs(Optional.empty()).build();
    Finding unknown = one(report2025(silent), "cae.entrepreneurs");
    assertThat(unknown.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/entrepreneurs");
    Finding none = one(report2025(CaeCases.coopAlpha().entrepreneurs(List.of()).build()), "cae.entrepreneurs");
    assertThat(none.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void jointActivitiesNotGivenAreUndeterminedAndNoneIsNotApplicable_R7331_6() {
    CaeFacts silent = CaeFacts.builder().from(CaeCases.coopAlpha().build()).jointActivities(Optional.empty()).build();
    Finding unknown = one(report2025(silent), "cae.R7331-6");
    assertThat(unknown.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/jointActivities");
    assertThat(one(report2025(CaeCases.coopAlpha().build()), "cae.R7331-6").outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void anEntrepreneurWhoseInterviewsAreNotGivenIsUndeterminedForEachEndedPeriod_R7331_3() {
    Verdict unknown = reportWith(CaeCases.entrepreneur("amina").interviews(Optional.empty()));
    List<Finding> periods = all(unknown, "cae.R7331-3.period");
    assertThat(periods).extracting(Finding::outcome).containsExactly(Outcome.UNDETERMINED, Outcome.UNDETERMINED);
    assertThat(periods.get(0).missingFacts()).containsExactly("/entrepreneurs/0/interviews");
    // [] : no interview at all, both twelve-month periods ended by 31 March 2026
    Verdict none = reportWith(CaeCases.entrepreneur("amina").interviews(List.of()));
    assertThat(all(none, "cae.R7331-3.period")).extracting(Finding::outcome)
        .containsExactly(Outcome.NOT_SATISFIED, Outcome.NOT_SATISFIED);
  }

  @Test
  void aRunningInterviewPeriodStaysPendingWhenTheInterviewsAreNotGiven_R7331_3() {
    EntrepreneurSalarie dina = EntrepreneurSalarie.builder().from(CaeCases.entrepreneur("dina").build())
        .contractStart(LocalDate.of(2025, 6, 2)).becameAssocieOn(Optional.empty()).interviews(Optional.empty())
        .fixedPartPaidMonths(CaeCalendar.months(YearMonth.of(2025, 6), YearMonth.of(2026, 2)))
        .balancePayments(List.of()).build();
    Finding running = one(report2025(CaeCases.coopAlpha().entrepreneurs(List.of(dina)).build()), "cae.R7331-3.period");
    assertThat(running.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(running.message().render(Lang.EN)).isEqualTo("Period from 2 June 2025 to 1 June 2026 running; interviews not given");
  }

  @Test
  void fixedPartMonthsNotGivenAreUndeterminedAndNoneIsABreach_R7331_11() {
    Finding unknown = one(reportWith(CaeCases.entrepreneur("amina").fixedPartPaidMonths(Optional.empty())),
        "cae.R7331-11");
    assertThat(unknown.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/entrepreneurs/0/fixedPartPaidMonths");
    assertThat(unknown.message().render(Lang.EN)).isEqualTo("Months the fixed part was paid not given (12 months due)");
    Finding none = one(reportWith(CaeCases.entrepreneur("amina").fixedPartPaidMonths(List.of())), "cae.R7331-11");
    assertThat(none.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void withoutAnInformationSystemMonthlyStatementsNotGivenAreUndetermined_R7331_5() {
    CaeFacts unknown = CaeCases.coopAlpha().informationSystemAccess(false)
        .entrepreneurs(List.of(CaeCases.entrepreneur("amina").build())).build();
    Finding monthly = one(report2025(unknown), "cae.R7331-5.monthly");
    assertThat(monthly.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(monthly.missingFacts()).containsExactly("/entrepreneurs/0/monthlyStatementsSent");
    CaeFacts none = CaeCases.coopAlpha().informationSystemAccess(false)
        .entrepreneurs(List.of(CaeCases.entrepreneur("amina").monthlyStatementsSent(List.of()).build())).build();
    assertThat(one(report2025(none), "cae.R7331-5.monthly").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void balancePaymentsNotGivenAfterTheMonthAreUndeterminedAndNoneIsLate_R7331_12() {
    Finding unknown = one(reportWith(CaeCases.entrepreneur("amina").balancePayments(Optional.empty())),
        "cae.R7331-12.year");
    assertThat(unknown.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/entrepreneurs/0/balancePayments");
    Finding none = one(reportWith(CaeCases.entrepreneur("amina").balancePayments(List.of())), "cae.R7331-12.year");
    assertThat(none.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void priorContractsNotGivenLeaveTheAssocieDeadlineAndTheTrialPeriodUndetermined_L7331_3_L7332_1() {
    Verdict unknown = reportWith(CaeCases.entrepreneur("amina").priorContracts(Optional.empty()));
    for (String id : List.of("cae.L7331-3", "cae.L7332-1")) {
      assertThat(one(unknown, id).outcome()).as(id).isEqualTo(Outcome.UNDETERMINED);
      assertThat(one(unknown, id).missingFacts()).as(id).containsExactly("/entrepreneurs/0/priorContracts");
    }
    // [] : no CAPE, three years and eight months in full; associé on 1 March 2026, six months of trial
    Verdict none = reportWith(CaeCases.entrepreneur("amina").priorContracts(List.of()));
    assertThat(one(none, "cae.L7331-3").outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(one(none, "cae.L7332-1").outcome()).isEqualTo(Outcome.SATISFIED);
    // without a trial period, the prior contracts do not matter
    Verdict noTrial = reportWith(CaeCases.entrepreneur("amina").priorContracts(Optional.empty()).trialPeriodMonths(0));
    assertThat(one(noTrial, "cae.L7332-1").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void theAgendaListsTheDeadlinesOfUnknownRecordsAndNamesThem() {
    EntrepreneurSalarie e = EntrepreneurSalarie.builder().id("dina").contractStart(LocalDate.of(2026, 1, 5))
        .trialPeriodMonths(6).build();
    CaeFacts facts = CaeFacts.builder().from(CaeCases.coopAlpha().build()).generalMeetings(Optional.empty())
        .entrepreneurs(List.of(e)).build();
    List<AgendaItem> agenda = CaeAgenda.of(facts, LocalDate.of(2026, 3, 31));
    assertThat(agenda).filteredOn(i -> i.kind() == AgendaItem.Kind.INTERVIEWS).singleElement()
        .extracting(AgendaItem::missingFacts).isEqualTo(List.of("/entrepreneurs/0/interviews"));
    assertThat(agenda).filteredOn(i -> i.kind() == AgendaItem.Kind.ASSOCIE_DEADLINE).singleElement()
        .extracting(AgendaItem::missingFacts).isEqualTo(List.of("/entrepreneurs/0/priorContracts"));
    assertThat(agenda).filteredOn(i -> i.kind() == AgendaItem.Kind.ACCOMPANIMENT_DELIBERATION).singleElement()
        .extracting(AgendaItem::missingFacts).isEqualTo(List.of("/generalMeetings"));
    assertThat(agenda).filteredOn(i -> i.kind() == AgendaItem.Kind.TRIAL_PERIOD_END).singleElement()
        .extracting(AgendaItem::missingFacts).isEqualTo(List.of());
    // the records given: nothing to confirm
    assertThat(CaeAgenda.of(CaeCases.coopAlpha().build(), LocalDate.of(2026, 3, 31)))
        .allMatch(i -> i.missingFacts().isEmpty());
  }

  @Test
  void inJsonAnAbsentListAndNullAreUnknownAndAnEmptyArrayIsNone() {
    ObjectNode json = EssJson.mapper().valueToTree(CaeCases.coopAlpha().build());
    ObjectNode absent = json.deepCopy();
    absent.remove("generalMeetings");
    ObjectNode nullList = json.deepCopy();
    nullList.putNull("generalMeetings");
    ObjectNode empty = json.deepCopy();
    empty.putArray("generalMeetings");
    assertThat(EssJson.read(absent.toString(), CaeFacts.class).generalMeetings()).isEmpty();
    assertThat(EssJson.read(nullList.toString(), CaeFacts.class).generalMeetings()).isEmpty();
    assertThat(EssJson.read(empty.toString(), CaeFacts.class).generalMeetings()).contains(List.of());
    // read back, the facts are the same, and the lists they hold cannot be changed
    CaeFacts read = EssJson.read(json.toString(), CaeFacts.class);
    assertThat(read).isEqualTo(CaeCases.coopAlpha().build());
    assertThatThrownBy(() -> read.generalMeetings().orElseThrow().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> read.entrepreneurs().orElseThrow().get(0).interviews().orElseThrow().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNullAmongTheRecordsIsStillAnInputErrorNamingItsPlace() {
    ObjectNode json = EssJson.mapper().valueToTree(CaeCases.coopAlpha().build());
    ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("generalMeetings")).addNull();
    assertThatThrownBy(() -> EssJson.read(json.toString(), CaeFacts.class))
        .isInstanceOfSatisfying(io.github.essrules.core.validation.InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(v -> v.pointer()).containsExactly("/generalMeetings/1"));
  }
}
