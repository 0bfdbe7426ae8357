package io.github.essrules.rules.esus;

import io.github.essrules.core.verdict.LawContext;
import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.amounts.LegalParameters;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The charge induite of C. trav. L3332-17-1, I, 2° as R3332-21-1 defines it: see {@link EsusRule}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ChargeInduite {
  /** R3332-21-1, 1°: "au moins 66 %". */
  static final BigDecimal SOCIAL_UTILITY_SHARE = new BigDecimal("0.66");
  /** The years checked in the general case: "au cours des trois derniers exercices clos". */
  static final int LAST_CLOSED_YEARS = 3;

  private ChargeInduite() {}

  /** One financial year of the input with its index, for the JSON pointer. */
  private static final class Indexed {
    final EsusFinancialYear year;
    final String pointer;

    Indexed(EsusFinancialYear year, int index) {
      this.year = year;
      this.pointer = "/financialYears/" + index;
    }
  }

  static Finding evaluate(EsusFacts f, LawContext law, Map<String, Notice> notices) {
    LegalReference ref = REF_R3332_21_1;
    LegalReference i2 = REF_L3332_17_1_I_2;
    List<Indexed> closed = new ArrayList<>();
    for (int i = 0; i < f.financialYears().size(); i++) {
      if (f.financialYears().get(i).closingDate().isBefore(f.applicationDate())) {
        closed.add(new Indexed(f.financialYears().get(i), i));
      }
    }
    closed.sort(Comparator.comparing((Indexed x) -> x.year.closingDate()));
    List<Indexed> selected;
    if (f.renewalOfAgrementGrantedOn().isPresent()) {
      LocalDate granted = f.renewalOfAgrementGrantedOn().get();
      selected = closed.stream().filter(x -> !x.year.closingDate().isBefore(granted)).toList();
      if (selected.isEmpty() || selected.get(0).year.startDate().isAfter(granted)) {
        return Conditions.missing("esus.I.2", i2, msg("esus.I.2.renewal-coverage", MessageArg.date(granted)),
            List.of("/financialYears"));
      }
      notices.put("scope", Notice.of("esus.I.2.scope", REF_R3332_21_3_III,
          msg("esus.I.2.scope.renewal", MessageArg.date(granted), MessageArg.number(selected.size()))));
    } else {
      if (f.creationDate().isEmpty()) {
        return Conditions.missing("esus.I.2", i2, msg("esus.I.2.creation-missing"), List.of("/creationDate"));
      }
      boolean young = EsusAgrement.createdLessThanThreeYearsBefore(f.creationDate().get(), f.applicationDate());
      if (young) {
        selected = closed;
        if (selected.isEmpty()) {
          return Conditions.missing("esus.I.2", i2, msg("esus.I.2.young-none"), List.of("/financialYears"));
        }
        notices.put("scope", Notice.of("esus.I.2.scope", ref, msg("esus.I.2.scope.young",
            MessageArg.date(f.creationDate().get()), MessageArg.number(selected.size()))));
      } else {
        if (closed.size() < LAST_CLOSED_YEARS) {
          return Conditions.missing("esus.I.2", i2,
              msg("esus.I.2.three-years", MessageArg.number(closed.size())), List.of("/financialYears"));
        }
        selected = closed.subList(closed.size() - LAST_CLOSED_YEARS, closed.size());
        notices.put("scope", Notice.of("esus.I.2.scope", ref, msg("esus.I.2.scope.general",
            MessageArg.date(selected.get(0).year.startDate()),
            MessageArg.date(selected.get(selected.size() - 1).year.closingDate()))));
      }
    }
    for (int i = 1; i < selected.size(); i++) {
      LocalDate expected = selected.get(i - 1).year.closingDate().plusDays(1);
      if (!selected.get(i).year.startDate().equals(expected)) {
        return Conditions.missing("esus.I.2", i2, msg("esus.I.2.gap", MessageArg.date(expected)),
            List.of("/financialYears"));
      }
    }
    notices.putIfAbsent("each-year", Notice.of("esus.each-year",
        REF_R3332_21_1_SECONDARY, msg("esus.notice.each-year")));
    List<Finding> shares = new ArrayList<>();
    List<Finding> ratios = new ArrayList<>();
    DatedValue<BigDecimal> margin = law.value(LegalParameters.decimal(LegalParameters.ESUS_MAJORATION_TMO), law.asOf());
    for (Indexed x : selected) {
      shares.add(share(x).about("financial-year:" + x.year.closingDate()));
      ratios.add(ratio(x, margin).about("financial-year:" + x.year.closingDate()));
    }
    ratios.add(Conditions.stated("esus.I.2.2.commitment", REF_R3332_21_1_2,
        f.dividendRatioCommitment(), "/dividendRatioCommitment", "esus.I.2.2.commitment"));
    Finding alt1 = Conditions.allOf("esus.I.2.1", REF_R3332_21_1_1,
        msg("esus.I.2.1"), shares);
    Finding alt2 = Conditions.allOf("esus.I.2.2", REF_R3332_21_1_2,
        msg("esus.I.2.2", MessageArg.rate(margin.value())), ratios);
    Finding either = Conditions.anyOf("esus.I.2.alternatives", ref, msg("esus.I.2.alternatives"), List.of(alt1, alt2));
    return Finding.builder().id("esus.I.2").outcome(either.outcome()).reference(i2).message(msg("esus.I.2"))
        .children(List.of(alt1, alt2)).build();
  }

  private static Finding share(Indexed x) {
    EsusFinancialYear y = x.year;
    LegalReference ref = REF_R3332_21_1_1;
    MessageArg closing = MessageArg.date(y.closingDate());
    if (y.operatingCharges().isEmpty() || y.socialUtilityOperatingCharges().isEmpty()) {
      List<String> missing = new ArrayList<>();
      if (y.operatingCharges().isEmpty()) {
        missing.add(x.pointer + "/operatingCharges");
      }
      if (y.socialUtilityOperatingCharges().isEmpty()) {
        missing.add(x.pointer + "/socialUtilityOperatingCharges");
      }
      return Conditions.missing("esus.I.2.1.year", ref, msg("esus.I.2.1.year.missing", closing), missing);
    }
    BigDecimal total = y.operatingCharges().get();
    BigDecimal social = y.socialUtilityOperatingCharges().get();
    Comparison c = Comparison.of(msg("esus.I.2.1.subject"), MessageArg.euros(social), Operator.AT_LEAST,
        MessageArg.euros(total.multiply(SOCIAL_UTILITY_SHARE)));
    MessageArg share = total.signum() == 0 ? MessageArg.text("—")
        : MessageArg.rate(social.divide(total, 4, java.math.RoundingMode.HALF_UP));
    return Finding.of("esus.I.2.1.year", Outcome.of(c.holds()), ref,
        msg("esus.I.2.1.year", closing, share, MessageArg.euros(total)), List.of(c), List.of(), List.of());
  }

  private static Finding ratio(Indexed x, DatedValue<BigDecimal> margin) {
    EsusFinancialYear y = x.year;
    LegalReference ref = REF_R3332_21_1_2;
    MessageArg closing = MessageArg.date(y.closingDate());
    List<String> missing = new ArrayList<>();
    need(y.dividends(), x.pointer, "/dividends", missing);
    need(y.nonBankFinancingRemuneration(), x.pointer, "/nonBankFinancingRemuneration", missing);
    need(y.equity(), x.pointer, "/equity", missing);
    need(y.nonBankFinancing(), x.pointer, "/nonBankFinancing", missing);
    need(y.tmo(), x.pointer, "/tmo", missing);
    if (!missing.isEmpty()) {
      return Conditions.missing("esus.I.2.2.year", ref, msg("esus.I.2.2.year.missing", closing), missing);
    }
    BigDecimal numerator = y.dividends().get().add(y.nonBankFinancingRemuneration().get());
    BigDecimal denominator = y.equity().get().add(y.nonBankFinancing().get());
    BigDecimal limitRate = y.tmo().get().add(margin.value());
    if (denominator.signum() <= 0) {
      return Conditions.decided("esus.I.2.2.year", Outcome.NOT_SATISFIED, ref,
          msg("esus.I.2.2.year.no-equity", closing, MessageArg.euros(denominator)));
    }
    Comparison c = Comparison.of(msg("esus.I.2.2.subject", MessageArg.rate(limitRate), MessageArg.euros(denominator)),
        MessageArg.euros(numerator), Operator.LESS_THAN, MessageArg.euros(limitRate.multiply(denominator)));
    BigDecimal ratio = numerator.divide(denominator, MathContext.DECIMAL64).setScale(6, java.math.RoundingMode.HALF_UP);
    return Finding.of("esus.I.2.2.year", Outcome.of(c.holds()), ref,
        msg("esus.I.2.2.year", closing, MessageArg.rate(ratio), MessageArg.rate(y.tmo().get()),
            MessageArg.rate(margin.value())), List.of(c), List.of(), List.of());
  }

  private static void need(Optional<?> value, String pointer, String field, List<String> missing) {
    if (value.isEmpty()) {
      missing.add(pointer + field);
    }
  }

  // references cited with fixed parts, built once
  private static final LegalReference REF_L3332_17_1_I_2 = EsusLaw.L3332_17_1.reference("I, 2°", Confidence.VERIFIED);
  private static final LegalReference REF_R3332_21_1 = EsusLaw.R3332_21_1.reference("", Confidence.VERIFIED);
  private static final LegalReference REF_R3332_21_1_1 = EsusLaw.R3332_21_1.reference("1°", Confidence.VERIFIED);
  private static final LegalReference REF_R3332_21_1_2 = EsusLaw.R3332_21_1.reference("2°", Confidence.VERIFIED);
  private static final LegalReference REF_R3332_21_1_SECONDARY = EsusLaw.R3332_21_1.reference("", Confidence.SECONDARY);
  private static final LegalReference REF_R3332_21_3_III = EsusLaw.R3332_21_3.reference("III", Confidence.VERIFIED);
}
