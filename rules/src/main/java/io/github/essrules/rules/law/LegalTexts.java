package io.github.essrules.rules.law;

import io.github.essrules.core.law.ArticleHistory;
import io.github.essrules.core.law.ArticleVersion;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.rules.internal.ShippedTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The texts the rules apply, each with its versions and the day the library last verified them,
 * so that every rule refuses a date beyond the horizon of presumption and says when it presumes
 * a text unchanged.
 *
 * <ul>
 *   <li><b>Code du travail</b> articles ({@link #codeDuTravail(String)}): every version from the
 *       DILA LEGI database (dump of 27 March 2026, re-checked on 1 December 2026 against the
 *       latest package, no identifier changed), verified on the day of the dump.
 *   <li><b>Other texts</b> (loi n° 2014-856, loi n° 47-1775, CGI, CCH, loi n° 2014-173, Code de
 *       la commande publique…): the library does not hold their LEGI versions; each is a single
 *       span starting on the first day the library applies it (its <em>coverage</em>, not a
 *       version date of the text), verified against the project's law notes on 27 November 2026.
 *   <li><b>Loi n° 2000-321</b>, art. 9-1, 10 and 10-1: their versions as the notes list them (art.
 *       10's eleven version dates, two of them with their identifier), verified on the same day.
 * </ul>
 *
 * <pre>{@code
 * LegalTexts.codeDuTravail("L3332-17-1").versionAt(LocalDate.of(2021, 3, 1)); // 2020-01-01 version
 * LegalTexts.all(); // every text, for `ess law status`
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LegalTexts {
  /** The day the project's law notes were last checked, for the texts outside the LEGI dump. */
  public static final LocalDate NOTES_VERIFIED_ON = LocalDate.of(2026, 11, 27);

  private static final Map<String, ArticleHistory> CODE_DU_TRAVAIL = loadCodeDuTravail();

  /** Loi n° 2014-856, art. 1 (ESS membership), applied from its entry into force. */
  public static final ArticleHistory LOI_ESS_ART_1 = span(TextKind.LOI,
      "Loi n° 2014-856 du 31 juillet 2014, art. 1", "2014-08-02");
  /** Loi n° 47-1775, titre II ter (SCIC), applied from loi n° 2001-624 (18 July 2001). */
  public static final ArticleHistory LOI_1947_SCIC = span(TextKind.LOI,
      "Loi n° 47-1775 du 10 septembre 1947, titre II ter (SCIC)", "2001-07-18");
  /** Loi du 1er juillet 1901 and CGI, art. 206-1 bis and 261-7-1° d, applied from 2015. */
  public static final ArticleHistory ASSOCIATION = span(TextKind.LOI,
      "Loi du 1er juillet 1901 ; CGI, art. 206-1 bis et 261-7-1° d", "2015-01-01");
  /** CCH, art. L255-1 et s. and R255-1 (bail réel solidaire), applied from the first ceilings known. */
  public static final ArticleHistory CCH_BRS = span(TextKind.CODE_ARTICLE,
      "CCH, art. L255-1 et s., R255-1 (bail réel solidaire)", "2024-01-01");
  /**
   * CCH, art. L255-5 and L255-10-1 (resale price of the housing bail réel solidaire), applied from
   * the ordonnance n° 2016-985 du 20 juillet 2016 that created the lease.
   */
  public static final ArticleHistory CCH_BRS_RESALE = span(TextKind.CODE_ARTICLE,
      "CCH, art. L255-5 et L255-10-1 (prix de cession du bail réel solidaire)", "2016-07-20");
  /**
   * CCH, art. R256-2 (transfer price of the bail réel solidaire d'activité), applied from
   * 18 July 2024.
   *
   * <p>The lease itself (CCH L256-1 et s., ordonnance n° 2023-80 du 8 février 2023) is in force
   * since 10 February 2023 [V: Légifrance mirror, "version depuis le 10/02/2023"], but its price
   * rule came later: R256-2 was written by décret n° 2024-838 du 16 juillet 2024 (art. 2),
   * published in the Journal officiel of 17 July 2024 [S: notes of the HLM cooperatives'
   * federation, the Banque des Territoires, the EPL federation and law firms]. No text found
   * defers its entry into force, so it is applied from the day after the publication (Code civil,
   * art. 1) [S]; the wording of R256-2 itself was read in a faithful copy [V]. A date before it
   * gets {@link io.github.essrules.core.law.NoLawKnownException}.
   */
  public static final ArticleHistory CCH_BRS_ACTIVITE_RESALE = span(TextKind.CODE_ARTICLE,
      "CCH, art. R256-2 (prix de cession du bail réel solidaire d'activité)", "2024-07-18");
  /** Loi n° 2014-173, art. 5 and 6, and the décrets listing the QPV, applied from 2015. */
  public static final ArticleHistory LOI_VILLE = span(TextKind.LOI,
      "Loi n° 2014-173 du 21 février 2014, art. 5 et 6 (quartiers prioritaires)", "2015-01-01");
  /** CGI, art. 44 octies A (ZFU-TE), applied from 2015. */
  public static final ArticleHistory CGI_ZFU = span(TextKind.CODE_ARTICLE,
      "CGI, art. 44 octies A (ZFU-TE)", "2015-01-01");
  /** The emplois francs scheme (project notes [S]), applied to hirings from 2020. */
  public static final ArticleHistory EMPLOIS_FRANCS = span(TextKind.DECRET,
      "Emplois francs (aide à l'embauche des résidents des QPV)", "2020-01-01");
  /** Code de la commande publique, art. L2112-2 and L2113-12 à L2113-16, applied from 2020. */
  public static final ArticleHistory CCP_RESERVED = span(TextKind.CODE_ARTICLE,
      "Code de la commande publique, art. L2112-2, L2113-12 à L2113-16", "2020-01-01");

  /**
   * Loi n° 2000-321 du 12 avril 2000, art. 9-1 (definition of the subvention), created by loi
   * n° 2014-856, art. 59, in force since 2 August 2014, a single version (LEGIARTI000029318586)
   * [V: doctrine.fr chronology and the Etalab mirror of LEGI].
   */
  public static final ArticleHistory LOI_2000_321_ART_9_1 = ArticleHistory.of(TextKind.LOI,
      "Loi n° 2000-321 du 12 avril 2000, art. 9-1", "LEGIARTI000029318586", NOTES_VERIFIED_ON,
      List.of(ArticleVersion.of("LEGIARTI000029318586", LocalDate.of(2014, 8, 2), null)));
  /**
   * Loi n° 2000-321, art. 10 (convention above the décret's threshold, compte rendu financier,
   * publication of the award data): its eleven versions by date [V: doctrine.fr chronology], the
   * identifiers known for two of them only (the version of 13 April 2000, LEGIARTI000006529194, and
   * that of 1 January 2016, LEGIARTI000033158062, whose wording is the one encoded: the sentences
   * applied — convention "lorsque cette subvention dépasse un seuil défini par décret", compte
   * rendu financier "dans les six mois suivant la fin de l'exercice" — read in both). The wording
   * in force since 23 February 2022 was not read [?]: applied presumed unchanged on those points.
   */
  public static final ArticleHistory LOI_2000_321_ART_10 = ArticleHistory.of(TextKind.LOI,
      "Loi n° 2000-321 du 12 avril 2000, art. 10", "LEGIARTI000033158062", NOTES_VERIFIED_ON, List.of(
          ArticleVersion.of("LEGIARTI000006529194", LocalDate.of(2000, 4, 13), LocalDate.of(2003, 7, 3)),
          ArticleVersion.of(null, LocalDate.of(2003, 7, 3), LocalDate.of(2006, 1, 1)),
          ArticleVersion.of(null, LocalDate.of(2006, 1, 1), LocalDate.of(2014, 6, 20)),
          ArticleVersion.of(null, LocalDate.of(2014, 6, 20), LocalDate.of(2014, 8, 2)),
          ArticleVersion.of(null, LocalDate.of(2014, 8, 2), LocalDate.of(2015, 7, 25)),
          ArticleVersion.of(null, LocalDate.of(2015, 7, 25), LocalDate.of(2016, 1, 1)),
          ArticleVersion.of("LEGIARTI000033158062", LocalDate.of(2016, 1, 1), LocalDate.of(2016, 10, 9)),
          ArticleVersion.of(null, LocalDate.of(2016, 10, 9), LocalDate.of(2021, 7, 3)),
          ArticleVersion.of(null, LocalDate.of(2021, 7, 3), LocalDate.of(2022, 2, 23)),
          ArticleVersion.of(null, LocalDate.of(2022, 2, 23), null)));
  /**
   * Loi n° 2000-321, art. 10-1 (contrat d'engagement républicain), created by loi n° 2021-1109
   * du 24 août 2021, art. 12, in force since 26 August 2021, a single version
   * (LEGIARTI000043970265) [V: doctrine.fr].
   */
  public static final ArticleHistory LOI_2000_321_ART_10_1 = ArticleHistory.of(TextKind.LOI,
      "Loi n° 2000-321 du 12 avril 2000, art. 10-1", "LEGIARTI000043970265", NOTES_VERIFIED_ON,
      List.of(ArticleVersion.of("LEGIARTI000043970265", LocalDate.of(2021, 8, 26), null)));
  /**
   * Code de commerce, art. L612-4 (associations receiving public subsidies), read only in a
   * translation site [S]; its versions and identifier are not known [?]. Applied from 2 August
   * 2014, when loi n° 2014-856 added « en numéraire » [S], so that the wording applied (cash
   * subsidies only) is the one read: a coverage, not a version date.
   */
  public static final ArticleHistory C_COM_L612_4 = span(TextKind.CODE_ARTICLE,
      "C. com., art. L612-4", "2014-08-02");
  /**
   * Loi n° 2014-856 du 31 juillet 2014, art. 9 (pôles territoriaux de coopération économique),
   * read in the Etalab mirror of LEGI [V], one stored version, its identifier not known; applied
   * from the loi's entry into force.
   */
  public static final ArticleHistory LOI_ESS_ART_9 = span(TextKind.LOI,
      "Loi n° 2014-856 du 31 juillet 2014, art. 9", "2014-08-02");
  /**
   * The EU de minimis regulations, general regime: Règlement (UE) n° 1407/2013 for aid granted
   * from 1 January 2014 to 31 December 2023, then Règlement (UE) 2023/2831 (project notes:
   * identification [V] on EUR-Lex, articles not read, dates [S]). The last version stays open:
   * the regulation governs the aid granted in its period (to 31 December 2030, where the ceiling
   * parameter ends) whenever the question is asked, presumed unchanged after its verification.
   */
  public static final ArticleHistory DE_MINIMIS_GENERAL = ArticleHistory.of(TextKind.EU_REGULATION,
      "Règlements (UE) n° 1407/2013 puis 2023/2831 (aides de minimis)", null, NOTES_VERIFIED_ON,
      List.of(ArticleVersion.of(null, LocalDate.of(2014, 1, 1), LocalDate.of(2024, 1, 1)),
          ArticleVersion.of(null, LocalDate.of(2024, 1, 1), null)));
  /**
   * The EU de minimis regulation for services of general economic interest, Règlement (UE)
   * 2023/2832, for aid granted from 1 January 2024 (to 31 December 2030, where the ceiling
   * parameter ends); the start of its predecessor n° 360/2012 is not confirmed: not covered.
   */
  public static final ArticleHistory DE_MINIMIS_SIEG = ArticleHistory.of(TextKind.EU_REGULATION,
      "Règlement (UE) 2023/2832 (aides de minimis SIEG)", null, NOTES_VERIFIED_ON,
      List.of(ArticleVersion.of(null, LocalDate.of(2024, 1, 1), null)));
  /**
   * Loi n° 2014-173, art. 7 (conseils citoyens): the original version (LEGIARTI000028638827, in
   * force 23 February 2014) [V], then the version modified by décret n° 2024-1036 du 15 novembre
   * 2024, in force 17 November 2024 [S], whose wording the library has not read.
   */
  public static final ArticleHistory LOI_VILLE_ART_7 = ArticleHistory.of(TextKind.LOI,
      "Loi n° 2014-173 du 21 février 2014, art. 7 (conseils citoyens)", null, NOTES_VERIFIED_ON,
      List.of(ArticleVersion.of("LEGIARTI000028638827", LocalDate.of(2014, 2, 23), LocalDate.of(2024, 11, 17)),
          ArticleVersion.of(null, LocalDate.of(2024, 11, 17), null)));

  private LegalTexts() {}

  /**
   * A Code du travail article with every version of the LEGI database.
   *
   * @param article the article number, such as {@code "L3332-17-1"}
   * @return its history
   * @throws NoSuchElementException if the library does not encode that article
   */
  public static ArticleHistory codeDuTravail(String article) {
    ArticleHistory h = CODE_DU_TRAVAIL.get(article);
    if (h == null) {
      throw new NoSuchElementException("Code du travail article not encoded: " + article);
    }
    return h;
  }

  /**
   * Every text, the Code du travail articles first in the order of the code's file.
   *
   * @return the histories
   */
  public static List<ArticleHistory> all() {
    List<ArticleHistory> all = new ArrayList<>(CODE_DU_TRAVAIL.values());
    all.addAll(List.of(LOI_ESS_ART_1, LOI_1947_SCIC, ASSOCIATION, CCH_BRS, CCH_BRS_RESALE, CCH_BRS_ACTIVITE_RESALE,
        LOI_VILLE, CGI_ZFU, EMPLOIS_FRANCS, CCP_RESERVED, LOI_2000_321_ART_9_1, LOI_2000_321_ART_10,
        LOI_2000_321_ART_10_1, C_COM_L612_4, LOI_ESS_ART_9, DE_MINIMIS_GENERAL, DE_MINIMIS_SIEG, LOI_VILLE_ART_7));
    return all;
  }

  private static ArticleHistory span(TextKind kind, String citation, String from) {
    return ArticleHistory.of(kind, citation, null, NOTES_VERIFIED_ON,
        List.of(ArticleVersion.of(null, LocalDate.parse(from), null)));
  }

  private static Map<String, ArticleHistory> loadCodeDuTravail() {
    Map<String, ArticleHistory> map = new LinkedHashMap<>();
    LocalDate[] verifiedOn = new LocalDate[1];
    ShippedTables.forEachRow(LegalTexts.class, "/io/github/essrules/rules/law/code-du-travail-versions.txt", false,
        line -> {
          String[] f = line.split(";");
          if (f[0].equals("verifiedOn")) {
            verifiedOn[0] = LocalDate.parse(f[1]);
            return;
          }
          List<ArticleVersion> versions = new ArrayList<>();
          for (int i = 2; i < f.length; i++) {
            String[] v = f[i].split(" ");
            versions.add(ArticleVersion.of(v[0], LocalDate.parse(v[1]), v[2].equals("-") ? null : LocalDate.parse(v[2])));
          }
          map.put(f[0], ArticleHistory.of("C. trav., art. " + f[0], f[1], verifiedOn[0], versions));
        });
    return java.util.Collections.unmodifiableMap(map);
  }
}
