package io.github.essrules.benchmarks;

import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.cae.CaeFacts;
import io.github.essrules.rules.cae.CaeCompliance;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A CAE's yearly compliance report (décret 2015-1363) for fifty entrepreneurs salariés.
 *
 * <p>Target (issue 10): ≥ 20 000 reports/s. Not thread-safe: JMH gives each thread its own state.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CaeBenchmark {
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
