package io.github.essrules.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A SIRET number: the fourteen-digit identifier of an establishment, its SIREN followed by a
 * five-digit NIC.
 *
 * <p>The rule INSEE applies: the fourteen digits satisfy the Luhn check, and so do the nine of
 * the SIREN. La Poste is the exception: its establishments ({@code 356000000} followed by a NIC)
 * are too many for the Luhn key, and their SIRET is valid when the sum of its fourteen digits is a
 * multiple of 5. That rule does not detect every single-digit error (a digit changed by 5 keeps
 * the sum a multiple of 5).
 *
 * <pre>{@code
 * Siret.of("732 829 320 00074").siren(); // 732829320
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Siret {
  private final String value;

  private Siret(String value) {
    this.value = value;
  }

  /**
   * Reads a SIRET number.
   *
   * @param text fourteen digits, spaces allowed
   * @return the SIRET
   * @throws InvalidIdentifierException if the text is not fourteen digits or a key is wrong
   */
  @JsonCreator
  public static Siret of(String text) {
    Objects.requireNonNull(text, "text");
    String compact = Identifiers.compact(text);
    String reason = reason(compact);
    if (reason != null) {
      throw new InvalidIdentifierException("SIRET", text, reason);
    }
    return new Siret(compact);
  }

  /**
   * Whether a text is a valid SIRET number.
   *
   * @param text a text
   * @return true if {@link #of(String)} would accept it
   */
  public static boolean isValid(String text) {
    return text != null && reason(Identifiers.compact(text)) == null;
  }

  private static String reason(String compact) {
    if (!Identifiers.digits(compact, 14)) {
      return "id.reason.siret-format";
    }
    if (compact.startsWith(Siren.LA_POSTE)) {
      return Identifiers.digitSum(compact) % 5 == 0 ? null : "id.reason.la-poste";
    }
    if (!Identifiers.luhn(compact.substring(0, 9))) {
      return "id.reason.siret-siren";
    }
    return Identifiers.luhn(compact) ? null : "id.reason.luhn";
  }

  /**
   * The fourteen digits.
   *
   * @return the number, without spaces
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * The SIREN of the legal unit the establishment belongs to.
   *
   * @return the SIREN
   */
  public Siren siren() {
    return Siren.of(value.substring(0, 9));
  }

  /**
   * The NIC, the establishment's internal number.
   *
   * @return the last five digits
   */
  public String nic() {
    return value.substring(9);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Siret && ((Siret) o).value.equals(value);
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
