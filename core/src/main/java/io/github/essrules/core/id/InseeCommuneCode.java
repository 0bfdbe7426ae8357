package io.github.essrules.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The INSEE code of a commune (code officiel géographique): five characters, the département
 * then a number within it.
 *
 * <p>Accepted: metropolitan départements {@code 01}–{@code 19}, {@code 21}–{@code 95}; Corsica
 * {@code 2A} and {@code 2B} (the code {@code 20} was split in 1976 and is rejected); overseas
 * départements and collectivities {@code 971}–{@code 978} and {@code 984}–{@code 989}, followed by
 * two digits. Municipal arrondissements of Paris, Lyon and Marseille ({@code 75101}, {@code 69381},
 * {@code 13201}) have the same form and are accepted. Only the form is checked, not that the
 * commune exists.
 *
 * <pre>{@code
 * InseeCommuneCode.of("2A004").departement(); // "2A"
 * InseeCommuneCode.of("97411").departement(); // "974"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InseeCommuneCode {
  private static final Pattern FORMAT = Pattern.compile(
      "(?:0[1-9]|1\\d|2[1-9]|[3-8]\\d|9[0-5]|2[AB])\\d{3}|97[1-8]\\d{2}|98[4-9]\\d{2}");

  private final String value;

  private InseeCommuneCode(String value) {
    this.value = value;
  }

  /**
   * Reads a commune code; lower-case {@code 2a}/{@code 2b} are accepted.
   *
   * @param text five characters
   * @return the code
   * @throws InvalidIdentifierException if the form is wrong
   */
  @JsonCreator
  public static InseeCommuneCode of(String text) {
    Objects.requireNonNull(text, "text");
    String code = text.trim().toUpperCase(java.util.Locale.ROOT);
    if (!FORMAT.matcher(code).matches()) {
      throw new InvalidIdentifierException("INSEE", text, "id.reason.insee-format");
    }
    return new InseeCommuneCode(code);
  }

  /**
   * Whether a text is a valid commune code.
   *
   * @param text a text
   * @return true if {@link #of(String)} would accept it
   */
  public static boolean isValid(String text) {
    return text != null && FORMAT.matcher(text.trim().toUpperCase(java.util.Locale.ROOT)).matches();
  }

  /**
   * The code.
   *
   * @return five characters
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * The département (or overseas collectivity) of the commune.
   *
   * @return two characters in metropolitan France and Corsica, three overseas
   */
  public String departement() {
    return value.startsWith("97") || value.startsWith("98") ? value.substring(0, 3) : value.substring(0, 2);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InseeCommuneCode && ((InseeCommuneCode) o).value.equals(value);
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
