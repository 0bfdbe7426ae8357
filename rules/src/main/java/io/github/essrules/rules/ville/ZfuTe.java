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
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The profit-tax exemption of businesses set up in a zone franche urbaine-territoire entrepreneur
 * (CGI 44 octies A, read in secondary sources): 100 % for the first 60 months, then 60 %, 40 %
 * and 20 % over the next three periods of twelve months; a headcount of at most 50 employees for a
 * business set up before 1 January 2019, fewer than 50 (at most 49) for one set up from that day
 * (thresholds harmonised by loi PACTE; service-public.fr fiche F31149); a turnover or balance
 * sheet of at most 10 M€; at least half of the employees resident in a ZFU-TE or a QPV; the exempt
 * profit capped at 50 000 € per period of twelve months, raised by 5 000 € for each new employee
 * residing in a ZFU-TE or a QPV hired full time for at least six months (same fiche).
 *
 * <pre>{@code
 * // set up in 2020 with 50 employees: "moins de 50 salariés", 50 < 50 does not hold
 * ZfuTe.get().evaluate(facts, LocalDate.of(2026, 3, 1)).find("zfu.employees"); // NOT_SATISFIED
 * }</pre>
 *
 * <p>Rates by month: month 1 is the month of establishment. The exempt share of a period's profit
 * is the profit × the average of the months' rates over the period, then capped at the cap per
 * twelve months × the period's months ÷ 12, rounded once to the cent, half up (a prorata by months:
 * the library's reading, applied to the raised cap too). Establishments after 31 December 2025
 * (the last date LF 2025 extended) are refused: the regime of 2026 is not verified.
 *
 * <p>The raise of the cap rests on a fact of the case, {@link ZfuTeFacts#newResidentFullTimeHires()}:
 * the library does not check the hires, and the notes it follows do not say in which period the
 * hire must fall nor on what date its conditions are assessed, so the count is taken as stated for
 * the profit period. When the count is not given, the cap is applied without the raise (never a
 * count of 0 presumed): if that cap limits the exempt profit, the verdict has the notice
 * {@code zfu.cap.raise-unknown} saying that the amount may be higher.
 *
 * <p>Businesses set up before 1 January 2015 ({@link #SCHEDULE_FROM}) are not modelled: the
 * schedule above is the one loi n° 2014-1655 (LFR 2014, art. 48) set for businesses set up from that
 * day. Those set up from 2006 to 2014 had another regime [S: BOFiP BOI-BIC-CHAMP-80-10-30 and its
 * summary table]: an exempt profit capped at 100 000 € per twelve months (raised by 5 000 € per new
 * employee), a wind-down of nine periods of twelve months for businesses with fewer than five
 * employees (three for the others), the tax exemption tied from 2012 to the social one, and no
 * hiring clause; those set up in the first two generations of ZFU before 2006 fall under CGI
 * 44 octies. The wording of those versions of CGI 44 octies A and the rates of the nine-year
 * wind-down were not read in the text, so they are not encoded: the verdict for such a business is
 * {@code NOT_APPLICABLE} — the library's way of saying that another regime, not modelled, governs
 * the facts (as for the local law of Alsace-Moselle in {@code AssociationRule}); an undetermined
 * verdict would name a missing fact, and none is missing — with the single finding
 * {@code zfu.regime} saying so and that the business may still be exempt under that regime; no
 * exempt profit is given. {@link #rate}, {@link #exemptProfit}, {@link #capPerTwelveMonths} and
 * {@link #capRaiseUnknownLimits} refuse such a business with {@link NoLawKnownException}: never a
 * silently wrong exemption.
 *
 * <p>The legal computations sit apart from the verdict's assembly: the schedule, the cap and its
 * raise in {@code ZfuTeSchedule}, the conditions on the business (with the headcount of businesses
 * set up before 2019 as a named exception) in {@code ZfuTeConditions}.
 *
 * <p>Not modelled: the regime of businesses set up before 1 January 2015 (above), the EU de
 * minimis ceiling, the other conditions of the article (activity, holding by large companies,
 * excluded sectors, the contrat de ville condition of businesses set up from 2016).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ZfuTe extends BaseRule<ZfuTeFacts> {
  /** The rule's identifier. */
  public static final String ID = "zfu-te";
  /**
   * The first establishment date whose schedule the library encodes: the regime of loi
   * n° 2014-1655 du 29 décembre 2014 (LFR 2014, art. 48) for businesses set up from 1 January
   * 2015 (cap of 50 000 €, wind-down over three periods of twelve months) [S: BOFiP
   * BOI-BIC-CHAMP-80-10-30, § 25].
   */
  public static final LocalDate SCHEDULE_FROM = LocalDate.of(2015, 1, 1);
  /** The last establishment date the library knows a regime for (LF 2025, art. 100). */
  public static final LocalDate LAST_ESTABLISHMENT = LocalDate.of(2025, 12, 31);
  /** The cap per twelve months, before its raise for new resident employees. */
  public static final BigDecimal CAP_PER_YEAR = new BigDecimal("50000");
  /** The raise of the cap per twelve months for each new resident employee hired full time for six months. */
  public static final BigDecimal CAP_RAISE_PER_HIRE = new BigDecimal("5000");
  /**
   * The first day of establishment for which the headcount must be fewer than 50 ("moins de 50
   * salariés"); before it, at most 50.
   */
  public static final LocalDate FEWER_THAN_50_EMPLOYEES_FROM = LocalDate.of(2019, 1, 1);

  static final LegalReference CGI = LegalReference.of(TextKind.CODE_ARTICLE, "CGI, art. 44 octies A", Confidence.SECONDARY);
  /** The headcount thresholds and the raise of the cap, read in the fiche F31149 only. */
  static final LegalReference CGI_F31149 = LegalReference.builder().kind(TextKind.CODE_ARTICLE)
      .citation("CGI, art. 44 octies A").confidence(Confidence.SECONDARY)
      .note("service-public.fr, fiche F31149 (version du 1er janvier 2020) ; seuils d'effectif harmonisés par la loi PACTE")
      .build();
  private static final ZfuTe INSTANCE = new ZfuTe();

  private ZfuTe() {
    super(ID, ZfuTeFacts.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static ZfuTe get() {
    return INSTANCE;
  }

  /**
   * The exemption rate of a month.
   *
   * @param establishedOn the day of establishment
   * @param month the month
   * @return 1, 0.6, 0.4, 0.2 or 0
   * @throws NoLawKnownException for a business set up before 1 January 2015, whose schedule is not
   *     modelled
   */
  public static BigDecimal rate(LocalDate establishedOn, YearMonth month) {
    ZfuTeSchedule.requireModelledSchedule(establishedOn);
    return ZfuTeSchedule.rateOfMonth(ZfuTeSchedule.monthNumber(month.getYear(), month.getMonthValue())
        - ZfuTeSchedule.monthNumber(establishedOn.getYear(), establishedOn.getMonthValue()) + 1);
  }

  /**
   * The cap of the exempt profit per period of twelve months: 50 000 € raised by 5 000 € for each
   * new employee residing in a ZFU-TE or a QPV hired full time for at least six months.
   *
   * <pre>{@code
   * ZfuTe.capPerTwelveMonths(facts); // 60 000 with two such hires
   * }</pre>
   *
   * @param f the facts
   * @return the cap, in euros; 50 000 € without the raise when the count of such hires is not given
   *     (see {@link #capRaiseUnknownLimits(ZfuTeFacts)})
   * @throws NoLawKnownException for a business set up before 1 January 2015 (another cap)
   */
  public static BigDecimal capPerTwelveMonths(ZfuTeFacts f) {
    FactsValidator.shared().validate(f);
    ZfuTeSchedule.requireModelledSchedule(f.establishedOn());
    return ZfuTeSchedule.capPerTwelveMonths(f.newResidentFullTimeHires().orElse(0));
  }

  /**
   * Whether the exempt profit is limited by a cap without its raise because the count of new
   * resident employees is not given: the exempt profit of {@link #exemptProfit(ZfuTeFacts)} is
   * then a minimum, and the raise could make it higher.
   *
   * @param f the facts
   * @return true if the count is absent and the profit's exempt share exceeds the unraised cap
   * @throws NoLawKnownException for a business set up before 1 January 2015
   */
  public static boolean capRaiseUnknownLimits(ZfuTeFacts f) {
    FactsValidator.shared().validate(f);
    ZfuTeSchedule.requireModelledSchedule(f.establishedOn());
    return f.newResidentFullTimeHires().isEmpty() && f.profit().signum() > 0 && ZfuTeSchedule.exempt(f, CAP_PER_YEAR).capped();
  }

  /**
   * The exempt part of the period's profit, the conditions aside: the profit × the average rate
   * of the period's months, capped at {@link #capPerTwelveMonths(ZfuTeFacts)} × the months ÷ 12.
   *
   * @param f the facts
   * @return the amount, rounded once to the cent; computed with the cap unraised when the count
   *     of new resident employees is not given
   * @throws NoLawKnownException for a business set up before 1 January 2015, whose schedule and
   *     cap are not modelled
   */
  public static BigDecimal exemptProfit(ZfuTeFacts f) {
    FactsValidator.shared().validate(f);
    ZfuTeSchedule.requireModelledSchedule(f.establishedOn());
    if (f.profit().signum() <= 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return ZfuTeSchedule.exempt(f, capPerTwelveMonths(f)).amount();
  }

  @Override
  protected Verdict decide(ZfuTeFacts f, LawContext law) {
    LocalDate asOf = law.asOf();
    law.article(LegalTexts.CGI_ZFU);
    if (f.establishedOn().isAfter(LAST_ESTABLISHMENT)) {
      throw new NoLawKnownException("CGI, art. 44 octies A (ZFU-TE)", f.establishedOn(),
          "2015-01-01 → 2025-12-31");
    }
    if (ZfuTeSchedule.earlierRegime(f.establishedOn())) {
      Finding regime = Conditions.decided("zfu.regime", Outcome.NOT_APPLICABLE, CGI,
          msg("zfu.regime.before-2015", MessageArg.date(f.establishedOn())));
      return Verdict.builder().ruleId(ID).asOf(asOf).outcome(Outcome.NOT_APPLICABLE).addFindings(regime).build();
    }
    List<Finding> findings = new ArrayList<>();
    findings.add(ZfuTeConditions.headcount(f));
    findings.add(ZfuTeConditions.size(f));
    findings.add(ZfuTeConditions.residents(f));
    BigDecimal exempt = exemptProfit(f);
    BigDecimal cap = capPerTwelveMonths(f);
    Verdict.Builder v = Verdict.builder().ruleId(ID).asOf(asOf)
        .outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings)
        .addNotices(Notice.of("zfu.exempt", CGI, msg("zfu.exempt", MessageArg.euros(exempt), MessageArg.euros(f.profit()),
            MessageArg.euros(cap))));
    if (f.newResidentFullTimeHires().isPresent() && f.newResidentFullTimeHires().get() > 0) {
      v.addNotices(Notice.of("zfu.cap.raised", CGI_F31149, msg("zfu.cap.raised",
          MessageArg.number(f.newResidentFullTimeHires().get()), MessageArg.euros(cap))));
    } else if (capRaiseUnknownLimits(f)) {
      v.addNotices(Notice.of("zfu.cap.raise-unknown", CGI_F31149, msg("zfu.cap.raise-unknown", MessageArg.euros(cap))));
    }
    return v.build();
  }
}
