package io.github.essrules.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link MonthSpan} against an oracle: plain comparisons of month numbers. */
class MonthSpanProperties {
  private static YearMonth month(int n) {
    return YearMonth.of(2014, 1).plusMonths(n);
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

}
