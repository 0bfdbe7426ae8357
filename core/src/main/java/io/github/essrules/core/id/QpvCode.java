package io.github.essrules.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code of a quartier prioritaire de la politique de la ville (QPV), in either of its two
 * forms.
 *
 * <ul>
 *   <li>List of 2015 (décret n° 2014-1750): {@code QP}, the département on three characters,
 *       three digits — {@code QP075001}, {@code QP02A001}, {@code QP971001}.
 *   <li>List of 2024 (décret n° 2023-1314): {@code QN}, the département on three characters, two
 *       digits and a letter — {@code QN07501M}, {@code QN02A01M}.
 * </ul>
 *
 * <p>Only the form is checked, not that the quartier is on a list.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QpvCode {
  private static final Pattern FORMAT =
      Pattern.compile("(?:QP(\\d{3}|02[AB])\\d{3})|(?:QN(\\d{3}|02[AB])\\d{2}[A-Z])");

  /** The list a code belongs to. */
  public enum Generation {
    /** The 2015 list, codes {@code QP…}. */
    LIST_2015,
    /** The 2024 list, codes {@code QN…}. */
    LIST_2024
  }

  private final String value;

  private QpvCode(String value) {
    this.value = value;
  }

  /**
   * Reads a QPV code; lower case is accepted.
   *
   * @param text the code
   * @return the code
   * @throws InvalidIdentifierException if the form is wrong
   */
  @JsonCreator
  public static QpvCode of(String text) {
    Objects.requireNonNull(text, "text");
    String code = text.trim().toUpperCase(java.util.Locale.ROOT);
    if (!FORMAT.matcher(code).matches()) {
      throw new InvalidIdentifierException("QPV", text, "id.reason.qpv-format");
    }
    return new QpvCode(code);
  }

  /**
   * Whether a text is a valid QPV code.
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
   * @return the code, upper case
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * The list the code belongs to, from its prefix.
   *
   * @return the generation
   */
  public Generation generation() {
    return value.startsWith("QP") ? Generation.LIST_2015 : Generation.LIST_2024;
  }

  /**
   * The département as the code writes it, on three characters.
   *
   * @return for example {@code 075}, {@code 02A}, {@code 971}
   */
  public String departementCode() {
    Matcher m = FORMAT.matcher(value);
    m.matches();
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QpvCode && ((QpvCode) o).value.equals(value);
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
