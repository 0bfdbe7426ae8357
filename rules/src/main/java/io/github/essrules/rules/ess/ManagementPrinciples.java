package io.github.essrules.rules.ess;

import java.math.BigDecimal;

/**
 * The management principles a commercial company must apply to belong to the ESS: loi
 * n° 2014-856 du 31 juillet 2014, art. 1, II, 2°, c, with the fractions of the arrêté du
 * 3 août 2015 (dated parameters). The law's computation only, amounts in and a decision out; the
 * findings are {@link ManagementFindings}'.
 *
 * <p>The words of II were not read in the official text (the project's notes, {@code
 * shared/law/ess-and-esus.md}, give them in substance, [V] through the arrêté du 3 août 2015 for
 * the fractions): they are paraphrased here, not quoted. The three principles, for each financial
 * year:
 * <ol>
 *   <li>a fraction of the profit (20 %) to a reserve "fonds de développement", while the total of
 *       the reserves does not reach a fraction (one fifth) of the share capital;
 *   <li>a fraction of the profit (50 %) to the report bénéficiaire and the mandatory reserves;
 *   <li>no amortisation of the capital and no reduction not motivated by losses, except one
 *       that ensures the continuity of the activity in the conditions of a décret.
 * </ol>
 *
 * <p>This class is immutable and thread-safe.
 */
final class ManagementPrinciples {
  private ManagementPrinciples() {}

  /**
   * The profit the allocations are taken from: the year's profit less the prior losses. The law
   * deducts the prior losses in both principles ("Les bénéfices sont diminués, le cas échéant,
   * des pertes antérieures" ends each of them; the arrêté du 3 août 2015, art. 1 and 2, likewise:
   * see {@link EssMembershipRule}).
   *
   * @param profit the profit of the year
   * @param priorLosses the prior losses, zero if none
   * @return the base of both allocations
   */
  static BigDecimal profitBase(BigDecimal profit, BigDecimal priorLosses) {
    return profit.subtract(priorLosses);
  }

  /**
   * The case of a year without profit: when nothing remains after the prior losses, there is
   * nothing to allocate, and both allocation principles do not apply to the year.
   *
   * @param base the profit less the prior losses
   * @return whether it is zero or negative
   */
  static boolean noProfitToAllocate(BigDecimal base) {
    return base.signum() <= 0;
  }

  /**
   * The limit of the first principle: the allocation to the fonds de développement is due only
   * "tant que" the reserves do not reach the fraction of the share capital — strictly below it
   * ({@code <}); once reached, the principle does not apply to the year.
   *
   * @param reserves the total of the reserves before the year's allocation
   * @param reserveCeiling the fraction of the share capital ({@link #reserveCeiling})
   * @return whether the allocation is due
   */
  static boolean developmentFundDue(BigDecimal reserves, BigDecimal reserveCeiling) {
    return reserves.compareTo(reserveCeiling) < 0;
  }

  /**
   * The fraction of the share capital the reserves are measured against.
   *
   * @param shareCapital the share capital
   * @param fraction the fraction of the arrêté (one fifth)
   * @return {@code shareCapital × fraction}, exact
   */
  static BigDecimal reserveCeiling(BigDecimal shareCapital, BigDecimal fraction) {
    return shareCapital.multiply(fraction);
  }

  /**
   * The least a principle's allocation may be: its fraction of the profit base, exact.
   *
   * @param base the profit less the prior losses
   * @param rate the fraction of the arrêté (20 % or 50 %)
   * @return {@code base × rate}
   */
  static BigDecimal requiredAllocation(BigDecimal base, BigDecimal rate) {
    return base.multiply(rate);
  }

  /**
   * Whether an allocation meets its principle: "au moins" its fraction (≥), compared exactly.
   *
   * @param allocated the sum allocated
   * @param base the profit less the prior losses
   * @param rate the fraction of the arrêté
   * @return whether {@code allocated ≥ base × rate}
   */
  static boolean allocationMet(BigDecimal allocated, BigDecimal base, BigDecimal rate) {
    return allocated.compareTo(requiredAllocation(base, rate)) >= 0;
  }

  /**
   * The third principle: only an amortisation of the capital or a reduction not motivated by
   * losses breaks it; a reduction that ensures the continuity of the activity is the exception
   * the law allows in the conditions of a décret the library does not model.
   *
   * @param operation what the company did with its capital in the year
   * @return whether the principle is respected
   */
  static boolean capitalPreserved(CapitalOperation operation) {
    return operation != CapitalOperation.AMORTISATION_OR_OTHER_REDUCTION;
  }

  /**
   * Whether the exception of the décret was relied on: the finding then carries the confidence
   * "unconfirmed".
   *
   * @param operation what the company did with its capital in the year
   * @return whether it is a reduction for the continuity of the activity
   */
  static boolean continuityException(CapitalOperation operation) {
    return operation == CapitalOperation.REDUCTION_FOR_CONTINUITY;
  }
}
