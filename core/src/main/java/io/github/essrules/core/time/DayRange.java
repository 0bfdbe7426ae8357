package io.github.essrules.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A period of whole days, from its first day to its last day, both included — the way a text
 * says "du 1er janvier au 31 décembre".
 *
 * <pre>{@code
 * DayRange year = DayRange.ofYear(2025);          // 2025-01-01 .. 2025-12-31
 * year.contains(LocalDate.of(2025, 12, 31));      // true: the last day is in the range
 * year.months();                                  // 2025-01 .. 2025-12
 * }</pre>
 *
 * <p>Both ends are inclusive and the range is never empty: {@link #ofClosed} refuses a last day
 * before the first. A single day is {@code ofClosed(d, d)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DayRange {
  private final LocalDate firstDay;
  private final LocalDate lastDay;

  private DayRange(LocalDate firstDay, LocalDate lastDay) {
    this.firstDay = firstDay;
    this.lastDay = lastDay;
  }

  /**
   * The days from one day to another, both included.
   *
   * @param firstDay the first day, included, not null
   * @param lastDay the last day, included, not null
   * @return the range
   * @throws IllegalArgumentException if the last day is before the first
   */
  public static DayRange ofClosed(LocalDate firstDay, LocalDate lastDay) {
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("the range ends (" + lastDay + ") before it starts (" + firstDay + ")");
    }
    return new DayRange(firstDay, lastDay);
  }

  /**
   * A calendar year: 1 January to 31 December.
   *
   * @param year the year
   * @return the range
   */
  public static DayRange ofYear(int year) {
    return new DayRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * The first day, included.
   *
   * @return the first day
   */
  public LocalDate firstDay() {
    return firstDay;
  }

  /**
   * The last day, included.
   *
   * @return the last day
   */
  public LocalDate lastDay() {
    return lastDay;
  }

  /**
   * Whether a day lies in the range: {@code firstDay ≤ day ≤ lastDay}.
   *
   * @param day the day, not null
   * @return true if the day is one of the range's
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }

  /**
   * Whether the two ranges have a day in common (a range ending the day another starts overlaps it).
   *
   * @param other the other range, not null
   * @return true if one day at least is in both
   */
  public boolean overlaps(DayRange other) {
    return !other.lastDay.isBefore(firstDay) && !other.firstDay.isAfter(lastDay);
  }

  /**
   * The days common to the two ranges.
   *
   * @param other the other range, not null
   * @return the common days
   * @throws IllegalArgumentException if the ranges do not {@linkplain #overlaps overlap}
   */
  public DayRange intersection(DayRange other) {
    if (!overlaps(other)) {
      throw new IllegalArgumentException(this + " and " + other + " have no day in common");
    }
    return new DayRange(firstDay.isAfter(other.firstDay) ? firstDay : other.firstDay,
        lastDay.isBefore(other.lastDay) ? lastDay : other.lastDay);
  }

  /**
   * The calendar months the range touches, from the month of its first day to that of its last.
   *
   * @return the months, never empty
   */
  public MonthSpan months() {
    return MonthSpan.ofClosed(YearMonth.from(firstDay), YearMonth.from(lastDay));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DayRange && ((DayRange) o).firstDay.equals(firstDay) && ((DayRange) o).lastDay.equals(lastDay);
  }

  @Override
  public int hashCode() {
    return firstDay.hashCode() * 31 + lastDay.hashCode();
  }

  /**
   * The range as ISO dates, both ends included: {@code 2025-01-01..2025-12-31}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return firstDay + ".." + lastDay;
  }
}
