package io.github.essrules.core.validation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.Lang;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One fault of an input: where it stands, as a property path ({@code pays[2].annualGross}) and
 * as a JSON pointer ({@code /pays/2/annualGross}), and what is wrong, in French and English.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableViolation.class)
@JsonDeserialize(as = ImmutableViolation.class)
public abstract class Violation {
  Violation() {}

  /**
   * The property path, empty for the input as a whole.
   *
   * @return for example {@code pays[2].annualGross}
   */
  public abstract String path();

  /**
   * The JSON pointer (RFC 6901), empty for the input as a whole.
   *
   * @return for example {@code /pays/2/annualGross}
   */
  public abstract String pointer();

  /**
   * What is wrong, in French.
   *
   * @return the message
   */
  public abstract String messageFr();

  /**
   * What is wrong, in English.
   *
   * @return the message
   */
  public abstract String messageEn();

  /**
   * The value found, shortened to 100 characters, when there was one.
   *
   * @return the value
   */
  public abstract Optional<String> invalidValue();

  /**
   * What is wrong, in a language.
   *
   * @param lang the language
   * @return the message
   */
  public String message(Lang lang) {
    return lang == Lang.EN ? messageEn() : messageFr();
  }

  /**
   * What is wrong, in a language.
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return the message
   */
  public String message(Locale locale) {
    return message(Lang.of(locale));
  }

  /**
   * A violation.
   *
   * @param path the property path
   * @param pointer the JSON pointer
   * @param messageFr the French message
   * @param messageEn the English message
   * @param invalidValue the value found, or {@code null}
   * @return the violation
   */
  public static Violation of(
      String path, String pointer, String messageFr, String messageEn, Object invalidValue) {
    String value = invalidValue == null ? null : String.valueOf(invalidValue);
    if (value != null && value.length() > 100) {
      value = value.substring(0, 97) + "...";
    }
    return Violation.builder()
        .path(path)
        .pointer(pointer)
        .messageFr(messageFr)
        .messageEn(messageEn)
        .invalidValue(Optional.ofNullable(value))
        .build();
  }

  /**
   * The property path of a JSON pointer: {@code /pays/2/annualGross} → {@code pays[2].annualGross}.
   *
   * @param pointer a JSON pointer
   * @return the property path
   */
  public static String pathOf(String pointer) {
    StringBuilder out = new StringBuilder();
    for (String token : pointer.split("/", -1)) {
      if (token.isEmpty()) {
        continue;
      }
      String name = token.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit)) {
        out.append('[').append(name).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(name);
      }
    }
    return out.toString();
  }

  /**
   * The text of a violation for a person: {@code "/pays/2/annualGross : doit être positif"}.
   *
   * @param lang the language
   * @return the line
   */
  public String describe(Lang lang) {
    String where = pointer().isEmpty() ? "(document)" : pointer();
    return where + (lang == Lang.FR ? " : " : ": ") + message(lang)
        + invalidValue().map(v -> " [" + v + "]").orElse("");
  }

  /**
   * The text of a violation for a person: {@code "/pays/2/annualGross : doit être positif"}.
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return the line
   */
  public String describe(Locale locale) {
    return describe(Lang.of(locale));
  }

  @Value.Check
  void check() {
    if (path() == null || pointer() == null || messageFr() == null || messageEn() == null) {
      throw new IllegalStateException("a violation needs a path, a pointer and two messages");
    }
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Violation.Builder builder() {
    return new Violation.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public Violation.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Violation}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableViolation.Builder {
    /** A builder with no attribute set, as {@link Violation#builder()} gives. */
    public Builder() {}
  }
}
