package io.github.essrules.rules.esus;

import io.github.essrules.core.law.ArticleHistory;
import io.github.essrules.core.law.ArticleVersion;
import io.github.essrules.core.law.CitedText;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.law.LegalTexts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The articles of the ESUS agrément with their versions (LEGI database, dump of 27 March 2026):
 * which version governed a date, and which one the library encodes.
 *
 * <ul>
 *   <li>C. trav. L3332-17-1: ten versions; the library encodes the one in force since
 *       1 January 2025 (LEGIARTI000049720096) and applies it from <b>24 May 2019</b>, the version
 *       of loi PACTE (LEGIARTI000038588554), because the versions in force since then were read
 *       word for word [V] and differ from it only where the rule says so: until 31 December
 *       2019, I 1° is one test ("la recherche d'une utilité sociale, définie à l'article 2"),
 *       which the objectives 1° to 4° of art. 2 meet exactly as a) and b) do; until 31 December
 *       2024, I 1° b cites the objectives "2°, 3° ou 4°" of art. 2 — objective 5° counts only
 *       from 1 January 2025; II 16° (habitat inclusif) exists from 23 February 2022 (loi
 *       n° 2022-217). Before 24 May 2019 the conditions differed (I 2° "ou la rentabilité
 *       financière", I 5° on the statuts, three objectives in art. 2): those dates are refused.
 *   <li>R3332-21-1 (charge induite), R3332-21-2 (dirigeants), R3332-21-5 (annex): in force since
 *       1 July 2015, so for every date the rule covers.
 *   <li>R3332-21-3 (procedure and duration): encoded in its version of 1 January 2025; the
 *       version of 1 July 2015 is not encoded (notice).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EsusLaw {
  /**
   * The first day the library applies the ESUS rules: the version of L3332-17-1 of loi PACTE
   * (n° 2019-486, art. 105), the earliest whose wording the library has read.
   */
  public static final LocalDate FIRST_DAY = LocalDate.of(2019, 5, 24);
  /** The first day objective 5° of art. 2 counts for I 1° b (loi n° 2024-537; version of 2025). */
  public static final LocalDate OBJECTIVE_5_FROM = LocalDate.of(2025, 1, 1);
  /** The first day II 16° (habitat inclusif) gives the agrément (loi n° 2022-217, art. 134). */
  public static final LocalDate CATEGORY_16_FROM = LocalDate.of(2022, 2, 23);

  /** C. trav. L3332-17-1 and its versions. */
  public static final ArticleHistory L3332_17_1 = LegalTexts.codeDuTravail("L3332-17-1");
  /** C. trav. R3332-21-1 (charge induite) and its versions. */
  public static final ArticleHistory R3332_21_1 = LegalTexts.codeDuTravail("R3332-21-1");
  /** C. trav. R3332-21-2 (dirigeants of companies) and its versions. */
  public static final ArticleHistory R3332_21_2 = LegalTexts.codeDuTravail("R3332-21-2");
  /** C. trav. R3332-21-3 (préfet, tacit acceptance, duration, renewal) and its versions. */
  public static final ArticleHistory R3332_21_3 = LegalTexts.codeDuTravail("R3332-21-3");
  /** C. trav. R3332-21-5 (statement in the annex to the annual accounts) and its versions. */
  public static final ArticleHistory R3332_21_5 = LegalTexts.codeDuTravail("R3332-21-5");

  private EsusLaw() {}

  private static final CitedText ARTICLE_2 =
      CitedText.of(TextKind.LOI, "Loi n° 2014-856 du 31 juillet 2014, art. 2", "JORFTEXT000029313296");

  /**
   * Loi n° 2014-856, art. 2 (social utility): its wording comes from secondary sources.
   *
   * @param part the part, such as {@code "4°"}, or empty
   * @param confidence the confidence
   * @return the reference
   */
  public static LegalReference article2(String part, Confidence confidence) {
    return ARTICLE_2.part(part, confidence);
  }

  /**
   * The notice a rule adds when the version of an article in force on a date is not the encoded
   * one: it names that version, its identifier and start, and the encoded version applied in its
   * place, with the confidence given (verified when the versions were compared word for word,
   * unconfirmed when the earlier wording was not read).
   *
   * @param history the article
   * @param version the version in force on the date
   * @param date the date the law is applied as of
   * @param confidence how sure the library is that the conditions applied are the same
   * @return the notice, or empty if the encoded version governed that date
   */
  public static Optional<Notice> versionNotice(ArticleHistory history, ArticleVersion version, LocalDate date,
      Confidence confidence) {
    if (version.equals(history.modelled())) {
      return Optional.empty();
    }
    LegalReference ref = history.referenceTo(version, confidence);
    String key = confidence == Confidence.VERIFIED ? "notice.version-compared" : "notice.version-not-modelled";
    return Optional.of(Notice.of(confidence == Confidence.VERIFIED ? "version-compared" : "version-not-modelled", ref,
        Conditions.msg(key, MessageArg.text(history.citation()), MessageArg.date(date),
            MessageArg.text(version.legifranceId().orElse("—")), MessageArg.date(version.validFrom()),
            MessageArg.date(history.modelled().validFrom()),
            MessageArg.text(history.modelled().legifranceId().orElse("—")))));
  }
}
