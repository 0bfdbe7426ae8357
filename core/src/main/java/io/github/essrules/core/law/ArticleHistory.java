package io.github.essrules.core.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The versions of one article over time and the one whose wording the library encodes, so that a
 * rule can tell which version governed a date and say so when it applies another.
 *
 * <pre>{@code
 * ArticleHistory h = ArticleHistory.of("C. trav., art. L3332-17-1", "LEGIARTI000049720096", versions);
 * h.versionAt(LocalDate.of(2020, 6, 1));   // the version of 2020-01-01
 * h.modelledGoverns(LocalDate.of(2026, 1, 1)); // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ArticleHistory {
  private final String citation;
  private final List<ArticleVersion> versions;
  private final ArticleVersion modelled;
  private final CitedText text;

  private ArticleHistory(String citation, List<ArticleVersion> versions, ArticleVersion modelled) {
    this.citation = citation;
    this.versions = versions;
    this.modelled = modelled;
    this.text = CitedText.of(TextKind.CODE_ARTICLE, citation, modelled.legifranceId());
  }

  /**
   * A history.
   *
   * @param citation the article, such as {@code "C. trav., art. L3332-17-1"}
   * @param modelledId the LEGIARTI identifier of the version whose wording is encoded
   * @param versions the versions, in date order, each starting the day the previous one ends
   * @return the history
   * @throws IllegalArgumentException if the versions leave a gap or overlap, or do not include
   *     the modelled one
   */
  public static ArticleHistory of(String citation, String modelledId, List<ArticleVersion> versions) {
    Objects.requireNonNull(citation, "citation");
    if (versions.isEmpty()) {
      throw new IllegalArgumentException(citation + ": no version");
    }
    for (int i = 1; i < versions.size(); i++) {
      Optional<LocalDate> end = versions.get(i - 1).validUntil();
      if (end.isEmpty() || !end.get().equals(versions.get(i).validFrom())) {
        throw new IllegalArgumentException(citation + ": version " + versions.get(i).legifranceId()
            + " does not start the day the previous one ends");
      }
    }
    ArticleVersion modelled = versions.stream()
        .filter(v -> v.legifranceId().equals(modelledId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(citation + ": no version " + modelledId));
    return new ArticleHistory(citation, List.copyOf(versions), modelled);
  }

  /**
   * The article.
   *
   * @return the citation
   */
  public String citation() {
    return citation;
  }

  /**
   * The versions, in date order.
   *
   * @return the versions
   */
  public List<ArticleVersion> versions() {
    return versions;
  }

  /**
   * The version whose wording the library encodes.
   *
   * @return the version
   */
  public ArticleVersion modelled() {
    return modelled;
  }

  /**
   * The version that governed a date.
   *
   * @param date the date
   * @return the version, or empty before the first one
   */
  public Optional<ArticleVersion> versionAt(LocalDate date) {
    for (ArticleVersion v : versions) {
      if (v.governs(date)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the encoded version governed a date.
   *
   * @param date the date
   * @return whether the modelled version was in force that day
   */
  public boolean modelledGoverns(LocalDate date) {
    return modelled.governs(date);
  }

  /**
   * A reference to the encoded version, or to a part of it.
   *
   * @param part the part cited after the article, such as {@code "I, 3°, a"}, or empty
   * @param confidence how sure the library is of the rule it draws from the text
   * @return the reference, with the LEGIARTI identifier of the encoded version
   */
  public LegalReference reference(String part, Confidence confidence) {
    return text.part(part, confidence);
  }
}
