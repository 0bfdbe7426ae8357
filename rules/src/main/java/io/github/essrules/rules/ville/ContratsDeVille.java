package io.github.essrules.rules.ville;

import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.law.TextKind;
import java.time.LocalDate;

/**
 * The generations of contrats de ville (loi n° 2014-173, art. 6): the first, 2015-2020, extended
 * to 2023; "Engagements Quartiers 2030", 2024-2030 (décrets n° 2024-1036 and 2024-1037 of
 * 15 November 2024). Both read in secondary sources. Other dates are refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContratsDeVille {
  private ContratsDeVille() {}

  /** A generation of contrats de ville. */
  public enum Generation {
    /** 2015-2020, extended to the end of 2023. */
    FIRST_2015_2023(LocalDate.of(2015, 1, 1), LocalDate.of(2023, 12, 31),
        "Loi n° 2014-173, art. 6 ; contrats de ville 2015-2020 prorogés jusqu'en 2023"),
    /** Engagements Quartiers 2030. */
    ENGAGEMENTS_QUARTIERS_2030(LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31),
        "Contrats de ville « Engagements Quartiers 2030 » ; décrets n° 2024-1036 et 2024-1037 du 15 novembre 2024");

    private final LocalDate first;
    private final LocalDate last;
    private final String citation;

    Generation(LocalDate first, LocalDate last, String citation) {
      this.first = first;
      this.last = last;
      this.citation = citation;
    }

    /**
     * The first day.
     *
     * @return the date
     */
    public LocalDate first() {
      return first;
    }

    /**
     * The last day, included.
     *
     * @return the date
     */
    public LocalDate last() {
      return last;
    }

    /**
     * The texts.
     *
     * @return the reference, secondary
     */
    public LegalReference reference() {
      return LegalReference.of(TextKind.LOI, citation, Confidence.SECONDARY);
    }
  }

  /**
   * The generation in force on a date.
   *
   * @param date the date
   * @return the generation
   * @throws NoLawKnownException before 2015 or after 2030
   */
  public static Generation inForce(LocalDate date) {
    for (Generation g : Generation.values()) {
      if (!date.isBefore(g.first) && !date.isAfter(g.last)) {
        return g;
      }
    }
    throw new NoLawKnownException("contrats de ville (loi n° 2014-173, art. 6)", date, "2015-01-01 → 2030-12-31");
  }
}
