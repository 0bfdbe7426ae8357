package io.github.essrules.rules.cae;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.threeten.extra.LocalDateRange;

/**
 * The CAE's periods, built on ThreeTen-Extra's {@link LocalDateRange}, against plain date
 * arithmetic: R7331-2's "chaque année" is a calendar year, R7331-3's periods of interviews follow
 * each other without gap nor overlap, and a contract without end covers every later day.
 */
class CaePeriodProperties {
  private static final LocalDate ORIGIN = LocalDate.of(2014, 8, 2);

  @Property
  void aDayIsInItsCalendarYearAndNoOther(@ForAll @IntRange(max = 5000) int n, @ForAll @IntRange(min = -2, max = 2) int shift) {
    LocalDate day = ORIGIN.plusDays(n);
    LocalDateRange year = CaeCalendar.calendarYear(day.getYear() + shift);
    assertThat(year.contains(day)).isEqualTo(shift == 0);
    assertThat(year.getStart()).isEqualTo(LocalDate.of(day.getYear() + shift, 1, 1));
    assertThat(year.getEndInclusive()).isEqualTo(LocalDate.of(day.getYear() + shift, 12, 31));
  }

  @Property
  void theInterviewPeriodsFollowEachOtherFromTheAnchorWithoutGapNorOverlap(@ForAll @IntRange(max = 3000) int start,
      @ForAll @IntRange(max = 4000) int upTo) {
    LocalDate anchor = ORIGIN.plusDays(start);
    LocalDate last = anchor.plusDays(upTo);
    List<LocalDateRange> periods = CaeCalendar.interviewPeriods(
        CaeCases.entrepreneur("amina").contractStart(anchor).build(), last);
    assertThat(periods).isNotEmpty();
    assertThat(periods.get(0).getStart()).isEqualTo(anchor);
    for (int k = 0; k < periods.size(); k++) {
      LocalDateRange p = periods.get(k);
      assertThat(p.getEnd()).isEqualTo(anchor.plusMonths(12L * (k + 1)));
      assertThat(p.getStart()).isBeforeOrEqualTo(last);
      if (k > 0) {
        assertThat(periods.get(k - 1).abuts(p)).isTrue();
      }
    }
    assertThat(periods.get(periods.size() - 1).contains(last)).isTrue();
  }

  @Property
  void aContractWithoutEndOverlapsEveryPeriodThatEndsOnOrAfterItsStart(@ForAll @IntRange(max = 3000) int start,
      @ForAll @IntRange(max = 4000) int first, @ForAll @IntRange(max = 400) int length) {
    LocalDate contractStart = ORIGIN.plusDays(start);
    LocalDateRange period = LocalDateRange.ofClosed(ORIGIN.plusDays(first), ORIGIN.plusDays(first + length));
    LocalDateRange open = CaeCalendar.contract(CaeCases.entrepreneur("amina").contractStart(contractStart).build());
    assertThat(open.overlaps(period)).isEqualTo(first + length >= start);
    LocalDateRange closed = CaeCalendar.contract(CaeCases.entrepreneur("amina").contractStart(contractStart)
        .contractEnd(contractStart.plusDays(30)).build());
    assertThat(closed.overlaps(period)).isEqualTo(first + length >= start && first <= start + 30);
  }
}
