package io.github.essrules.rules.foncier;

import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import java.time.LocalDate;

/**
 * The legal computation of the deadlines of a transfer of a bail réel solidaire (CCH L255-11,
 * L255-12, L255-14), each under the words it implements, and nothing else ({@link BrsCalendar}
 * builds the schedule and its explanations).
 *
 * <p>The words: the articles themselves were not read here; each method quotes the project's
 * notes ({@code shared/law/foncier.md}, label [V]) and the report to the President on the
 * ordonnance n° 2016-985 (read on juriblio.fr), which summarise them — a summary, not the text.
 * The starting point of the heir's twelve months (the death) was read in secondary sources only.
 *
 * <p>Months are counted with {@link LocalDate#plusMonths}: from the last day of a longer month,
 * the period ends on the last day of the shorter one (31 December + 2 months = 28 or 29 February).
 *
 * <p>This class is immutable and thread-safe.
 */
final class BrsTransferLaw {
  static final LegalReference L255_11 = LegalReference.of(TextKind.CODE_ARTICLE, "CCH, art. L255-11", Confidence.VERIFIED);
  static final LegalReference L255_12 = LegalReference.of(TextKind.CODE_ARTICLE, "CCH, art. L255-12", Confidence.VERIFIED);
  /** The twelve months are verified; their starting point, the death, was read in secondary sources. */
  static final LegalReference L255_14 = LegalReference.of(TextKind.CODE_ARTICLE, "CCH, art. L255-14", Confidence.SECONDARY);

  private BrsTransferLaw() {}

  /**
   * L255-11 — the notes: "the OFS approves the acquirer within 2 months"; the report: « La vente
   * et la donation sont subordonnées à l'agrément du candidat-acquéreur par l'OFS (article
   * L. 255-11). Celui-ci dispose d'un délai de deux mois. »
   *
   * @param requestReceivedOn the day the OFS received the request
   * @return the last day of the two months
   */
  static LocalDate approvalDeadline(LocalDate requestReceivedOn) {
    return requestReceivedOn.plusMonths(BrsCalendar.APPROVAL_MONTHS);
  }

  /**
   * L255-12 — the notes: "approval extends the lease by its initial length"; the report:
   * « L'agrément de l'organisme foncier solidaire entraîne de plein droit une prorogation du bail
   * réel solidaire pour une durée identique à celle prévue dans le bail initial ».
   *
   * @param approvedOn the day of the approval
   * @param initialDurationYears the lease's initial duration
   * @return the lease's new end
   */
  static LocalDate extendedEnd(LocalDate approvedOn, int initialDurationYears) {
    return approvedOn.plusYears(initialDurationYears);
  }

  /**
   * L255-14 — the notes: "otherwise the heir has 12 months to sell to an eligible acquirer"; the
   * report: « Si celui-ci ne répond pas à ces conditions de plafond, il peut néanmoins hériter de
   * ces droits. Toutefois, il dispose de douze mois pour céder les droits réels » — the
   * « toutefois » is the exception to the lease extended for an heir who meets the ceilings, the
   * base rule the library does not model. Counted from the death (secondary sources).
   *
   * @param deathOn the day of the death
   * @return the last day of the twelve months
   */
  static LocalDate heirSaleDeadline(LocalDate deathOn) {
    return deathOn.plusMonths(BrsCalendar.HEIR_SALE_MONTHS);
  }
}
