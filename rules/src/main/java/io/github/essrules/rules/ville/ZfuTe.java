package io.github.essrules.rules.ville;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.validation.FactsValidator;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The profit-tax exemption of businesses set up in a zone franche urbaine-territoire entrepreneur
 * (CGI 44 octies A, read in secondary sources): 100 % for the first 60 months, then 60 %, 40 %
 * and 20 % over the next three periods of twelve months; at most 50 employees, a turnover or
 * balance sheet of at most 10 M€, at least half of the employees resident in a ZFU-TE or a QPV; the
 * exempt profit capped at 50 000 € per period of twelve months.
 *
 * <p>Rates by month: month 1 is the month of establishment. The exempt share of a period's profit
 * is the profit × the average of the months' rates over the period, then capped at 50 000 € ×
 * the period's months ÷ 12, rounded once to the cent, half up (a prorata by months: the library's
 * reading). Establishments after 31 December 2025 (the last date LF 2025 extended) are refused:
 * the regime of 2026 is not verified.
 *
 * <p>Not modelled: the 5 000 € increase of the cap per new resident employee ([?]), the EU de
 * minimis ceiling.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ZfuTe extends BaseRule<ZfuTeFacts> {
  /** The rule's identifier. */
  public static final String ID = "zfu-te";
  /** The last establishment date the library knows a regime for (LF 2025, art. 100). */
  public static final LocalDate LAST_ESTABLISHMENT = LocalDate.of(2025, 12, 31);
  /** The cap per twelve months. */
  public static final BigDecimal CAP_PER_YEAR = new BigDecimal("50000");
  private static final BigDecimal SIXTY_PERCENT = new BigDecimal("0.6");
  private static final BigDecimal FORTY_PERCENT = new BigDecimal("0.4");
  private static final BigDecimal TWENTY_PERCENT = new BigDecimal("0.2");

  static final LegalReference CGI = LegalReference.of(TextKind.CODE_ARTICLE, "CGI, art. 44 octies A", Confidence.SECONDARY);
  private static final ZfuTe INSTANCE = new ZfuTe();

  private ZfuTe() {
    super(ID, ZfuTeFacts.class);
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
   */
  public static BigDecimal rate(LocalDate establishedOn, YearMonth month) {
    return rateOfMonth(monthNumber(month.getYear(), month.getMonthValue())
        - monthNumber(establishedOn.getYear(), establishedOn.getMonthValue()) + 1);
  }

  /** Months counted from year 0: plain arithmetic, no calendar objects in the loop. */
  private static int monthNumber(int year, int month) {
    return year * 12 + month - 1;
  }

  /** The rate of the index-th month of activity, the month of establishment being the first. */
  private static BigDecimal rateOfMonth(int index) {
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
   * The exempt part of the period's profit, the conditions aside.
   *
   * @param f the facts
   * @return the amount, rounded once to the cent
   */
  public static BigDecimal exemptProfit(ZfuTeFacts f) {
    if (f.profit().signum() <= 0) {
      return BigDecimal.ZERO.setScale(2);
    }
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
    // profit × rateSum / months, capped at 50 000 × months / 12: compare numerators over 12 × months
    BigDecimal exemptTimes12Months = f.profit().multiply(rateSum).multiply(BigDecimal.valueOf(12));
    BigDecimal capTimes12Months = CAP_PER_YEAR.multiply(monthsBd).multiply(monthsBd);
    BigDecimal numerator = exemptTimes12Months.min(capTimes12Months);
    return numerator.divide(BigDecimal.valueOf(12).multiply(monthsBd), 2, RoundingMode.HALF_UP);
  }

  @Override
  public Verdict evaluate(ZfuTeFacts f, LocalDate asOf) {
    FactsValidator.shared().validate(f, asOf);
    if (f.establishedOn().isAfter(LAST_ESTABLISHMENT)) {
      throw new NoLawKnownException("CGI, art. 44 octies A (ZFU-TE) — régime 2026 non vérifié", f.establishedOn(),
          "établissements jusqu'au 31 décembre 2025");
    }
    List<Finding> findings = new ArrayList<>();
    findings.add(limit("zfu.employees", f.employees().map(BigDecimal::valueOf).orElse(null), "/employees",
        BigDecimal.valueOf(50), Operator.AT_MOST, "zfu.employees", false));
    findings.add(limit("zfu.size", f.turnoverOrBalanceSheet().orElse(null), "/turnoverOrBalanceSheet",
        new BigDecimal("10000000"), Operator.AT_MOST, "zfu.size", true));
    findings.add(limit("zfu.residents", f.residentShare().orElse(null), "/residentShare",
        new BigDecimal("0.5"), Operator.AT_LEAST, "zfu.residents", false));
    BigDecimal exempt = exemptProfit(f);
    return Verdict.builder().ruleId(ID).asOf(asOf)
        .outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings)
        .addNotices(Notice.of("zfu.exempt", CGI, msg("zfu.exempt", MessageArg.euros(exempt), MessageArg.euros(f.profit()))))
        .build();
  }

  private static Finding limit(String id, BigDecimal value, String path, BigDecimal limit, Operator op, String key,
      boolean euros) {
    if (value == null) {
      return Conditions.missing(id, CGI, msg(key + ".missing"), List.of(path));
    }
    Comparison c = euros
        ? Comparison.of(msg(key + ".subject"), MessageArg.euros(value), op, MessageArg.euros(limit))
        : key.equals("zfu.residents")
            ? Comparison.of(msg(key + ".subject"), MessageArg.rate(value), op, MessageArg.rate(limit))
            : Comparison.of(msg(key + ".subject"), MessageArg.number(value), op, MessageArg.number(limit));
    return Finding.of(id, Outcome.of(c.holds()), CGI,
        msg(key), List.of(c), List.of(), List.of());
  }
}
