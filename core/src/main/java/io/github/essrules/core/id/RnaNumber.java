package io.github.essrules.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A number of the Répertoire national des associations (RNA): {@code W} followed by nine digits,
 * given by the greffe des associations when an association is declared.
 *
 * <p>Only the format is checked: the RNA number has no check digit. Associations of
 * Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle) are registered with the tribunal judiciaire and
 * have no RNA number. The format "W + 9 digits" is the one of the notes ([S]); a different form
 * for some territories is not excluded and not modelled.
 *
 * <pre>{@code
 * RnaNumber.of("W751234567");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RnaNumber {
  private static final Pattern FORMAT = Pattern.compile("W\\d{9}");

  private final String value;

  private RnaNumber(String value) {
    this.value = value;
  }

  /**
   * Reads an RNA number; a lower-case {@code w} is accepted.
   *
   * @param text {@code W} and nine digits
   * @return the number
   * @throws InvalidIdentifierException if the format is wrong
   */
  @JsonCreator
  public static RnaNumber of(String text) {
    Objects.requireNonNull(text, "text");
    String compact = Identifiers.compact(text).toUpperCase(java.util.Locale.ROOT);
    if (!FORMAT.matcher(compact).matches()) {
      throw new InvalidIdentifierException("RNA", text, "id.reason.rna-format");
    }
    return new RnaNumber(compact);
  }

  /**
   * Whether a text is a valid RNA number.
   *
   * @param text a text
   * @return true if {@link #of(String)} would accept it
   */
  public static boolean isValid(String text) {
    return text != null
        && FORMAT.matcher(Identifiers.compact(text).toUpperCase(java.util.Locale.ROOT)).matches();
  }

  /**
   * The number.
   *
   * @return {@code W} and nine digits
   */
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RnaNumber && ((RnaNumber) o).value.equals(value);
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
