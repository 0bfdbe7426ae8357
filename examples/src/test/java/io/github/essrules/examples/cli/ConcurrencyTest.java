package io.github.essrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.essrules.core.json.EssJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The rules, their parameters, message catalogs, caches of references and of valid facts are
 * shared: evaluated from eight threads at once they give, case by case, exactly what one thread
 * gives.
 */
class ConcurrencyTest {

  /** Every seed case, and 400 ESUS cases whose pays and accounts vary around the thresholds. */
  static List<String[]> cases() throws Exception {
    List<String[]> out = new ArrayList<>();
    for (Map.Entry<String, String> seed : FuzzSeeds.SEEDS.entrySet()) {
      out.add(new String[] {seed.getKey(), seed.getValue()});
    }
    ObjectNode esus = (ObjectNode) EssJson.mapper().readTree(FuzzSeeds.sample("esus-sas-recyclerie.json"));
    for (int i = 0; i < 400; i++) {
      ObjectNode c = esus.deepCopy();
      ArrayNode pays = (ArrayNode) c.at("/payYears/0/pay");
      BigDecimal president = new BigDecimal(180_000 + 200 * i);
      ((ObjectNode) pays.get(0)).put("amountPaid", president);
      ArrayNode years = (ArrayNode) c.get("financialYears");
      ((ObjectNode) years.get(i % years.size())).put("socialUtilityOperatingCharges", new BigDecimal(780_000 + 500 * i));
      out.add(new String[] {"esus", EssJson.write(c)});
    }
    return out;
  }

  @Test
  void eightThreadsGiveWhatOneThreadGives() throws Exception {
    List<String[]> cases = cases();
    List<String> expected = new ArrayList<>();
    for (String[] c : cases) {
      expected.add(answer(c));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t * 37;
        runs.add(pool.submit(() -> {
          List<String> got = new ArrayList<>(cases.size());
          for (int k = 0; k < cases.size(); k++) {
            got.add(null);
          }
          for (int k = 0; k < cases.size(); k++) {
            int i = (k + offset) % cases.size(); // each thread in its own order
            got.set(i, answer(cases.get(i)));
          }
          return got;
        }));
      }
      for (Future<List<String>> run : runs) {
        assertThat(run.get()).containsExactlyElementsOf(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    // the ESUS variations cross the pay cap: both outcomes are exercised
    assertThat(expected).anyMatch(a -> a.contains("\"outcome\":\"SATISFIED\""))
        .anyMatch(a -> a.contains("\"outcome\":\"NOT_SATISFIED\""));
  }

  private static String answer(String[] c) {
    Object record = FuzzSeeds.judge(c[0], c[1].getBytes(StandardCharsets.UTF_8));
    try {
      return EssJson.mapper().writeValueAsString(record);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
