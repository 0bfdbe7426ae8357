package io.github.essrules.rules.esus;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Notice;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The calendar of an ESUS agrément on a date: when silence became acceptance, how long the
 * agrément lasts, when it expires, and where it stands. See {@link EsusAgrement#term}.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAgrementTerm.class)
@JsonDeserialize(as = ImmutableAgrementTerm.class)
public abstract class AgrementTerm {
  AgrementTerm() {}

  /**
   * The date the calendar is read on.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Where the agrément stands on {@link #asOf()}.
   *
   * @return the status
   */
  public abstract AgrementStatus status();

  /**
   * Who grants the agrément (R3332-21-3, I): the préfet of the département of the registered
   * office, by exception the préfet de région in the regions an arrêté names (not modelled).
   *
   * @return the authority, for a person
   */
  public abstract Message grantingAuthority();

  /**
   * The day two months of silence after the complete file make acceptance (R3332-21-3, II).
   *
   * @return the date, if the file's receipt is known
   */
  public abstract Optional<LocalDate> tacitAcceptanceOn();

  /**
   * The day the agrément was granted: the express decision, or else the tacit acceptance.
   *
   * @return the date, once granted
   */
  public abstract Optional<LocalDate> grantedOn();

  /**
   * Whether the grant was tacit (silence of the préfet).
   *
   * @return whether tacit
   */
  public abstract boolean tacit();

  /**
   * The duration: 5 years, or 2 for an enterprise created less than three years before the
   * application (R3332-21-3, III).
   *
   * @return the years, if the creation date is known
   */
  public abstract Optional<Integer> durationYears();

  /**
   * The last day the agrément is valid: the day before the anniversary of the grant.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> lastValidDay();

  /**
   * The first day of the renewal window asked for.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> renewalWindowOpensOn();

  /**
   * The facts that would settle an undetermined status, as JSON pointers.
   *
   * @return the paths
   */
  public abstract List<String> missingFacts();

  /**
   * The texts applied.
   *
   * @return the references
   */
  public abstract List<LegalReference> references();

  /**
   * What the reader must know: versions not modelled, computation conventions.
   *
   * @return the notices
   */
  public abstract List<Notice> notices();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static AgrementTerm.Builder builder() {
    return new AgrementTerm.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public AgrementTerm.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link AgrementTerm}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableAgrementTerm.Builder {
    /** A builder with no attribute set, as {@link AgrementTerm#builder()} gives. */
    public Builder() {}
  }
}
