package io.github.essrules.rules.scic;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The surplus and the interest on shares of a SCIC: loi n° 47-1775, art. 16 and 19 nonies
 * (reserves) and art. 14 (interest) — read in secondary sources only: their words are not quoted,
 * the rules are those of {@code shared/law/scic.md}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ScicSurplus {
  private static final BigDecimal THREE = BigDecimal.valueOf(3);

  private ScicSurplus() {}

  // ---- the law ---------------------------------------------------------------------------------

  /**
   * Art. 16 (secondary source): at least 15 % of the surplus to the legal reserve — only while the
   * reserves are below the capital (the exception that ends the allocation), rounded up to the cent.
   *
   * @param year the year
   * @return the least allocation to the legal reserve
   */
  static BigDecimal legalReserve(SurplusYear year) {
    return year.reservesBefore().compareTo(year.capital()) < 0
        ? year.surplus().multiply(ScicRule.LEGAL_RESERVE).setScale(2, RoundingMode.UP) : BigDecimal.ZERO.setScale(2);
  }

  /**
   * Art. 19 nonies (secondary source): at least 50 % of the rest to the statutory reserve,
   * impartible, rounded up to the cent.
   *
   * @param surplus the surplus
   * @param legalReserve the allocation to the legal reserve
   * @return the least allocation to the statutory reserve
   */
  static BigDecimal statutoryReserve(BigDecimal surplus, BigDecimal legalReserve) {
    return surplus.subtract(legalReserve).multiply(ScicRule.STATUTORY_RESERVE).setScale(2, RoundingMode.UP);
  }

  /**
   * Art. 14 (secondary source): the interest rate on shares is at most the average TMO of the three
   * calendar years before the general meeting plus 2 points, compared exactly: 3 × rate ≤ sum of
   * the three TMO + 3 × 2 points.
   *
   * @param rate the rate paid
   * @param tmoSum the sum of the three TMO
   * @return whether within
   */
  static boolean interestWithinCap(BigDecimal rate, BigDecimal tmoSum) {
    return rate.multiply(THREE).compareTo(tmoSum.add(ScicRule.INTEREST_MARGIN.multiply(THREE))) <= 0;
  }

  static SurplusAllocation minimumAllocation(SurplusYear year) {
    BigDecimal surplus = year.surplus();
    if (surplus.signum() <= 0) {
      return SurplusAllocation.builder().surplus(surplus).legalReserve(BigDecimal.ZERO)
          .statutoryReserve(BigDecimal.ZERO).remainder(surplus).build();
    }
    BigDecimal legal = legalReserve(year);
    BigDecimal statutory = statutoryReserve(surplus, legal);
    return SurplusAllocation.builder().surplus(surplus).legalReserve(legal).statutoryReserve(statutory)
        .remainder(surplus.subtract(legal).subtract(statutory)).build();
  }

  // ---- the findings ------------------------------------------------------------------------------

  static Finding surplus(SurplusYear s) {
    LegalReference legalRef = ScicRule.loi1947("16", Confidence.SECONDARY);
    LegalReference statutoryRef = ScicRule.loi1947("19 nonies", Confidence.SECONDARY);
    MessageArg closed = MessageArg.date(s.financialYearClosedOn());
    if (s.surplus().signum() <= 0) {
      return Conditions.decided("scic.surplus", Outcome.NOT_APPLICABLE, statutoryRef, msg("scic.surplus.none", closed));
    }
    SurplusAllocation min = minimumAllocation(s);
    List<Finding> children = new ArrayList<>();
    children.add(allocation("scic.surplus.legal", legalRef, s.allocatedToLegalReserve(), min.legalReserve(),
        "/surplus/allocatedToLegalReserve", "scic.surplus.legal"));
    children.add(allocation("scic.surplus.statutory", statutoryRef, s.allocatedToStatutoryReserve(),
        min.statutoryReserve(), "/surplus/allocatedToStatutoryReserve", "scic.surplus.statutory"));
    return Conditions.allOf("scic.surplus", statutoryRef, msg("scic.surplus", closed, MessageArg.euros(s.surplus()),
        MessageArg.euros(min.reservesTotal())), children);
  }

  private static Finding allocation(String id, LegalReference ref, Optional<BigDecimal> given,
      BigDecimal minimum, String path, String key) {
    if (given.isEmpty()) {
      return Conditions.missing(id, ref, msg(key + ".missing", MessageArg.euros(minimum)), List.of(path));
    }
    Comparison cmp = Comparison.of(msg(key + ".subject"), MessageArg.euros(given.get()), Operator.AT_LEAST,
        MessageArg.euros(minimum));
    return Finding.compared(id, ref, msg(key), cmp);
  }

  static Finding interest(ShareInterest i) {
    LegalReference ref = ScicRule.loi1947("14", Confidence.SECONDARY);
    BigDecimal sum = i.tmoPreviousThreeYears().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Comparison cmp = Comparison.of(msg("scic.interest.subject"), MessageArg.rate(i.rate().multiply(THREE)),
        Operator.AT_MOST, MessageArg.rate(sum.add(ScicRule.INTEREST_MARGIN.multiply(THREE))));
    return Finding.decided("scic.interest", Outcome.of(interestWithinCap(i.rate(), sum)), ref,
        msg("scic.interest", MessageArg.rate(i.rate()), MessageArg.date(i.generalMeetingDate())), cmp);
  }
}
