package io.github.essrules.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A SIREN number: the nine-digit identifier of a legal unit in INSEE's Sirene register, whose
 * last digit is a Luhn key.
 *
 * <p>Spaces are ignored on input ({@code "356 000 000"}). The SIREN of La Poste,
 * {@value #LA_POSTE}, is valid under the Luhn rule like any other; its establishments' SIRET
 * numbers follow another rule (see {@link Siret}).
 *
 * <pre>{@code
 * Siren.of("732 829 320");   // valid
 * Siren.isValid("732829321"); // false: wrong key
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Siren {
  /** The SIREN of La Poste. */
  public static final String LA_POSTE = "356000000";

  private final String value;

  private Siren(String value) {
    this.value = value;
  }

  /**
   * Reads a SIREN number.
   *
   * @param text nine digits, spaces allowed
   * @return the SIREN
   * @throws InvalidIdentifierException if the text is not nine digits or the key is wrong
   */
  @JsonCreator
  public static Siren of(String text) {
    Objects.requireNonNull(text, "text");
    String compact = Identifiers.compact(text);
    String reason = reason(compact);
    if (reason != null) {
      throw new InvalidIdentifierException("SIREN", text, reason);
    }
    return new Siren(compact);
  }

  /**
   * Whether a text is a valid SIREN number.
   *
   * @param text a text
   * @return true if {@link #of(String)} would accept it
   */
  public static boolean isValid(String text) {
    return text != null && reason(Identifiers.compact(text)) == null;
  }

  private static String reason(String compact) {
    if (!Identifiers.digits(compact, 9)) {
      return "id.reason.siren-format";
    }
    return Identifiers.luhn(compact) ? null : "id.reason.luhn";
  }

  /**
   * The nine digits.
   *
   * @return the number, without spaces
   */
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Siren && ((Siren) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
