package io.github.essrules.rules.foncier;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
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
 * <p>The words of each article and the computation under them: {@code BrsTransferLaw}; here, the
 * schedule and its explanations.
 *
 * <p>Not modelled: the offer before the sale (L255-10: kept at least 30 days), the OFS's refusal and
 * its proposal of another acquirer or the end of the lease with compensation (L255-13), the heir
 * who meets the conditions (the lease goes on, L255-14), the versions of these articles before
 * their present wording; months are counted as {@link LocalDate#plusMonths} counts them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BrsCalendar {
  /** The identifier of the calendar in the {@link io.github.essrules.core.registry.RuleRegistry registry}. */
  public static final String ID = "brs-calendar";

  private static final RuleDefinition<BrsCalendarFacts, Schedule> RULE = RuleDefinitions.undated(ID, Titles.of(ID),
      BrsCalendarFacts.class, Schedule.class, (facts, options) -> schedule(facts));

  /** L255-11: two months to approve the acquirer. */
  public static final int APPROVAL_MONTHS = 2;
  /** L255-14: twelve months for an heir who is not eligible to sell. */
  public static final int HEIR_SALE_MONTHS = 12;

  private BrsCalendar() {}

  /**
   * The last day for the OFS to approve the acquirer (L255-11): two months after the request.
   *
   * @param requestReceivedOn the day the OFS received the request
   * @return the day two months later
   */
  public static LocalDate approvalDeadline(LocalDate requestReceivedOn) {
    return BrsTransferLaw.approvalDeadline(requestReceivedOn);
  }

  /**
   * The lease's new end after an approved transfer (L255-12): the approval plus the initial duration.
   *
   * @param lease the lease
   * @param approvedOn the day the OFS approved the acquirer
   * @return the new end date
   */
  public static LocalDate extendedEnd(BrsLease lease, LocalDate approvedOn) {
    return BrsTransferLaw.extendedEnd(approvedOn, lease.durationYears());
  }

  /**
   * The last day for an heir who does not meet the conditions to sell the rights (L255-14).
   *
   * @param deathOn the day of the death
   * @return the day twelve months later
   */
  public static LocalDate heirSaleDeadline(LocalDate deathOn) {
    return BrsTransferLaw.heirSaleDeadline(deathOn);
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
    List<BrsDeadline> deadlines = new ArrayList<>(3);
    f.requestReceivedOn().ifPresent(d -> deadlines.add(BrsDeadline.of(BrsDeadline.Kind.OFS_APPROVAL, d,
        BrsTransferLaw.approvalDeadline(d), BrsTransferLaw.L255_11)));
    f.approvedOn().ifPresent(d -> deadlines.add(BrsDeadline.of(BrsDeadline.Kind.LEASE_END, d,
        BrsTransferLaw.extendedEnd(d, f.leaseDurationYears().orElseThrow()), BrsTransferLaw.L255_12)));
    f.deathOn().ifPresent(d -> deadlines.add(BrsDeadline.of(BrsDeadline.Kind.HEIR_SALE, d,
        BrsTransferLaw.heirSaleDeadline(d), BrsTransferLaw.L255_14)));
    return Schedule.builder().addAllDeadlines(deadlines).leaseDurationYears(f.leaseDurationYears()).build();
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
    public abstract List<BrsDeadline> deadlines();

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
    public java.util.Optional<BrsDeadline> deadline(BrsDeadline.Kind kind) {
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
      for (BrsDeadline d : deadlines()) {
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
