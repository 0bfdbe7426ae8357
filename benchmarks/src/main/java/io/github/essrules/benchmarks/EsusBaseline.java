package io.github.essrules.benchmarks;

import io.github.essrules.rules.ess.EssFinancialYear;
import io.github.essrules.rules.ess.EssMembershipFacts;
import io.github.essrules.rules.esus.EquitySecurities;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.EsusFinancialYear;
import io.github.essrules.rules.esus.MainPurpose;
import io.github.essrules.rules.esus.Pay;
import io.github.essrules.rules.esus.PayYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The ESUS general route reduced to its arithmetic and comparisons, written by hand: what a
 * program that does not explain itself would compute. It is the yardstick the rule's cost is
 * measured against, not a rule: no validation, no dates, no references, no messages; the SMIC of
 * the pay year is given.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EsusBaseline {
  private static final BigDecimal HOURS = new BigDecimal("151.67");
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal SEVEN = BigDecimal.valueOf(7);
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);
  private static final BigDecimal SOCIAL_SHARE = new BigDecimal("0.66");
  private static final BigDecimal FUND_SHARE = new BigDecimal("0.20");
  private static final BigDecimal RESERVE_SHARE = new BigDecimal("0.50");

  private EsusBaseline() {}

  /**
   * Whether the facts meet the general route, by arithmetic alone.
   *
   * @param f the facts
   * @param hourlySmic the hourly SMIC of the pay year (constant over the year)
   * @return true if every condition holds
   */
  public static boolean eligible(EsusFacts f, BigDecimal hourlySmic) {
    EssMembershipFacts e = f.ess();
    boolean ok = e.purposeOtherThanSharingProfits().orElse(false) && e.democraticGovernance().orElse(false)
        && e.profitsMostlyForActivity().orElse(false) && e.mandatoryReservesUndistributable().orElse(false)
        && e.liquidationSurplusToEss().orElse(false) && e.socialUtilityInStatuts().orElse(false)
        && e.managementPrinciplesInStatuts().orElse(false) && e.registeredAsEss().orElse(false);
    for (EssFinancialYear y : e.financialYears()) {
      BigDecimal profit = y.profit().orElseThrow().subtract(y.priorLosses().orElse(BigDecimal.ZERO));
      boolean reservesLow = y.reservesBeforeAllocation().orElseThrow().multiply(FIVE)
          .compareTo(y.shareCapital().orElseThrow()) < 0;
      ok &= !reservesLow || y.allocatedToDevelopmentFund().orElseThrow().compareTo(profit.multiply(FUND_SHARE)) >= 0;
      ok &= y.allocatedToRetainedEarningsAndMandatoryReserves().orElseThrow()
          .compareTo(profit.multiply(RESERVE_SHARE)) >= 0;
    }
    ok &= f.mainPurpose().flatMap(MainPurpose::objectives).map(o -> !o.isEmpty()).orElse(false);
    for (EsusFinancialYear y : f.financialYears()) {
      ok &= y.socialUtilityOperatingCharges().orElseThrow()
          .compareTo(y.operatingCharges().orElseThrow().multiply(SOCIAL_SHARE)) >= 0;
    }
    BigDecimal annual = hourlySmic.multiply(HOURS).setScale(2, RoundingMode.HALF_UP).multiply(TWELVE);
    for (PayYear py : f.payYears()) {
      BigDecimal[] fte = new BigDecimal[py.pay().size()];
      for (int i = 0; i < fte.length; i++) {
        Pay p = py.pay().get(i);
        fte[i] = p.amountPaid().divide(p.fullTimeRatio(), 2, RoundingMode.HALF_UP);
      }
      Arrays.sort(fte);
      int n = Math.min(5, fte.length);
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = fte.length - n; i < fte.length; i++) {
        sum = sum.add(fte[i]);
      }
      ok &= fte[fte.length - 1].compareTo(annual.multiply(TEN)) <= 0;
      ok &= sum.compareTo(annual.multiply(SEVEN).multiply(BigDecimal.valueOf(n))) <= 0;
    }
    ok &= f.equitySecurities().orElse(EquitySecurities.ADMITTED_TO_TRADING) != EquitySecurities.ADMITTED_TO_TRADING;
    ok &= f.purposeInStatuts().orElse(false);
    return ok;
  }
}
