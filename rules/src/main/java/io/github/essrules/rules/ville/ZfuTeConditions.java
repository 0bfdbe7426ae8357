package io.github.essrules.rules.ville;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The conditions of the ZFU-TE exemption on the business: CGI, art. 44 octies A — read in secondary
 * sources only (service-public.fr fiche F31149, version of 1 January 2020): the words are not
 * quoted. Headcount, size, and the hiring clause.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ZfuTeConditions {
  private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
  /** "10 M€": turnover or balance sheet. */
  static final BigDecimal SIZE_LIMIT = new BigDecimal("10000000");
  /** At least half of the employees resident in a ZFU-TE or a QPV. */
  static final BigDecimal RESIDENT_SHARE = new BigDecimal("0.5");

  private ZfuTeConditions() {}

  // ---- the law ---------------------------------------------------------------------------------

  /**
   * Exception kept for businesses set up before {@link ZfuTe#FEWER_THAN_50_EMPLOYEES_FROM}: "50
   * salariés au plus" (≤ 50); the base rule from that day, after the loi PACTE, is "moins de 50
   * salariés" (&lt; 50).
   *
   * @param establishedOn the day of establishment
   * @return whether the earlier threshold (at most 50) applies
   */
  static boolean atMostFiftyBefore2019(LocalDate establishedOn) {
    return establishedOn.isBefore(ZfuTe.FEWER_THAN_50_EMPLOYEES_FROM);
  }

  /**
   * The headcount operator of the set-up date.
   *
   * @param establishedOn the day of establishment
   * @return {@code AT_MOST} before 2019, {@code LESS_THAN} from 2019
   */
  static Operator headcountOperator(LocalDate establishedOn) {
    return atMostFiftyBefore2019(establishedOn) ? Operator.AT_MOST : Operator.LESS_THAN;
  }

  // ---- the findings ------------------------------------------------------------------------------

  static Finding headcount(ZfuTeFacts f) {
    if (f.employees().isEmpty()) {
      return Conditions.missing("zfu.employees", ZfuTe.CGI_F31149, msg("zfu.employees.missing"), List.of("/employees"));
    }
    String key = atMostFiftyBefore2019(f.establishedOn()) ? "zfu.employees.before-2019" : "zfu.employees.from-2019";
    Comparison c = Comparison.of(msg("zfu.employees.subject"), MessageArg.number(f.employees().get()),
        headcountOperator(f.establishedOn()), MessageArg.number(FIFTY));
    return Finding.compared("zfu.employees", ZfuTe.CGI_F31149,
        msg(key, MessageArg.date(f.establishedOn())), c);
  }

  /** Turnover or balance sheet at most 10 M€. */
  static Finding size(ZfuTeFacts f) {
    return limit("zfu.size", f.turnoverOrBalanceSheet().orElse(null), "/turnoverOrBalanceSheet", SIZE_LIMIT,
        Operator.AT_MOST, true);
  }

  /** At least half of the employees resident in a ZFU-TE or a QPV. */
  static Finding residents(ZfuTeFacts f) {
    return limit("zfu.residents", f.residentShare().orElse(null), "/residentShare", RESIDENT_SHARE,
        Operator.AT_LEAST, false);
  }

  private static Finding limit(String id, BigDecimal value, String path, BigDecimal limit, Operator op,
      boolean euros) {
    if (value == null) {
      return Conditions.missing(id, ZfuTe.CGI, msg(id + ".missing"), List.of(path));
    }
    Comparison c = euros
        ? Comparison.of(msg(id + ".subject"), MessageArg.euros(value), op, MessageArg.euros(limit))
        : Comparison.of(msg(id + ".subject"), MessageArg.rate(value), op, MessageArg.rate(limit));
    return Finding.compared(id, ZfuTe.CGI, msg(id), c);
  }
}
