package io.github.essrules.rules.foncier;

/**
 * The zones A bis, A, B1, B2 and C of the zonage "A/B/C" that sets housing ceilings by the
 * tension of the market.
 *
 * <p>Legal basis: CCH, art. R255-1 (BRS resource ceilings by zone, arrêtés of 11 December 2023 and
 * 23 December 2024); the classification of communes is the project's data table, the arrêté of
 * zoning not read.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Zone {
  /** A bis. */
  A_BIS("Abis"),
  /** A. */
  A("A"),
  /** B1. */
  B1("B1"),
  /** B2. */
  B2("B2"),
  /** C. */
  C("C");

  private final String code;

  Zone(String code) {
    this.code = code;
  }

  /**
   * The code in the data tables ({@code Abis}, {@code A}…).
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The zone of a code of the data tables.
   *
   * @param code the code
   * @return the zone
   * @throws IllegalArgumentException if the code is unknown
   */
  public static Zone ofCode(String code) {
    for (Zone z : values()) {
      if (z.code.equals(code)) {
        return z;
      }
    }
    throw new IllegalArgumentException("unknown zone: " + code);
  }
}
