package io.github.essrules.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

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
    addDeserializer(LocalDate.class, new IsoDateDeserializer());
  }

  /**
   * Reads a date written {@code yyyy-MM-dd} straight from the parser's characters; anything else
   * — another form, an impossible date such as 2025-02-30, a wrong token — goes to Jackson's own
   * deserializer, so errors are reported exactly as before. {@link
   * java.time.format.DateTimeFormatter#ISO_LOCAL_DATE} takes several microseconds per date; a case
   * holds a dozen dates.
   */
  private static final class IsoDateDeserializer extends LocalDateDeserializer {
    private static final long serialVersionUID = 1L;

    IsoDateDeserializer() {
      super();
    }

    private IsoDateDeserializer(IsoDateDeserializer base, Boolean leniency) {
      super(base, leniency);
    }

    private IsoDateDeserializer(IsoDateDeserializer base, JsonFormat.Shape shape) {
      super(base, shape);
    }

    // The mapper's defaults (leniency, shape) keep this deserializer; a date pattern of the user's
    // gets Jackson's own (withDateFormat is not overridden), which honours it.

    @Override
    protected LocalDateDeserializer withLeniency(Boolean leniency) {
      return new IsoDateDeserializer(this, leniency);
    }

    @Override
    protected LocalDateDeserializer withShape(JsonFormat.Shape shape) {
      return new IsoDateDeserializer(this, shape);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (_formatter == DateTimeFormatter.ISO_LOCAL_DATE && p.currentToken() == JsonToken.VALUE_STRING
          && p.getTextLength() == 10) {
        char[] c = p.getTextCharacters();
        int o = p.getTextOffset();
        if (c[o + 4] == '-' && c[o + 7] == '-') {
          int year = digits(c, o, 4);
          int month = digits(c, o + 5, 2);
          int day = digits(c, o + 8, 2);
          if (year >= 0 && month >= 0 && day >= 0) {
            try {
              return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
              // an impossible date: Jackson's deserializer reports it
            }
          }
        }
      }
      return super.deserialize(p, ctxt);
    }

    /** The value of {@code n} ASCII digits, or -1 if one of them is not a digit. */
    private static int digits(char[] c, int from, int n) {
      int value = 0;
      for (int i = from; i < from + n; i++) {
        char d = c[i];
        if (d < '0' || d > '9') {
          return -1;
        }
        value = value * 10 + (d - '0');
      }
      return value;
    }
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
