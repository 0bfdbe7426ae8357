package io.github.essrules.rules.foncier;

import java.time.LocalDate;

/**
 * The dates of a transfer of a bail réel solidaire: the OFS's two months to approve the acquirer
 * (CCH L255-11), the lease extended by its initial duration from the approval (L255-12; the
 * guide: "le bail sera rechargé"), and the heir's twelve months to sell when not eligible
 * (L255-14, counted here from the death — the starting point was read in secondary sources).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BrsCalendar {
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
}
