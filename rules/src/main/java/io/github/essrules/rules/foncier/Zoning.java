package io.github.essrules.rules.foncier;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.rules.internal.ShippedTables;
import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;
import java.util.HashMap;
import java.util.Map;

/**
 * The zone A bis / A / B1 / B2 / C of each commune: the project's data table of the zoning in
 * force since 5 July 2024 (34 935 communes, shipped as a resource and loaded once, on first use),
 * with, for each commune, whether the July 2024 revision reclassified it.
 *
 * <pre>{@code
 * Zoning.zoneOf("59350");                             // A (Lille), the zone in force since 5 July 2024
 * Zoning.zoneOn("01071", LocalDate.of(2024, 1, 15));  // KNOWN, A: Cessy, not reclassified in July 2024
 * Zoning.zoneOn("01103", LocalDate.of(2024, 1, 15));  // RECLASSIFIED_IN_JULY_2024: Chevry's earlier zone is not shipped
 * }</pre>
 *
 * <p>The table is applied only from its start for the communes the July 2024 revision reclassified:
 * before 5 July 2024 their zone was that of the earlier zoning (the arrêté of 1 August 2014 as
 * amended), which the library does not ship, so {@link #zoneOn} answers that it is unknown. A
 * commune not reclassified had before 5 July 2024 the zone the table gives it, back to the entry
 * into force of the previous revision: the arrêté of 2 October 2023 modifying the arrêté of
 * 1 August 2014 (published in the Journal officiel of 3 October 2023 and in force the next day,
 * 4 October 2023 — read in secondary sources only: Le Moniteur, the Banque des territoires, the
 * APVF; hence {@link Confidence#SECONDARY}), which reclassified about 200 communes by a list the
 * library does not have either; the list of partial revisions published by the Fédération des EPL
 * (2019, 2022, 2023) has none between the two. Before that
 * day ({@link #PREVIOUS_REVISION_IN_FORCE}), the zone of no commune is known to the library. The
 * BRS resource ceilings the library ships start on 1 January 2024, inside that coverage.
 *
 * <p>This class is thread-safe.
 */
public final class Zoning {
  /** The first day of the zoning of the shipped table (the July 2024 revision). */
  public static final LocalDate IN_FORCE_SINCE = LocalDate.of(2024, 7, 5);
  /**
   * The entry into force of the revision that preceded July 2024 (arrêté du 2 octobre 2023, in force
   * on 4 October 2023, secondary sources): the first day the zone of a commune not reclassified in
   * July 2024 is known to be the one of the table.
   */
  public static final LocalDate PREVIOUS_REVISION_IN_FORCE = LocalDate.of(2023, 10, 4);
  /**
   * The days the previous revision governed, as far as the library knows its zones: from
   * {@link #PREVIOUS_REVISION_IN_FORCE} included to {@link #IN_FORCE_SINCE} excluded (ThreeTen-Extra's
   * half-open {@code LocalDateRange.of(startInclusive, endExclusive)}).
   */
  public static final LocalDateRange PREVIOUS_REVISION_PERIOD = LocalDateRange.of(PREVIOUS_REVISION_IN_FORCE,
      IN_FORCE_SINCE);
  /** The reference of the zoning in force since 5 July 2024. */
  public static final LegalReference REFERENCE = LegalReference.builder().kind(TextKind.ARRETE)
      .citation("Zonage A/B/C des communes en vigueur depuis le 5 juillet 2024").confidence(Confidence.SECONDARY)
      .note("table de données du projet ; l'arrêté de classement n'a pas été lu").build();
  /**
   * The reference of the zone of a commune not reclassified in July 2024, for a date between the
   * previous revision and 5 July 2024.
   */
  public static final LegalReference PREVIOUS_REVISION = LegalReference.builder().kind(TextKind.ARRETE)
      .citation("Arrêté du 2 octobre 2023 modifiant l'arrêté du 1er août 2014 (zonage A/B/C), en vigueur le 4 octobre 2023")
      .confidence(Confidence.SECONDARY)
      .note("date lue dans des sources secondaires (Le Moniteur, Banque des territoires, APVF) ; zone de la table de juillet 2024, "
          + "la commune n'ayant pas été reclassée le 5 juillet 2024")
      .build();

  private Zoning() {}

  /** One commune of the table. */
  private record Row(Zone zone, String name, boolean reclassified) {}

  private static final class Table {
    static final Map<String, Row> COMMUNES = load();

    private static Map<String, Row> load() {
      Map<String, Row> map = new HashMap<>(50_000);
      // INSEE code;zone;name;reclassified (Oui / Non)
      ShippedTables.forEachRow(Zoning.class, "/io/github/essrules/rules/foncier/zonage-abc-2024-07.csv", false,
          line -> {
            String[] f = line.split(";", -1);
            if (f.length != 4 || !(f[3].equals("Oui") || f[3].equals("Non"))) {
              throw new IllegalStateException("malformed row of the zoning table: " + line);
            }
            map.put(f[0], new Row(Zone.ofCode(f[1]), f[2], f[3].equals("Oui")));
          });
      return map;
    }
  }

  private static Row row(String inseeCode) {
    Row row = Table.COMMUNES.get(inseeCode);
    if (row == null) {
      throw new UnknownCommuneException(inseeCode);
    }
    return row;
  }

  /**
   * The zone of a commune in force since 5 July 2024, whatever the date of the case: for a date,
   * use {@link #zoneOn(String, LocalDate)}, which does not apply this zone to a date it did not
   * govern.
   *
   * @param inseeCode the commune's INSEE code
   * @return the zone in force since 5 July 2024
   * @throws UnknownCommuneException if the table does not have the commune
   */
  public static Zone zoneOf(String inseeCode) {
    return row(inseeCode).zone();
  }

  /**
   * The zone of a commune on a date, or why the library cannot tell: from 5 July 2024 the zone of
   * the table; before it, the table's zone for a commune the July 2024 revision did not reclassify,
   * back to {@link #PREVIOUS_REVISION_IN_FORCE} (with {@link #PREVIOUS_REVISION} as reference,
   * secondary); unknown for a reclassified commune before 5 July 2024 and for any commune before
   * the previous revision.
   *
   * @param inseeCode the commune's INSEE code
   * @param date the date
   * @return the answer
   * @throws UnknownCommuneException if the table does not have the commune
   */
  public static ZoneLookup zoneOn(String inseeCode, LocalDate date) {
    Row row = row(inseeCode);
    ZoneLookup.Builder b = ZoneLookup.builder().commune(inseeCode).date(date);
    MessageArg commune = MessageArg.text(row.name() + " (" + inseeCode + ")");
    MessageArg zone = MessageArg.text(row.zone().code());
    if (PREVIOUS_REVISION_PERIOD.isBefore(date)) {
      return b.status(ZoneLookup.Status.KNOWN).zone(row.zone()).reference(REFERENCE)
          .explanation(msg("foncier.zone.in-force", commune, zone)).build();
    }
    if (row.reclassified()) {
      return b.status(ZoneLookup.Status.RECLASSIFIED_IN_JULY_2024).reference(REFERENCE)
          .explanation(msg("foncier.zone.reclassified", commune, MessageArg.date(date), zone)).build();
    }
    if (PREVIOUS_REVISION_PERIOD.isAfter(date)) {
      return b.status(ZoneLookup.Status.BEFORE_COVERAGE).reference(PREVIOUS_REVISION)
          .explanation(msg("foncier.zone.before-coverage", commune, MessageArg.date(date))).build();
    }
    return b.status(ZoneLookup.Status.KNOWN).zone(row.zone()).reference(PREVIOUS_REVISION)
        .explanation(msg("foncier.zone.not-reclassified", commune, MessageArg.date(date), zone)).build();
  }

  /**
   * Whether the zoning in force since 5 July 2024 changed the zone of a commune (the table's flag
   * "Reclassement juillet 2024").
   *
   * @param inseeCode the commune's INSEE code
   * @return true if it was reclassified then
   * @throws UnknownCommuneException if the table does not have the commune
   */
  public static boolean reclassifiedInJuly2024(String inseeCode) {
    return row(inseeCode).reclassified();
  }

  /**
   * The name of a commune.
   *
   * @param inseeCode the commune's INSEE code
   * @return the name
   * @throws UnknownCommuneException if the table does not have the commune
   */
  public static String communeName(String inseeCode) {
    return row(inseeCode).name();
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
