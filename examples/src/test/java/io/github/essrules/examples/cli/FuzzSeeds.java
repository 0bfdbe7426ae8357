package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One valid case per rule of the tool, to fuzz from: the case library's, or written here. */
final class FuzzSeeds {
  static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

  private FuzzSeeds() {}

  static final Map<String, String> SEEDS = seeds();

  private static Map<String, String> seeds() {
    Map<String, String> m = new LinkedHashMap<>();
    for (CaseLibrary.Entry e : CaseLibrary.manifest()) {
      m.putIfAbsent(e.rule, sample(e.file));
    }
    // a BRS d'activité (CCH L256-1, in force since 10 February 2023) acquired after R256-2 took
    // effect (18 July 2024), on an index of the OFS's own: cap 90 000 × 103 / 100 = 92 700, 95 000 asked
    m.put("brs-activite-resale", "{\"acquisitionPrice\":90000,\"acquisitionDate\":\"2024-10-01\","
        + "\"transferDate\":\"2026-02-01\",\"index\":{\"series\":\"OWN\",\"seriesName\":\"indice de l'OFS\","
        + "\"values\":[{\"quarter\":\"2024-Q3\",\"value\":100.00},{\"quarter\":\"2025-Q4\",\"value\":103.00}],"
        + "\"initialQuarter\":\"2024-Q3\",\"resaleQuarter\":\"2025-Q4\"},"
        + "\"works\":[{\"description\":\"vitrine\",\"value\":4000,\"adaptationToActivity\":true}],"
        + "\"proposedPrice\":95000}");
    m.put("qpv-criteria", "{\"population\":1000,\"uniteUrbainePopulation\":10000,\"medianIncome\":12839.99,"
        + "\"nationalMedianIncome\":22000,\"uniteUrbaineMedianIncome\":20000}");
    m.put("zfu-te", "{\"establishedOn\":\"2020-01-15\",\"employees\":12,\"turnoverOrBalanceSheet\":1800000,"
        + "\"residentShare\":0.5,\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\",\"profit\":100000}");
    m.put("emplois-francs", "{\"hiredOn\":\"2024-06-03\",\"contract\":\"CDI\",\"workingTime\":1,"
        + "\"monthsPresent\":36,\"jobSeekerResidentInQpv\":true}");
    return Map.copyOf(m);
  }

  static String sample(String file) {
    try (InputStream in = FuzzSeeds.class.getResourceAsStream(CaseLibrary.FOLDER + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Judges one input as {@code ess batch} does. */
  static Object judge(String rule, byte[] json) {
    return new BatchCommand().judge(Rules.get(rule), new JsonLines.Line(1, json, json.length), AS_OF,
        Lang.FR);
  }
}
