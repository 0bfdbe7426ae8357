package io.github.essrules.rules.ville;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.rules.law.LegalTexts;
import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The emplois francs aid for hiring a job-seeker resident in a QPV (décret n° 2019-1471 du
 * 26 décembre 2019, art. 6, read in secondary sources and in the text of the décret of October 2020
 * that amended it): 5 000 € a year, within three years, for a CDI; 2 500 € a year, within two years, for a CDD
 * of at least six months; prorated to the working time and to the months of presence, rounded
 * once to the cent. Hires up to 31 December 2024 only: a later hire is not eligible (the scheme
 * was not renewed; aids in progress continue). Hires before 1 January 2020 (the experiment in
 * some territories) are refused.
 *
 * <p>The months counted are the months of presence within the aid's limit (36 for a CDI, 24 for
 * a CDD) and, for a CDD, within the contract's length ({@link EmploisFrancsFacts#cddMonths()},
 * renewals included): the aid is paid for the months the contract runs, so a six-month CDD gives
 * at most 2 500 € × 6 ÷ 12 = 1 250 € at full time, whatever presence is stated.
 *
 * <p>The hire may be after the date asked about: the rule then judges a planned hire (a
 * simulation), under the scheme's dates of hire, and the months of presence are those planned.
 *
 * <p>Not modelled: the higher amounts for employees under 26 hired from 15 October 2020 (décret
 * n° 2020-1278), the CDD followed by a CDI (the aid then continues at the CDI's amount within three
 * years), periods of absence without pay or of partial activity, which the months of presence
 * stated must leave out.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EmploisFrancs extends BaseRule<EmploisFrancsFacts> {
  /** The rule's identifier. */
  public static final String ID = "emplois-francs";
  /** The first hire the library knows the scheme for (generalisation). */
  public static final LocalDate FIRST_HIRE = LocalDate.of(2020, 1, 1);
  /** The last hire eligible. */
  public static final LocalDate LAST_HIRE = LocalDate.of(2024, 12, 31);

  static final LegalReference SCHEME = LegalReference.builder().kind(TextKind.DECRET)
      .citation("Emplois francs (décret n° 2019-1471 et suivants)").confidence(Confidence.SECONDARY)
      .note("montants et dates lus dans des sources secondaires").build();
  private static final EmploisFrancs INSTANCE = new EmploisFrancs();

  private EmploisFrancs() {
    super(ID, EmploisFrancsFacts.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static EmploisFrancs get() {
    return INSTANCE;
  }

  // ---- the law (décret n° 2019-1471, art. 6, read in secondary sources: its words are not quoted) ----

  /**
   * The hire falls within the scheme's dates: hires up to {@link #LAST_HIRE}, included.
   *
   * @param hiredOn the day of hire
   * @return whether eligible by its date
   */
  static boolean hiredInTime(LocalDate hiredOn) {
    return !hiredOn.isAfter(LAST_HIRE);
  }

  /**
   * A CDD opens the aid only when it lasts six months at least (renewals included).
   *
   * @param cddMonths the CDD's months
   * @return whether long enough
   */
  static boolean cddLongEnough(int cddMonths) {
    return cddMonths >= 6;
  }

  /**
   * The aid a year at full time: 5 000 € for a CDI, 2 500 € for a CDD.
   *
   * @param cdi whether a CDI
   * @return the amount, in euros
   */
  static BigDecimal annualAmount(boolean cdi) {
    return cdi ? new BigDecimal("5000") : new BigDecimal("2500");
  }

  /**
   * The months paid: "dans la limite de trois ans" for a CDI, "de deux ans" for a CDD, and a CDD
   * only while it runs.
   *
   * @param cdi whether a CDI
   * @param cddMonths the CDD's months (ignored for a CDI)
   * @return the most months paid
   */
  static int maxMonths(boolean cdi, int cddMonths) {
    return cdi ? 36 : Math.min(24, cddMonths);
  }

  // ---- the computation and the findings ------------------------------------------------------------

  /**
   * The aid for a hire: annual amount ÷ 12 × months × working time, rounded once; the months are
   * those of presence, within 36 for a CDI, and for a CDD within 24 and within the contract's
   * length; zero when not eligible by the hire date or the contract.
   *
   * <pre>{@code
   * // a full-time CDD of six months, 24 months of presence stated: 2 500 × 6 / 12
   * EmploisFrancs.amount(cdd6); // 1 250.00
   * }</pre>
   *
   * @param f the hire
   * @return the amount, in euros
   */
  public static BigDecimal amount(EmploisFrancsFacts f) {
    FactsValidator.shared().validate(f);
    boolean cdi = f.contract() == EmploisFrancsFacts.Contract.CDI;
    if (!hiredInTime(f.hiredOn()) || !cdi && !cddLongEnough(f.cddMonths().orElse(0))) {
      return BigDecimal.ZERO.setScale(2);
    }
    int months = Math.min(f.monthsPresent(), maxMonths(cdi, f.cddMonths().orElse(0)));
    return annualAmount(cdi).multiply(BigDecimal.valueOf(months)).multiply(f.workingTime())
        .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
  }

  @Override
  protected Verdict decide(EmploisFrancsFacts f, LawContext law) {
    LocalDate asOf = law.asOf();
    law.article(LegalTexts.EMPLOIS_FRANCS);
    if (f.hiredOn().isBefore(FIRST_HIRE)) {
      throw new NoLawKnownException("emplois francs", f.hiredOn(), "2020-01-01 → 2024-12-31");
    }
    List<Finding> findings = new ArrayList<>();
    Comparison date = Comparison.of(msg("ef.date.subject"), MessageArg.date(f.hiredOn()), Operator.AT_MOST,
        MessageArg.date(LAST_HIRE));
    boolean inTime = hiredInTime(f.hiredOn());
    findings.add(Finding.decided("ef.date", Outcome.of(inTime), SCHEME,
        msg(inTime ? "ef.date" : "ef.date.closed"), date));
    findings.add(Conditions.stated("ef.person", SCHEME, f.jobSeekerResidentInQpv(), "/jobSeekerResidentInQpv", "ef.person"));
    if (f.contract() == EmploisFrancsFacts.Contract.CDD) {
      if (f.cddMonths().isEmpty()) {
        findings.add(Conditions.missing("ef.cdd", SCHEME, msg("ef.cdd.missing"), List.of("/cddMonths")));
      } else {
        Comparison six = Comparison.of(msg("ef.cdd.subject"), MessageArg.number(f.cddMonths().get()), Operator.AT_LEAST,
            MessageArg.number(6));
        findings.add(Finding.decided("ef.cdd", Outcome.of(cddLongEnough(f.cddMonths().get())), SCHEME,
        msg("ef.cdd"), six));
      }
    }
    Outcome outcome = Conditions.outcomeOfAll(findings);
    return Verdict.builder().ruleId(ID).asOf(asOf).outcome(outcome).addAllFindings(findings)
        .addNotices(Notice.of("ef.amount", SCHEME, msg("ef.notice.amount",
            MessageArg.euros(outcome == Outcome.NOT_SATISFIED ? BigDecimal.ZERO : amount(f)))))
        .build();
  }
}
