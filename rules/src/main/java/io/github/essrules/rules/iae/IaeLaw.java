package io.github.essrules.rules.iae;

import io.github.essrules.core.law.CitedText;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import java.util.Map;

/**
 * The articles of the Code du travail on the insertion par l'activité économique the library
 * encodes, with the LEGIARTI identifiers of their versions in force (LEGI dump of 27 March 2026).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IaeLaw {
  private static final Map<String, String> IDS = Map.ofEntries(
      Map.entry("L5132-2", "LEGIARTI000042674183"),
      Map.entry("L5132-15", "LEGIARTI000006903510"),
      Map.entry("L5132-15-1", "LEGIARTI000042674137"),
      Map.entry("R5132-27", "LEGIARTI000049754344"),
      Map.entry("R5132-28", "LEGIARTI000045950370"),
      Map.entry("R5132-29", "LEGIARTI000045950367"),
      Map.entry("R5132-37", "LEGIARTI000045950362"),
      Map.entry("R5132-38", "LEGIARTI000045950359"),
      Map.entry("D5132-34", "LEGIARTI000049754337"),
      Map.entry("D5132-43-5", "LEGIARTI000043999892"),
      Map.entry("D5132-43-8", "LEGIARTI000043995206"));
  private static final Map<String, CitedText> TEXTS = CitedText.articles("C. trav., art. ", IDS);

  private IaeLaw() {}

  /**
   * A reference to an article, verified text.
   *
   * @param article the article, such as {@code "D5132-34"}
   * @param part the part, or empty
   * @return the reference
   * @throws IllegalArgumentException if the article is not encoded
   */
  public static LegalReference ref(String article, String part) {
    return ref(article, part, Confidence.VERIFIED);
  }

  /**
   * A reference to an article with a given confidence in the rule drawn from it.
   *
   * @param article the article
   * @param part the part, or empty
   * @param confidence the confidence
   * @return the reference
   */
  public static LegalReference ref(String article, String part, Confidence confidence) {
    CitedText text = TEXTS.get(article);
    if (text == null) {
      throw new IllegalArgumentException("article not encoded: " + article);
    }
    return text.part(part, confidence);
  }
}
