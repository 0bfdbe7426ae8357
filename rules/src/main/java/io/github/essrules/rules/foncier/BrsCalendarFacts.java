package io.github.essrules.rules.foncier;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The dates of a transfer of a bail réel solidaire that set its deadlines: the day the organisme
 * de foncier solidaire (OFS) received the request to approve an acquirer (CCH L255-11), the day it
 * approved them with the lease's initial duration (L255-12), the death of the lessee (L255-14).
 * Give those known, at least one; each gives its deadline.
 *
 * <pre>{@code
 * BrsCalendarFacts f = BrsCalendarFacts.builder().requestReceivedOn(LocalDate.of(2025, 6, 20)).build();
 * BrsCalendar.schedule(f).deadlines(); // the OFS approves by 20 August 2025
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableBrsCalendarFacts.class)
@JsonDeserialize(as = ImmutableBrsCalendarFacts.class)
@AccessorConstraints
public abstract class BrsCalendarFacts {
  BrsCalendarFacts() {}

  /**
   * The day the OFS received the request to approve the acquirer of the rights (L255-11).
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the OFS received the request to approve the acquirer of the rights (CCH L255-11).")
  public abstract Optional<LocalDate> requestReceivedOn();

  /**
   * The day the OFS approved the acquirer (L255-12: the lease runs again for its initial
   * duration from that day).
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the OFS approved the acquirer; the lease runs again for its initial duration from"
      + " that day (CCH L255-12).")
  public abstract Optional<LocalDate> approvedOn();

  /**
   * The lease's initial duration (L255-1: 18 to 99 years), needed with {@link #approvedOn()}.
   *
   * @return the years
   */
  @JsonPropertyDescription("The lease's initial duration in years, 18 to 99 (CCH L255-1); needed with approvedOn.")
  public abstract Optional<@Min(18) @Max(99) Integer> leaseDurationYears();

  /**
   * The day the lessee died (L255-14: an heir who does not meet the conditions has twelve months
   * to sell the rights).
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the lessee died; an heir who does not meet the conditions has twelve months to"
      + " sell the rights (CCH L255-14).")
  public abstract Optional<LocalDate> deathOn();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static BrsCalendarFacts.Builder builder() {
    return new BrsCalendarFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public BrsCalendarFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link BrsCalendarFacts}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableBrsCalendarFacts.Builder {
    /** A builder with no attribute set, as {@link BrsCalendarFacts#builder()} gives. */
    public Builder() {}
  }

  @AssertTrue(message = "{ess-rules:validation.brs-calendar.one-date}")
  boolean oneDateGiven() {
    return requestReceivedOn().isPresent() || approvedOn().isPresent() || deathOn().isPresent();
  }

  @AssertTrue(message = "{ess-rules:validation.brs-calendar.duration}")
  boolean durationWithApproval() {
    return approvedOn().isEmpty() || leaseDurationYears().isPresent();
  }

  @AssertTrue(message = "{ess-rules:validation.brs-calendar.approval-after-request}")
  boolean approvalAfterRequest() {
    return requestReceivedOn().isEmpty() || approvedOn().isEmpty()
        || !approvedOn().get().isBefore(requestReceivedOn().get());
  }
}
