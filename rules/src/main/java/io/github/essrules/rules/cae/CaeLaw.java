package io.github.essrules.rules.cae;

import io.github.essrules.core.law.ArticleHistory;
import io.github.essrules.core.law.CitedText;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.rules.law.LegalTexts;
import java.time.LocalDate;
import java.util.Map;
import org.threeten.extra.LocalDateRange;

/**
 * The articles of the Code du travail on CAE and entrepreneurs salariés, with the LEGIARTI
 * identifiers of their versions in force (LEGI dump of 27 March 2026): L7331-1 to L7332-7 (loi
 * n° 2014-856, in force since 2 August 2014, never amended) and R7331-1 to R7331-12 (décret
 * n° 2015-1363 du 27 octobre 2015, in force since 1 January 2016, never amended).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaeLaw {
  /** The day the legislative articles came into force (loi n° 2014-856). */
  public static final LocalDate LAW_IN_FORCE = LocalDate.of(2014, 8, 2);
  /** The day the regulatory articles came into force (décret n° 2015-1363, art. 5). */
  public static final LocalDate DECREE_IN_FORCE = LocalDate.of(2016, 1, 1);

  private static final Map<String, String> IDS = Map.ofEntries(
      Map.entry("L7331-2", "LEGIARTI000029317521"),
      Map.entry("L7331-3", "LEGIARTI000029317523"),
      Map.entry("L7332-1", "LEGIARTI000029317527"),
      Map.entry("L7332-3", "LEGIARTI000029317531"),
      Map.entry("R7331-1", "LEGIARTI000031394604"),
      Map.entry("R7331-2", "LEGIARTI000031394606"),
      Map.entry("R7331-3", "LEGIARTI000031394608"),
      Map.entry("R7331-4", "LEGIARTI000031394610"),
      Map.entry("R7331-5", "LEGIARTI000031394612"),
      Map.entry("R7331-6", "LEGIARTI000031394614"),
      Map.entry("R7331-7", "LEGIARTI000031394616"),
      Map.entry("R7331-8", "LEGIARTI000031394618"),
      Map.entry("R7331-9", "LEGIARTI000031394620"),
      Map.entry("R7331-10", "LEGIARTI000031394622"),
      Map.entry("R7331-11", "LEGIARTI000031394626"),
      Map.entry("R7331-12", "LEGIARTI000031394628"));
  private static final Map<String, CitedText> TEXTS = CitedText.articles("C. trav., art. ", IDS);

  /** C. trav. L7331-2 with its versions: the texts of the CAE are applied in time through it. */
  static final ArticleHistory L7331_2_IN_TIME = LegalTexts.codeDuTravail("L7331-2");
  /** C. trav. R7331-1 with its versions (décret n° 2015-1363). */
  static final ArticleHistory R7331_1_IN_TIME = LegalTexts.codeDuTravail("R7331-1");

  private CaeLaw() {}

  /**
   * Refuses a report on a date or a period before the CAE's texts came into force.
   *
   * @param days the period
   * @param asOf the date the records are read on
   * @throws NoLawKnownException if {@code asOf} or the period is before 2 August 2014
   */
  static void requireInForce(LocalDateRange days, LocalDate asOf) {
    if (asOf.isBefore(LAW_IN_FORCE) || days.getEndInclusive().isBefore(LAW_IN_FORCE)) {
      throw new NoLawKnownException("C. trav., art. L7331-1 et s. (coopératives d'activité et d'emploi)",
          asOf.isBefore(LAW_IN_FORCE) ? asOf : days.getEndInclusive(), LAW_IN_FORCE + " →");
    }
  }

  /**
   * The law in time of a report read on a date: the texts of the CAE apply from 2 August 2014,
   * those of the décret from 1 January 2016.
   *
   * @param asOf the date the records are read on
   * @param options the policy of presumption and the values supplied by the user
   * @return the context, the versions of L7331-2 (and of R7331-1 from 2016) applied on {@code asOf}
   * @throws NoLawKnownException if {@code asOf} is beyond the horizon of presumption of the articles
   */
  static LawContext inForce(LocalDate asOf, LawOptions options) {
    LawContext law = LawContext.of(asOf, options);
    law.article(L7331_2_IN_TIME);
    if (!asOf.isBefore(DECREE_IN_FORCE)) {
      law.article(R7331_1_IN_TIME);
    }
    return law;
  }

  /**
   * A reference to an article, or a part of it.
   *
   * @param article the article, such as {@code "R7331-3"}
   * @param part the part, such as {@code "2°, a"}, or empty
   * @return the reference, verified text, with its LEGIARTI identifier
   * @throws IllegalArgumentException if the article is not one of those encoded
   */
  public static LegalReference ref(String article, String part) {
    CitedText text = TEXTS.get(article);
    if (text == null) {
      throw new IllegalArgumentException("article not encoded: " + article);
    }
    return text.part(part, Confidence.VERIFIED);
  }
}
