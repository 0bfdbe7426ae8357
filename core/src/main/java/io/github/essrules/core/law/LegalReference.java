package io.github.essrules.core.law;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Which text states a rule or an amount: its kind, a human citation, the Légifrance identifier
 * and address when known, and how sure the library is of it.
 *
 * <p>The citation follows French legal usage and stays in French in every language, for
 * example {@code "C. trav., art. L3332-17-1, I, 3°"}. When a Légifrance identifier is given and no
 * address, the address is derived from it ({@code LEGIARTI…} → {@code /codes/article_lc/…},
 * {@code JORFTEXT…} → {@code /jorf/id/…}, {@code JORFARTI…} → {@code /jorf/article_jo/…},
 * {@code LEGITEXT…} → {@code /codes/texte_lc/…}).
 *
 * <pre>{@code
 * LegalReference ref = LegalReference.of(TextKind.CODE_ARTICLE,
 *     "C. trav., art. L3332-17-1, I, 3°", "LEGIARTI000049720096", Confidence.VERIFIED);
 * ref.url(); // Optional[https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049720096]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableLegalReference.class)
@JsonDeserialize(as = ImmutableLegalReference.class)
public abstract class LegalReference {
  private static final Pattern LEGIFRANCE_ID =
      Pattern.compile("(LEGIARTI|LEGITEXT|JORFTEXT|JORFARTI|KALIARTI|KALITEXT|CETATEXT)\\d{12}");
  private static final String LEGIFRANCE = "https://www.legifrance.gouv.fr/";

  LegalReference() {}

  /**
   * The kind of text.
   *
   * @return the kind
   */
  public abstract TextKind kind();

  /**
   * The citation, in French legal usage, for example {@code "Décret n° 2014-1569 du 22 décembre
   * 2014"}.
   *
   * @return a non-blank citation
   */
  public abstract String citation();

  /**
   * The Légifrance identifier ({@code LEGIARTI…}, {@code JORFTEXT…}, …) when known.
   *
   * @return the identifier
   */
  public abstract Optional<String> legifranceId();

  /**
   * The address of the text, given or derived from {@link #legifranceId()}.
   *
   * @return the address
   */
  public abstract Optional<URI> url();

  /**
   * How sure the library is of what it takes from this text.
   *
   * @return the confidence
   */
  public abstract Confidence confidence();

  /**
   * A remark for the reader, such as "formula not verified against décret 2017-1038".
   *
   * @return the remark
   */
  public abstract Optional<String> note();

  /**
   * A reference with a Légifrance identifier, its address derived from the identifier.
   *
   * @param kind the kind of text
   * @param citation the citation in French legal usage
   * @param legifranceId the Légifrance identifier
   * @param confidence how sure the library is
   * @return the reference
   * @throws IllegalStateException if an argument is missing or the identifier is malformed
   */
  public static LegalReference of(
      TextKind kind, String citation, String legifranceId, Confidence confidence) {
    return ImmutableLegalReference.builder()
        .kind(kind)
        .citation(citation)
        .legifranceId(legifranceId)
        .confidence(confidence)
        .build();
  }

  /**
   * A reference without Légifrance identifier.
   *
   * @param kind the kind of text
   * @param citation the citation in French legal usage
   * @param confidence how sure the library is
   * @return the reference
   */
  public static LegalReference of(TextKind kind, String citation, Confidence confidence) {
    return ImmutableLegalReference.builder()
        .kind(kind)
        .citation(citation)
        .confidence(confidence)
        .build();
  }

  /**
   * A builder, for references with an explicit address or a note.
   *
   * @return a new builder
   */
  public static ImmutableLegalReference.Builder builder() {
    return ImmutableLegalReference.builder();
  }

  /**
   * The address Légifrance gives a text of that identifier.
   *
   * @param legifranceId an identifier such as {@code LEGIARTI000049720096}
   * @return the address, or empty if the kind of identifier has no stable address known here
   */
  public static Optional<URI> legifranceUrl(String legifranceId) {
    String path;
    if (legifranceId.startsWith("LEGIARTI")) {
      path = "codes/article_lc/";
    } else if (legifranceId.startsWith("LEGITEXT")) {
      path = "codes/texte_lc/";
    } else if (legifranceId.startsWith("JORFTEXT")) {
      path = "jorf/id/";
    } else if (legifranceId.startsWith("JORFARTI")) {
      path = "jorf/article_jo/";
    } else {
      return Optional.empty();
    }
    return Optional.of(URI.create(LEGIFRANCE + path + legifranceId));
  }

  @Value.Check
  LegalReference normalize() {
    if (kind() == null || confidence() == null || citation() == null || citation().isBlank()) {
      throw new IllegalStateException(
          "a legal reference needs a kind, a non-blank citation and a confidence: " + this);
    }
    if (legifranceId().isPresent()) {
      String id = legifranceId().get();
      if (!LEGIFRANCE_ID.matcher(id).matches()) {
        throw new IllegalStateException("malformed Légifrance identifier '" + id + "'");
      }
      if (url().isEmpty()) {
        Optional<URI> derived = legifranceUrl(id);
        if (derived.isPresent()) {
          return ImmutableLegalReference.copyOf(this).withUrl(derived.get());
        }
      }
    }
    return this;
  }

  @Override
  public String toString() {
    return citation() + legifranceId().map(id -> " [" + id + "]").orElse("")
        + " (" + confidence().name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
