package io.github.essrules.core.param;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.essrules.core.law.LegalReference;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a {@link DatedParameter}, valid over a half-open period: from {@link #validFrom()}
 * inclusive to {@link #validUntil()} exclusive, with the text that sets it.
 *
 * <pre>{@code
 * DatedValue<BigDecimal> v = smic.at(LocalDate.of(2026, 3, 1));
 * v.value();      // 12.02
 * v.validFrom();  // 2026-01-01
 * v.validUntil(); // 2026-06-01 (exclusive)
 * v.reference();  // Décret n° 2025-1228 du 17 décembre 2025
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if {@code T} is.
 *
 * @param <T> the type of the value
 */
@JsonPropertyOrder({"validFrom", "validUntil", "value", "reference"})
public final class DatedValue<T> {
  private final LocalDate validFrom;
  private final LocalDate validUntil;
  private final T value;
  private final LegalReference reference;

  private DatedValue(LocalDate validFrom, LocalDate validUntil, T value, LegalReference reference) {
    this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
    this.validUntil = Objects.requireNonNull(validUntil, "validUntil");
    this.value = Objects.requireNonNull(value, "value");
    this.reference = Objects.requireNonNull(reference, "reference");
    if (!validFrom.isBefore(validUntil)) {
      throw new IllegalArgumentException(
          "empty period: valid from " + validFrom + " until " + validUntil + " (exclusive)");
    }
  }

  /**
   * A value valid from {@code validFrom} inclusive to {@code validUntil} exclusive.
   *
   * @param <T> the type of the value
   * @param validFrom the first day of validity
   * @param validUntil the first day it is no longer valid
   * @param value the value
   * @param reference the text that sets it
   * @return the dated value
   * @throws IllegalArgumentException if the period is empty
   */
  @JsonCreator
  public static <T> DatedValue<T> of(
      @JsonProperty("validFrom") LocalDate validFrom,
      @JsonProperty("validUntil") LocalDate validUntil,
      @JsonProperty("value") T value,
      @JsonProperty("reference") LegalReference reference) {
    return new DatedValue<>(validFrom, validUntil, value, reference);
  }

  /**
   * The first day of validity.
   *
   * @return the date, inclusive
   */
  @JsonProperty("validFrom")
  public LocalDate validFrom() {
    return validFrom;
  }

  /**
   * The first day the value is no longer valid, or no longer known to be valid.
   *
   * @return the date, exclusive
   */
  @JsonProperty("validUntil")
  public LocalDate validUntil() {
    return validUntil;
  }

  /**
   * The last day of validity.
   *
   * @return the date, inclusive
   */
  public LocalDate lastValidDay() {
    return validUntil.minusDays(1);
  }

  /**
   * The value.
   *
   * @return the value
   */
  @JsonProperty("value")
  public T value() {
    return value;
  }

  /**
   * The text that sets the value.
   *
   * @return the reference
   */
  @JsonProperty("reference")
  public LegalReference reference() {
    return reference;
  }

  /**
   * Whether the value is valid on a date.
   *
   * @param date a date
   * @return true if {@code validFrom ≤ date < validUntil}
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(validFrom) && date.isBefore(validUntil);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DatedValue)) {
      return false;
    }
    DatedValue<?> d = (DatedValue<?>) o;
    return validFrom.equals(d.validFrom) && validUntil.equals(d.validUntil)
        && value.equals(d.value) && reference.equals(d.reference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(validFrom, validUntil, value, reference);
  }

  @Override
  public String toString() {
    return value + " [" + validFrom + ", " + validUntil + ") " + reference.citation();
  }
}
