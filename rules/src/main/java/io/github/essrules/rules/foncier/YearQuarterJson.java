package io.github.essrules.rules.foncier;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threeten.extra.YearQuarter;

/**
 * The JSON form of a quarter of an index: the string {@code YYYY-Qn} ({@code "2025-Q3"}), as the
 * library's own {@code IndexQuarter} wrote and read it before ThreeTen-Extra's {@link YearQuarter}
 * replaced it. It implements no article itself: it carries the quarters of the index by which a BRS
 * price is actualised (CCH L255-5; the quarters the lease names, {@link IndexTerms}), whose rule is
 * in {@link BrsResaleLaw}. Reading is strict: four digits, a capital Q, 1 to 4, surrounding blanks ignored;
 * anything else is refused with the expected form. Used through the Jackson annotations of the
 * quarter attributes, so that any {@code ObjectMapper} reads and writes the same text.
 */
final class YearQuarterJson {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

  private YearQuarterJson() {}

  /**
   * Reads {@code YYYY-Qn}.
   *
   * @param text the text
   * @return the quarter
   * @throws IllegalArgumentException if the text is not of that form
   */
  static YearQuarter parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("a quarter is written YYYY-Qn, such as 2025-Q3: \"" + text + "\"");
    }
    return YearQuarter.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** Writes a quarter as {@code YYYY-Qn}. */
  static final class Writer extends StdScalarSerializer<YearQuarter> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(YearQuarter.class);
    }

    @Override
    public void serialize(YearQuarter value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Reads a quarter from {@code YYYY-Qn}. */
  static final class Reader extends StdScalarDeserializer<YearQuarter> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(YearQuarter.class);
    }

    @Override
    public YearQuarter deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (YearQuarter) ctxt.handleUnexpectedToken(YearQuarter.class, p);
      }
      String text = p.getText();
      try {
        return parse(text);
      } catch (IllegalArgumentException e) {
        return (YearQuarter) ctxt.handleWeirdStringValue(YearQuarter.class, text, e.getMessage());
      }
    }
  }

  /**
   * Reads an optional quarter from {@code YYYY-Qn}, {@code null} being empty. Given for the whole
   * {@code Optional} rather than for its content: Jackson otherwise builds, before applying a
   * content deserializer, a bean deserializer for {@code YearQuarter} itself, which reaches into its
   * private fields and fails on the module path ({@code org.threeten.extra} does not open its
   * package).
   */
  static final class OptionalReader extends StdDeserializer<Optional<YearQuarter>> {
    private static final long serialVersionUID = 1L;
    private static final Reader QUARTER = new Reader();

    OptionalReader() {
      super(Optional.class);
    }

    @Override
    public Optional<YearQuarter> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return Optional.of(QUARTER.deserialize(p, ctxt));
    }

    @Override
    public Optional<YearQuarter> getNullValue(DeserializationContext ctxt) {
      return Optional.empty();
    }
  }
}
