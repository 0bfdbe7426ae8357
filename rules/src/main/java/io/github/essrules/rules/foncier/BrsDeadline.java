package io.github.essrules.rules.foncier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.rules.internal.Explanation;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * One deadline of a transfer of a bail réel solidaire ({@link BrsCalendar}): what it is, the
 * period it gives — from the day it runs from to its last day, both included ({@link #period()})
 * — and its article. (Was {@code BrsCalendar.Deadline} before 0.2; the JSON is unchanged.)
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableBrsDeadline.class)
@JsonDeserialize(as = ImmutableBrsDeadline.class)
public abstract class BrsDeadline {
  BrsDeadline() {}

  /** The deadlines of a transfer. */
  public enum Kind {
    /** L255-11: the OFS approves the acquirer within two months of the request. */
    OFS_APPROVAL,
    /** L255-12: the lease, extended by its initial duration from the approval, ends. */
    LEASE_END,
    /** L255-14: an heir who does not meet the conditions sells the rights within twelve months. */
    HEIR_SALE
  }

  /**
   * What the deadline is.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The day it runs from: the request received, the approval, the death.
   *
   * @return the date
   */
  public abstract LocalDate startsOn();

  /**
   * Its last day, included.
   *
   * @return the date
   */
  public abstract LocalDate lastDay();

  /**
   * The period the deadline gives, both ends included: from {@link #startsOn()} to
   * {@link #lastDay()}.
   *
   * @return the closed range
   */
  @JsonIgnore
  public LocalDateRange period() {
    return LocalDateRange.ofClosed(startsOn(), lastDay());
  }

  /**
   * The article that sets it.
   *
   * @return the reference
   */
  public abstract LegalReference reference();

  static BrsDeadline of(Kind kind, LocalDate from, LocalDate lastDay, LegalReference reference) {
    return builder().kind(kind).startsOn(from).lastDay(lastDay).reference(reference).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static BrsDeadline.Builder builder() {
    return new BrsDeadline.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new
   * value; this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public BrsDeadline.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link BrsDeadline}: set its attributes, then call {@code build()}. A
   * builder is not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableBrsDeadline.Builder {
    /** A builder with no attribute set. */
    public Builder() {}
  }

  /**
   * The deadline in a sentence, with its article.
   *
   * @param lang the language
   * @return the line
   */
  public String explain(Lang lang) {
    return Explanation.line(lang, "explain.brs-calendar." + kind().name(), MessageArg.date(lastDay()),
        MessageArg.date(startsOn())) + " — " + reference().citation();
  }

  /**
   * The deadline in a sentence, with its article.
   *
   * @param locale the locale: French if its language is French, English otherwise
   * @return the line
   */
  public String explain(java.util.Locale locale) {
    return explain(Lang.of(locale));
  }
}
