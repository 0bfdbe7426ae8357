package io.github.essrules.rules.foncier;

import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LawPolicy;
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
 * 23 décembre 2024, annexe III). Above six persons, each extra person adds an increment.
 *
 * <p>Law in time: the ceilings of an arrêté stay in force until the next one replaces them
 * (regime "until amended", project notes {@code foncier.md}, label [V] via OpenFisca-France,
 * which keeps applying the 2025 values). A date after the last year of the table gets that
 * year's ceilings: as checked up to {@link #VERIFIED_ON}, then presumed unchanged (confidence
 * {@code PRESUMED}, a notice in the verdict) up to the policy's horizon; beyond it, or before the
 * first year, {@link NoLawKnownException}. Nothing is extrapolated: no index is applied to a
 * ceiling.
 *
 * <pre>{@code
 * BrsCeilings.ceiling(Zone.A, 3, LocalDate.of(2025, 6, 1)).amount(); // the 2025 ceiling, A, 3 persons
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class BrsCeilings {
  /**
   * The day the shipped table was last checked against its sources: the table, the project's
   * data table {@code brs-plafonds-ressources.csv} and OpenFisca-France's parameters were
   * cross-checked (every ceiling equal) when the table was shipped, on 27 November 2026 (commit
   * "Land: BRS resale cap…"; the project's law notes, {@code foncier.md}: "No 2026 value found;
   * the arrêté's values stay in force until replaced"). Neither the table nor the data file
   * states a day of its own: this is the day of that check, as for the other tables checked
   * then ({@code smic-horaire-brut}, the aides au poste). Move it when the table is checked
   * again.
   */
  public static final LocalDate VERIFIED_ON = LocalDate.of(2026, 11, 27);

  /** The name of the table in errors and notices. */
  public static final String SUBJECT = "brs-plafonds-ressources";

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
   * The year of the table that governs a date: the date's own year when the table has it; after
   * the last year, the last year's ceilings, which stay in force until the next arrêté replaces
   * them ({@link #VERIFIED_ON}) — presumed unchanged after that day, up to the policy's horizon.
   *
   * @param date the date of the application
   * @param policy the policy of presumption
   * @return the year of the table applied
   * @throws NoLawKnownException before the first year, beyond the horizon of presumption, or after
   *     the verification under the strict policy
   */
  static int tableYear(LocalDate date, LawPolicy policy) {
    int year = date.getYear();
    int last = Table.YEARS.last();
    if (Table.YEARS.contains(year)) {
      return year;
    }
    if (year < Table.YEARS.first()) {
      throw new NoLawKnownException(SUBJECT, date, coverage(policy));
    }
    if (date.isAfter(policy.lastPresumedDay(VERIFIED_ON))) {
      throw new NoLawKnownException(SUBJECT, date, coverage(policy),
          policy.isStrict() ? NoLawKnownException.Reason.STRICT_POLICY : NoLawKnownException.Reason.BEYOND_HORIZON,
          VERIFIED_ON, false);
    }
    return last;
  }

  private static String coverage(LawPolicy policy) {
    return Table.YEARS.first() + "-01-01 → " + policy.lastPresumedDay(VERIFIED_ON);
  }

  /**
   * The ceiling for a household in a zone on a date, under the standard policy: the table of the
   * date's year; after the last year, the last year's ceilings (in force until replaced); above
   * six persons, the six-person ceiling plus the increment for each extra person.
   *
   * @param zone the zone
   * @param persons the number of persons in the household, 1 or more
   * @param date the date of the application
   * @return the ceiling
   * @throws NoLawKnownException if no ceiling is known on that date
   * @throws IllegalArgumentException if {@code persons} is less than 1
   */
  public static Ceiling ceiling(Zone zone, int persons, LocalDate date) {
    return ceiling(zone, persons, date, LawPolicy.standard());
  }

  /**
   * The ceiling for a household in a zone on a date, under a policy of presumption. A date after
   * {@link #VERIFIED_ON} gets the ceiling {@linkplain #isPresumed(LocalDate) presumed unchanged},
   * its reference of confidence {@link Confidence#PRESUMED}.
   *
   * @param zone the zone
   * @param persons the number of persons in the household, 1 or more
   * @param date the date of the application
   * @param policy the policy of presumption
   * @return the ceiling; its {@link Ceiling#year()} is the date's year
   * @throws NoLawKnownException if no ceiling is known on that date under the policy
   * @throws IllegalArgumentException if {@code persons} is less than 1
   */
  public static Ceiling ceiling(Zone zone, int persons, LocalDate date, LawPolicy policy) {
    if (persons < 1) {
      throw new IllegalArgumentException("a household has at least one person: " + persons);
    }
    int table = tableYear(date, policy);
    Ceiling six = Table.ROWS.get(key(zone, Integer.toString(Math.min(persons, 6)), table));
    BigDecimal amount = six.amount();
    if (persons > 6) {
      Ceiling each = Table.ROWS.get(key(zone, "each_person_above_6", table));
      amount = amount.add(each.amount().multiply(BigDecimal.valueOf(persons - 6L)));
    }
    LegalReference ref = isPresumed(date) ? LegalReference.builder().from(six.reference())
        .confidence(Confidence.PRESUMED).build() : six.reference();
    return new Ceiling(amount, date.getYear(), ref);
  }

  /**
   * Whether the ceilings applied on a date are presumed unchanged: the date is after
   * {@link #VERIFIED_ON}.
   *
   * @param date the date of the application
   * @return true after the verification
   */
  public static boolean isPresumed(LocalDate date) {
    return date.isAfter(VERIFIED_ON);
  }
}
