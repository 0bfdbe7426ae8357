package io.github.essrules.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The two period types against an oracle: plain comparisons of epoch days and month numbers. */
class PeriodProperties {
  private static final LocalDate ORIGIN = LocalDate.of(2014, 8, 2);

  private static LocalDate day(int n) {
    return ORIGIN.plusDays(n);
  }

  private static YearMonth month(int n) {
    return YearMonth.of(2014, 1).plusMonths(n);
  }

  @Property
  void aDayIsInARangeExactlyWhenItLiesBetweenItsNamedEnds(@ForAll @IntRange(max = 2000) int a,
      @ForAll @IntRange(max = 800) int length, @ForAll @IntRange(max = 3000) int d) {
    DayRange r = DayRange.ofClosed(day(a), day(a + length));
    assertThat(r.contains(day(d))).isEqualTo(a <= d && d <= a + length);
  }

  @Property
  void twoRangesOverlapExactlyWhenADayIsInBoth(@ForAll @IntRange(max = 200) int a, @ForAll @IntRange(max = 60) int la,
      @ForAll @IntRange(max = 200) int b, @ForAll @IntRange(max = 60) int lb) {
    DayRange x = DayRange.ofClosed(day(a), day(a + la));
    DayRange y = DayRange.ofClosed(day(b), day(b + lb));
    boolean common = false;
    for (int d = a; d <= a + la; d++) {
      common |= y.contains(day(d));
    }
    assertThat(x.overlaps(y)).isEqualTo(common).isEqualTo(y.overlaps(x));
    if (common) {
      DayRange both = x.intersection(y);
      for (int d = Math.min(a, b); d <= Math.max(a + la, b + lb); d++) {
        assertThat(both.contains(day(d))).isEqualTo(x.contains(day(d)) && y.contains(day(d)));
      }
    }
  }

  @Property
  void theMonthsOfARangeAreThoseOfItsDays(@ForAll @IntRange(max = 2000) int a, @ForAll @IntRange(max = 400) int length) {
    DayRange r = DayRange.ofClosed(day(a), day(a + length));
    List<YearMonth> seen = new ArrayList<>();
    for (int d = a; d <= a + length; d++) {
      YearMonth m = YearMonth.from(day(d));
      if (!seen.contains(m)) {
        seen.add(m);
      }
    }
    List<YearMonth> months = new ArrayList<>();
    r.months().forEach(months::add);
    assertThat(months).isEqualTo(seen);
  }

  @Property
  void aMonthIsInASpanExactlyWhenItLiesBetweenItsEnds(@ForAll @IntRange(max = 300) int a,
      @ForAll @IntRange(min = -3, max = 40) int length, @ForAll @IntRange(max = 400) int m) {
    MonthSpan s = MonthSpan.ofClosed(month(a), month(a + length));
    assertThat(s.contains(month(m))).isEqualTo(a <= m && m <= a + length);
    assertThat(s.size()).isEqualTo(Math.max(0, length + 1));
    assertThat(s.isEmpty()).isEqualTo(length < 0);
    int count = 0;
    YearMonth previous = null;
    for (YearMonth each : s) {
      assertThat(s.contains(each)).isTrue();
      if (previous != null) {
        assertThat(each).isEqualTo(previous.plusMonths(1));
      }
      previous = each;
      count++;
    }
    assertThat(count).isEqualTo(s.size());
  }

  @Property
  void theMonthsMissingAreThoseOfTheSpanNotDone(@ForAll @IntRange(max = 300) int a,
      @ForAll @IntRange(max = 24) int length, @ForAll List<@IntRange(max = 330) Integer> done) {
    MonthSpan s = MonthSpan.ofClosed(month(a), month(a + length));
    List<YearMonth> doneMonths = new ArrayList<>();
    done.forEach(n -> doneMonths.add(month(n)));
    List<YearMonth> expected = new ArrayList<>();
    for (int m = a; m <= a + length; m++) {
      if (!done.contains(m)) {
        expected.add(month(m));
      }
    }
    assertThat(s.without(doneMonths)).isEqualTo(expected);
  }

  @Example
  void aRangeEndingBeforeItStartsIsRefusedWithItsDates() {
    assertThatThrownBy(() -> DayRange.ofClosed(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-01-31").hasMessageContaining("2025-02-01");
  }

  @Example
  void aCalendarYearRunsFromTheFirstOfJanuaryToTheThirtyFirstOfDecemberIncluded() {
    DayRange y = DayRange.ofYear(2025);
    assertThat(y.firstDay()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(y.lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(y.contains(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(y.contains(LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(y.months().size()).isEqualTo(12);
    assertThat(y).hasToString("2025-01-01..2025-12-31");
  }
}
