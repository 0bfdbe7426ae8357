package io.github.essrules.rules.ville;

import io.github.essrules.core.law.NoLawKnownException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The schedule and the cap of the ZFU-TE exemption: CGI, art. 44 octies A, as loi n° 2014-1655
 * (LFR 2014, art. 48) set it for businesses set up from 1 January 2015 — read in secondary sources
 * only (BOFiP BOI-BIC-CHAMP-80-10-30; service-public.fr fiche F31149): the words are not quoted,
 * the rules are those of {@code shared/law/ville.md}. The legal computation only: the verdict and
 * its notices are built by {@link ZfuTe}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ZfuTeSchedule {
  private static final BigDecimal SIXTY_PERCENT = new BigDecimal("0.6");
  private static final BigDecimal FORTY_PERCENT = new BigDecimal("0.4");
  private static final BigDecimal TWENTY_PERCENT = new BigDecimal("0.2");
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private ZfuTeSchedule() {}

  /** An exempt amount, rounded to the cent, and whether the cap limited it. */
  record Exempt(BigDecimal amount, boolean capped) {}

  /**
   * Exception, not modelled: a business set up before {@link ZfuTe#SCHEDULE_FROM} falls under the
   * earlier regime (cap of 100 000 €, a wind-down of nine or three periods) whose words were not
   * read; it is refused rather than given this schedule.
   *
   * @param establishedOn the day of establishment
   * @return whether the earlier regime governs
   */
  static boolean earlierRegime(LocalDate establishedOn) {
    return establishedOn.isBefore(ZfuTe.SCHEDULE_FROM);
  }

  /** Refuses a business under the earlier regime: never a silently wrong exemption. */
  static void requireModelledSchedule(LocalDate establishedOn) {
    if (earlierRegime(establishedOn)) {
      throw new NoLawKnownException("CGI, art. 44 octies A (ZFU-TE)", establishedOn, "2015-01-01 → 2025-12-31");
    }
  }

  /** Months counted from year 0: plain arithmetic, no calendar objects in the loop. */
  static int monthNumber(int year, int month) {
    return year * 12 + month - 1;
  }

  /**
   * The rate of the index-th month of activity, the month of establishment being the first: 100 %
   * for the first 60 months, then 60 %, 40 % and 20 % over the next three periods of twelve months.
   *
   * @param index the month of activity, from 1
   * @return 1, 0.6, 0.4, 0.2 or 0
   */
  static BigDecimal rateOfMonth(int index) {
    if (index < 1) {
      return BigDecimal.ZERO;
    }
    if (index <= 60) {
      return BigDecimal.ONE;
    }
    if (index <= 72) {
      return SIXTY_PERCENT;
    }
    if (index <= 84) {
      return FORTY_PERCENT;
    }
    return index <= 96 ? TWENTY_PERCENT : BigDecimal.ZERO;
  }

  /**
   * The cap per twelve months: 50 000 €, raised by 5 000 € for each new employee residing in a
   * ZFU-TE or a QPV hired full time for at least six months (the raise, an exception to the base
   * cap, applies only to a count stated; none is presumed).
   *
   * @param newResidentHires the count of such hires, 0 when not given
   * @return the cap, in euros
   */
  static BigDecimal capPerTwelveMonths(int newResidentHires) {
    return newResidentHires == 0 ? ZfuTe.CAP_PER_YEAR
        : ZfuTe.CAP_PER_YEAR.add(ZfuTe.CAP_RAISE_PER_HIRE.multiply(BigDecimal.valueOf(newResidentHires)));
  }

  /**
   * The exempt amount of a positive profit under a cap per twelve months: the profit × the average
   * rate of the period's months, capped at the cap × the months ÷ 12 (a prorata by months: the
   * library's reading), rounded once to the cent, half up.
   *
   * @param f the facts
   * @param capPerTwelveMonths the cap
   * @return the amount and whether the cap limited it
   */
  static Exempt exempt(ZfuTeFacts f, BigDecimal capPerTwelveMonths) {
    BigDecimal rateSum = BigDecimal.ZERO;
    int established = monthNumber(f.establishedOn().getYear(), f.establishedOn().getMonthValue());
    int first = monthNumber(f.periodStart().getYear(), f.periodStart().getMonthValue());
    int last = monthNumber(f.periodEnd().getYear(), f.periodEnd().getMonthValue());
    int months = 0;
    for (int m = first; m <= last; m++) {
      rateSum = rateSum.add(rateOfMonth(m - established + 1));
      months++;
    }
    BigDecimal monthsBd = BigDecimal.valueOf(months);
    // profit × rateSum / months, capped at cap × months / 12: compare numerators over 12 × months
    BigDecimal exemptTimes12Months = f.profit().multiply(rateSum).multiply(TWELVE);
    BigDecimal capTimes12Months = capPerTwelveMonths.multiply(monthsBd).multiply(monthsBd);
    boolean capped = exemptTimes12Months.compareTo(capTimes12Months) > 0;
    BigDecimal numerator = capped ? capTimes12Months : exemptTimes12Months;
    return new Exempt(numerator.divide(TWELVE.multiply(monthsBd), 2, RoundingMode.HALF_UP), capped);
  }
}
