package io.github.essrules.rules.aides;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.amounts.LegalParameters;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.internal.Titles;
import io.github.essrules.rules.law.LegalTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The EU de minimis ceiling: whether a planned aid fits under the ceiling that applies on its
 * grant date, given the de minimis aids already granted to the single undertaking — the ceiling,
 * the period it covers, the amount already used and the headroom, each aid listed with whether it
 * counts and why.
 *
 * <p>The law, as the project's notes read it (law note {@code financement-et-ville.md}, §3; the
 * regulations were identified on EUR-Lex but their articles were <b>not</b> read, so every amount
 * and period below is [S] and cited with {@link Confidence#SECONDARY}):
 * <ul>
 *   <li>aid granted up to 31 December 2023: Règlement (UE) n° 1407/2013 — 200 000 € « sur une
 *       période de trois exercices fiscaux » (the current one and the two previous ones); SIEG:
 *       Règlement n° 360/2012 — 500 000 €, whose start of application is not confirmed, so the
 *       library ships no SIEG ceiling before 2024 (a user-supplied value is applied);
 *   <li>aid granted from 1 January 2024 to 31 December 2030: Règlement (UE) 2023/2831 — « Le
 *       montant total des aides de minimis octroyées par État membre à une entreprise unique ne
 *       peut excéder 300 000 EUR sur une période de trois ans » (as quoted by wallonie.be), any
 *       period of three years ending on the grant date; SIEG: Règlement 2023/2832 — 750 000 €, the
 *       same period.
 * </ul>
 * « ne peut excéder » is {@code ≤}: aids already counted plus the planned aid equal to the ceiling
 * fit. Aids granted under 1407/2013 count in the three-year period of a 2024 grant [S: wallonie.be's
 * example]. The sum is exact (euros and cents, no rounding: the regulations add gross amounts).
 *
 * <p>The three-year period of a grant on day D starts on D minus three years; whether that first
 * day is included is not confirmed [?]: the library includes it (the prudent reading, which can
 * only lower the headroom) and says so in a notice when an aid falls on it.
 *
 * <p>Not modelled: whether a measure is State aid at all, whether an activity is a SIEG, and
 * which undertakings form a single undertaking (facts to declare); the cumulation of general and
 * SIEG de minimis aid (its rules were not read: aids of the other regime are listed as not
 * counted, with a notice); mergers and splits; the excluded sectors (primary agricultural
 * production, fisheries, aquaculture, export aid); the SIEG exemption decision 2012/21/UE; the
 * central register of 2026.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeMinimis extends BaseRule<DeMinimisFacts> {
  /** The rule's identifier. */
  public static final String ID = "de-minimis";
  /** The first grant date of Règlements 2023/2831 and 2023/2832: three rolling years from then on. */
  public static final LocalDate ROLLING_FROM = LocalDate.of(2024, 1, 1);
  /** The length of the period, in years (or fiscal years before 2024). */
  public static final int PERIOD_YEARS = 3;

  private static final DeMinimis INSTANCE = new DeMinimis();

  private DeMinimis() {
    super(ID, DeMinimisFacts.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static DeMinimis get() {
    return INSTANCE;
  }

  /** How the period is counted. */
  public enum PeriodKind {
    /** The current fiscal year and the two previous ones (Règl. n° 1407/2013, n° 360/2012) [S]. */
    THREE_FISCAL_YEARS,
    /** Any period of three years, here the three years ending on the grant date (Règl. 2023/2831, 2023/2832) [S]. */
    THREE_ROLLING_YEARS
  }

  /** Whether an aid counts in the sum, and why. */
  public enum Count {
    /** Granted to the single undertaking, under the planned aid's regime, within the period. */
    COUNTED,
    /** Granted before the period began. */
    BEFORE_PERIOD,
    /** Granted after the planned aid. */
    AFTER_PLANNED,
    /** Granted under the other regulation (general vs SIEG): cumulation not modelled. */
    OTHER_REGIME,
    /** Granted to an undertaking not declared in the single undertaking. */
    OUTSIDE_SINGLE_UNDERTAKING
  }

  /**
   * One aid of the facts and its place in the sum.
   *
   * @param index its index in {@link DeMinimisFacts#aids()}
   * @param aid the aid
   * @param count whether it counts, and why
   * @param firstDayOfPeriod whether it was granted on the first day of a three-year period (its
   *     inclusion is not confirmed [?]; counted)
   */
  public record Line(int index, DeMinimisAid aid, Count count, boolean firstDayOfPeriod) {
    /**
     * Checks the components.
     *
     * @param index its index
     * @param aid the aid
     * @param count whether it counts
     * @param firstDayOfPeriod whether on the first day
     */
    public Line {
      Objects.requireNonNull(aid, "aid");
      Objects.requireNonNull(count, "count");
    }
  }

  /**
   * The ceiling applied to a planned aid and what is left of it.
   *
   * @param regime the planned aid's regulation
   * @param ceiling the ceiling on the planned aid's grant date, with its text
   * @param periodKind how the period is counted
   * @param periodStart the first day of the period (included)
   * @param periodEnd the planned aid's grant date (included): aids granted later do not count
   * @param lines every aid of the facts, in their order
   * @param used the sum of the aids counted, exact
   * @param planned the planned aid's amount
   * @param headroom the ceiling minus the aids counted: negative when the ceiling is already
   *     exceeded
   * @param fits whether the aids counted plus the planned aid do not exceed the ceiling (≤)
   */
  public record Headroom(DeMinimisAid.Regime regime, DatedValue<BigDecimal> ceiling, PeriodKind periodKind,
      LocalDate periodStart, LocalDate periodEnd, List<Line> lines, BigDecimal used, BigDecimal planned,
      BigDecimal headroom, boolean fits) {
    /**
     * Copies the lines.
     *
     * @param regime the regime
     * @param ceiling the ceiling
     * @param periodKind the kind of period
     * @param periodStart the first day
     * @param periodEnd the last day
     * @param lines the lines
     * @param used the sum counted
     * @param planned the planned amount
     * @param headroom the headroom
     * @param fits whether the planned aid fits
     */
    public Headroom {
      lines = List.copyOf(lines);
    }

    /**
     * The headroom left once the planned aid is granted: negative when it does not fit.
     *
     * @return ceiling − used − planned, exact
     */
    public BigDecimal headroomAfterPlanned() {
      return headroom.subtract(planned);
    }
  }

  /**
   * The shipped ceiling of a regime: {@code de-minimis-plafond-general} or
   * {@code de-minimis-plafond-sieg}.
   *
   * @param regime the regime
   * @return the parameter
   */
  public static DatedParameter<BigDecimal> ceilingParameter(DeMinimisAid.Regime regime) {
    return LegalParameters.decimal(regime == DeMinimisAid.Regime.GENERAL
        ? LegalParameters.DE_MINIMIS_PLAFOND_GENERAL : LegalParameters.DE_MINIMIS_PLAFOND_SIEG);
  }

  /**
   * The period of a grant: for a grant from 2024, the three years ending on its day (D − 3 years
   * to D, both included); before, the fiscal year that contains D and the two previous ones, up to
   * D.
   *
   * <pre>{@code
   * DeMinimis.periodStart(LocalDate.of(2024, 1, 30), Optional.empty()); // 2021-01-30
   * DeMinimis.periodStart(LocalDate.of(2023, 5, 10), Optional.of(LocalDate.of(2022, 12, 31))); // 2021-01-01
   * }</pre>
   *
   * @param grantedOn the grant date
   * @param fiscalYearEnd the last day of a fiscal year of the undertaking, needed before 2024
   * @return the first day of the period
   * @throws IllegalArgumentException if the grant is before 2024 and no fiscal year end is given
   */
  public static LocalDate periodStart(LocalDate grantedOn, java.util.Optional<LocalDate> fiscalYearEnd) {
    if (!grantedOn.isBefore(ROLLING_FROM)) {
      return grantedOn.minusYears(PERIOD_YEARS);
    }
    MonthDay end = MonthDay.from(fiscalYearEnd.orElseThrow(() ->
        new IllegalArgumentException("a grant before 2024 needs the end of the fiscal year")));
    LocalDate currentEnd = end.atYear(grantedOn.getYear());
    if (currentEnd.isBefore(grantedOn)) {
      currentEnd = end.atYear(grantedOn.getYear() + 1);
    }
    return end.atYear(currentEnd.getYear() - PERIOD_YEARS).plusDays(1);
  }

  /**
   * The ceiling, the period, the aids counted and the headroom for the planned aid.
   *
   * <pre>{@code
   * // 250 000 € granted in 2022, 50 000 € planned on 2024-03-01: 300 000 ≤ 300 000, it fits
   * DeMinimis.headroom(facts, LawContext.standard(asOf)).fits(); // true
   * }</pre>
   *
   * @param f the facts, with the linked undertakings declared and, for a grant before 2024, the
   *     fiscal year end
   * @param law the law applied (the ceiling is taken through it: presumed or supplied values
   *     add their notice)
   * @return the headroom
   * @throws IllegalArgumentException if the linked undertakings or a needed fiscal year end are
   *     missing
   * @throws io.github.essrules.core.law.NoLawKnownException if no ceiling is known for the grant
   *     date and regime
   */
  public static Headroom headroom(DeMinimisFacts f, LawContext law) {
    FactsValidator.shared().validate(f);
    DeMinimisAid planned = f.planned();
    LocalDate d = planned.grantedOn();
    DatedValue<BigDecimal> ceiling = law.value(ceilingParameter(planned.regime()), d);
    List<String> linked = f.linkedUndertakings().orElseThrow(() ->
        new IllegalArgumentException("the linked undertakings are not declared"));
    boolean rolling = !d.isBefore(ROLLING_FROM);
    LocalDate start = periodStart(d, f.fiscalYearEnd());
    Set<String> single = new HashSet<>(linked);
    single.add(f.undertaking());
    List<Line> lines = new ArrayList<>(f.aids().size());
    BigDecimal used = BigDecimal.ZERO;
    for (int i = 0; i < f.aids().size(); i++) {
      DeMinimisAid a = f.aids().get(i);
      Count c = !single.contains(a.recipient()) ? Count.OUTSIDE_SINGLE_UNDERTAKING
          : a.regime() != planned.regime() ? Count.OTHER_REGIME
          : a.grantedOn().isAfter(d) ? Count.AFTER_PLANNED
          : a.grantedOn().isBefore(start) ? Count.BEFORE_PERIOD
          : Count.COUNTED;
      if (c == Count.COUNTED) {
        used = used.add(a.amount());
      }
      lines.add(new Line(i, a, c, rolling && c == Count.COUNTED && a.grantedOn().equals(start)));
    }
    BigDecimal headroom = ceiling.value().subtract(used);
    boolean fits = used.add(planned.amount()).compareTo(ceiling.value()) <= 0;
    return new Headroom(planned.regime(), ceiling, rolling ? PeriodKind.THREE_ROLLING_YEARS
        : PeriodKind.THREE_FISCAL_YEARS, start, d, lines, used, planned.amount(), headroom, fits);
  }

  @Override
  protected Verdict decide(DeMinimisFacts f, LawContext law) {
    DeMinimisAid planned = f.planned();
    LocalDate d = planned.grantedOn();
    // the law of the date asked (refused beyond the horizon), then the regulation of the grant date
    law.article(LegalTexts.DE_MINIMIS_GENERAL);
    if (planned.regime() == DeMinimisAid.Regime.GENERAL) {
      law.article(LegalTexts.DE_MINIMIS_GENERAL, d);
    } else if (!d.isBefore(ROLLING_FROM)) {
      law.article(LegalTexts.DE_MINIMIS_SIEG, d);
    }
    DatedValue<BigDecimal> ceiling = law.value(ceilingParameter(planned.regime()), d);
    LegalReference ref = ceiling.reference();
    List<Finding> missing = new ArrayList<>();
    if (f.linkedUndertakings().isEmpty()) {
      missing.add(Conditions.missing("dm.single-undertaking", ref, msg("dm.single-undertaking.missing"),
          List.of("/linkedUndertakings")));
    }
    if (d.isBefore(ROLLING_FROM) && f.fiscalYearEnd().isEmpty()) {
      missing.add(Conditions.missing("dm.period", ref, msg("dm.period.missing"), List.of("/fiscalYearEnd")));
    }
    Verdict.Builder v = Verdict.builder().ruleId(ID).asOf(law.asOf());
    if (!missing.isEmpty()) {
      return v.outcome(Outcome.UNDETERMINED).addAllFindings(missing).build();
    }
    return DeMinimisFindings.verdict(v, headroom(f, law), ref);
  }
}
