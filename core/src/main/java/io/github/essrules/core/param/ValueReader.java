package io.github.essrules.core.param;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Turns the {@code value} node of a parameter file into a value of the parameter's type.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface ValueReader<T> {
  /**
   * Reads a value.
   *
   * @param node the {@code value} node
   * @return the value, never {@code null}
   * @throws IllegalArgumentException with a plain message if the node is not a valid value
   */
  T read(JsonNode node);

  /**
   * Reads exact decimals, written as a YAML number ({@code 9.61}) or a string ({@code "9.61"}).
   *
   * @return the reader
   */
  static ValueReader<BigDecimal> decimal() {
    return node -> {
      if (node.isNumber()) {
        return node.decimalValue();
      }
      if (node.isTextual()) {
        try {
          return new BigDecimal(node.textValue().trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + node.textValue() + "' is not a decimal number", e);
        }
      }
      throw new IllegalArgumentException("a decimal number is expected, not " + node.getNodeType());
    };
  }
}
