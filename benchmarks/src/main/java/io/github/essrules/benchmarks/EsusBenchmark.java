package io.github.essrules.benchmarks;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.EsusRule;
import io.github.essrules.rules.oracle.EsusBaseline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The ESUS agrément on the general route (five pays, three years of accounts): the rule with its
 * full verdict (findings, comparisons, references, lazy messages), the same conditions written by
 * hand ({@link EsusBaseline}, the rule's test oracle, from the test-jar of ess-rules), the
 * explanation rendered, and the JSON pipeline a platform runs (read and validate, evaluate,
 * write).
 *
 * <p>Targets (issue 10): evaluate ≥ 1 000 000/s and ≤ 5 × the baseline; JSON pipeline
 * ≥ 100 000/s. Settings: {@link Settings}.
 */
public class EsusBenchmark extends Settings {
  private static final BigDecimal SMIC_2025 = new BigDecimal("11.88");

  private EsusFacts facts;
  private static final ObjectWriter COMPACT = EssJson.mapper().writer();
  private byte[] bytes;
  private Verdict verdict;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);

  /** Created by JMH. */
  public EsusBenchmark() {}

  /** Builds the case once. */
  @Setup
  public void setUp() {
    facts = Fixtures.esus();
    bytes = Fixtures.esusJson().getBytes(StandardCharsets.UTF_8);
    verdict = EsusRule.get().evaluate(facts, Fixtures.ESUS_AS_OF);
  }

  /**
   * The rule, verdict and findings built.
   *
   * @return the verdict
   */
  @Benchmark
  public Verdict evaluate() {
    return EsusRule.get().evaluate(facts, Fixtures.ESUS_AS_OF);
  }

  /**
   * The arithmetic and comparisons only.
   *
   * @return whether eligible
   */
  @Benchmark
  public boolean baseline() {
    return EsusBaseline.eligible(facts, SMIC_2025);
  }

  /**
   * The French explanation of a verdict, rendered.
   *
   * @return the text
   */
  @Benchmark
  public String explainFrench() {
    return verdict.explain(Lang.FR);
  }

  /**
   * JSON read with validation as of the date asked about, evaluation, JSON write of the whole
   * verdict (compact, each message in French and English, as {@code ess batch --detail full}
   * writes it) as UTF-8 bytes into an output stream — a file, a socket — here a buffer emptied
   * before each case.
   *
   * @return the number of bytes written
   * @throws IOException never: the buffer takes everything
   */
  @Benchmark
  public int jsonPipeline() throws IOException {
    EsusFacts read = EssJson.read(bytes, EsusFacts.class, Fixtures.ESUS_AS_OF);
    out.reset();
    COMPACT.writeValue(out, EsusRule.get().evaluate(read, Fixtures.ESUS_AS_OF));
    return out.size();
  }

  /**
   * JSON read with validation (as of the date asked about) only: the part of the pipeline before
   * the rule.
   *
   * @return the facts
   */
  @Benchmark
  public EsusFacts jsonReadAndValidate() {
    return EssJson.read(bytes, EsusFacts.class, Fixtures.ESUS_AS_OF);
  }
}
