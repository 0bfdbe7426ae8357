package io.github.essrules.core.law;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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
  private static final Set<String> ID_PREFIXES =
      Set.of("LEGIARTI", "LEGITEXT", "JORFTEXT", "JORFARTI", "KALIARTI", "KALITEXT", "CETATEXT");
  /** Derived addresses, by identifier: the identifiers a program meets are few. */
  private static final ConcurrentMap<String, URI> DERIVED_URLS = new ConcurrentHashMap<>();
  private static final int MAX_CACHED_URLS = 10_000;
  private static final ConcurrentMap<Key, LegalReference> INTERNED = new ConcurrentHashMap<>();
  private static final int MAX_INTERNED = 10_000;
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
    return interned(new Key(kind, citation, legifranceId, confidence), () -> LegalReference.builder()
        .kind(kind)
        .citation(citation)
        .legifranceId(legifranceId)
        .confidence(confidence)
        .build());
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
    return interned(new Key(kind, citation, null, confidence), () -> LegalReference.builder()
        .kind(kind)
        .citation(citation)
        .confidence(confidence)
        .build());
  }

  private record Key(TextKind kind, String citation, String legifranceId, Confidence confidence) {}

  /**
   * References are values: the same four facts give an equal reference, so rules that cite the
   * same article on every evaluation share one instance instead of building and checking it
   * again. The cache holds what the code cites (a few hundred), bounded in case a program builds
   * references from data.
   */
  private static LegalReference interned(Key key, Supplier<LegalReference> make) {
    LegalReference cached = INTERNED.get(key);
    if (cached != null) {
      return cached;
    }
    LegalReference made = make.get();
    if (INTERNED.size() < MAX_INTERNED) {
      INTERNED.putIfAbsent(key, made);
    }
    return made;
  }

  /**
   * A builder, for references with an explicit address or a note.
   *
   * @return a new builder
   */
  public static LegalReference.Builder builder() {
    return new LegalReference.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public LegalReference.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link LegalReference}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableLegalReference.Builder {
    /** A builder with no attribute set, as {@link LegalReference#builder()} gives. */
    public Builder() {}
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
    if (!isLegifranceId(legifranceId)) {
      return Optional.empty();
    }
    URI cached = DERIVED_URLS.get(legifranceId);
    if (cached == null) {
      cached = URI.create(LEGIFRANCE + path + legifranceId);
      if (DERIVED_URLS.size() < MAX_CACHED_URLS) {
        DERIVED_URLS.putIfAbsent(legifranceId, cached);
      }
    }
    return Optional.of(cached);
  }

  /**
   * Whether a text is a well-formed Légifrance identifier: a known prefix and twelve digits.
   * Written by hand rather than with a regular expression: references are built in hot paths.
   */
  static boolean isLegifranceId(String id) {
    if (id.length() != 20) {
      return false;
    }
    String prefix = id.substring(0, 8);
    if (!ID_PREFIXES.contains(prefix)) {
      return false;
    }
    for (int i = 8; i < 20; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  LegalReference normalize() {
    if (kind() == null || confidence() == null || citation() == null || citation().isBlank()) {
      throw new IllegalStateException(
          "a legal reference needs a kind, a non-blank citation and a confidence: " + this);
    }
    if (legifranceId().isPresent()) {
      String id = legifranceId().get();
      if (!isLegifranceId(id)) {
        throw new IllegalStateException("malformed Légifrance identifier '" + id + "'");
      }
      if (url().isEmpty()) {
        Optional<URI> derived = legifranceUrl(id);
        if (derived.isPresent()) {
          return toBuilder().url(derived.get()).build();
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
