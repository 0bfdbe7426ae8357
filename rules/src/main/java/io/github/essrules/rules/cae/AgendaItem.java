package io.github.essrules.rules.cae;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.law.LegalReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dated item of a CAE's agenda: a deadline to come or one passed without the obligation met.
 * See {@link CaeAgenda}.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAgendaItem.class)
@JsonDeserialize(as = ImmutableAgendaItem.class)
public abstract class AgendaItem {
  AgendaItem() {}

  /** What falls due. */
  public enum Kind {
    /** Two interviews with signed documents due by the end of a twelve-month period (R7331-3). */
    INTERVIEWS,
    /** The last day to become associé (L7331-3). */
    ASSOCIE_DEADLINE,
    /** The last day of the trial period (L7332-1). */
    TRIAL_PERIOD_END,
    /** The last day to pay the balance of the variable part (R7331-12). */
    BALANCE_PAYMENT,
    /** The general meeting's yearly deliberation on accompaniment (R7331-2). */
    ACCOMPANIMENT_DELIBERATION
  }

  /**
   * The deadline, the last day the obligation can be met.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * What falls due.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The entrepreneur concerned, if the item is about one.
   *
   * @return the identifier
   */
  public abstract Optional<String> entrepreneurId();

  /**
   * Whether the deadline passed without the obligation met ({@code date} before the agenda's date).
   *
   * @return whether overdue
   */
  public abstract boolean overdue();

  /**
   * The item, for a person.
   *
   * @return the message
   */
  public abstract Message message();

  /**
   * The text that sets the deadline.
   *
   * @return the reference
   */
  public abstract LegalReference reference();

  /**
   * The facts not given on which the item depends, as JSON pointers into the input ({@linkplain
   * io.github.essrules.rules unknown and empty facts}): the item is listed as if those records were
   * empty — its date the latest it can be, its obligation not yet met — until they are given.
   *
   * @return the paths, empty when the records were given
   */
  public abstract List<String> missingFacts();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static AgendaItem.Builder builder() {
    return new AgendaItem.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public AgendaItem.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link AgendaItem}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableAgendaItem.Builder {
    /** A builder with no attribute set, as {@link AgendaItem#builder()} gives. */
    public Builder() {}
  }
}
