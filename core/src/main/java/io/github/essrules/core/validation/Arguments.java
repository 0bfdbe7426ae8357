package io.github.essrules.core.validation;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.MessageArg;
import java.util.List;

/**
 * Checks of the arguments of the library's public methods, with the same typed error as facts:
 * an {@link InvalidInputException} whose violation names the argument, never a
 * {@code NullPointerException}.
 *
 * <pre>{@code
 * Arguments.required(asOf, "asOf"); // asOf, or InvalidInputException "l'argument asOf est obligatoire"
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class Arguments {
  private Arguments() {}

  /**
   * An argument that must be given.
   *
   * @param <T> its type
   * @param value the argument
   * @param name its name, as the method declares it
   * @return the argument
   * @throws InvalidInputException naming the argument if it is {@code null}
   */
  public static <T> T required(T value, String name) {
    if (value == null) {
      throw invalid(name, "validation.argument.required", null);
    }
    return value;
  }

  /**
   * A whole number that must lie within bounds.
   *
   * @param value the argument
   * @param name its name
   * @param min the least value allowed
   * @param max the greatest value allowed
   * @return the argument
   * @throws InvalidInputException naming the argument and the bounds if it lies outside them
   */
  public static int within(int value, String name, int min, int max) {
    if (value < min || value > max) {
      throw invalid(name, "validation.argument.range", value, MessageArg.number(min), MessageArg.number(max));
    }
    return value;
  }

  private static InvalidInputException invalid(String name, String key, Object value, MessageArg... bounds) {
    MessageArg[] args = new MessageArg[bounds.length + 1];
    args[0] = MessageArg.text(name);
    System.arraycopy(bounds, 0, args, 1, bounds.length);
    return new InvalidInputException(List.of(Violation.of(name, "",
        CoreMessages.get().format(key, Lang.FR, args), CoreMessages.get().format(key, Lang.EN, args), value)));
  }
}
