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
 * The emplois francs aid for hiring a job-seeker resident in a QPV (read in secondary sources):
 * 5 000 € a year for three years for a CDI; 2 500 € a year for two years for a CDD of at least six
 * months; prorated to the working time and to the months of presence, rounded once to the cent.
 * Hires up to 31 December 2024 only: a later hire is not eligible (the scheme was not renewed;
 * aids in progress continue). Hires before 1 January 2020 (the experiment in some territories)
 * are refused.
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

  /**
   * The aid for a hire: annual amount ÷ 12 × months (within 36 for a CDI, 24 for a CDD) ×
   * working time, rounded once; zero when not eligible by the hire date or the contract.
   *
   * @param f the hire
   * @return the amount, in euros
   */
  public static BigDecimal amount(EmploisFrancsFacts f) {
    FactsValidator.shared().validate(f);
    if (f.hiredOn().isAfter(LAST_HIRE) || f.contract() == EmploisFrancsFacts.Contract.CDD
        && f.cddMonths().orElse(0) < 6) {
      return BigDecimal.ZERO.setScale(2);
    }
    boolean cdi = f.contract() == EmploisFrancsFacts.Contract.CDI;
    BigDecimal annual = cdi ? new BigDecimal("5000") : new BigDecimal("2500");
    int maxMonths = cdi ? 36 : 24;
    int months = Math.min(f.monthsPresent(), maxMonths);
    return annual.multiply(BigDecimal.valueOf(months)).multiply(f.workingTime())
        .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
  }

  @Override
  protected Verdict decide(EmploisFrancsFacts f, LawContext law) {
    LocalDate asOf = law.asOf();
    law.article(LegalTexts.EMPLOIS_FRANCS);
    if (f.hiredOn().isBefore(FIRST_HIRE)) {
      throw new NoLawKnownException("emplois francs", f.hiredOn(), "embauches du 1er janvier 2020 au 31 décembre 2024");
    }
    List<Finding> findings = new ArrayList<>();
    Comparison date = Comparison.of(msg("ef.date.subject"), MessageArg.date(f.hiredOn()), Operator.AT_MOST,
        MessageArg.date(LAST_HIRE));
    findings.add(Finding.of("ef.date", Outcome.of(date.holds()), SCHEME,
        msg(date.holds() ? "ef.date" : "ef.date.closed"), List.of(date), List.of(), List.of()));
    findings.add(Conditions.stated("ef.person", SCHEME, f.jobSeekerResidentInQpv(), "/jobSeekerResidentInQpv", "ef.person"));
    if (f.contract() == EmploisFrancsFacts.Contract.CDD) {
      if (f.cddMonths().isEmpty()) {
        findings.add(Conditions.missing("ef.cdd", SCHEME, msg("ef.cdd.missing"), List.of("/cddMonths")));
      } else {
        Comparison six = Comparison.of(msg("ef.cdd.subject"), MessageArg.number(f.cddMonths().get()), Operator.AT_LEAST,
            MessageArg.number(6));
        findings.add(Finding.of("ef.cdd", Outcome.of(six.holds()), SCHEME,
        msg("ef.cdd"), List.of(six), List.of(), List.of()));
      }
    }
    Outcome outcome = Conditions.outcomeOfAll(findings);
    return Verdict.builder().ruleId(ID).asOf(asOf).outcome(outcome).addAllFindings(findings)
        .addNotices(Notice.of("ef.amount", SCHEME, msg("ef.notice.amount",
            MessageArg.euros(outcome == Outcome.NOT_SATISFIED ? BigDecimal.ZERO : amount(f)))))
        .build();
  }
}
