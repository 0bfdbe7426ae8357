package io.github.essrules.benchmarks;

import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.rules.esus.EsusFacts;
import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * A batch line that is not valid: the ESUS case of {@link Fixtures#esus()} with every pay
 * negative (five violations), read and validated as of the date asked about, its error rendered in
 * French and English as {@code ess batch} writes it. Measures what validating once (instead of a
 * second pass for the English messages) saves per faulty line (issue 16).
 */
public class InvalidInputBenchmark extends Settings {
  private byte[] bytes;

  /** Created by JMH. */
  public InvalidInputBenchmark() {}

  /** Builds the faulty line once. */
  @Setup
  public void setUp() {
    bytes = Fixtures.esusJson().replace("\"amountPaid\" : ", "\"amountPaid\" : -")
        .getBytes(StandardCharsets.UTF_8);
    try {
      EssJson.read(bytes, EsusFacts.class, Fixtures.ESUS_AS_OF);
      throw new IllegalStateException("the faulty line was read as valid");
    } catch (InvalidInputException e) {
      if (e.violations().size() != 5) {
        throw new IllegalStateException("expected five violations: " + e.message(Lang.EN), e);
      }
    }
  }

  /**
   * Read, validate, render the error in both languages.
   *
   * @return the length of the two messages
   */
  @Benchmark
  public int faultyLine() {
    try {
      EssJson.read(bytes, EsusFacts.class, Fixtures.ESUS_AS_OF);
      return 0;
    } catch (InvalidInputException e) {
      return e.message(Lang.FR).length() + e.message(Lang.EN).length();
    }
  }
}
