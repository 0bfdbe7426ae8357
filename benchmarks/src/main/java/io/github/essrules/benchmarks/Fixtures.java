package io.github.essrules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.rules.cae.CaeFacts;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.Pay;
import io.github.essrules.rules.esus.PayYear;
import io.github.essrules.rules.esus.PayeeRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * The cases the benchmarks run: an ESUS application on the general route (a SAS of the ESS, five
 * pays, three years of accounts, every condition met so that every condition is evaluated), a CAE
 * of fifty entrepreneurs salariés (the guide's Coop'Alpha sample, its four entrepreneurs repeated
 * under new identifiers).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Fixtures {
  /** The date the ESUS application is judged on. */
  public static final LocalDate ESUS_AS_OF = LocalDate.of(2026, 4, 1);

  private static final String CASES = "/io/github/essrules/examples/cases/";

  private Fixtures() {}

  /**
   * An ESUS application on the general route: the case library's SAS of the ESS (three closed
   * years, its ESS accounts), with five pays of 2025 that meet the cap, so that every condition
   * is evaluated.
   *
   * @return the facts
   */
  public static EsusFacts esus() {
    EsusFacts sas = EssJson.read(sample("esus-sas-recyclerie.json").toString(), EsusFacts.class);
    return sas.toBuilder().payYears(List.of(PayYear.builder().year(Year.of(2025))
        .addPay(pay("président", "96000", "1"), pay("directeur général", "88000", "1"),
            pay("responsable atelier", "41000", "1"), pay("responsable boutique", "27000", "0.8"),
            pay("chargée de collecte", "30500", "1"))
        .build())).build();
  }

  private static Pay pay(String label, String amount, String ratio) {
    return Pay.builder().label(label).role(PayeeRole.SALARIE).amountPaid(new BigDecimal(amount))
        .fullTimeRatio(new BigDecimal(ratio)).build();
  }

  /**
   * The ESUS application as JSON, as a platform would send it.
   *
   * @return the JSON text
   */
  public static String esusJson() {
    return EssJson.write(esus());
  }

  /**
   * A CAE of {@code entrepreneurs} entrepreneurs salariés, built from the Coop'Alpha sample.
   *
   * @param entrepreneurs how many
   * @return the facts
   */
  public static CaeFacts cae(int entrepreneurs) {
    ObjectNode root = (ObjectNode) sample("cae-coop-alpha.json");
    ArrayNode source = (ArrayNode) root.get("entrepreneurs");
    ArrayNode grown = root.arrayNode();
    for (int i = 0; i < entrepreneurs; i++) {
      ObjectNode e = source.get(i % source.size()).deepCopy();
      if (i >= source.size()) {
        e.put("id", e.get("id").asText() + " #" + i);
      }
      grown.add(e);
    }
    root.set("entrepreneurs", grown);
    try {
      return EssJson.mapper().treeToValue(root, CaeFacts.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode sample(String file) {
    try (InputStream in = Fixtures.class.getResourceAsStream(CASES + file)) {
      if (in == null) {
        throw new IllegalStateException("sample missing: " + file);
      }
      return EssJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
