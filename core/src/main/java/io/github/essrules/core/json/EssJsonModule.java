package io.github.essrules.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The Jackson module of the library: exact, bounded decimals.
 *
 * <p>Decimals are read from their text, as a JSON number ({@code 12.02}) or a JSON string
 * ({@code "12.02"}, for clients whose JSON numbers are binary floats), and rejected when their
 * scale lies outside ±{@value #MAX_DECIMAL_SCALE}.
 *
 * <p>This class is thread-safe.
 */
public final class EssJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The largest scale, positive or negative, of a decimal read from JSON. */
  public static final int MAX_DECIMAL_SCALE = 30;

  /** Creates the module. */
  public EssJsonModule() {
    super("ess-rules");
    addDeserializer(BigDecimal.class, new DecimalDeserializer());
  }

  private static final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    DecimalDeserializer() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        BigDecimal value = p.getDecimalValue();
        return bounded(value) ? value
            : (BigDecimal) ctxt.handleWeirdNumberValue(BigDecimal.class, value, "scale out of range");
      }
      if (token == JsonToken.VALUE_STRING) {
        String text = p.getText().trim();
        try {
          BigDecimal value = new BigDecimal(text);
          if (bounded(value)) {
            return value;
          }
        } catch (NumberFormatException e) {
          // reported below
        }
        return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text, "not a decimal number");
      }
      return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
    }

    private static boolean bounded(BigDecimal value) {
      return Math.abs(value.scale()) <= MAX_DECIMAL_SCALE;
    }
  }
}
