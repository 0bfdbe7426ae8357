package io.github.essrules.rules.foncier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.registry.RuleRegistry;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.validation.Violation;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.rules.foncier.BrsCalendar.Schedule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The calendar of a transfer of a bail réel solidaire (CCH L255-11, L255-12, L255-14), as the rule
 * {@code brs-calendar} of the registry.
 */
class BrsCalendarTest {
  private static final LocalDate REQUEST = LocalDate.of(2025, 6, 20);
  private static final LocalDate APPROVAL = LocalDate.of(2025, 8, 1);

  @Test
  void theOfsHasTwoMonthsFromTheRequestToApproveTheAcquirer_L255_11() {
    Schedule s = BrsCalendar.schedule(BrsCalendarFacts.builder().requestReceivedOn(REQUEST).build());
    BrsDeadline d = s.deadline(BrsDeadline.Kind.OFS_APPROVAL).orElseThrow();
    assertThat(d.startsOn()).isEqualTo(REQUEST);
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2025, 8, 20));
    // the period names its ends: the request's day and the last day are both in it, the next day is not
    assertThat(d.period().getStart()).isEqualTo(REQUEST);
    assertThat(d.period().getEndInclusive()).isEqualTo(LocalDate.of(2025, 8, 20));
    assertThat(d.period().contains(LocalDate.of(2025, 8, 20))).isTrue();
    assertThat(d.period().contains(LocalDate.of(2025, 8, 21))).isFalse();
    assertThat(d.reference().citation()).isEqualTo("CCH, art. L255-11");
    assertThat(d.reference().confidence()).isEqualTo(Confidence.VERIFIED);
    assertThat(s.summary(Lang.FR))
        .isEqualTo("l'OFS agrée l'acquéreur au plus tard le 20 août 2025, deux mois après avoir reçu la demande"
            + " le 20 juin 2025 — CCH, art. L255-11");
  }

  @Test
  void aRequestReceivedOnTheLast31stEndsOnTheLastDayOfTheShorterMonth_L255_11() {
    Schedule s = BrsCalendar.schedule(BrsCalendarFacts.builder().requestReceivedOn(LocalDate.of(2025, 12, 31)).build());
    assertThat(s.deadlines().get(0).lastDay()).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void theApprovedLeaseRunsAgainForItsInitialDuration_L255_12() {
    Schedule s = BrsCalendar.schedule(BrsCalendarFacts.builder().requestReceivedOn(REQUEST).approvedOn(APPROVAL)
        .leaseDurationYears(99).build());
    assertThat(s.deadlines()).extracting(BrsDeadline::kind)
        .containsExactly(BrsDeadline.Kind.OFS_APPROVAL, BrsDeadline.Kind.LEASE_END);
    BrsDeadline end = s.deadline(BrsDeadline.Kind.LEASE_END).orElseThrow();
    assertThat(end.lastDay()).isEqualTo(LocalDate.of(2124, 8, 1));
    assertThat(end.reference().citation()).isEqualTo("CCH, art. L255-12");
    assertThat(s.explain(Lang.EN)).startsWith("Calendar of the transfer of the bail réel solidaire: 2 deadline(s)")
        .contains("the lease runs until 1 August 2124: extended by its initial duration from the approval on"
            + " 1 August 2025 — CCH, art. L255-12");
  }

  @Test
  void anHeirWhoDoesNotMeetTheConditionsHasTwelveMonthsFromTheDeath_L255_14() {
    Schedule s = BrsCalendar.schedule(BrsCalendarFacts.builder().deathOn(LocalDate.of(2024, 2, 29)).build());
    BrsDeadline d = s.deadline(BrsDeadline.Kind.HEIR_SALE).orElseThrow();
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2025, 2, 28));
    // the twelve months are the text's; their starting point was read in secondary sources
    assertThat(d.reference().confidence()).isEqualTo(Confidence.SECONDARY);
  }

  @Test
  void withoutADateOrWithoutTheDurationOfAnApprovedLeaseTheFactsAreRefused() {
    assertThatThrownBy(() -> BrsCalendar.schedule(BrsCalendarFacts.builder().build()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> BrsCalendar.schedule(BrsCalendarFacts.builder().approvedOn(APPROVAL).build()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(Violation::messageEn).anySatisfy(
                m -> assertThat(m).contains("leaseDurationYears")));
    assertThatThrownBy(() -> BrsCalendar.schedule(BrsCalendarFacts.builder().requestReceivedOn(APPROVAL)
        .approvedOn(REQUEST).leaseDurationYears(99).build())).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> BrsCalendar.schedule(BrsCalendarFacts.builder().approvedOn(APPROVAL)
        .leaseDurationYears(12).build())).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theRegistryRunsTheCalendarFromJsonAndItsResultRoundTrips() {
    BrsCalendarFacts f = EssJson.read("{\"requestReceivedOn\": \"2025-06-20\", \"approvedOn\": \"2025-08-01\","
        + " \"leaseDurationYears\": 99, \"deathOn\": \"2026-01-10\"}", BrsCalendarFacts.class);
    Schedule s = (Schedule) RuleRegistry.standard().apply(BrsCalendar.ID, f, LocalDate.of(2026, 3, 1),
        LawOptions.standard());
    assertThat(s.deadlines()).hasSize(3);
    assertThat(EssJson.read(EssJson.write(s), Schedule.class)).isEqualTo(s);
    assertThat(BrsCalendar.rule().dated()).isFalse();
    assertThat(BrsCalendar.rule().title(Lang.FR)).contains("L255-11", "L255-12", "L255-14");
  }
}
