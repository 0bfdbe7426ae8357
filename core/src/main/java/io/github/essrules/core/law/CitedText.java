package io.github.essrules.core.law;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One text — an article, a law — and the references to its parts: {@code "…, art. 1"} and
 * {@code "…, art. 1, II, 2°, c"} share the kind, the Légifrance identifier and the start of the
 * citation. A rule cites the same few parts on every evaluation; they are built once and shared.
 *
 * <pre>{@code
 * CitedText art1 = CitedText.of(TextKind.LOI, "Loi n° 2014-856 du 31 juillet 2014, art. 1",
 *     "JORFTEXT000029313296");
 * art1.part("II, 2°, c", Confidence.VERIFIED).citation(); // "Loi n° 2014-856 …, art. 1, II, 2°, c"
 * }</pre>
 *
 * <p>This class is thread-safe; the references it returns are immutable.
 */
public final class CitedText {
  private static final int MAX_PARTS = 1_000;

  private final TextKind kind;
  private final String citation;
  private final String legifranceId;
  private final ConcurrentMap<String, LegalReference[]> parts = new ConcurrentHashMap<>();

  private CitedText(TextKind kind, String citation, String legifranceId) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.citation = Objects.requireNonNull(citation, "citation");
    this.legifranceId = legifranceId;
  }

  /**
   * A text.
   *
   * @param kind the kind of text
   * @param citation the citation of the whole text, in French legal usage
   * @param legifranceId its Légifrance identifier, or {@code null} if not known
   * @return the text
   */
  public static CitedText of(TextKind kind, String citation, String legifranceId) {
    return new CitedText(kind, citation, legifranceId);
  }

  /**
   * The articles of a code, by article number.
   *
   * @param prefix the citation before the number, such as {@code "C. trav., art. "}
   * @param legifranceIds the LEGIARTI identifier of each article, by number ({@code "R7331-3"})
   * @return the texts, by article number
   */
  public static Map<String, CitedText> articles(String prefix, Map<String, String> legifranceIds) {
    Map<String, CitedText> out = new HashMap<>();
    legifranceIds.forEach((article, id) -> out.put(article, of(TextKind.CODE_ARTICLE, prefix + article, id)));
    return Map.copyOf(out);
  }

  /**
   * The kind of text.
   *
   * @return the kind
   */
  public TextKind kind() {
    return kind;
  }

  /**
   * The citation of the whole text.
   *
   * @return the citation
   */
  public String citation() {
    return citation;
  }

  /**
   * A reference to the text or one of its parts.
   *
   * @param part the part, such as {@code "I, 3°, a"}; empty or {@code null} for the whole text
   * @param confidence how sure the library is of what it takes from it
   * @return the reference, shared between calls
   */
  public LegalReference part(String part, Confidence confidence) {
    String key = part == null ? "" : part;
    LegalReference[] byConfidence = parts.get(key);
    if (byConfidence == null) {
      byConfidence = new LegalReference[Confidence.values().length];
      if (parts.size() < MAX_PARTS) {
        LegalReference[] raced = parts.putIfAbsent(key, byConfidence);
        byConfidence = raced == null ? byConfidence : raced;
      }
    }
    LegalReference ref = byConfidence[confidence.ordinal()];
    if (ref == null) {
      String full = key.isEmpty() ? citation : citation + ", " + key;
      ref = legifranceId == null ? LegalReference.of(kind, full, confidence)
          : LegalReference.of(kind, full, legifranceId, confidence);
      // a benign race: two threads may build equal references; either is kept
      byConfidence[confidence.ordinal()] = ref;
    }
    return ref;
  }
}
