package io.github.essrules.rules.esus;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.amounts.LegalParameters;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings of C. trav. L3332-17-1, I, 2° ({@code esus.I.2}): which financial years are read
 * (the last three closed, all the closed years of a young enterprise, or those of the previous
 * agrément on a renewal), the notices saying so, the missing facts by their JSON pointers, and for
 * each year the findings of R3332-21-1, 1° and 2° with the figures {@link ChargeInduite} computes.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ChargeInduiteFindings {
  private ChargeInduiteFindings() {}

  /**
   * The finding {@code esus.I.2}: either alternative of R3332-21-1 over the years read.
   *
   * @param f the facts
   * @param law the evaluation's context (the margin on the TMO is a dated parameter)
   * @param notices the evaluation's notices
   * @return the finding
   */
  static Finding evaluate(EsusFacts f, LawContext law, Map<String, Notice> notices) {
    List<EsusFinancialYear> all = f.financialYears();
    int[] closed = closedByDate(all, f.applicationDate());
    int from;
    if (f.renewalOfAgrementGrantedOn().isPresent()) {
      LocalDate granted = f.renewalOfAgrementGrantedOn().get();
      from = closed.length;
      while (from > 0 && ChargeInduite.inPreviousAgrement(all.get(closed[from - 1]).closingDate(), granted)) {
        from--;
      }
      if (from == closed.length || !ChargeInduite.coversGrant(all.get(closed[from]).startDate(), granted)) {
        return Conditions.missing("esus.I.2", REF_L_I_2, msg("esus.I.2.renewal-coverage", MessageArg.date(granted)),
            List.of("/financialYears"));
      }
      notices.put("scope", Notice.of("esus.I.2.scope", REF_R3332_21_3_III,
          msg("esus.I.2.scope.renewal", MessageArg.date(granted), MessageArg.number(closed.length - from))));
    } else if (f.creationDate().isEmpty()) {
      return Conditions.missing("esus.I.2", REF_L_I_2, msg("esus.I.2.creation-missing"), List.of("/creationDate"));
    } else if (ChargeInduite.youngEnterprise(f.creationDate().get(), f.applicationDate())) {
      from = 0;
      if (closed.length == 0) {
        return Conditions.missing("esus.I.2", REF_L_I_2, msg("esus.I.2.young-none"), List.of("/financialYears"));
      }
      notices.put("scope", Notice.of("esus.I.2.scope", REF_R3332_21_1, msg("esus.I.2.scope.young",
          MessageArg.date(f.creationDate().get()), MessageArg.number(closed.length))));
    } else {
      if (closed.length < ChargeInduite.LAST_CLOSED_YEARS) {
        return Conditions.missing("esus.I.2", REF_L_I_2,
            msg("esus.I.2.three-years", MessageArg.number(closed.length)), List.of("/financialYears"));
      }
      from = closed.length - ChargeInduite.LAST_CLOSED_YEARS;
      notices.put("scope", Notice.of("esus.I.2.scope", REF_R3332_21_1, msg("esus.I.2.scope.general",
          MessageArg.date(all.get(closed[from]).startDate()),
          MessageArg.date(all.get(closed[closed.length - 1]).closingDate()))));
    }
    for (int i = from + 1; i < closed.length; i++) {
      LocalDate previousClosing = all.get(closed[i - 1]).closingDate();
      if (!ChargeInduite.follows(previousClosing, all.get(closed[i]).startDate())) {
        return Conditions.missing("esus.I.2", REF_L_I_2, msg("esus.I.2.gap", MessageArg.date(previousClosing.plusDays(1))),
            List.of("/financialYears"));
      }
    }
    notices.putIfAbsent("each-year", Notice.of("esus.each-year", REF_R3332_21_1_SECONDARY, msg("esus.notice.each-year")));
    List<Finding> shares = new ArrayList<>(closed.length - from);
    List<Finding> ratios = new ArrayList<>(closed.length - from + 1);
    DatedValue<BigDecimal> margin = law.value(LegalParameters.decimal(LegalParameters.ESUS_MAJORATION_TMO), law.asOf());
    for (int i = from; i < closed.length; i++) {
      EsusFinancialYear y = all.get(closed[i]);
      String about = "financial-year:" + y.closingDate();
      shares.add(share(y, closed[i]).about(about));
      ratios.add(ratio(y, closed[i], margin.value()).about(about));
    }
    ratios.add(Conditions.stated("esus.I.2.2.commitment", REF_R3332_21_1_2,
        f.dividendRatioCommitment(), "/dividendRatioCommitment", "esus.I.2.2.commitment"));
    Finding alt1 = Conditions.allOf("esus.I.2.1", REF_R3332_21_1_1, msg("esus.I.2.1"), shares);
    Finding alt2 = Conditions.allOf("esus.I.2.2", REF_R3332_21_1_2,
        msg("esus.I.2.2", MessageArg.rate(margin.value())), ratios);
    List<Finding> alternatives = List.of(alt1, alt2);
    return Conditions.anyOf("esus.I.2", REF_L_I_2, msg("esus.I.2"), alternatives);
  }

  /** The indices of the years closed before the application, by closing date (stable). */
  private static int[] closedByDate(List<EsusFinancialYear> years, LocalDate applicationDate) {
    int n = 0;
    for (EsusFinancialYear y : years) {
      if (ChargeInduite.closedAtApplication(y.closingDate(), applicationDate)) {
        n++;
      }
    }
    int[] closed = new int[n];
    int kept = 0;
    for (int i = 0; i < years.size(); i++) {
      LocalDate closing = years.get(i).closingDate();
      if (!ChargeInduite.closedAtApplication(closing, applicationDate)) {
        continue;
      }
      int at = kept;
      while (at > 0 && years.get(closed[at - 1]).closingDate().isAfter(closing)) {
        closed[at] = closed[at - 1];
        at--;
      }
      closed[at] = i;
      kept++;
    }
    return closed;
  }

  private static Finding share(EsusFinancialYear y, int index) {
    MessageArg closing = MessageArg.date(y.closingDate());
    if (y.operatingCharges().isEmpty() || y.socialUtilityOperatingCharges().isEmpty()) {
      List<String> missing = new ArrayList<>(2);
      need(y.operatingCharges(), index, "/operatingCharges", missing);
      need(y.socialUtilityOperatingCharges(), index, "/socialUtilityOperatingCharges", missing);
      return Conditions.missing("esus.I.2.1.year", REF_R3332_21_1_1, msg("esus.I.2.1.year.missing", closing), missing);
    }
    BigDecimal total = y.operatingCharges().get();
    BigDecimal social = y.socialUtilityOperatingCharges().get();
    Comparison c = Comparison.of(msg("esus.I.2.1.subject"), MessageArg.euros(social), Operator.AT_LEAST,
        MessageArg.euros(ChargeInduite.socialUtilityFloor(total)));
    MessageArg share = total.signum() == 0 ? MessageArg.text("—")
        : MessageArg.rate(social.divide(total, 4, RoundingMode.HALF_UP));
    return Finding.decided("esus.I.2.1.year", Outcome.of(ChargeInduite.socialUtilityShareMet(social, total)),
        REF_R3332_21_1_1, msg("esus.I.2.1.year", closing, share, MessageArg.euros(total)), c);
  }

  private static Finding ratio(EsusFinancialYear y, int index, BigDecimal margin) {
    MessageArg closing = MessageArg.date(y.closingDate());
    if (y.dividends().isEmpty() || y.nonBankFinancingRemuneration().isEmpty() || y.equity().isEmpty()
        || y.nonBankFinancing().isEmpty() || y.tmo().isEmpty()) {
      List<String> missing = new ArrayList<>(5);
      need(y.dividends(), index, "/dividends", missing);
      need(y.nonBankFinancingRemuneration(), index, "/nonBankFinancingRemuneration", missing);
      need(y.equity(), index, "/equity", missing);
      need(y.nonBankFinancing(), index, "/nonBankFinancing", missing);
      need(y.tmo(), index, "/tmo", missing);
      return Conditions.missing("esus.I.2.2.year", REF_R3332_21_1_2, msg("esus.I.2.2.year.missing", closing), missing);
    }
    BigDecimal numerator = ChargeInduite.ratioNumerator(y.dividends().get(), y.nonBankFinancingRemuneration().get());
    BigDecimal denominator = ChargeInduite.ratioDenominator(y.equity().get(), y.nonBankFinancing().get());
    BigDecimal limitRate = ChargeInduite.limitRate(y.tmo().get(), margin);
    if (ChargeInduite.noCapitalBase(denominator)) {
      return Conditions.decided("esus.I.2.2.year", Outcome.NOT_SATISFIED, REF_R3332_21_1_2,
          msg("esus.I.2.2.year.no-equity", closing, MessageArg.euros(denominator)));
    }
    Comparison c = Comparison.of(msg("esus.I.2.2.subject", MessageArg.rate(limitRate), MessageArg.euros(denominator)),
        MessageArg.euros(numerator), Operator.LESS_THAN, MessageArg.euros(limitRate.multiply(denominator)));
    BigDecimal ratio = numerator.divide(denominator, MathContext.DECIMAL64).setScale(6, RoundingMode.HALF_UP);
    return Finding.decided("esus.I.2.2.year", Outcome.of(ChargeInduite.dividendRatioBelow(numerator, denominator, limitRate)),
        REF_R3332_21_1_2, msg("esus.I.2.2.year", closing, MessageArg.rate(ratio), MessageArg.rate(y.tmo().get()),
            MessageArg.rate(margin)), c);
  }

  private static void need(Optional<?> value, int index, String field, List<String> missing) {
    if (value.isEmpty()) {
      missing.add("/financialYears/" + index + field);
    }
  }

  // references cited with fixed parts, built once
  private static final LegalReference REF_L_I_2 = EsusLaw.L3332_17_1.reference("I, 2°", Confidence.VERIFIED);
  private static final LegalReference REF_R3332_21_1 = EsusLaw.R3332_21_1.reference("", Confidence.VERIFIED);
  private static final LegalReference REF_R3332_21_1_1 = EsusLaw.R3332_21_1.reference("1°", Confidence.VERIFIED);
  private static final LegalReference REF_R3332_21_1_2 = EsusLaw.R3332_21_1.reference("2°", Confidence.VERIFIED);
  private static final LegalReference REF_R3332_21_1_SECONDARY = EsusLaw.R3332_21_1.reference("", Confidence.SECONDARY);
  private static final LegalReference REF_R3332_21_3_III = EsusLaw.R3332_21_3.reference("III", Confidence.VERIFIED);
}
