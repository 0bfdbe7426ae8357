package io.github.essrules.rules.esus;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.verdict.Notice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The calendar of an ESUS agrément: C. trav. R3332-21-3 in its version in force since
 * 1 January 2025 (LEGIARTI000050826301).
 *
 * <ul>
 *   <li>II: the préfet's silence for two months from the receipt of a complete file is
 *       acceptance. The library dates it on the receipt date plus two months (15 March → 15 May;
 *       31 December → the last day of February), the usual computation of such periods — a
 *       convention from secondary sources, stated in a notice.
 *   <li>III: the agrément lasts five years, or two years for an enterprise created less than
 *       three years before the application (creation date + 3 years after the application date).
 *       It is valid from the grant to the day before its anniversary (convention, stated).
 * </ul>
 *
 * <pre>{@code
 * AgrementTerm t = EsusAgrement.term(facts, LocalDate.of(2026, 11, 27), 6);
 * t.status();       // VALID, RENEWAL_DUE, EXPIRED, PENDING or UNDETERMINED
 * t.lastValidDay(); // e.g. 2031-05-14 for a grant on 2026-05-15
 * }</pre>
 *
 * <p>Not modelled: the préfet de région's exceptional competence (I), the composition of the file
 * (arrêté), the version of R3332-21-3 before 2025 (a notice says so for an earlier application).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @see <a href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000050826301">C. trav., art. R3332-21-3 (version du 1er janvier 2025)</a>
 */
public final class EsusAgrement {
  /** Two months of silence are acceptance (R3332-21-3, II). */
  public static final int SILENCE_MONTHS = 2;
  /** The usual duration (R3332-21-3, III). */
  public static final int DURATION_YEARS = 5;
  /** The duration for an enterprise created less than three years before the application. */
  public static final int YOUNG_DURATION_YEARS = 2;
  /** "créées depuis moins de trois ans à la date de la demande". */
  public static final int YOUNG_AGE_YEARS = 3;

  private EsusAgrement() {}

  /**
   * Whether the enterprise was created less than three years before the application.
   *
   * @param creationDate the creation date
   * @param applicationDate the application date
   * @return whether {@code applicationDate < creationDate + 3 years}
   */
  public static boolean createdLessThanThreeYearsBefore(LocalDate creationDate, LocalDate applicationDate) {
    return applicationDate.isBefore(creationDate.plusYears(YOUNG_AGE_YEARS));
  }

  /**
   * The calendar of the agrément applied for in {@code facts}, read on a date.
   *
   * @param facts the facts: application date, creation date, receipt of the complete file,
   *     express decision
   * @param asOf the date to read the calendar on
   * @param renewalWindowMonths how many months before expiry the status turns to
   *     {@link AgrementStatus#RENEWAL_DUE}; 0 for never
   * @return the calendar
   * @throws IllegalArgumentException if {@code renewalWindowMonths} is negative
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed,
   *     or date an application, a receipt or a grant after {@code asOf}
   */
  public static AgrementTerm term(EsusFacts facts, LocalDate asOf, int renewalWindowMonths) {
    if (renewalWindowMonths < 0) {
      throw new IllegalArgumentException("renewalWindowMonths must not be negative: " + renewalWindowMonths);
    }
    FactsValidator.shared().validate(facts, asOf);
    List<Notice> notices = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    LegalReference article = EsusLaw.R3332_21_3.reference("", Confidence.VERIFIED);
    // the procedure is the one in force on the application's day: the 2015 version's wording is not
    // encoded, so a notice says the 2025 version is applied instead
    EsusLaw.R3332_21_3.versionAt(facts.applicationDate()).flatMap(v ->
        EsusLaw.versionNotice(EsusLaw.R3332_21_3, v, facts.applicationDate(), Confidence.UNCONFIRMED))
        .ifPresent(notices::add);
    Optional<LocalDate> tacit = facts.completeFileReceivedOn().map(d -> d.plusMonths(SILENCE_MONTHS));
    if (tacit.isPresent()) {
      notices.add(Notice.of("esus.tacit-acceptance", EsusLaw.R3332_21_3.reference("II", Confidence.SECONDARY),
          msg("esus.notice.tacit", MessageArg.date(facts.completeFileReceivedOn().get()), MessageArg.date(tacit.get()))));
    }
    Optional<LocalDate> granted = facts.grantedOn();
    boolean byTacit = false;
    if (granted.isEmpty() && tacit.isPresent() && !asOf.isBefore(tacit.get())) {
      granted = tacit;
      byTacit = true;
    }
    Optional<Integer> duration = facts.creationDate()
        .map(c -> createdLessThanThreeYearsBefore(c, facts.applicationDate()) ? YOUNG_DURATION_YEARS : DURATION_YEARS);
    AgrementTerm.Builder b = AgrementTerm.builder().asOf(asOf).tacitAcceptanceOn(tacit)
        .grantedOn(granted).tacit(byTacit).durationYears(duration).addReferences(article)
        .grantingAuthority(msg("esus.authority"));
    AgrementStatus status;
    if (granted.isEmpty()) {
      if (tacit.isPresent()) {
        status = AgrementStatus.PENDING;
      } else {
        status = AgrementStatus.UNDETERMINED;
        missing.add("/completeFileReceivedOn");
        missing.add("/grantedOn");
      }
    } else if (asOf.isBefore(granted.get())) {
      status = AgrementStatus.PENDING;
    } else if (duration.isEmpty()) {
      status = AgrementStatus.UNDETERMINED;
      missing.add("/creationDate");
    } else {
      LocalDate expires = granted.get().plusYears(duration.get());
      LocalDate window = expires.minusMonths(renewalWindowMonths);
      b.lastValidDay(expires.minusDays(1));
      if (renewalWindowMonths > 0) {
        b.renewalWindowOpensOn(window);
      }
      notices.add(Notice.of("esus.duration", EsusLaw.R3332_21_3.reference("III", Confidence.VERIFIED),
          msg(duration.get() == YOUNG_DURATION_YEARS ? "esus.notice.duration.young" : "esus.notice.duration",
              MessageArg.date(granted.get()), MessageArg.number(duration.get()), MessageArg.date(expires.minusDays(1)))));
      if (!asOf.isBefore(expires)) {
        status = AgrementStatus.EXPIRED;
      } else if (renewalWindowMonths > 0 && !asOf.isBefore(window)) {
        status = AgrementStatus.RENEWAL_DUE;
      } else {
        status = AgrementStatus.VALID;
      }
    }
    return b.status(status).addAllMissingFacts(missing).addAllNotices(notices).build();
  }
}
