package io.github.essrules.core.param;

import io.github.essrules.core.law.LegalReference;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * A revision of a value the law schedules each year on fixed days, such as the revaluation of
 * the SMIC each 1 January (C. trav. L3231-5 et s.): a value verified before such a day is never
 * presumed unchanged on or after it.
 *
 * <pre>{@code
 * ScheduledRevision r = ScheduledRevision.of(List.of(MonthDay.of(1, 1)), reference);
 * r.next(LocalDate.of(2026, 11, 27)); // 2027-01-01
 * r.next(LocalDate.of(2026, 12, 31)); // 2027-01-01
 * r.next(LocalDate.of(2027, 1, 1));   // 2028-01-01 (strictly after)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduledRevision {
  private final List<MonthDay> days;
  private final LegalReference reference;

  private ScheduledRevision(List<MonthDay> days, LegalReference reference) {
    this.days = days;
    this.reference = reference;
  }

  /**
   * A revision on given days of each year.
   *
   * @param days the days of the year, at least one, none repeated
   * @param reference the text that schedules the revision
   * @return the revision
   * @throws IllegalArgumentException if no day is given or a day repeats
   */
  public static ScheduledRevision of(List<MonthDay> days, LegalReference reference) {
    Objects.requireNonNull(reference, "reference");
    if (days.isEmpty()) {
      throw new IllegalArgumentException("a scheduled revision needs at least one day of the year");
    }
    if (days.stream().distinct().count() != days.size()) {
      throw new IllegalArgumentException("a day of revision repeats: " + days);
    }
    return new ScheduledRevision(days.stream().sorted().toList(), reference);
  }

  /**
   * The days of the year of the revision, in calendar order.
   *
   * @return the days
   */
  public List<MonthDay> days() {
    return days;
  }

  /**
   * The text that schedules the revision.
   *
   * @return the reference
   */
  public LegalReference reference() {
    return reference;
  }

  /**
   * The first day of revision strictly after a date. A 29 February is taken on leap years only.
   *
   * @param after a date
   * @return the next day of revision, after {@code after}
   */
  public LocalDate next(LocalDate after) {
    for (int year = after.getYear(); ; year++) {
      for (MonthDay day : days) {
        if (day.isValidYear(year)) {
          LocalDate candidate = day.atYear(year);
          if (candidate.isAfter(after)) {
            return candidate;
          }
        }
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScheduledRevision && ((ScheduledRevision) o).days.equals(days)
        && ((ScheduledRevision) o).reference.equals(reference);
  }

  @Override
  public int hashCode() {
    return days.hashCode() * 31 + reference.hashCode();
  }

  @Override
  public String toString() {
    return "revised each year on " + days + " (" + reference.citation() + ")";
  }
}
