package io.github.essrules.core.law;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One version of an article as the LEGI database records it: its Légifrance identifier
 * ({@code LEGIARTI…}, or {@code JORFTEXT…}/{@code JORFARTI…} for a text known only in its
 * published form) and the
 * period it governed, {@code validFrom} included and {@code validUntil} excluded.
 *
 * <pre>{@code
 * ArticleVersion v = ArticleVersion.of("LEGIARTI000049720096", LocalDate.of(2025, 1, 1), null);
 * v.governs(LocalDate.of(2026, 3, 1)); // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableArticleVersion.class)
@JsonDeserialize(as = ImmutableArticleVersion.class)
public abstract class ArticleVersion {
  ArticleVersion() {}

  /**
   * The Légifrance identifier of this version, when the library knows it.
   *
   * @return the identifier, or empty
   */
  public abstract Optional<String> legifranceId();

  /**
   * The first day this version governed.
   *
   * @return the date
   */
  public abstract LocalDate validFrom();

  /**
   * The first day this version no longer governed; empty while it is in force.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> validUntil();

  /**
   * A version.
   *
   * @param legifranceId the Légifrance identifier, or {@code null} if not known
   * @param validFrom the first day
   * @param validUntil the first day after, or {@code null} if in force
   * @return the version
   */
  public static ArticleVersion of(String legifranceId, LocalDate validFrom, LocalDate validUntil) {
    return ArticleVersion.builder()
        .legifranceId(Optional.ofNullable(legifranceId))
        .validFrom(validFrom)
        .validUntil(Optional.ofNullable(validUntil))
        .build();
  }

  /**
   * Whether this version governed a date.
   *
   * @param date the date
   * @return whether {@code validFrom ≤ date < validUntil}
   */
  public boolean governs(LocalDate date) {
    Optional<LocalDate> until = validUntil();
    return !date.isBefore(validFrom()) && (until.isEmpty() || date.isBefore(until.get()));
  }

  @Value.Check
  void check() {
    if (legifranceId().isPresent() && !legifranceId().get().matches("(LEGIARTI|JORFARTI|JORFTEXT)[0-9]{12}")) {
      throw new IllegalArgumentException("not a LEGIARTI, JORFARTI or JORFTEXT identifier: " + legifranceId().get());
    }
    if (validUntil().isPresent() && !validUntil().get().isAfter(validFrom())) {
      throw new IllegalArgumentException(validFrom() + ": validUntil must be after validFrom");
    }
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ArticleVersion.Builder builder() {
    return new ArticleVersion.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public ArticleVersion.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link ArticleVersion}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableArticleVersion.Builder {
    /** A builder with no attribute set, as {@link ArticleVersion#builder()} gives. */
    public Builder() {}
  }
}
