package io.github.essrules.core.param;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a {@link DatedParameter}, valid from {@link #validFrom()} inclusive to
 * {@link #validUntil()} exclusive — or, for the latest value of an amount set until amended,
 * with no known end — with the text that sets it and the day the library last verified it
 * against that text.
 *
 * <pre>{@code
 * DatedValue<BigDecimal> v = smic.at(LocalDate.of(2026, 3, 1));
 * v.value();      // 12.02
 * v.validFrom();  // 2026-01-01
 * v.validUntil(); // Optional[2026-06-01] (exclusive)
 * v.reference();  // Décret n° 2025-1228 du 17 décembre 2025
 * v.verifiedOn(); // 2026-11-27
 * v.presumed();   // false: the date asked is covered by the verification
 * }</pre>
 *
 * <p>A value applied to a date after its verification, under the presumption that it is
 * unchanged, is a copy of the value with {@link #presumed()} true and a reference whose
 * confidence is at most {@link Confidence#PRESUMED}; every finding citing that reference carries
 * the lower confidence.
 *
 * <p>This class is immutable and thread-safe if {@code T} is.
 *
 * @param <T> the type of the value
 */
@JsonPropertyOrder({"validFrom", "validUntil", "value", "reference", "verifiedOn", "presumed"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class DatedValue<T> {
  private final LocalDate validFrom;
  private final LocalDate validUntil;
  private final T value;
  private final LegalReference reference;
  private final LocalDate verifiedOn;
  private final boolean presumed;
  /** The presumed copy, made once. */
  private volatile DatedValue<T> presumedCopy;

  private DatedValue(LocalDate validFrom, LocalDate validUntil, T value, LegalReference reference,
      LocalDate verifiedOn, boolean presumed) {
    this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
    this.validUntil = validUntil;
    this.value = Objects.requireNonNull(value, "value");
    this.reference = Objects.requireNonNull(reference, "reference");
    this.verifiedOn = Objects.requireNonNull(verifiedOn, "verifiedOn");
    this.presumed = presumed;
    if (validUntil != null && !validFrom.isBefore(validUntil)) {
      throw new IllegalArgumentException(
          "empty period: valid from " + validFrom + " until " + validUntil + " (exclusive)");
    }
  }

  /**
   * A value valid from {@code validFrom} inclusive to {@code validUntil} exclusive, or with no
   * known end.
   *
   * @param <T> the type of the value
   * @param validFrom the first day of validity
   * @param validUntil the first day it is no longer valid, or {@code null} for a value in force
   *     until amended
   * @param value the value
   * @param reference the text that sets it
   * @param verifiedOn the day the library last verified the value against the text
   * @return the dated value
   * @throws IllegalArgumentException if the period is empty
   */
  public static <T> DatedValue<T> of(LocalDate validFrom, LocalDate validUntil, T value,
      LegalReference reference, LocalDate verifiedOn) {
    return new DatedValue<>(validFrom, validUntil, value, reference, verifiedOn, false);
  }

  @JsonCreator
  static <T> DatedValue<T> fromJson(
      @JsonProperty("validFrom") LocalDate validFrom,
      @JsonProperty("validUntil") LocalDate validUntil,
      @JsonProperty("value") T value,
      @JsonProperty("reference") LegalReference reference,
      @JsonProperty("verifiedOn") LocalDate verifiedOn,
      @JsonProperty("presumed") Boolean presumed) {
    return new DatedValue<>(validFrom, validUntil, value, reference, verifiedOn,
        presumed != null && presumed);
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
   * The first day the value is no longer valid; empty for a value in force until amended whose
   * successor the library does not know.
   *
   * @return the date, exclusive, or empty
   */
  @JsonProperty("validUntil")
  public Optional<LocalDate> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  /**
   * The last day of validity.
   *
   * @return the date, inclusive, or empty while the value has no known end
   */
  @JsonIgnore
  public Optional<LocalDate> lastValidDay() {
    return validUntil == null ? Optional.empty() : Optional.of(validUntil.minusDays(1));
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
   * The text that sets the value; for a presumed value, a reference whose confidence is at most
   * {@link Confidence#PRESUMED}.
   *
   * @return the reference
   */
  @JsonProperty("reference")
  public LegalReference reference() {
    return reference;
  }

  /**
   * The day the library last verified the value against its text.
   *
   * @return the date
   */
  @JsonProperty("verifiedOn")
  public LocalDate verifiedOn() {
    return verifiedOn;
  }

  /**
   * Whether the value is applied to a date after its verification, presumed unchanged.
   *
   * @return true for a presumed value
   */
  @JsonProperty("presumed")
  public boolean presumed() {
    return presumed;
  }

  /**
   * Whether the period of the value contains a date (presumption aside).
   *
   * @param date a date
   * @return true if {@code validFrom ≤ date < validUntil}, or {@code validFrom ≤ date} for a value
   *     with no known end
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(validFrom) && (validUntil == null || date.isBefore(validUntil));
  }

  /**
   * This value, presumed unchanged after its verification: the same value with a reference of
   * confidence at most {@link Confidence#PRESUMED}, noting the day of verification.
   *
   * @return the presumed value (this value if already presumed)
   */
  public DatedValue<T> asPresumed() {
    if (presumed) {
      return this;
    }
    DatedValue<T> copy = presumedCopy;
    if (copy == null) {
      LegalReference ref = LegalReference.builder().from(reference)
          .confidence(Confidence.weakest(reference.confidence(), Confidence.PRESUMED))
          .note(reference.note().map(n -> n + " ; ").orElse("")
              + "présumé inchangé depuis sa vérification le " + verifiedOn)
          .build();
      copy = new DatedValue<>(validFrom, validUntil, value, ref, verifiedOn, true);
      presumedCopy = copy;
    }
    return copy;
  }

  /**
   * This value with another reference, for example one of confidence
   * {@link Confidence#SUPPLIED_BY_USER}.
   *
   * @param newReference the reference
   * @return the value
   */
  public DatedValue<T> withReference(LegalReference newReference) {
    return new DatedValue<>(validFrom, validUntil, value, newReference, verifiedOn, presumed);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DatedValue)) {
      return false;
    }
    DatedValue<?> d = (DatedValue<?>) o;
    return validFrom.equals(d.validFrom) && Objects.equals(validUntil, d.validUntil)
        && value.equals(d.value) && reference.equals(d.reference) && verifiedOn.equals(d.verifiedOn)
        && presumed == d.presumed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(validFrom, validUntil, value, reference, verifiedOn, presumed);
  }

  @Override
  public String toString() {
    return value + " [" + validFrom + ", " + (validUntil == null ? "…" : validUntil) + ") "
        + reference.citation() + (presumed ? " (presumed since " : " (verified ") + verifiedOn + ")";
  }
}
