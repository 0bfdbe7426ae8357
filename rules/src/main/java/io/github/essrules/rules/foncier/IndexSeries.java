package io.github.essrules.rules.foncier;

import io.github.essrules.core.law.Confidence;
import io.github.essrules.rules.internal.ShippedTables;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.threeten.extra.YearQuarter;

/**
 * A quarterly index series (IRL, ICC, IPC, or the lease's own): a value per quarter, each with
 * its confidence and source. Asking for a quarter the series does not have is a typed error
 * ({@link UnknownIndexQuarterException}), never an extrapolation.
 *
 * <p>The IRL shipped ({@link #irl()}) comes from the project's data table (INSEE indice de
 * référence des loyers 2004-Q1 → 2026-Q2, read in secondary sources): values marked confirmed
 * there have confidence "secondary", the others (derived, recalled, unconfirmed: 2025-Q4 to
 * 2026-Q2) "unconfirmed", so a computation that uses them says so.
 *
 * <pre>{@code
 * IndexSeries irl = IndexSeries.irl();
 * irl.value(YearQuarter.parse("2025-Q3")).value(); // 145.77
 * IndexSeries mine = irl.with(List.of(IndexValue.of(YearQuarter.parse("2026-Q3"), new BigDecimal("149.10"))));
 * }</pre>
 *
 * <p>Legal basis: CCH, art. L255-5 and L255-10-1 (actualisation of the initial value as the lease
 * provides). The text defining the IRL itself is not encoded: the values are INSEE's, read in
 * secondary sources.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndexSeries {
  /** The name of the shipped IRL series. */
  public static final String IRL = "IRL";

  private final String name;
  private final NavigableMap<YearQuarter, IndexValue> values;

  private IndexSeries(String name, NavigableMap<YearQuarter, IndexValue> values) {
    this.name = name;
    this.values = values;
  }

  /**
   * A series from its values.
   *
   * @param name the series' name, such as {@code "ICC"}
   * @param values the values, one per quarter
   * @return the series
   * @throws IllegalArgumentException if a quarter comes twice or a value is not positive
   */
  public static IndexSeries of(String name, Collection<IndexValue> values) {
    Objects.requireNonNull(name, "name");
    NavigableMap<YearQuarter, IndexValue> map = new TreeMap<>();
    for (IndexValue v : values) {
      if (v.value().signum() <= 0) {
        throw new IllegalArgumentException(name + " " + v.quarter() + ": an index is more than zero");
      }
      if (map.put(v.quarter(), v) != null) {
        throw new IllegalArgumentException(name + ": quarter " + v.quarter() + " given twice");
      }
    }
    return new IndexSeries(name, java.util.Collections.unmodifiableNavigableMap(map));
  }

  private static final class Shipped {
    static final IndexSeries IRL_SERIES = load();

    private static IndexSeries load() {
      List<IndexValue> values = new java.util.ArrayList<>();
      // columns: quarter,value,status,first_source
      ShippedTables.forEachRow(IndexSeries.class, "/io/github/essrules/rules/foncier/irl.csv", true, line -> {
        String[] f = line.split(",", 4);
        Confidence confidence = f[2].startsWith("confirmed") ? Confidence.SECONDARY : Confidence.UNCONFIRMED;
        values.add(IndexValue.builder().quarter(YearQuarter.parse(f[0])).value(new BigDecimal(f[1]))
            .confidence(confidence).source(f[2] + " — " + f[3]).build());
      });
      return of(IRL, values);
    }
  }

  /**
   * The INSEE indice de référence des loyers, as shipped.
   *
   * @return the series
   */
  public static IndexSeries irl() {
    return Shipped.IRL_SERIES;
  }

  /**
   * This series with values added or replaced (the user's own quarters).
   *
   * @param extra the values
   * @return a new series
   */
  public IndexSeries with(Collection<IndexValue> extra) {
    if (extra.isEmpty()) {
      return this;
    }
    Map<YearQuarter, IndexValue> map = new TreeMap<>(values);
    for (IndexValue v : extra) {
      map.put(v.quarter(), v);
    }
    return of(name, map.values());
  }

  /**
   * The series' name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The value of a quarter.
   *
   * @param quarter the quarter
   * @return the value
   * @throws UnknownIndexQuarterException if the series does not have it
   */
  public IndexValue value(YearQuarter quarter) {
    IndexValue v = values.get(quarter);
    if (v == null) {
      throw new UnknownIndexQuarterException(name, quarter, coverage());
    }
    return v;
  }

  /**
   * The quarters of the series, in order.
   *
   * @return the quarters
   */
  public List<YearQuarter> quarters() {
    return List.copyOf(values.keySet());
  }

  /**
   * The quarters covered, in words.
   *
   * @return for example {@code "2004-Q1 → 2026-Q2"}, or {@code "—"} if empty
   */
  public String coverage() {
    return values.isEmpty() ? "—" : values.firstKey() + " → " + values.lastKey();
  }
}
