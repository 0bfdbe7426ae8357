package io.github.essrules.core.time;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A run of consecutive calendar months, from its first month to its last, both included; it may
 * be empty (no month is due yet).
 *
 * <pre>{@code
 * MonthSpan due = MonthSpan.ofClosed(YearMonth.of(2025, 1), YearMonth.of(2025, 11));
 * due.size();                              // 11
 * due.contains(YearMonth.of(2025, 12));    // false
 * for (YearMonth m : due) { ... }          // January to November 2025, in order
 * }</pre>
 *
 * <p>Months are counted as integers inside (year × 12 + month − 1), so iterating and testing
 * membership allocate nothing but the months returned.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonthSpan implements Iterable<YearMonth> {
  private static final MonthSpan EMPTY = new MonthSpan(0, -1);

  private final int first;
  private final int last;

  private MonthSpan(int first, int last) {
    this.first = first;
    this.last = last;
  }

  /**
   * The months from one month to another, both included.
   *
   * @param firstMonth the first month, included, not null
   * @param lastMonth the last month, included, not null
   * @return the span, {@linkplain #empty() empty} if the last month is before the first
   */
  public static MonthSpan ofClosed(YearMonth firstMonth, YearMonth lastMonth) {
    int a = number(Objects.requireNonNull(firstMonth, "firstMonth"));
    int b = number(Objects.requireNonNull(lastMonth, "lastMonth"));
    return b < a ? EMPTY : new MonthSpan(a, b);
  }

  /**
   * The span of no month.
   *
   * @return the empty span
   */
  public static MonthSpan empty() {
    return EMPTY;
  }

  /**
   * Whether the span has no month.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return last < first;
  }

  /**
   * The number of months.
   *
   * @return the count, 0 when empty
   */
  public int size() {
    return Math.max(0, last - first + 1);
  }

  /**
   * The first month, included.
   *
   * @return the first month
   * @throws NoSuchElementException if the span is empty
   */
  public YearMonth firstMonth() {
    requireMonths();
    return month(first);
  }

  /**
   * The last month, included.
   *
   * @return the last month
   * @throws NoSuchElementException if the span is empty
   */
  public YearMonth lastMonth() {
    requireMonths();
    return month(last);
  }

  /**
   * Whether a month is in the span: {@code firstMonth ≤ month ≤ lastMonth}.
   *
   * @param month the month, not null
   * @return true if the month is one of the span's
   */
  public boolean contains(YearMonth month) {
    int n = number(month);
    return n >= first && n <= last;
  }

  /**
   * The months of the span not among those given, in order — the months due and not done.
   *
   * @param done the months done, in any order, possibly outside the span
   * @return the months missing
   */
  public List<YearMonth> without(Iterable<YearMonth> done) {
    boolean[] seen = new boolean[size()];
    for (YearMonth m : done) {
      if (contains(m)) {
        seen[number(m) - first] = true;
      }
    }
    List<YearMonth> missing = new ArrayList<>();
    for (int k = 0; k < seen.length; k++) {
      if (!seen[k]) {
        missing.add(month(first + k));
      }
    }
    return missing;
  }

  /**
   * The months in order, from the first to the last.
   *
   * @return an iterator
   */
  @Override
  public Iterator<YearMonth> iterator() {
    return new Iterator<>() {
      private int next = first;

      @Override
      public boolean hasNext() {
        return next <= last;
      }

      @Override
      public YearMonth next() {
        if (next > last) {
          throw new NoSuchElementException();
        }
        return month(next++);
      }
    };
  }

  private void requireMonths() {
    if (isEmpty()) {
      throw new NoSuchElementException("the span has no month");
    }
  }

  private static int number(YearMonth m) {
    return m.getYear() * 12 + m.getMonthValue() - 1;
  }

  private static YearMonth month(int number) {
    return YearMonth.of(Math.floorDiv(number, 12), Math.floorMod(number, 12) + 1);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MonthSpan)) {
      return false;
    }
    MonthSpan other = (MonthSpan) o;
    return isEmpty() ? other.isEmpty() : other.first == first && other.last == last;
  }

  @Override
  public int hashCode() {
    return isEmpty() ? 0 : first * 31 + last;
  }

  /**
   * The span as ISO months: {@code 2025-01..2025-11}, or {@code empty}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return isEmpty() ? "empty" : month(first) + ".." + month(last);
  }
}
