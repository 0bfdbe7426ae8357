package io.github.essrules.rules.esus;

import io.github.essrules.core.law.ArticleHistory;
import io.github.essrules.core.law.ArticleVersion;
import io.github.essrules.core.law.CitedText;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.rules.internal.Conditions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The articles of the ESUS agrément with their versions (LEGI database, dump of 27 March 2026):
 * which version governed a date, and which one the library encodes.
 *
 * <ul>
 *   <li>C. trav. L3332-17-1: ten versions; the library encodes the one in force since
 *       1 January 2025 (LEGIARTI000049720096). It refuses dates before 2 August 2014 (loi
 *       n° 2014-856) and applies the 2025 text to dates from 2 August 2014 to 31 December 2024
 *       with a notice that names the version then in force, whose wording it has not read.
 *   <li>R3332-21-1 (charge induite), R3332-21-2 (dirigeants), R3332-21-5 (annex): in force since
 *       1 July 2015; before that, the 2009 versions, not encoded (notice).
 *   <li>R3332-21-3 (procedure and duration): encoded in its version of 1 January 2025; the
 *       version of 1 July 2015 is not encoded (notice).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EsusLaw {
  /** The first day the library applies the ESUS rules: loi n° 2014-856 came into force. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2014, 8, 2);

  /** C. trav. L3332-17-1 and its versions. */
  public static final ArticleHistory L3332_17_1 = ArticleHistory.of("C. trav., art. L3332-17-1",
      "LEGIARTI000049720096", List.of(
          v("LEGIARTI000019293591", "2008-08-06", "2014-01-01"),
          v("LEGIARTI000027645919", "2014-01-01", "2014-08-02"),
          v("LEGIARTI000029320636", "2014-08-02", "2018-01-03"),
          v("LEGIARTI000035044015", "2018-01-03", "2019-01-01"),
          v("LEGIARTI000037388828", "2019-01-01", "2019-05-24"),
          v("LEGIARTI000038588554", "2019-05-24", "2020-01-01"),
          v("LEGIARTI000041471643", "2020-01-01", "2022-02-23"),
          v("LEGIARTI000045212875", "2022-02-23", "2023-12-20"),
          v("LEGIARTI000048598324", "2023-12-20", "2025-01-01"),
          v("LEGIARTI000049720096", "2025-01-01", null)));

  /** C. trav. R3332-21-1 (charge induite) and its versions. */
  public static final ArticleHistory R3332_21_1 = ArticleHistory.of("C. trav., art. R3332-21-1",
      "LEGIARTI000030776877", List.of(
          v("LEGIARTI000020416900", "2009-03-21", "2015-07-01"),
          v("LEGIARTI000030776877", "2015-07-01", null)));

  /** C. trav. R3332-21-2 (dirigeants of companies) and its versions. */
  public static final ArticleHistory R3332_21_2 = ArticleHistory.of("C. trav., art. R3332-21-2",
      "LEGIARTI000030776884", List.of(
          v("LEGIARTI000020416915", "2009-03-21", "2015-07-01"),
          v("LEGIARTI000030776884", "2015-07-01", null)));

  /** C. trav. R3332-21-3 (préfet, tacit acceptance, duration, renewal) and its versions. */
  public static final ArticleHistory R3332_21_3 = ArticleHistory.of("C. trav., art. R3332-21-3",
      "LEGIARTI000050826301", List.of(
          v("LEGIARTI000020416911", "2009-03-21", "2015-07-01"),
          v("LEGIARTI000030776888", "2015-07-01", "2025-01-01"),
          v("LEGIARTI000050826301", "2025-01-01", null)));

  /** C. trav. R3332-21-5 (statement in the annex to the annual accounts) and its versions. */
  public static final ArticleHistory R3332_21_5 = ArticleHistory.of("C. trav., art. R3332-21-5",
      "LEGIARTI000030776890", List.of(
          v("LEGIARTI000020416906", "2009-03-21", "2015-07-01"),
          v("LEGIARTI000030776890", "2015-07-01", null)));

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
   * The notice a rule adds when it applies the encoded version of an article to a date another
   * version governed: it names that version, its LEGIARTI identifier and start, and the version
   * applied instead; its reference has the confidence "unconfirmed".
   *
   * @param history the article
   * @param date the date the law is applied as of
   * @return the notice, or empty if the encoded version governed that date
   * @throws io.github.essrules.core.law.NoLawKnownException if no version governed that date
   */
  public static Optional<Notice> versionNotice(ArticleHistory history, LocalDate date) {
    if (history.modelledGoverns(date)) {
      return Optional.empty();
    }
    ArticleVersion then = history.versionAt(date).orElseThrow(() -> new NoLawKnownException(
        history.citation(), date, "depuis le " + history.versions().get(0).validFrom()));
    LegalReference ref = LegalReference.builder()
        .kind(TextKind.CODE_ARTICLE)
        .citation(history.citation() + " (version du " + then.validFrom() + ")")
        .legifranceId(then.legifranceId())
        .confidence(Confidence.UNCONFIRMED)
        .build();
    return Optional.of(Notice.of("version-not-modelled", ref,
        Conditions.msg("notice.version-not-modelled", MessageArg.text(history.citation()), MessageArg.date(date),
            MessageArg.text(then.legifranceId()), MessageArg.date(then.validFrom()),
            MessageArg.date(history.modelled().validFrom()), MessageArg.text(history.modelled().legifranceId()))));
  }

  private static ArticleVersion v(String id, String from, String until) {
    return ArticleVersion.of(id, LocalDate.parse(from), until == null ? null : LocalDate.parse(until));
  }
}
