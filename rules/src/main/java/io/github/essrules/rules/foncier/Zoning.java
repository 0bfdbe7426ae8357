package io.github.essrules.rules.foncier;

import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.rules.internal.ShippedTables;
import java.util.HashMap;
import java.util.Map;

/**
 * The zone A bis / A / B1 / B2 / C of each commune, in force since 5 July 2024 (the project's data
 * table of 34 935 communes, shipped as a resource and loaded once, on first use).
 *
 * <pre>{@code
 * Zoning.zoneOf("59350"); // A (Lille)
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class Zoning {
  /** The reference of the zoning. */
  public static final LegalReference REFERENCE = LegalReference.builder().kind(TextKind.ARRETE)
      .citation("Zonage A/B/C des communes en vigueur depuis le 5 juillet 2024").confidence(Confidence.SECONDARY)
      .note("table de données du projet ; l'arrêté de classement n'a pas été lu").build();

  private Zoning() {}

  private static final class Table {
    static final Map<String, String[]> COMMUNES = load();

    private static Map<String, String[]> load() {
      Map<String, String[]> map = new HashMap<>(50_000);
      // INSEE code;zone;name
      ShippedTables.forEachRow(Zoning.class, "/io/github/essrules/rules/foncier/zonage-abc-2024-07.csv", false,
          line -> {
            String[] f = line.split(";", 3);
            map.put(f[0], new String[] {f[1], f[2]});
          });
      return map;
    }
  }

  /**
   * The zone of a commune.
   *
   * @param inseeCode the commune's INSEE code
   * @return the zone
   * @throws UnknownCommuneException if the table does not have the commune
   */
  public static Zone zoneOf(String inseeCode) {
    String[] row = Table.COMMUNES.get(inseeCode);
    if (row == null) {
      throw new UnknownCommuneException(inseeCode);
    }
    return Zone.ofCode(row[0]);
  }

  /**
   * The name of a commune.
   *
   * @param inseeCode the commune's INSEE code
   * @return the name
   * @throws UnknownCommuneException if the table does not have the commune
   */
  public static String communeName(String inseeCode) {
    String[] row = Table.COMMUNES.get(inseeCode);
    if (row == null) {
      throw new UnknownCommuneException(inseeCode);
    }
    return row[1];
  }

  /**
   * How many communes the table has.
   *
   * @return the count
   */
  public static int size() {
    return Table.COMMUNES.size();
  }
}
