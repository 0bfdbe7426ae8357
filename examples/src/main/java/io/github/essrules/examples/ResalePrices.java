package io.github.essrules.examples;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Formats;
import io.github.essrules.rules.foncier.BrsLease;
import io.github.essrules.rules.foncier.BrsResale;
import io.github.essrules.rules.foncier.BrsResaleFacts;
import io.github.essrules.rules.foncier.CltResale;
import io.github.essrules.rules.foncier.CltResaleFacts;
import io.github.essrules.rules.foncier.IndexTerms;
import io.github.essrules.rules.foncier.IndexedCap;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * User journey (c): an organisme de foncier solidaire computes the resale cap of a bail réel
 * solidaire on the IRL, with its own lower ceiling, and a community land trust splits a resale the
 * Brussels way.
 *
 * <p>Run: {@code java -cp examples/target/ess.jar io.github.essrules.examples.ResalePrices}.
 */
public final class ResalePrices {
  private ResalePrices() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example, writing to a stream.
   *
   * @param out where to write
   */
  public static void run(PrintStream out) {
    BrsLease lease = BrsLease.builder().ofs("OFS exemple").startDate(LocalDate.of(2017, 6, 15)).durationYears(99)
        .initialPrice(new BigDecimal("150000")).initialPriceDate(LocalDate.of(2017, 6, 15))
        .index(IndexTerms.builder().series(IndexTerms.Series.IRL).rule(IndexTerms.Rule.PREVIOUS_QUARTER).build())
        .worksAdded(false)
        .ofsCeiling(new BigDecimal("172000")) // the OFS's own lower ceiling (CCH L255-2)
        .build();
    IndexedCap cap = BrsResale.cap(BrsResaleFacts.builder().lease(lease).resaleDate(LocalDate.of(2025, 6, 20)).build());
    out.println("BRS: 150 000 € × IRL " + cap.resaleIndex().quarter() + " " + cap.resaleIndex().value() + " / IRL "
        + cap.initialIndex().quarter() + " " + cap.initialIndex().value() + " = "
        + cap.indexedExact().setScale(4, RoundingMode.HALF_UP) + " → OFS ceiling applied: " + cap.ceilingApplied()
        + " → cap " + Formats.euros(cap.cap(), Lang.EN));
    cap.notices().forEach(n -> out.println("  note: " + n.message().render(Lang.EN)));

    CltResale.Result split = CltResale.resale(CltResaleFacts.builder()
        .formula(CltResaleFacts.Formula.APPRECIATION_SHARE).purchasePrice(new BigDecimal("150000"))
        .appraisedAtPurchase(new BigDecimal("150000")).appraisedAtResale(new BigDecimal("250000")).build());
    out.println("CLT Brussels: buyer pays " + Formats.euros(split.buyerPrice(), Lang.EN) + ", seller receives "
        + Formats.euros(split.toSeller(), Lang.EN) + ", trust receives " + Formats.euros(split.toTrust(), Lang.EN));
  }
}
