package io.github.essrules.core.verdict;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.law.LegalReference;
import org.immutables.value.Value;

/**
 * Something a reader of a verdict must know that is not a condition: the version of an article
 * applied to a date it did not govern, an interpretation the library chose where the text is
 * silent, a value the library could not check.
 *
 * <pre>{@code
 * Notice n = Notice.of("esus.version-not-modelled", reference,
 *     Message.of(catalog, "esus.notice.version", MessageArg.text("LEGIARTI000048598324")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableNotice.class)
@JsonDeserialize(as = ImmutableNotice.class)
public abstract class Notice {
  Notice() {}

  /**
   * A stable identifier, for programs that read notices.
   *
   * @return the identifier
   */
  public abstract String id();

  /**
   * The text the notice is about; its confidence counts in the verdict's confidence.
   *
   * @return the reference
   */
  public abstract LegalReference reference();

  /**
   * The notice, for a person.
   *
   * @return the message
   */
  public abstract Message message();

  /**
   * A notice.
   *
   * @param id the identifier
   * @param reference the text the notice is about
   * @param message the message
   * @return the notice
   */
  public static Notice of(String id, LegalReference reference, Message message) {
    return Notice.builder().id(id).reference(reference).message(message).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Notice.Builder builder() {
    return new Notice.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public Notice.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Notice}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableNotice.Builder {
    /** A builder with no attribute set, as {@link Notice#builder()} gives. */
    public Builder() {}
  }
}
