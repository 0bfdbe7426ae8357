package io.github.essrules.rules.foncier;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.law.LegalReference;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to "what is the zone A bis / A / B1 / B2 / C of this commune on this date?": the zone,
 * or why the library cannot tell — never the zone of a later table applied to a date it did not
 * govern. See {@link Zoning#zoneOn(String, LocalDate)}.
 *
 * <pre>{@code
 * ZoneLookup l = Zoning.zoneOn("01103", LocalDate.of(2024, 1, 15)); // Chevry, reclassified in July 2024
 * l.status(); // RECLASSIFIED_IN_JULY_2024
 * l.zone();   // empty
 * }</pre>
 *
 * <p>Legal basis: CCH, art. R255-1 sets the BRS resource ceilings by zone; the zone of each commune
 * comes from the project's data table of the zoning in force since 5 July 2024, the arrêtés of
 * classification not read.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableZoneLookup.class)
@JsonDeserialize(as = ImmutableZoneLookup.class)
public abstract class ZoneLookup {
  ZoneLookup() {}

  /** What the library can say. */
  public enum Status {
    /** The zone is known for the date. */
    KNOWN,
    /**
     * Unknown: the date is before 5 July 2024 and the commune was reclassified then; its earlier
     * zone is not shipped by the library.
     */
    RECLASSIFIED_IN_JULY_2024,
    /**
     * Unknown: the date is before the first day the shipped table can answer for, the entry into
     * force of the revision that preceded July 2024 ({@link Zoning#PREVIOUS_REVISION_IN_FORCE}).
     */
    BEFORE_COVERAGE
  }

  /**
   * The commune's INSEE code.
   *
   * @return the code
   */
  public abstract String commune();

  /**
   * The date asked about.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * What the library can say.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * The zone on the date, when known.
   *
   * @return the zone, empty unless the status is {@link Status#KNOWN}
   */
  public abstract Optional<Zone> zone();

  /**
   * The text the answer rests on: the zoning in force since 5 July 2024, or for an earlier date
   * the revision the zone is known to hold since.
   *
   * @return the reference, with its confidence
   */
  public abstract LegalReference reference();

  /**
   * Why, for a person: the table used, or why the zone is unknown.
   *
   * @return the message
   */
  public abstract Message explanation();

  @Value.Check
  void check() {
    if (zone().isPresent() != (status() == Status.KNOWN)) {
      throw new IllegalStateException("a zone lookup has a zone if and only if it is KNOWN: " + status());
    }
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ZoneLookup.Builder builder() {
    return new ZoneLookup.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public ZoneLookup.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link ZoneLookup}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableZoneLookup.Builder {
    /** A builder with no attribute set, as {@link ZoneLookup#builder()} gives. */
    public Builder() {}
  }
}
