package io.github.essrules.rules.esus;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.RulesMessages;
import io.github.essrules.rules.amounts.AnnualSmicReference;
import io.github.essrules.rules.amounts.Smic;
import io.github.essrules.rules.amounts.SmicPeriod;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The findings of C. trav. L3332-17-1, I, 3° ({@code esus.I.3}): for each pay year of the facts,
 * in calendar order, the SMIC of the year and its notices, the missing facts by their JSON
 * pointers, and the findings {@code esus.I.3.a} and {@code esus.I.3.b} with the figures {@link
 * PayCap#assess} computed. No law here beyond which facts are needed.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PayCapFindings {
  private PayCapFindings() {}

  /**
   * The finding {@code esus.I.3}: every pay year given, each a finding {@code esus.I.3.year}.
   *
   * @param facts the facts
   * @param notices the evaluation's notices, keyed so that each is added once
   * @param law the evaluation's context (the SMIC of each year is looked up in it)
   * @return the finding
   */
  static Finding evaluate(EsusFacts facts, Map<String, Notice> notices, LawContext law) {
    List<PayYear> payYears = facts.payYears();
    if (payYears.isEmpty()) {
      return Conditions.missing("esus.I.3", REF_I_3, msg("esus.I.3.no-year"), List.of("/payYears"));
    }
    List<Finding> years = new ArrayList<>(payYears.size());
    boolean company = facts.ess().legalForm().isCompany();
    for (int i : inCalendarOrder(payYears)) {
      PayYear y = payYears.get(i);
      years.add(year(y, "/payYears/" + i, company, notices, law).about("year:" + y.year()));
    }
    return Conditions.allOf("esus.I.3", REF_I_3, msg("esus.I.3"), years);
  }

  /** The indices of the years, in calendar order; of equal years, the one given first first. */
  private static int[] inCalendarOrder(List<PayYear> years) {
    int[] order = new int[years.size()];
    for (int i = 0; i < order.length; i++) {
      int at = i;
      while (at > 0 && years.get(order[at - 1]).year().compareTo(years.get(i).year()) > 0) {
        order[at] = order[at - 1];
        at--;
      }
      order[at] = i;
    }
    return order;
  }

  private static Finding year(PayYear y, String p, boolean company, Map<String, Notice> notices, LawContext law) {
    int year = y.year().getValue();
    AnnualSmicReference smic = Smic.annualForYear(year, law);
    for (SmicPeriod period : smic.periods()) {
      notices.putIfAbsent("smic." + period.hourly().validFrom(), Notice.of("esus.smic", period.hourly().reference(),
          msg("esus.notice.smic", MessageArg.euros(period.hourly().value()), MessageArg.date(period.hourly().validFrom()),
              MessageArg.euros(period.monthly().rounded()))));
    }
    boolean branch = PayCap.branchMinimumIsHigher(smic.total(), y.branchMinimumAnnual());
    Message message = branch
        ? msg("esus.I.3.year.branch", MessageArg.text(Integer.toString(year)),
            MessageArg.euros(y.branchMinimumAnnual().get()), MessageArg.euros(smic.total()))
        : smicMessage(year, smic);
    if (y.pay().isEmpty()) {
      return Conditions.missing("esus.I.3.year", REF_I_3, message, List.of(p + "/pay"));
    }
    for (Pay pay : y.pay()) {
      if (pay.fullTimeRatio().compareTo(BigDecimal.ONE) < 0) {
        notices.putIfAbsent("fte", Notice.of("esus.full-time-equivalent", REF_I_3, msg("esus.notice.fte")));
        break;
      }
    }
    if (company) {
      notices.putIfAbsent("dirigeants", Notice.of("esus.dirigeants", REF_R3332_21_2, msg("esus.notice.dirigeants")));
    }
    PayCap.Assessment figures = PayCap.assess(smic.total(), y.branchMinimumAnnual(), y.pay(), y.allPaidPersonsListed());
    // a) and b) are cumulative: with a) undetermined, the year is undetermined only if b) holds; the
    // best paid above ten times the reference decides it not satisfied
    return Conditions.allOf("esus.I.3.year", REF_I_3, message, List.of(average(y, p, figures), bestPaid(y, figures)));
  }

  private static Finding average(PayYear y, String p, PayCap.Assessment figures) {
    if (figures.a() == Outcome.UNDETERMINED) {
      List<String> missing = y.allPaidPersonsListed().isEmpty()
          ? List.of(p + "/pay", p + "/allPaidPersonsListed") : List.of(p + "/pay");
      return Conditions.missing("esus.I.3.a", REF_I_3_A,
          msg("esus.I.3.a.fewer", MessageArg.number(y.pay().size())), missing);
    }
    Comparison a = Comparison.of(msg("esus.I.3.a.subject", MessageArg.number(figures.averaged())),
        MessageArg.euros(figures.average()), Operator.AT_MOST, MessageArg.euros(figures.averageCap()));
    return Finding.decided("esus.I.3.a", figures.a(), REF_I_3_A,
        msg("esus.I.3.a", MessageArg.number(figures.averaged()), MessageArg.euros(figures.reference())), a);
  }

  private static Finding bestPaid(PayYear y, PayCap.Assessment figures) {
    int i = figures.bestPaidIndex();
    String who = y.pay().get(i).label().orElse("#" + (i + 1));
    Comparison b = Comparison.of(msg("esus.I.3.b.subject", MessageArg.text(who)),
        MessageArg.euros(figures.bestPaid()), Operator.AT_MOST, MessageArg.euros(figures.bestPaidCap()));
    return Finding.decided("esus.I.3.b", figures.b(), REF_I_3_B, msg("esus.I.3.b", MessageArg.euros(figures.reference())), b);
  }

  private static Message smicMessage(int year, AnnualSmicReference smic) {
    List<MessageArg> args = new ArrayList<>(2 + 3 * smic.periods().size());
    args.add(MessageArg.text(Integer.toString(year)));
    args.add(MessageArg.euros(smic.total()));
    for (SmicPeriod period : smic.periods()) {
      args.add(MessageArg.euros(period.hourly().value()));
      args.add(MessageArg.euros(period.monthly().rounded()));
      args.add(MessageArg.number(period.months()));
    }
    int periods = smic.periods().size();
    String key = periods <= 3 ? "esus.I.3.year.smic" + periods : "esus.I.3.year.smicn";
    return Message.of(RulesMessages.get(), key, args);
  }

  // references cited with fixed parts, built once
  private static final LegalReference REF_I_3 = EsusLaw.L3332_17_1.reference("I, 3°", Confidence.VERIFIED);
  private static final LegalReference REF_I_3_A = EsusLaw.L3332_17_1.reference("I, 3°, a", Confidence.VERIFIED);
  private static final LegalReference REF_I_3_B = EsusLaw.L3332_17_1.reference("I, 3°, b", Confidence.VERIFIED);
  private static final LegalReference REF_R3332_21_2 = EsusLaw.R3332_21_2.reference("", Confidence.VERIFIED);
}
