package io.github.essrules.rules.foncier;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.verdict.Explained;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.verdict.RuleDefinitions;
import io.github.essrules.rules.internal.Explanation;
import io.github.essrules.rules.internal.Titles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The dates of a transfer of a bail réel solidaire: the OFS's two months to approve the acquirer
 * (CCH L255-11), the lease extended by its initial duration from the approval (L255-12; the
 * guide: "le bail sera rechargé"), and the heir's twelve months to sell when not eligible
 * (L255-14, counted here from the death — the starting point was read in secondary sources).
 * {@link #schedule(BrsCalendarFacts)} gives those of a transfer at once, as the rule
 * {@value #ID} of the registry ({@code ess brs-calendar CASE}).
 *
 * <pre>{@code
 * BrsCalendar.Schedule s = BrsCalendar.schedule(BrsCalendarFacts.builder()
 *     .requestReceivedOn(LocalDate.of(2025, 6, 20)).approvedOn(LocalDate.of(2025, 8, 1)).leaseDurationYears(99)
 *     .build());
 * s.deadlines(); // OFS_APPROVAL 2025-08-20 (L255-11), LEASE_END 2124-08-01 (L255-12)
 * }</pre>
 *
 * <p>Not modelled: the offer before the sale (L255-10: kept at least 30 days), the OFS's refusal and
 * its proposal of another acquirer or the end of the lease with compensation (L255-13), the heir
 * who meets the conditions (the lease goes on, L255-14), the versions of these articles before
 * their present wording; a month counted from the last day of a longer month ends on the last day
 * of the shorter one (31 December + 2 months = 28 or 29 February), as {@link LocalDate#plusMonths}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BrsCalendar {
  /** The identifier of the calendar in the {@link io.github.essrules.core.registry.RuleRegistry registry}. */
  public static final String ID = "brs-calendar";

  static final LegalReference L255_11 = LegalReference.of(TextKind.CODE_ARTICLE, "CCH, art. L255-11", Confidence.VERIFIED);
  static final LegalReference L255_12 = LegalReference.of(TextKind.CODE_ARTICLE, "CCH, art. L255-12", Confidence.VERIFIED);
  /** The twelve months are verified; their starting point, the death, was read in secondary sources. */
  static final LegalReference L255_14 = LegalReference.of(TextKind.CODE_ARTICLE, "CCH, art. L255-14", Confidence.SECONDARY);

  private static final RuleDefinition<BrsCalendarFacts, Schedule> RULE = RuleDefinitions.undated(ID, Titles.of(ID),
      BrsCalendarFacts.class, Schedule.class, (facts, options) -> schedule(facts));

  /** L255-11: two months to approve the acquirer. */
  public static final int APPROVAL_MONTHS = 2;
  /** L255-14: twelve months for an heir who is not eligible to sell. */
  public static final int HEIR_SALE_MONTHS = 12;

  private BrsCalendar() {}

  /**
   * The last day for the OFS to approve the acquirer.
   *
   * @param requestReceivedOn the day the OFS received the request
   * @return the day two months later
   */
  public static LocalDate approvalDeadline(LocalDate requestReceivedOn) {
    return requestReceivedOn.plusMonths(APPROVAL_MONTHS);
  }

  /**
   * The lease's new end after an approved transfer: the approval date plus the lease's initial
   * duration.
   *
   * @param lease the lease
   * @param approvedOn the day the OFS approved the acquirer
   * @return the new end date
   */
  public static LocalDate extendedEnd(BrsLease lease, LocalDate approvedOn) {
    return approvedOn.plusYears(lease.durationYears());
  }

  /**
   * The last day for an heir who does not meet the conditions to sell the rights.
   *
   * @param deathOn the day of the death
   * @return the day twelve months later
   */
  public static LocalDate heirSaleDeadline(LocalDate deathOn) {
    return deathOn.plusMonths(HEIR_SALE_MONTHS);
  }

  /**
   * {@link #schedule(BrsCalendarFacts)} as a rule of the registry ({@value #ID}).
   *
   * @return the rule
   */
  public static RuleDefinition<BrsCalendarFacts, Schedule> rule() {
    return RULE;
  }

  /**
   * The deadlines of a transfer, in the order of the facts: the OFS's approval (from the request
   * received), the lease's new end (from the approval), the heir's sale (from the death).
   *
   * @param f the dates known, checked with Bean Validation first
   * @return the deadlines
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed
   */
  public static Schedule schedule(BrsCalendarFacts f) {
    FactsValidator.shared().validate(f);
    List<Deadline> deadlines = new ArrayList<>(3);
    f.requestReceivedOn().ifPresent(d -> deadlines.add(Deadline.of(Deadline.Kind.OFS_APPROVAL, d,
        approvalDeadline(d), L255_11)));
    f.approvedOn().ifPresent(d -> deadlines.add(Deadline.of(Deadline.Kind.LEASE_END, d,
        d.plusYears(f.leaseDurationYears().orElseThrow()), L255_12)));
    f.deathOn().ifPresent(d -> deadlines.add(Deadline.of(Deadline.Kind.HEIR_SALE, d, heirSaleDeadline(d), L255_14)));
    return Schedule.builder().addAllDeadlines(deadlines).leaseDurationYears(f.leaseDurationYears()).build();
  }

  /** One deadline of a transfer: what it is, from which day it runs, its last day, its article. */
  @EssStyle
  @Value.Immutable
  @JsonSerialize(as = ImmutableDeadline.class)
  @JsonDeserialize(as = ImmutableDeadline.class)
  public abstract static class Deadline {
    Deadline() {}

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
     * The article that sets it.
     *
     * @return the reference
     */
    public abstract LegalReference reference();

    static Deadline of(Kind kind, LocalDate from, LocalDate lastDay, LegalReference reference) {
      return builder().kind(kind).startsOn(from).lastDay(lastDay).reference(reference).build();
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Deadline.Builder builder() {
      return new Deadline.Builder();
    }

    /**
     * A builder holding the attributes of this value, to change some of them and build a new
     * value; this one is left as it is.
     *
     * @return a new builder, filled from this value
     */
    public Deadline.Builder toBuilder() {
      return builder().from(this);
    }

    /**
     * Builds a {@link BrsCalendar.Deadline}: set its attributes, then call {@code build()}. A
     * builder is not thread-safe: use it where it is made.
     */
    public static final class Builder extends ImmutableDeadline.Builder {
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

  /** The deadlines of a transfer of a bail réel solidaire: {@link BrsCalendar#schedule(BrsCalendarFacts)}. */
  @EssStyle
  @Value.Immutable
  @JsonSerialize(as = ImmutableSchedule.class)
  @JsonDeserialize(as = ImmutableSchedule.class)
  public abstract static class Schedule implements Explained {
    Schedule() {}

    /**
     * The deadlines, in the order of the facts: approval, lease end, heir's sale.
     *
     * @return the deadlines, at least one
     */
    public abstract List<Deadline> deadlines();

    /**
     * The lease's initial duration, when given.
     *
     * @return the years
     */
    public abstract java.util.Optional<Integer> leaseDurationYears();

    /**
     * The deadline of a kind, if the facts gave its starting day.
     *
     * @param kind the kind
     * @return the deadline
     */
    public java.util.Optional<Deadline> deadline(Deadline.Kind kind) {
      return deadlines().stream().filter(d -> d.kind() == kind).findFirst();
    }

    /**
     * The first deadline, with its article: "l'OFS agrée l'acquéreur au plus tard le 20 août 2025 — CCH, art. L255-11".
     *
     * @param lang the language
     * @return the line
     */
    @Override
    public String summary(Lang lang) {
      return deadlines().get(0).explain(lang);
    }

    /**
     * A heading, then each deadline with its article.
     *
     * @param lang the language
     * @return the text, lines separated by {@code \n}
     */
    @Override
    public String explain(Lang lang) {
      Explanation e = Explanation.of(lang, "explain.brs-calendar.heading", MessageArg.number(deadlines().size()));
      for (Deadline d : deadlines()) {
        e.step("explain.brs-calendar.step", MessageArg.text(d.explain(lang)));
      }
      return e.toString();
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Schedule.Builder builder() {
      return new Schedule.Builder();
    }

    /**
     * A builder holding the attributes of this value, to change some of them and build a new
     * value; this one is left as it is.
     *
     * @return a new builder, filled from this value
     */
    public Schedule.Builder toBuilder() {
      return builder().from(this);
    }

    /**
     * Builds a {@link BrsCalendar.Schedule}: set its attributes, then call {@code build()}. A
     * builder is not thread-safe: use it where it is made.
     */
    public static final class Builder extends ImmutableSchedule.Builder {
      /** A builder with no attribute set. */
      public Builder() {}
    }
  }
}
