package io.github.essrules.it;

import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.foncier.BrsLease;
import io.github.essrules.rules.foncier.BrsResale;
import io.github.essrules.rules.foncier.BrsResaleFacts;
import io.github.essrules.rules.foncier.CltResale;
import io.github.essrules.rules.foncier.CltResaleFacts;
import io.github.essrules.rules.foncier.IndexTerms;
import io.github.essrules.rules.foncier.IndexedCap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Journey 3: an organisme de foncier solidaire computes the resale cap of a home under a bail réel
 * solidaire (CCH L255-5, L255-10-1: the initial price on the IRL as the lease stipulates, under the
 * OFS's own lower ceiling, L255-2) and checks a proposed price; a community land trust splits a
 * resale the Brussels way (25 % of the increase to the seller, 6 % to the trust).
 */
public final class ResalePrices {
  private ResalePrices() {}

  /**
   * The lease: signed on 15 June 2017 for 99 years, initial price 150 000 €, indexed on the IRL of
   * the quarter before each date, works not added, and the OFS's ceiling if it sets one.
   *
   * @param ofsCeiling the OFS's lower ceiling, in euros, if any
   * @return the lease
   */
  public static BrsLease lease(Optional<BigDecimal> ofsCeiling) {
    return BrsLease.builder()
        .ofs("OFS de la Métropole")
        .startDate(LocalDate.of(2017, 6, 15))
        .durationYears(99)
        .initialPrice(new BigDecimal("150000"))
        .initialPriceDate(LocalDate.of(2017, 6, 15))
        .index(IndexTerms.builder().series(IndexTerms.Series.IRL).rule(IndexTerms.Rule.PREVIOUS_QUARTER).build())
        .worksAdded(false)
        .ofsCeiling(ofsCeiling)
        .build();
  }

  /**
   * The resale cap of the home on a date.
   *
   * @param lease the lease
   * @param resaleDate the date of the resale
   * @return the cap, line by line
   */
  public static IndexedCap brsCap(BrsLease lease, LocalDate resaleDate) {
    return BrsResale.cap(BrsResaleFacts.builder().lease(lease).resaleDate(resaleDate).build());
  }

  /**
   * Checks a proposed resale price against the cap.
   *
   * @param lease the lease
   * @param resaleDate the date of the resale
   * @param proposedPrice the price the seller asks, in euros
   * @param asOf the date the law is applied as of
   * @return the verdict: satisfied if the price does not exceed the cap
   */
  public static Verdict brsCheck(BrsLease lease, LocalDate resaleDate, BigDecimal proposedPrice, LocalDate asOf) {
    return BrsResale.check(
        BrsResaleFacts.builder().lease(lease).resaleDate(resaleDate).proposedPrice(proposedPrice).build(), asOf);
  }

  /**
   * A resale in a community land trust with the Brussels formula: bought 150 000 € when appraised
   * 150 000 €, appraised at the amount given at resale.
   *
   * @param appraisedAtResale the appraised value at resale, in euros
   * @return the split between buyer, seller and trust
   */
  public static CltResale.Result cltBrussels(BigDecimal appraisedAtResale) {
    return CltResale.resale(brussels(appraisedAtResale));
  }

  /**
   * The facts of a resale in a community land trust with the Brussels formula.
   *
   * @param appraisedAtResale the appraised value at resale, in euros
   * @return the facts
   */
  public static CltResaleFacts brussels(BigDecimal appraisedAtResale) {
    return CltResaleFacts.builder()
        .formula(CltResaleFacts.Formula.APPRECIATION_SHARE)
        .purchasePrice(new BigDecimal("150000"))
        .appraisedAtPurchase(new BigDecimal("150000"))
        .appraisedAtResale(appraisedAtResale)
        .build();
  }
}
