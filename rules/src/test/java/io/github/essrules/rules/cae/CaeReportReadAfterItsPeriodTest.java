package io.github.essrules.rules.cae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A report over a past year read later — the Java API's {@code report(facts, year, asOf)}, which
 * the registry's rule (the year of the date asked about) cannot express: what happened after the
 * period's end belongs to the next report, even when it is known on the date read.
 */
class CaeReportReadAfterItsPeriodTest {
  private static final LocalDate READ_ON = LocalDate.of(2026, 3, 31);

  private static Finding one(Verdict v, String qualifiedId) {
    List<Finding> found = v.find(qualifiedId.contains("@") ? qualifiedId.substring(0, qualifiedId.indexOf('@'))
        : qualifiedId).stream().filter(f -> f.qualifiedId().equals(qualifiedId)).toList();
    assertThat(found).as(v.explain(Lang.EN)).hasSize(1);
    return found.get(0);
  }

  @Test
  void aContributionSetByTheMeetingOf20January2026DoesNotCountFor2025_R7331_8() {
    CaeFacts facts = CaeCases.coopAlpha().entrepreneurs(List.of()).generalMeetings(List.of(
        GeneralMeeting.builder().date(LocalDate.of(2025, 6, 12)).deliberatedOnAccompaniment(true)
            .setContribution(false).build(),
        GeneralMeeting.builder().date(LocalDate.of(2026, 1, 20)).setContribution(true).build())).build();
    Verdict v = CaeCompliance.report(facts, 2025, READ_ON);
    assertThat(one(v, "cae.R7331-8.ag").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(CaeCompliance.report(facts, 2026, READ_ON).find("cae.R7331-8.ag"))
        .singleElement().extracting(Finding::outcome).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void aContractEndingAfterThePeriodOwesTheFixedPartOfEachMonthOfThePeriodOnly_R7331_11() {
    // the contract ends on 30 June 2026, read on 31 March 2026: 2025's twelve months are due, not
    // January and February 2026
    EntrepreneurSalarie amina = CaeCases.entrepreneur("amina").contractEnd(LocalDate.of(2026, 6, 30))
        .fixedPartPaidMonths(CaeCases.months(YearMonth.of(2024, 3), YearMonth.of(2025, 12))).build();
    Verdict v = CaeCompliance.report(CaeCases.coopAlpha().entrepreneurs(List.of(amina)).build(), 2025, READ_ON);
    Finding fixed = one(v, "cae.R7331-11@entrepreneur:amina");
    assertThat(fixed.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(fixed.comparisons().get(0).actual()).isEqualTo(MessageArg.number(12));
    assertThat(fixed.comparisons().get(0).limit()).isEqualTo(MessageArg.number(12));
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefused() {
    CaeFacts facts = CaeCases.coopAlpha().build();
    assertThatThrownBy(() -> CaeCompliance.report(facts, LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1), READ_ON))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-01-01");
    // a period of one day is a period
    assertThat(CaeCompliance.report(facts, LocalDate.of(2025, 6, 12), LocalDate.of(2025, 6, 12), READ_ON).ruleId())
        .isEqualTo(CaeCompliance.ID);
  }

  @Test
  void theAgendaNamesTheUnknownBalancePaymentsOfAYearOwed_R7331_12() {
    EntrepreneurSalarie amina = CaeCases.entrepreneur("amina").balancePayments(Optional.empty()).build();
    List<AgendaItem> balance = CaeAgenda.of(CaeCases.coopAlpha().entrepreneurs(List.of(amina)).build(),
        LocalDate.of(2025, 7, 1)).stream().filter(i -> i.kind() == AgendaItem.Kind.BALANCE_PAYMENT).toList();
    assertThat(balance).singleElement().satisfies(i -> {
      assertThat(i.date()).isEqualTo(LocalDate.of(2025, 7, 12));
      assertThat(i.missingFacts()).containsExactly("/entrepreneurs/0/balancePayments");
      assertThat(i.toBuilder().build()).isEqualTo(i);
    });
  }

  @Test
  void theAgendaListsTheInterviewsOfTheRunningPeriodNotThoseOfPeriodsToCome_R7331_3() {
    // a contract running to the end of 2027, the agenda read on 1 July 2025: the period of
    // 1 March 2025 – 28 February 2026 is listed (one interview held by then, of two), the periods
    // of 2026 and 2027, not begun, are not
    EntrepreneurSalarie amina = CaeCases.entrepreneur("amina").contractEnd(LocalDate.of(2027, 12, 31))
        .becameAssocieOn(LocalDate.of(2025, 3, 1)).build();
    List<AgendaItem> interviews = CaeAgenda.of(CaeCases.coopAlpha().entrepreneurs(List.of(amina)).build(),
        LocalDate.of(2025, 7, 1)).stream().filter(i -> i.kind() == AgendaItem.Kind.INTERVIEWS).toList();
    assertThat(interviews).extracting(AgendaItem::date).containsExactly(LocalDate.of(2026, 2, 28));
  }

  @Test
  void theValuesOfTheRecordsRebuildFromThemselvesAndEachClauseNamesItsArticle() {
    BalancePayment b = BalancePayment.builder().financialYearClosedOn(LocalDate.of(2024, 12, 31))
        .paidOn(LocalDate.of(2025, 6, 30)).build();
    assertThat(b.toBuilder().build()).isEqualTo(b);
    JointActivity a = JointActivity.builder().name("Atelier couture").entrepreneurIds(List.of("amina", "bruno"))
        .startedOn(LocalDate.of(2025, 6, 2)).build();
    assertThat(a.toBuilder().build()).isEqualTo(a);
    assertThat(CesaClause.ASSOCIE_TERMS.article()).isEqualTo("R7331-10");
    assertThat(CesaClause.INTERVIEW_CONDITIONS.article()).isEqualTo("R7331-3");
    assertThat(CesaClause.A_OBJECTIVES_AND_MINIMUM_ACTIVITY.article()).startsWith("L7331-2");
  }
}
