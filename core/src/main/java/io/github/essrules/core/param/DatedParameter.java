package io.github.essrules.core.param;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.NoLawKnownException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A legal amount or rate that changes over time, such as the SMIC: values keyed by the date
 * they take effect, each valid over a half-open period (start inclusive, end exclusive) with the
 * text that sets it, and the date until which the last value is known to be valid.
 *
 * <p>Asking for a date no value covers — before the first value, in a gap between two periods,
 * or after the last day known valid — throws {@link NoLawKnownException} naming the parameter and
 * the date. The library never extends the last value to dates it has no text for.
 *
 * <pre>{@code
 * DatedParameter<BigDecimal> smic = Smic.hourlyGrossParameter();
 * smic.valueAt(LocalDate.of(2024, 11, 1)); // 11.88
 * smic.at(LocalDate.of(2009, 1, 1));       // throws NoLawKnownException
 * }</pre>
 *
 * <p>Parameters are usually read from YAML by {@link ParameterFile}. This class is immutable and
 * thread-safe if {@code T} is.
 *
 * @param <T> the type of the values
 */
public final class DatedParameter<T> {
  private final String id;
  private final String unit;
  private final Map<Lang, String> descriptions;
  private final List<DatedValue<T>> values;
  private final long[] starts;
  private final long[] ends;

  private DatedParameter(String id, String unit, Map<Lang, String> descriptions, List<DatedValue<T>> values) {
    this.id = id;
    this.unit = unit;
    this.descriptions = descriptions;
    this.values = values;
    this.starts = new long[values.size()];
    this.ends = new long[values.size()];
    for (int i = 0; i < values.size(); i++) {
      starts[i] = values.get(i).validFrom().toEpochDay();
      ends[i] = values.get(i).validUntil().toEpochDay();
    }
  }

  /**
   * A parameter from its values.
   *
   * @param <T> the type of the values
   * @param id the identifier, such as {@code smic-horaire-brut}
   * @param unit the unit of the values, such as {@code EUR/h}
   * @param descriptions what the parameter is, in French and English
   * @param values the values, in date order, their periods not overlapping
   * @return the parameter
   * @throws IllegalArgumentException if there is no value, a description is missing, or two
   *     periods are out of order or overlap
   */
  public static <T> DatedParameter<T> of(
      String id, String unit, Map<Lang, String> descriptions, List<DatedValue<T>> values) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(unit, "unit");
    Map<Lang, String> desc = new EnumMap<>(Lang.class);
    desc.putAll(descriptions);
    for (Lang lang : Lang.values()) {
      if (desc.get(lang) == null || desc.get(lang).isBlank()) {
        throw new IllegalArgumentException("parameter " + id + ": no description in " + lang.tag());
      }
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException("parameter " + id + " has no value");
    }
    for (int i = 1; i < values.size(); i++) {
      DatedValue<T> previous = values.get(i - 1);
      DatedValue<T> next = values.get(i);
      if (next.validFrom().isBefore(previous.validUntil())) {
        throw new IllegalArgumentException("parameter " + id + ": the value from " + next.validFrom()
            + " starts before the end of the value from " + previous.validFrom()
            + " (" + previous.validUntil() + ", exclusive)");
      }
    }
    return new DatedParameter<>(id, unit, Map.copyOf(desc), List.copyOf(values));
  }

  /**
   * The identifier.
   *
   * @return for example {@code smic-horaire-brut}
   */
  public String id() {
    return id;
  }

  /**
   * The unit of the values.
   *
   * @return for example {@code EUR/h}
   */
  public String unit() {
    return unit;
  }

  /**
   * What the parameter is.
   *
   * @param lang the language
   * @return the description
   */
  public String description(Lang lang) {
    return descriptions.get(lang);
  }

  /**
   * Every value, in date order.
   *
   * @return the values
   */
  public List<DatedValue<T>> values() {
    return values;
  }

  /**
   * The first day a value is known for.
   *
   * @return the date
   */
  public LocalDate firstDay() {
    return values.get(0).validFrom();
  }

  /**
   * The last day a value is known to be valid.
   *
   * @return the date, inclusive
   */
  public LocalDate lastKnownValidOn() {
    return values.get(values.size() - 1).lastValidDay();
  }

  /**
   * Whether a value covers the date.
   *
   * @param date a date
   * @return true if {@link #at(LocalDate)} would return a value
   */
  public boolean covers(LocalDate date) {
    return indexOf(date.toEpochDay()) >= 0;
  }

  /**
   * The value in force on a date, with its period and reference.
   *
   * @param date the date
   * @return the dated value
   * @throws NoLawKnownException if no value covers the date
   */
  public DatedValue<T> at(LocalDate date) {
    int i = indexOf(date.toEpochDay());
    if (i < 0) {
      throw new NoLawKnownException(id, date, coverage());
    }
    return values.get(i);
  }

  /**
   * The value in force on a date.
   *
   * @param date the date
   * @return the value
   * @throws NoLawKnownException if no value covers the date
   */
  public T valueAt(LocalDate date) {
    return at(date).value();
  }

  /**
   * The dates covered, in words: the periods, joined where they touch, for example
   * {@code "2015-01-01 → 2026-11-27"}.
   *
   * @return the coverage
   */
  public String coverage() {
    StringBuilder out = new StringBuilder();
    LocalDate start = values.get(0).validFrom();
    LocalDate end = values.get(0).validUntil();
    for (int i = 1; i < values.size(); i++) {
      DatedValue<T> v = values.get(i);
      if (!v.validFrom().equals(end)) {
        out.append(start).append(" → ").append(end.minusDays(1)).append(", ");
        start = v.validFrom();
      }
      end = v.validUntil();
    }
    return out.append(start).append(" → ").append(end.minusDays(1)).toString();
  }

  private int indexOf(long day) {
    int low = 0;
    int high = starts.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] > day) {
        high = mid - 1;
      } else if (ends[mid] <= day) {
        low = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "DatedParameter[" + id + ", " + unit + ", " + coverage() + "]";
  }
}
