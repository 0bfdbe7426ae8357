package io.github.essrules.rules.esus;

import io.github.essrules.core.verdict.LawContext;
import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.amounts.AnnualSmicReference;
import io.github.essrules.rules.amounts.Smic;
import io.github.essrules.rules.amounts.SmicPeriod;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pay cap of C. trav. L3332-17-1, I, 3°, year by year: see {@link EsusRule}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PayCap {
  /** "sept fois la rémunération annuelle": the cap on the average of the five best paid. */
  static final BigDecimal AVERAGE_MULTIPLE = BigDecimal.valueOf(7);
  /** "dix fois la rémunération annuelle": the cap on the best paid. */
  static final BigDecimal TOP_MULTIPLE = BigDecimal.TEN;
  /** "aux cinq salariés ou dirigeants les mieux rémunérés". */
  static final int BEST_PAID = 5;
  /** The rounding of a part-time pay brought to full time: to the cent, half up (the text is silent). */
  static final RoundingMode FULL_TIME_ROUNDING = RoundingMode.HALF_UP;

  private PayCap() {}

  static Finding evaluate(EsusFacts facts, Map<String, Notice> notices, LawContext law) {
    LegalReference ref = REF_L3332_17_1_I_3;
    if (facts.payYears().isEmpty()) {
      return Conditions.missing("esus.I.3", ref, msg("esus.I.3.no-year"), List.of("/payYears"));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < facts.payYears().size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> facts.payYears().get(i).year()));
    List<Finding> years = new ArrayList<>();
    for (int i : order) {
      years.add(year(facts.payYears().get(i), "/payYears/" + i, facts.ess().legalForm().isCompany(), notices, law)
          .about("year:" + facts.payYears().get(i).year()));
    }
    return Conditions.allOf("esus.I.3", ref, msg("esus.I.3"), years);
  }

  /**
   * A pay brought to a full-time job over the year: the sums divided by the ratio, rounded to
   * the cent, half up; exact when the ratio is 1.
   */
  static BigDecimal fullTime(Pay pay) {
    if (pay.fullTimeRatio().compareTo(BigDecimal.ONE) == 0) {
      return pay.amountPaid();
    }
    return pay.amountPaid().divide(pay.fullTimeRatio(), 2, FULL_TIME_ROUNDING);
  }

  private static Finding year(PayYear y, String p, boolean company, Map<String, Notice> notices, LawContext law) {
    int year = y.year().getValue();
    AnnualSmicReference smic = Smic.annualForYear(year, law);
    for (SmicPeriod period : smic.periods()) {
      notices.putIfAbsent("smic." + period.hourly().validFrom(), Notice.of("esus.smic", period.hourly().reference(),
          msg("esus.notice.smic", MessageArg.euros(period.hourly().value()), MessageArg.date(period.hourly().validFrom()),
              MessageArg.euros(period.monthly().rounded()))));
    }
    BigDecimal reference = smic.total();
    boolean branch = y.branchMinimumAnnual().isPresent() && y.branchMinimumAnnual().get().compareTo(reference) > 0;
    if (branch) {
      reference = y.branchMinimumAnnual().get();
    }
    LegalReference ref = REF_L3332_17_1_I_3;
    var message = branch
        ? msg("esus.I.3.year.branch", MessageArg.text(Integer.toString(year)), MessageArg.euros(reference), MessageArg.euros(smic.total()))
        : smicMessage(year, smic);
    if (y.pay().isEmpty()) {
      return Conditions.missing("esus.I.3.year", ref, message, List.of(p + "/pay"));
    }
    boolean partTime = false;
    List<Map.Entry<String, BigDecimal>> fte = new ArrayList<>();
    for (int i = 0; i < y.pay().size(); i++) {
      Pay pay = y.pay().get(i);
      partTime |= pay.fullTimeRatio().compareTo(BigDecimal.ONE) < 0;
      String who = pay.label().orElse("#" + (i + 1));
      fte.add(Map.entry(who, fullTime(pay)));
    }
    if (partTime) {
      notices.putIfAbsent("fte", Notice.of("esus.full-time-equivalent", ref, msg("esus.notice.fte")));
    }
    if (company) {
      notices.putIfAbsent("dirigeants", Notice.of("esus.dirigeants",
          REF_R3332_21_2, msg("esus.notice.dirigeants")));
    }
    fte.sort(Map.Entry.<String, BigDecimal>comparingByValue().reversed());
    if (fte.size() < BEST_PAID && !y.allPaidPersonsListed().orElse(false)) {
      List<String> missing = new ArrayList<>(List.of(p + "/pay"));
      if (y.allPaidPersonsListed().isEmpty()) {
        missing.add(p + "/allPaidPersonsListed");
      }
      // a) and b) are cumulative: a) undetermined, the year is undetermined only if b) holds; the
      // best paid above ten times the reference decides it not satisfied
      return Conditions.allOf("esus.I.3.year", ref, message, List.of(
          Conditions.missing("esus.I.3.a", REF_L3332_17_1_I_3_A,
              msg("esus.I.3.a.fewer", MessageArg.number(fte.size())), missing),
          top(fte, reference)));
    }
    int n = Math.min(BEST_PAID, fte.size());
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      sum = sum.add(fte.get(i).getValue());
    }
    BigDecimal average = average(sum, n);
    BigDecimal cap = reference.multiply(AVERAGE_MULTIPLE);
    Comparison a = Comparison.of(msg("esus.I.3.a.subject", MessageArg.number(n)), MessageArg.euros(average),
        Operator.AT_MOST, MessageArg.euros(cap));
    Finding fa = Finding.of("esus.I.3.a", Outcome.of(a.holds()), REF_L3332_17_1_I_3_A,
        msg("esus.I.3.a", MessageArg.number(n), MessageArg.euros(reference)), List.of(a), List.of(), List.of());
    return Conditions.allOf("esus.I.3.year", ref, message, List.of(fa, top(fte, reference)));
  }

  private static Finding top(List<Map.Entry<String, BigDecimal>> fte, BigDecimal reference) {
    Map.Entry<String, BigDecimal> best = fte.get(0);
    Comparison b = Comparison.of(msg("esus.I.3.b.subject", MessageArg.text(best.getKey())),
        MessageArg.euros(best.getValue()), Operator.AT_MOST, MessageArg.euros(reference.multiply(TOP_MULTIPLE)));
    return Finding.of("esus.I.3.b", Outcome.of(b.holds()), REF_L3332_17_1_I_3_B,
        msg("esus.I.3.b", MessageArg.euros(reference)), List.of(b), List.of(), List.of());
  }

  /**
   * The average of {@code n} amounts: exact when the division terminates (n = 1, 2, 4, 5); for
   * n = 3, rounded up to the cent. Rounding up keeps the comparison with a cap in cents exact:
   * average ≤ cap exactly when the average rounded up to the cent is ≤ cap.
   */
  static BigDecimal average(BigDecimal sum, int n) {
    BigDecimal count = BigDecimal.valueOf(n);
    try {
      return sum.divide(count);
    } catch (ArithmeticException nonTerminating) {
      return sum.divide(count, 2, RoundingMode.UP);
    }
  }

  private static io.github.essrules.core.i18n.Message smicMessage(int year, AnnualSmicReference smic) {
    List<MessageArg> args = new ArrayList<>();
    args.add(MessageArg.text(Integer.toString(year)));
    args.add(MessageArg.euros(smic.total()));
    for (SmicPeriod period : smic.periods()) {
      args.add(MessageArg.euros(period.hourly().value()));
      args.add(MessageArg.euros(period.monthly().rounded()));
      args.add(MessageArg.number(period.months()));
    }
    int periods = smic.periods().size();
    String key = periods <= 3 ? "esus.I.3.year.smic" + periods : "esus.I.3.year.smicn";
    return io.github.essrules.core.i18n.Message.of(io.github.essrules.rules.RulesMessages.get(), key, args);
  }

  static Map<String, Notice> newNotices() {
    return new LinkedHashMap<>();
  }

  // references cited with fixed parts, built once
  private static final LegalReference REF_L3332_17_1_I_3 = EsusLaw.L3332_17_1.reference("I, 3°", Confidence.VERIFIED);
  private static final LegalReference REF_L3332_17_1_I_3_A = EsusLaw.L3332_17_1.reference("I, 3°, a", Confidence.VERIFIED);
  private static final LegalReference REF_L3332_17_1_I_3_B = EsusLaw.L3332_17_1.reference("I, 3°, b", Confidence.VERIFIED);
  private static final LegalReference REF_R3332_21_2 = EsusLaw.R3332_21_2.reference("", Confidence.VERIFIED);
}
