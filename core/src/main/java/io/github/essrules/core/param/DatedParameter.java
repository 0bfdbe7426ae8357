package io.github.essrules.core.param;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Applicability;
import io.github.essrules.core.law.LawPolicy;
import io.github.essrules.core.law.NoLawKnownException;
import java.util.Locale;
import java.util.Optional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A legal amount or rate that changes over time, such as the SMIC: values keyed by the date
 * they take effect, each valid over a half-open period (start inclusive, end exclusive) with the
 * text that sets it and the day the library last verified it, and the {@link Regime} by which
 * the law changes it.
 *
 * <p><b>Which dates get a value.</b> A date inside a value's period gets that value. For the
 * latest value of a parameter set {@linkplain Regime#UNTIL_AMENDED until amended}, which has no
 * known end, a date after its verification gets the value <em>presumed unchanged</em>
 * ({@link DatedValue#presumed()}) up to the horizon of the {@link LawPolicy} — never on or after
 * a {@linkplain ScheduledRevision revision the law schedules}. Every other date — before the
 * first value, in a gap, after the period of a value set {@linkplain Regime#FOR_PERIOD for a
 * period}, beyond the horizon, or presumed under the strict policy — throws
 * {@link NoLawKnownException} naming the parameter, the date, the covered dates and the reason.
 *
 * <pre>{@code
 * DatedParameter<BigDecimal> smic = Smic.hourlyGrossParameter();
 * smic.valueAt(LocalDate.of(2024, 11, 1));             // 11.88, verified
 * smic.at(LocalDate.of(2026, 12, 1)).presumed();       // true: after the verification
 * smic.at(LocalDate.of(2027, 1, 1));                   // throws: the SMIC is revalued each 1 January
 * smic.at(LocalDate.of(2026, 12, 1), LawPolicy.strict()); // throws: strict policy
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
  private final Regime regime;
  private final ScheduledRevision revision;
  private final List<DatedValue<T>> values;
  private final long[] starts;

  private DatedParameter(String id, String unit, Map<Lang, String> descriptions, Regime regime,
      ScheduledRevision revision, List<DatedValue<T>> values) {
    this.id = id;
    this.unit = unit;
    this.descriptions = descriptions;
    this.regime = regime;
    this.revision = revision;
    this.values = values;
    this.starts = new long[values.size()];
    for (int i = 0; i < values.size(); i++) {
      starts[i] = values.get(i).validFrom().toEpochDay();
    }
  }

  /**
   * A parameter from its values.
   *
   * @param <T> the type of the values
   * @param id the identifier, such as {@code smic-horaire-brut}
   * @param unit the unit of the values, such as {@code EUR/h}
   * @param descriptions what the parameter is, in French and English
   * @param regime how the law changes the values
   * @param revision the revision the law schedules, or {@code null}
   * @param values the values, in date order, their periods not overlapping; only the last one of
   *     a parameter set until amended may have no end
   * @return the parameter
   * @throws IllegalArgumentException if there is no value, a description is missing, two
   *     periods are out of order or overlap, a value other than the last has no end, or a value
   *     of a parameter set for a period has no end
   */
  public static <T> DatedParameter<T> of(String id, String unit, Map<Lang, String> descriptions,
      Regime regime, ScheduledRevision revision, List<DatedValue<T>> values) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(regime, "regime");
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
    for (int i = 0; i < values.size(); i++) {
      DatedValue<T> v = values.get(i);
      boolean last = i == values.size() - 1;
      if (v.validUntil().isEmpty() && (!last || regime == Regime.FOR_PERIOD)) {
        throw new IllegalArgumentException("parameter " + id + ": the value from " + v.validFrom()
            + (last ? " is set for a period and needs its end" : " has no end but is not the last one"));
      }
      if (i > 0) {
        DatedValue<T> previous = values.get(i - 1);
        if (v.validFrom().isBefore(previous.validUntil().get())) {
          throw new IllegalArgumentException("parameter " + id + ": the value from " + v.validFrom()
              + " starts before the end of the value from " + previous.validFrom()
              + " (" + previous.validUntil().get() + ", exclusive)");
        }
      }
    }
    return new DatedParameter<>(id, unit, Map.copyOf(desc), regime, revision, List.copyOf(values));
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
   * What the parameter is.
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return the description
   */
  public String description(Locale locale) {
    return description(Lang.of(locale));
  }

  /**
   * How the law changes the values.
   *
   * @return the regime
   */
  public Regime regime() {
    return regime;
  }

  /**
   * The revision the law schedules, if any.
   *
   * @return the revision
   */
  public Optional<ScheduledRevision> scheduledRevision() {
    return Optional.ofNullable(revision);
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
   * The latest value.
   *
   * @return the value
   */
  public DatedValue<T> latest() {
    return values.get(values.size() - 1);
  }

  /**
   * The last day covered by a verified value: the end of the last period, or the day the latest
   * value, in force until amended, was last verified.
   *
   * @return the date, inclusive
   */
  public LocalDate lastVerifiedDay() {
    DatedValue<T> last = latest();
    return last.lastValidDay().orElseGet(() -> last.verifiedOn().isBefore(last.validFrom())
        ? last.validFrom().minusDays(1) : last.verifiedOn());
  }

  /**
   * The next revision the law schedules after the latest value took effect and was verified.
   *
   * @return the day of the revision, or empty if the law schedules none or the latest value has
   *     an end
   */
  public Optional<LocalDate> nextScheduledRevision() {
    DatedValue<T> last = latest();
    if (revision == null || last.validUntil().isPresent()) {
      return Optional.empty();
    }
    LocalDate from = last.verifiedOn().isAfter(last.validFrom()) ? last.verifiedOn() : last.validFrom();
    return Optional.of(revision.next(from));
  }

  /**
   * The last day a value is given under a policy: the end of the last period, or the end of the
   * presumption of the latest value (its verification plus the horizon, before the next
   * scheduled revision).
   *
   * @param policy the policy
   * @return the date, inclusive
   */
  public LocalDate lastDayServed(LawPolicy policy) {
    DatedValue<T> last = latest();
    if (last.validUntil().isPresent()) {
      return last.lastValidDay().get();
    }
    LocalDate end = policy.lastPresumedDay(last.verifiedOn());
    Optional<LocalDate> next = nextScheduledRevision();
    if (next.isPresent() && !next.get().isAfter(end)) {
      end = next.get().minusDays(1);
    }
    LocalDate verified = lastVerifiedDay();
    return end.isBefore(verified) ? verified : end;
  }

  /**
   * Whether a value is given on a date under the standard policy.
   *
   * @param date a date
   * @return true if {@link #at(LocalDate)} would return a value
   */
  public boolean covers(LocalDate date) {
    return applicability(date, LawPolicy.standard()) != Applicability.REFUSED;
  }

  /**
   * What a date gets under a policy.
   *
   * @param date a date
   * @param policy the policy
   * @return verified, presumed or refused
   */
  public Applicability applicability(LocalDate date, LawPolicy policy) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(policy, "policy");
    int i = indexOf(date.toEpochDay());
    if (refused(i, date, policy) != null) {
      return Applicability.REFUSED;
    }
    return presumedOn(values.get(i), date) ? Applicability.PRESUMED : Applicability.VERIFIED;
  }

  /**
   * The value given on a date under the standard policy, with its period and reference.
   *
   * @param date the date
   * @return the dated value, {@linkplain DatedValue#presumed() presumed} after its verification
   * @throws NoLawKnownException if no value is given on that date
   */
  public DatedValue<T> at(LocalDate date) {
    return at(date, LawPolicy.standard());
  }

  /**
   * The value given on a date under a policy, with its period and reference.
   *
   * @param date the date
   * @param policy the policy
   * @return the dated value, {@linkplain DatedValue#presumed() presumed} after its verification
   * @throws NoLawKnownException if no value is given on that date, with the reason
   */
  public DatedValue<T> at(LocalDate date, LawPolicy policy) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(policy, "policy");
    int i = indexOf(date.toEpochDay());
    NoLawKnownException.Reason reason = refused(i, date, policy);
    if (reason != null) {
      throw refusal(date, policy, reason);
    }
    DatedValue<T> v = values.get(i);
    return presumedOn(v, date) ? v.asPresumed() : v;
  }

  /**
   * Why a date gets no value, or {@code null} when it gets the value at {@code i}, verified or
   * presumed: the one decision behind {@link #at(LocalDate, LawPolicy)} and
   * {@link #applicability(LocalDate, LawPolicy)}.
   */
  private NoLawKnownException.Reason refused(int i, LocalDate date, LawPolicy policy) {
    if (i < 0) {
      return NoLawKnownException.Reason.NOT_COVERED;
    }
    DatedValue<T> v = values.get(i);
    if (!v.covers(date)) {
      return i == values.size() - 1 && regime == Regime.FOR_PERIOD
          ? NoLawKnownException.Reason.PERIOD_ENDED : NoLawKnownException.Reason.NOT_COVERED;
    }
    if (!presumedOn(v, date)) {
      return null;
    }
    if (policy.isStrict()) {
      return NoLawKnownException.Reason.STRICT_POLICY;
    }
    Optional<LocalDate> next = nextScheduledRevision();
    if (next.isPresent() && !date.isBefore(next.get())) {
      return NoLawKnownException.Reason.REVISION_DUE;
    }
    return date.isAfter(policy.lastPresumedDay(v.verifiedOn())) ? NoLawKnownException.Reason.BEYOND_HORIZON : null;
  }

  /** Whether a date within the value's period is after the verification of a value in force until amended. */
  private static boolean presumedOn(DatedValue<?> v, LocalDate date) {
    return v.validUntil().isEmpty() && date.isAfter(v.verifiedOn());
  }

  private NoLawKnownException refusal(LocalDate date, LawPolicy policy, NoLawKnownException.Reason reason) {
    return new NoLawKnownException(id, date, coverage(policy), reason, latest().verifiedOn(), true);
  }

  /**
   * The value given on a date under the standard policy.
   *
   * @param date the date
   * @return the value
   * @throws NoLawKnownException if no value is given on that date
   */
  public T valueAt(LocalDate date) {
    return at(date).value();
  }

  /**
   * The dates given a value under the standard policy, in words: the periods, joined where they
   * touch, for example {@code "2015-01-01 → 2026-12-31"}.
   *
   * @return the coverage
   */
  public String coverage() {
    return coverage(LawPolicy.standard());
  }

  /**
   * The dates given a value under a policy, in words: the periods, joined where they touch, the
   * last one ending on {@link #lastDayServed(LawPolicy)}.
   *
   * @param policy the policy
   * @return the coverage
   */
  public String coverage(LawPolicy policy) {
    StringBuilder out = new StringBuilder();
    LocalDate start = values.get(0).validFrom();
    LocalDate end = values.get(0).validUntil().orElse(null);
    for (int i = 1; i < values.size(); i++) {
      DatedValue<T> v = values.get(i);
      if (!v.validFrom().equals(end)) {
        out.append(start).append(" → ").append(end.minusDays(1)).append(", ");
        start = v.validFrom();
      }
      end = v.validUntil().orElse(null);
    }
    return out.append(start).append(" → ").append(lastDayServed(policy)).toString();
  }

  /** The index of the last value starting on or before the day, or -1. */
  private int indexOf(long day) {
    int low = 0;
    int high = starts.length - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] > day) {
        high = mid - 1;
      } else {
        found = mid;
        low = mid + 1;
      }
    }
    return found;
  }

  @Override
  public String toString() {
    return "DatedParameter[" + id + ", " + unit + ", " + regime + ", " + coverage() + "]";
  }
}
