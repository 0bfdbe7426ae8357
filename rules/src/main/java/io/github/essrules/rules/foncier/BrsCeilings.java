package io.github.essrules.rules.foncier;

import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.rules.internal.ShippedTables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The resource ceilings of the buyers of a bail réel solidaire (CCH R255-1), by zone, household
 * size and year, as set by arrêté: 2024 (arrêté du 11 décembre 2023) and 2025 (arrêté du
 * 23 décembre 2024, annexe III). Above six persons, each extra person adds an increment. A year
 * the table does not have is refused, never extrapolated.
 *
 * <pre>{@code
 * BrsCeilings.ceiling(Zone.A, 3, LocalDate.of(2025, 6, 1)).amount(); // the 2025 ceiling, A, 3 persons
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class BrsCeilings {
  private BrsCeilings() {}

  /** One ceiling with its text. */
  public static final class Ceiling {
    private final BigDecimal amount;
    private final int year;
    private final LegalReference reference;

    Ceiling(BigDecimal amount, int year, LegalReference reference) {
      this.amount = amount;
      this.year = year;
      this.reference = reference;
    }

    /**
     * The ceiling of the revenu fiscal de référence.
     *
     * @return the amount, in euros
     */
    public BigDecimal amount() {
      return amount;
    }

    /**
     * The year the ceiling applies to.
     *
     * @return the year
     */
    public int year() {
      return year;
    }

    /**
     * The arrêté that sets it.
     *
     * @return the reference
     */
    public LegalReference reference() {
      return reference;
    }
  }

  private static final class Table {
    static final Map<String, Ceiling> ROWS = new HashMap<>();
    static final TreeSet<Integer> YEARS = new TreeSet<>();

    static {
      // zone,household_persons,valid_from,resource_ceiling_eur,legal_text
      ShippedTables.forEachRow(BrsCeilings.class, "/io/github/essrules/rules/foncier/brs-plafonds-ressources.csv",
          true, line -> {
            String[] f = line.split(",", 5);
            int year = LocalDate.parse(f[2]).getYear();
            String text = f[4].replace("\"", "");
            String id = text.replaceAll(".*\\((JORFTEXT\\d+)\\).*", "$1");
            LegalReference ref = id.startsWith("JORFTEXT")
                ? LegalReference.of(TextKind.ARRETE, text, id, Confidence.VERIFIED)
                : LegalReference.of(TextKind.ARRETE, text, Confidence.VERIFIED);
            ROWS.put(key(Zone.ofCode(f[0]), f[1], year), new Ceiling(new BigDecimal(f[3]), year, ref));
            YEARS.add(year);
          });
    }
  }

  private static String key(Zone zone, String persons, int year) {
    return zone.name() + "|" + persons + "|" + year;
  }

  /**
   * The years the table covers.
   *
   * @return the years, in order
   */
  public static List<Integer> years() {
    return new ArrayList<>(Table.YEARS);
  }

  /**
   * Checks that the table has the ceilings of a date's year.
   *
   * @return the year
   * @throws NoLawKnownException if it does not
   */
  static int requireYear(LocalDate date) {
    int year = date.getYear();
    if (!Table.YEARS.contains(year)) {
      throw new NoLawKnownException("plafonds de ressources du bail réel solidaire (CCH R255-1)", date,
          Table.YEARS.first() + "-01-01 → " + Table.YEARS.last() + "-12-31");
    }
    return year;
  }

  /**
   * The ceiling for a household in a zone on a date: the table of the date's year; above six
   * persons, the six-person ceiling plus the increment for each extra person.
   *
   * @param zone the zone
   * @param persons the number of persons in the household, 1 or more
   * @param date the date whose year's table applies
   * @return the ceiling
   * @throws NoLawKnownException if the table has no ceiling for that year
   * @throws IllegalArgumentException if {@code persons} is less than 1
   */
  public static Ceiling ceiling(Zone zone, int persons, LocalDate date) {
    if (persons < 1) {
      throw new IllegalArgumentException("a household has at least one person: " + persons);
    }
    int year = requireYear(date);
    if (persons <= 6) {
      return Table.ROWS.get(key(zone, Integer.toString(persons), year));
    }
    Ceiling six = Table.ROWS.get(key(zone, "6", year));
    Ceiling each = Table.ROWS.get(key(zone, "each_person_above_6", year));
    return new Ceiling(six.amount().add(each.amount().multiply(BigDecimal.valueOf(persons - 6L))), year, six.reference());
  }
}
