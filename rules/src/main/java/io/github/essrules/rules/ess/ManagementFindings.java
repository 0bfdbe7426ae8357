package io.github.essrules.rules.ess;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.amounts.LegalParameters;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The findings of loi n° 2014-856, art. 1, II, 2° for a commercial company ({@code ess.II}):
 * the statements of the statuts, and for each financial year, in closing order, the findings of
 * the management principles with the figures {@link ManagementPrinciples} computes, the dated
 * fractions of the arrêté and the JSON pointers of the missing facts.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ManagementFindings {
  private ManagementFindings() {}

  /**
   * The route of II, 2°: a) social utility in the statuts, b) the management principles stated
   * in the statuts and applied in each year given, and the registration with the ESS mention.
   *
   * @param f the facts
   * @param law the evaluation's context (the fractions are dated parameters)
   * @param p the JSON pointer of the facts in the caller's input
   * @return the finding {@code ess.II}
   */
  static Finding commercialCompany(EssMembershipFacts f, LawContext law, String p) {
    List<Finding> principles = new ArrayList<>(1 + f.financialYears().size());
    principles.add(Conditions.stated("ess.II.2.c.statuts", REF_II_2_C,
        f.managementPrinciplesInStatuts(), p + "/managementPrinciplesInStatuts", "ess.II.2.c.statuts"));
    if (f.financialYears().isEmpty()) {
      principles.add(Conditions.missing("ess.II.2.c.years", REF_II_2_C,
          msg("ess.II.2.c.no-year"), List.of(p + "/financialYears")));
    } else {
      for (int i : inClosingOrder(f.financialYears())) {
        principles.add(financialYear(f.financialYears().get(i), law, p + "/financialYears/" + i));
      }
    }
    List<Finding> conditions = List.of(
        Conditions.stated("ess.II.2.b", REF_II_2_B, f.socialUtilityInStatuts(),
            p + "/socialUtilityInStatuts", "ess.II.2.b"),
        Conditions.allOf("ess.II.2.c", REF_II_2_C, msg("ess.II.2.c"), principles),
        Conditions.stated("ess.II.2.registration", REF_II_2_SECONDARY, f.registeredAsEss(),
            p + "/registeredAsEss", "ess.II.2.registration"));
    return Conditions.allOf("ess.II", REF_II_2, msg("ess.II.2"), conditions);
  }

  /** The indices of the years by closing date; of equal dates, the one given first first. */
  private static int[] inClosingOrder(List<EssFinancialYear> years) {
    int[] order = new int[years.size()];
    for (int i = 0; i < order.length; i++) {
      int at = i;
      while (at > 0 && years.get(order[at - 1]).closingDate().isAfter(years.get(i).closingDate())) {
        order[at] = order[at - 1];
        at--;
      }
      order[at] = i;
    }
    return order;
  }

  private static Finding financialYear(EssFinancialYear y, LawContext law, String p) {
    List<Finding> tests = new ArrayList<>(3);
    if (y.profit().isEmpty() || y.priorLosses().isEmpty()) {
      tests.add(Conditions.missing("ess.II.2.c.profit", REF_II_2_C, msg("ess.II.2.c.profit.missing"),
          absent(p, y.profit(), "/profit", y.priorLosses(), "/priorLosses")));
    } else {
      BigDecimal base = ManagementPrinciples.profitBase(y.profit().get(), y.priorLosses().get());
      if (ManagementPrinciples.noProfitToAllocate(base)) {
        tests.add(Conditions.decided("ess.II.2.c.profit", Outcome.NOT_APPLICABLE, REF_II_2_C,
            msg("ess.II.2.c.profit.none", MessageArg.euros(base))));
      } else {
        tests.add(developmentFund(y, base, law, p));
        tests.add(retainedEarnings(y, base, law, p));
      }
    }
    tests.add(capital(y, p));
    return Conditions.allOf("ess.II.2.c.year", REF_II_2_C,
        msg("ess.II.2.c.year", MessageArg.date(y.closingDate())), tests).about("financial-year:" + y.closingDate());
  }

  private static Finding developmentFund(EssFinancialYear y, BigDecimal base, LawContext law, String p) {
    DatedValue<BigDecimal> rate = law.value(LegalParameters.decimal(LegalParameters.ESS_FONDS_DEVELOPPEMENT_TAUX), law.asOf());
    DatedValue<BigDecimal> threshold =
        law.value(LegalParameters.decimal(LegalParameters.ESS_FONDS_DEVELOPPEMENT_SEUIL_RESERVES), law.asOf());
    LegalReference ref = threshold.reference();
    if (y.reservesBeforeAllocation().isEmpty() || y.shareCapital().isEmpty()) {
      return Conditions.missing("ess.II.2.c.fund", ref, msg("ess.II.2.c.fund.missing"),
          absent(p, y.reservesBeforeAllocation(), "/reservesBeforeAllocation", y.shareCapital(), "/shareCapital"));
    }
    BigDecimal reserves = y.reservesBeforeAllocation().get();
    BigDecimal reserveCeiling = ManagementPrinciples.reserveCeiling(y.shareCapital().get(), threshold.value());
    Comparison below = Comparison.of(msg("ess.II.2.c.fund.reserves"),
        MessageArg.euros(reserves), Operator.LESS_THAN, MessageArg.euros(reserveCeiling));
    if (!ManagementPrinciples.developmentFundDue(reserves, reserveCeiling)) {
      return Finding.decided("ess.II.2.c.fund", Outcome.NOT_APPLICABLE, ref,
          msg("ess.II.2.c.fund.reserves-reached"), below);
    }
    if (y.allocatedToDevelopmentFund().isEmpty()) {
      return Finding.missing("ess.II.2.c.fund", rate.reference(),
          msg("ess.II.2.c.fund.allocation-missing"), List.of(p + "/allocatedToDevelopmentFund"), below);
    }
    BigDecimal allocatedSum = y.allocatedToDevelopmentFund().get();
    Comparison allocated = Comparison.of(msg("ess.II.2.c.fund.allocated"), MessageArg.euros(allocatedSum),
        Operator.AT_LEAST, MessageArg.euros(ManagementPrinciples.requiredAllocation(base, rate.value())));
    return Finding.decided("ess.II.2.c.fund", Outcome.of(ManagementPrinciples.allocationMet(allocatedSum, base,
        rate.value())), rate.reference(), msg("ess.II.2.c.fund", MessageArg.rate(rate.value()), MessageArg.euros(base)),
        below, allocated);
  }

  private static Finding retainedEarnings(EssFinancialYear y, BigDecimal base, LawContext law, String p) {
    DatedValue<BigDecimal> rate = law.value(LegalParameters.decimal(LegalParameters.ESS_REPORT_RESERVES_TAUX), law.asOf());
    if (y.allocatedToRetainedEarningsAndMandatoryReserves().isEmpty()) {
      return Conditions.missing("ess.II.2.c.reserves", rate.reference(), msg("ess.II.2.c.reserves.missing"),
          List.of(p + "/allocatedToRetainedEarningsAndMandatoryReserves"));
    }
    BigDecimal allocatedSum = y.allocatedToRetainedEarningsAndMandatoryReserves().get();
    Comparison allocated = Comparison.of(msg("ess.II.2.c.reserves.allocated"), MessageArg.euros(allocatedSum),
        Operator.AT_LEAST, MessageArg.euros(ManagementPrinciples.requiredAllocation(base, rate.value())));
    return Finding.decided("ess.II.2.c.reserves", Outcome.of(ManagementPrinciples.allocationMet(allocatedSum, base, rate.value())),
        rate.reference(), msg("ess.II.2.c.reserves", MessageArg.rate(rate.value()), MessageArg.euros(base)), allocated);
  }

  private static Finding capital(EssFinancialYear y, String p) {
    if (y.capitalOperation().isEmpty()) {
      return Conditions.missing("ess.II.2.c.capital", REF_II_2_C,
          msg("ess.II.2.c.capital.missing"), List.of(p + "/capitalOperation"));
    }
    CapitalOperation op = y.capitalOperation().get();
    Confidence confidence = ManagementPrinciples.continuityException(op) ? Confidence.UNCONFIRMED : Confidence.VERIFIED;
    return Conditions.decided("ess.II.2.c.capital", Outcome.of(ManagementPrinciples.capitalPreserved(op)),
        EssMembershipRule.article1("II, 2°, c", confidence), msg("ess.II.2.c.capital." + op.name()));
  }

  /** The JSON pointers of those of two facts that are not given. */
  private static List<String> absent(String p, Optional<?> first, String firstField, Optional<?> second,
      String secondField) {
    List<String> missing = new ArrayList<>(2);
    if (first.isEmpty()) {
      missing.add(p + firstField);
    }
    if (second.isEmpty()) {
      missing.add(p + secondField);
    }
    return missing;
  }

  // references cited with fixed parts, built once
  private static final LegalReference REF_II_2 = EssMembershipRule.article1("II, 2°", Confidence.VERIFIED);
  private static final LegalReference REF_II_2_B = EssMembershipRule.article1("II, 2°, b", Confidence.VERIFIED);
  private static final LegalReference REF_II_2_C = EssMembershipRule.article1("II, 2°, c", Confidence.VERIFIED);
  private static final LegalReference REF_II_2_SECONDARY = EssMembershipRule.article1("II, 2°", Confidence.SECONDARY);
}
