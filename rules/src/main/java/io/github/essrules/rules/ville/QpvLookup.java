package io.github.essrules.rules.ville;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.i18n.Message;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The answer to "which QPV lie in this commune on this date?": known (possibly none) or unknown,
 * never "not a QPV" when the library lacks the list. See {@link QpvRegistry#lookupCommune}.
 *
 * <p>Legal basis: décret n° 2023-1314 du 28 décembre 2023 (the list in force from 1 January 2024);
 * loi n° 2014-173, art. 5.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableQpvLookup.class)
@JsonDeserialize(as = ImmutableQpvLookup.class)
public abstract class QpvLookup {
  QpvLookup() {}

  /** What the library can say. */
  public enum Status {
    /** The commune has the QPV listed. */
    HAS_QPV,
    /** The list in force is known and names no QPV in the commune. */
    NO_QPV,
    /** The library does not have the list in force for this date or territory. */
    UNKNOWN
  }

  /**
   * The commune's INSEE code.
   *
   * @return the code
   */
  public abstract String commune();

  /**
   * The date.
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
   * The QPV, when known.
   *
   * @return the QPV, possibly empty
   */
  public abstract List<Qpv> qpv();

  /**
   * Why, for a person (the list used, or why the answer is unknown).
   *
   * @return the message
   */
  public abstract Message explanation();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static QpvLookup.Builder builder() {
    return new QpvLookup.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public QpvLookup.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link QpvLookup}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableQpvLookup.Builder {
    /** A builder with no attribute set, as {@link QpvLookup#builder()} gives. */
    public Builder() {}
  }
}
