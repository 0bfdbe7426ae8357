package io.github.essrules.benchmarks;

import io.github.essrules.rules.foncier.BrsLease;
import io.github.essrules.rules.foncier.BrsResale;
import io.github.essrules.rules.foncier.BrsResaleFacts;
import io.github.essrules.rules.foncier.IndexTerms;
import io.github.essrules.rules.foncier.IndexedCap;
import io.github.essrules.rules.iae.AideAuPoste;
import io.github.essrules.rules.iae.AideAuPosteFacts;
import io.github.essrules.rules.scic.ScicRule;
import io.github.essrules.rules.scic.SurplusAllocation;
import io.github.essrules.rules.scic.SurplusYear;
import io.github.essrules.rules.ville.ZfuTe;
import io.github.essrules.rules.ville.ZfuTeFacts;
import io.github.essrules.core.json.EssJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The computations that return an amount: the BRS resale cap with its IRL lookup, the SCIC's
 * minimum surplus allocation, the aide au poste of an ACI, the ZFU-TE exempt profit over a year.
 *
 * <p>Targets (issue 10): BRS ≥ 5 000 000/s; the other three ≥ 2 000 000/s each. Settings:
 * {@link Settings}.
 */
public class AmountsBenchmark extends Settings {
  private BrsResaleFacts brs;
  private SurplusYear surplus;
  private AideAuPosteFacts aide;
  private ZfuTeFacts zfu;

  /** Created by JMH. */
  public AmountsBenchmark() {}

  /** Builds the cases once. */
  @Setup
  public void setUp() {
    brs = BrsResaleFacts.builder().resaleDate(LocalDate.of(2025, 6, 20))
        .lease(BrsLease.builder().startDate(LocalDate.of(2017, 6, 15)).durationYears(99)
            .initialPrice(new BigDecimal("150000")).initialPriceDate(LocalDate.of(2017, 6, 15))
            .index(IndexTerms.builder().series(IndexTerms.Series.IRL).rule(IndexTerms.Rule.PREVIOUS_QUARTER).build())
            .worksAdded(false).build())
        .build();
    surplus = SurplusYear.builder().financialYearClosedOn(LocalDate.of(2025, 12, 31))
        .surplus(new BigDecimal("84321.17")).reservesBefore(new BigDecimal("120000"))
        .capital(new BigDecimal("200000")).build();
    aide = EssJson.read("{\"structure\":\"ACI\",\"conventionPosts\":8,\"modulatedRate\":0.05,"
        + "\"occupancy\":[{\"month\":\"2024-11\",\"fte\":7.5},{\"month\":\"2024-12\",\"fte\":8}]}",
        AideAuPosteFacts.class);
    zfu = ZfuTeFacts.builder().establishedOn(LocalDate.of(2019, 3, 1)).periodStart(LocalDate.of(2025, 1, 1))
        .periodEnd(LocalDate.of(2025, 12, 31)).profit(new BigDecimal("180000")).build();
  }

  /**
   * The BRS resale cap: two IRL lookups, one exact quotient, one rounding.
   *
   * @return the cap
   */
  @Benchmark
  public IndexedCap brsResaleCap() {
    return BrsResale.cap(brs);
  }

  /**
   * The SCIC's minimum allocation of a year's surplus.
   *
   * @return the allocation
   */
  @Benchmark
  public SurplusAllocation scicSurplus() {
    return ScicRule.minimumAllocation(surplus);
  }

  /**
   * The aide au poste of an ACI over two months.
   *
   * @return the aid
   */
  @Benchmark
  public AideAuPoste.Result aideAuPoste() {
    return AideAuPoste.compute(aide);
  }

  /**
   * The ZFU-TE exempt profit of a year (twelve monthly rates).
   *
   * @return the amount
   */
  @Benchmark
  public BigDecimal zfuSchedule() {
    return ZfuTe.exemptProfit(zfu);
  }
}
