package io.github.essrules.rules.foncier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter of a quarterly index, such as {@code 2025-Q3}: from its first day to its
 * last, both included.
 *
 * <pre>{@code
 * IndexQuarter q = IndexQuarter.parse("2025-Q3");
 * q.firstDay(); // 2025-07-01
 * IndexQuarter.containing(LocalDate.of(2025, 11, 5)); // 2025-Q4
 * }</pre>
 *
 * <p>Legal basis: CCH, art. L255-5 and L255-10-1 — the BRS price is actualised as the lease
 * provides, usually on a quarterly index; the quarter is the lease's unit, not the law's.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndexQuarter implements Comparable<IndexQuarter> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

  private final int year;
  private final int quarter;

  // the quarters of 1900 to 2199, made once: index lookups make two quarters per computation
  private static final int FIRST_SHARED_YEAR = 1900;
  private static final IndexQuarter[] SHARED = new IndexQuarter[300 * 4];

  static {
    for (int i = 0; i < SHARED.length; i++) {
      SHARED[i] = new IndexQuarter(FIRST_SHARED_YEAR + i / 4, i % 4 + 1);
    }
  }

  private IndexQuarter(int year, int quarter) {
    this.year = year;
    this.quarter = quarter;
  }

  private static IndexQuarter make(int year, int quarter) {
    int i = (year - FIRST_SHARED_YEAR) * 4 + quarter - 1;
    return i >= 0 && i < SHARED.length ? SHARED[i] : new IndexQuarter(year, quarter);
  }

  /**
   * A quarter.
   *
   * @param year the year
   * @param quarter 1 to 4
   * @return the quarter
   * @throws IllegalArgumentException if {@code quarter} is not 1 to 4
   */
  public static IndexQuarter of(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("a quarter is 1 to 4: " + quarter);
    }
    return make(year, quarter);
  }

  /**
   * Reads {@code YYYY-Qn}.
   *
   * @param text the text
   * @return the quarter
   * @throws IllegalArgumentException if the text is not of that form
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static IndexQuarter parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("a quarter is written YYYY-Qn, such as 2025-Q3: \"" + text + "\"");
    }
    return make(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * The quarter a date falls in.
   *
   * @param date the date
   * @return the quarter
   */
  public static IndexQuarter containing(LocalDate date) {
    return make(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * The year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * The quarter of the year.
   *
   * @return 1 to 4
   */
  public int quarter() {
    return quarter;
  }

  /**
   * The first day.
   *
   * @return the date
   */
  public LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  /**
   * The last day.
   *
   * @return the date
   */
  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  /**
   * The quarter before.
   *
   * @return the quarter
   */
  public IndexQuarter previous() {
    return quarter == 1 ? make(year - 1, 4) : make(year, quarter - 1);
  }

  @Override
  public int compareTo(IndexQuarter o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndexQuarter && ((IndexQuarter) o).year == year && ((IndexQuarter) o).quarter == quarter;
  }

  @Override
  public int hashCode() {
    // distinct for distinct quarters, without boxing
    return year * 4 + quarter;
  }

  /** {@code YYYY-Qn}. */
  @JsonValue
  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
