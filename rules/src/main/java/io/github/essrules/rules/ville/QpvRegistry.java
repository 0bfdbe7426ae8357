package io.github.essrules.rules.ville;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.id.QpvCode;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.rules.internal.ShippedTables;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The quartiers prioritaires de la politique de la ville the library knows: the 1 362 metropolitan
 * QPV of the list of décret n° 2023-1314 (in force 1 January 2024; ANCT data, Licence Ouverte 2.0),
 * looked up by code, by commune or by name.
 *
 * <p>What it does not have: the 2015 list (décret n° 2014-1750, in force 2015-2023) and the
 * overseas lists (in force 1 January 2025). For those dates and territories the answer is
 * {@link QpvLookup.Status#UNKNOWN} — never "not a QPV".
 *
 * <p>This class is thread-safe; the list is loaded once, on first use.
 */
public final class QpvRegistry {
  /** The first day of the 2024 list. */
  public static final LocalDate LIST_2024_SINCE = LocalDate.of(2024, 1, 1);
  /** The décret that sets the 2024 list. */
  public static final LegalReference DECRET_2023_1314 = LegalReference.builder().kind(TextKind.DECRET)
      .citation("Décret n° 2023-1314 du 28 décembre 2023 modifiant la liste des quartiers prioritaires de la politique de la ville")
      .confidence(Confidence.SECONDARY).note("liste métropolitaine, données ANCT (Licence Ouverte 2.0)").build();

  private QpvRegistry() {}

  private static final class Data {
    static final Map<String, Qpv> BY_CODE = new LinkedHashMap<>();
    static final Map<String, List<Qpv>> BY_COMMUNE = new HashMap<>();

    static {
      // qpv_code,qpv_name,commune_insee,commune_name,departement,list_version
      ShippedTables.forEachRow(QpvRegistry.class, "/io/github/essrules/rules/ville/qpv-2024-metropole.csv", true,
          line -> {
            String[] f = line.split(",", -1);
            String[] codes = f[2].split(";");
            String[] names = f[3].split(";");
            Qpv.Builder b = Qpv.builder().code(f[0]).name(f[1]).departement(f[4]).list(f[5]);
            for (int i = 0; i < codes.length; i++) {
              b.addCommunes(Qpv.Commune.builder().insee(codes[i]).name(i < names.length ? names[i] : "").build());
            }
            Qpv q = b.build();
            BY_CODE.put(q.code(), q);
            for (String c : codes) {
              BY_COMMUNE.computeIfAbsent(c, k -> new ArrayList<>()).add(q);
            }
          });
    }
  }

  /**
   * All the QPV shipped, in the list's order.
   *
   * @return the QPV
   */
  public static List<Qpv> all() {
    return List.copyOf(Data.BY_CODE.values());
  }

  /**
   * A QPV by its code.
   *
   * @param code the code, such as {@code QN03317M}
   * @return the QPV, or empty if the shipped list does not have it
   * @throws io.github.essrules.core.id.InvalidIdentifierException if the code is malformed
   */
  public static Optional<Qpv> byCode(String code) {
    QpvCode.of(code);
    return Optional.ofNullable(Data.BY_CODE.get(code));
  }

  /**
   * The QPV whose name contains a text, ignoring case and accents.
   *
   * @param text the text
   * @return the QPV, possibly empty
   */
  public static List<Qpv> byName(String text) {
    String wanted = fold(text);
    List<Qpv> out = new ArrayList<>();
    for (Qpv q : Data.BY_CODE.values()) {
      if (fold(q.name()).contains(wanted)) {
        out.add(q);
      }
    }
    return out;
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  /**
   * The QPV of a commune on a date, or why the library cannot tell.
   *
   * @param insee the commune's INSEE code (Paris 75056, Lyon 69123, Marseille 13055 as whole communes)
   * @param date the date
   * @return the answer
   */
  public static QpvLookup lookupCommune(String insee, LocalDate date) {
    QpvLookup.Builder b = QpvLookup.builder().commune(insee).date(date);
    if (date.isBefore(LIST_2024_SINCE)) {
      return b.status(QpvLookup.Status.UNKNOWN)
          .explanation(msg("qpv.lookup.before-2024", MessageArg.date(date))).build();
    }
    if (insee.startsWith("97") || insee.startsWith("98")) {
      return b.status(QpvLookup.Status.UNKNOWN).explanation(msg("qpv.lookup.overseas")).build();
    }
    List<Qpv> found = Data.BY_COMMUNE.getOrDefault(insee, Collections.emptyList());
    return b.status(found.isEmpty() ? QpvLookup.Status.NO_QPV : QpvLookup.Status.HAS_QPV).qpv(found)
        .explanation(msg(found.isEmpty() ? "qpv.lookup.none" : "qpv.lookup.found", MessageArg.number(found.size())))
        .build();
  }
}
