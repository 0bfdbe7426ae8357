package io.github.essrules.benchmarks;

import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.cae.CaeFacts;
import io.github.essrules.rules.cae.CaeCompliance;
import java.time.LocalDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * A CAE's yearly compliance report (décret 2015-1363) for fifty entrepreneurs salariés.
 *
 * <p>Target (issue 10): ≥ 20 000 reports/s. Settings: {@link Settings}.
 */
public class CaeBenchmark extends Settings {
  private CaeFacts facts;

  /** Created by JMH. */
  public CaeBenchmark() {}

  /** Builds the CAE once. */
  @Setup
  public void setUp() {
    facts = Fixtures.cae(50);
  }

  /**
   * The report for 2025, judged on 31 March 2026.
   *
   * @return the verdict
   */
  @Benchmark
  public Verdict yearlyReport() {
    return CaeCompliance.report(facts, 2025, LocalDate.of(2026, 3, 31));
  }
}
