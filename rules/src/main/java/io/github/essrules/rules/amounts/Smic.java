package io.github.essrules.rules.amounts;

import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.money.RoundedAmount;
import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.DatedValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import io.github.essrules.core.verdict.LawContext;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The salaire minimum interprofessionnel de croissance (SMIC): the hourly gross amount in force
 * on a date, with the décret or arrêté that set it, and the annual full-time amount derived from
 * it.
 *
 * <p>The monthly SMIC is the hourly amount × 151.67 h, rounded once to the cent, half up, as it is
 * published (12.02 €/h → 1 823.07 €); the annual full-time SMIC is that monthly amount × 12
 * (21 876.84 €). 151.67 h is the monthly hours of the legal working week of 35 hours
 * (C. trav. L3121-27) over the year: 35 × 52 / 12 = 151.666…, written 151.67 in payroll practice.
 * No text read sets this convention for an annual SMIC; it is the one of the project's legal notes
 * and of payroll practice. For a calendar year in which the SMIC changed, see
 * {@link #annualForYear(int)}.
 *
 * <pre>{@code
 * Smic.hourlyGross(LocalDate.of(2024, 11, 1)).value();          // 11.88
 * Smic.annualFullTime(LocalDate.of(2024, 11, 1)).annual(); // 1801.84 × 12 = 21622.08
 * Smic.annualForYear(2026).total();                        // prorated over the months
 * }</pre>
 *
 * <p>Not modelled: the SMIC of Mayotte, the reduced rates for young workers (C. trav. D3231-3),
 * branch minimum wages.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Smic {
  /** The years computed: the shipped SMIC does not change while the program runs. */
  private static final ConcurrentMap<Integer, AnnualSmicReference> ANNUAL_BY_YEAR =
      new ConcurrentHashMap<>();

  /**
   * Monthly hours of the legal 35-hour week, as payroll practice writes them: 151.67 = 35 × 52 ÷ 12
   * rounded. C. trav. L3121-27 (LEGIARTI000006902466, version of 10 August 2016, read in a copy of
   * Légifrance): "La durée légale de travail effectif des salariés à temps complet est fixée à
   * trente-cinq heures par semaine." The 52 ÷ 12 and the rounding to 151.67 are payroll practice,
   * not the article's words.
   */
  public static final BigDecimal MONTHLY_LEGAL_HOURS = new BigDecimal("151.67");
  /** Months in a year. */
  public static final BigDecimal MONTHS = BigDecimal.valueOf(12);
  /** The rounding of the monthly amount: once, to the cent, half up. */
  public static final RoundingMode ANNUAL_ROUNDING = RoundingMode.HALF_UP;

  /**
   * C. trav. L3121-27: the legal working week of 35 hours. Its words are now verified (see
   * {@link #MONTHLY_LEGAL_HOURS}); the reference keeps the confidence "secondary" because the
   * 151.67 hours it is cited for are payroll practice.
   */
  public static final LegalReference LEGAL_DURATION = LegalReference.builder()
      .kind(TextKind.CODE_ARTICLE)
      .citation("C. trav., art. L3121-27")
      .confidence(Confidence.SECONDARY)
      .note("durée légale de 35 heures par semaine ; 151,67 h par mois = 35 × 52 / 12 arrondi")
      .build();

  private static final String SMIC_ID = LegalParameters.SMIC_HORAIRE_BRUT;

  private Smic() {}

  /**
   * The hourly gross SMIC as a dated parameter.
   *
   * @return the parameter
   */
  public static DatedParameter<BigDecimal> hourlyGrossParameter() {
    return LegalParameters.decimal(LegalParameters.SMIC_HORAIRE_BRUT);
  }

  /**
   * The hourly gross SMIC in force on a date, with its period and text.
   *
   * @param date the date
   * @return the dated value, in euros per hour
   * @throws NoLawKnownException if the library knows no SMIC for that date
   */
  public static DatedValue<BigDecimal> hourlyGross(LocalDate date) {
    return hourlyGrossParameter().at(date);
  }

  /**
   * The hourly gross SMIC in force on a date, as an evaluation applies it: a value supplied by
   * the user first, the shipped one presumed unchanged after its verification (with a notice).
   *
   * @param date the date
   * @param law the evaluation's context
   * @return the dated value, in euros per hour
   * @throws NoLawKnownException if no SMIC is given for that date
   */
  public static DatedValue<BigDecimal> hourlyGross(LocalDate date, LawContext law) {
    return law.value(hourlyGrossParameter(), date);
  }

  /**
   * The gross annual SMIC of a full-time employee on a date: the monthly SMIC (hourly × 151.67,
   * rounded once to the cent, half up, as it is published) × 12.
   *
   * @param date the date whose hourly SMIC applies
   * @return the amount with its inputs and references
   * @throws NoLawKnownException if the library knows no SMIC for that date
   */
  public static AnnualFullTimeSmic annualFullTime(LocalDate date) {
    return annualFullTime(date, LawContext.standard(date));
  }

  /**
   * The gross annual SMIC of a full-time employee on a date, as an evaluation applies it.
   *
   * @param date the date whose hourly SMIC applies
   * @param law the evaluation's context
   * @return the amount with its inputs and references
   * @throws NoLawKnownException if no SMIC is given for that date
   */
  public static AnnualFullTimeSmic annualFullTime(LocalDate date, LawContext law) {
    DatedValue<BigDecimal> hourly = hourlyGross(date, law);
    return AnnualFullTimeSmic.builder()
        .asOf(date)
        .hourly(hourly)
        .monthlyHours(MONTHLY_LEGAL_HOURS)
        .monthly(monthly(hourly.value()))
        .months(MONTHS)
        .durationReference(LEGAL_DURATION)
        .build();
  }

  /**
   * The gross remuneration of a full-time employee paid the SMIC over a calendar year, month by
   * month: for each month, the monthly SMIC computed from the hourly SMIC in force on its first
   * day. When the SMIC changed during the year, the months are prorated, one period per hourly
   * amount.
   *
   * <p>Every change of the SMIC the library knows took effect on the first day of a month, so
   * taking the amount in force on the first day is exact; a test checks it.
   *
   * @param year the calendar year
   * @return the annual reference with its periods
   * @throws NoLawKnownException if the library does not know the SMIC of every month of the year
   */
  public static AnnualSmicReference annualForYear(int year) {
    return annualForYear(year, LawContext.standard(LocalDate.of(Math.max(Year.MIN_VALUE, Math.min(year, Year.MAX_VALUE)), 12, 31)));
  }

  /**
   * The gross remuneration of a full-time employee paid the SMIC over a calendar year, as an
   * evaluation applies it: a value supplied by the user first; a month after the last
   * verification presumed unchanged (with a notice), never past the revaluation of 1 January.
   *
   * @param year the calendar year
   * @param law the evaluation's context
   * @return the annual reference with its periods
   * @throws NoLawKnownException if no SMIC is given for every month of the year
   */
  public static AnnualSmicReference annualForYear(int year, LawContext law) {
    DatedParameter<BigDecimal> parameter = hourlyGrossParameter();
    boolean plain = law.options().suppliedParameters().find(parameter.id()).isEmpty()
        && year >= parameter.firstDay().getYear() && year <= parameter.lastVerifiedDay().getYear()
        && !LocalDate.of(year, 12, 31).isAfter(parameter.lastVerifiedDay());
    if (!plain) {
      return computeAnnualForYear(year, law);
    }
    AnnualSmicReference known = ANNUAL_BY_YEAR.get(year);
    if (known != null) {
      return known;
    }
    AnnualSmicReference computed = computeAnnualForYear(year, law);
    ANNUAL_BY_YEAR.putIfAbsent(year, computed);
    return computed;
  }

  private static AnnualSmicReference computeAnnualForYear(int year, LawContext law) {
    if (year < Year.MIN_VALUE + 1 || year > Year.MAX_VALUE - 1) {
      throw new NoLawKnownException(SMIC_ID, LocalDate.of(year < 0 ? Year.MIN_VALUE : Year.MAX_VALUE, 1, 1),
          hourlyGrossParameter().coverage(law.policy()));
    }
    DatedParameter<BigDecimal> parameter = hourlyGrossParameter();
    AnnualSmicReference.Builder builder = AnnualSmicReference.builder()
        .year(year)
        .durationReference(LEGAL_DURATION);
    YearMonth first = YearMonth.of(year, 1);
    DatedValue<BigDecimal> current = law.value(parameter, first.atDay(1));
    for (int m = 2; m <= 12; m++) {
      YearMonth month = YearMonth.of(year, m);
      DatedValue<BigDecimal> value = law.value(parameter, month.atDay(1));
      if (!value.equals(current)) {
        builder.addPeriods(period(first, month.minusMonths(1), current));
        first = month;
        current = value;
      }
    }
    // the whole of December must be known, not only its first day
    law.value(parameter, YearMonth.of(year, 12).atEndOfMonth());
    builder.addPeriods(period(first, YearMonth.of(year, 12), current));
    return builder.build();
  }

  private static SmicPeriod period(YearMonth first, YearMonth last, DatedValue<BigDecimal> hourly) {
    return SmicPeriod.builder()
        .firstMonth(first)
        .lastMonth(last)
        .hourly(hourly)
        .monthly(monthly(hourly.value()))
        .build();
  }

  private static RoundedAmount monthly(BigDecimal hourly) {
    return RoundedAmount.of(hourly.multiply(MONTHLY_LEGAL_HOURS), ANNUAL_ROUNDING);
  }
}
