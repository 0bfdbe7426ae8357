package io.github.essrules.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.EnumDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.YearDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.YearMonthDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.MonthDaySerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.YearMonthSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.YearSerializer;
import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.MessageArg;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Jackson module of the library: exact, bounded decimals; dates, months and years only in
 * their ISO form; named values only by their names; text only as JSON strings that can be
 * written as UTF-8.
 *
 * <ul>
 *   <li>Decimals are read from their text, as a JSON number ({@code 12.02}) or a JSON string
 *       ({@code "12.02"}, for clients whose JSON numbers are binary floats), and rejected when
 *       their scale lies outside ±{@value #MAX_DECIMAL_SCALE}.
 *   <li>A {@link LocalDate} is read only from a JSON string {@code "YYYY-MM-DD"} (four-digit
 *       year), a {@link YearMonth} only from {@code "YYYY-MM"}, a {@link Year} only from a JSON
 *       integer between 0 and 9999 ({@code 2025}) — and a year is written so, as the schemas
 *       state, where Jackson's own writes a string. A time part ({@code "2026-02-02T23:30:00Z"}
 *       would otherwise be cut to its day), spaces, an array ({@code [2026,2,2]}), a number or
 *       another form is an input error naming the field; so is an impossible date
 *       ({@code "2025-02-30"}). Dates ({@code "2026-03-02"}), months ({@code "2026-03"}) and
 *       days of the year ({@code "--03-02"}) are written in that ISO text whatever {@link
 *       com.fasterxml.jackson.databind.SerializationFeature#WRITE_DATES_AS_TIMESTAMPS} says,
 *       which a module cannot switch off. A {@link JsonFormat} pattern (or, for writing, shape)
 *       written on a property of an application's own type is honoured by Jackson's own reading
 *       and writing; the library's types have none.
 *   <li>An enum is read only from the name of one of its constants ({@code "REGIE_DE_QUARTIER"}),
 *       never from a number, which Jackson would read as the constant's position
 *       ({@code 8} would be the ninth constant): anything else is an input error that lists the
 *       names allowed.
 *   <li>A {@link String} is read only from a JSON string (a number, a boolean, an array or an
 *       object is an input error), and a string holding a lone surrogate (<code>"&#92;ud800"</code>,
 *       valid JSON but no text: it cannot be written as UTF-8) is an input error.
 * </ul>
 *
 * <p>Each fault is reported through Jackson's problem handlers, so that {@link EssJson#read(String,
 * Class)} lists it, with its JSON pointer, among every other fault of the input; through a
 * mapper without the library's handler, it is a {@link JsonMappingException}.
 *
 * <p>The module is a {@link java.util.ServiceLoader} service of {@link
 * com.fasterxml.jackson.databind.Module}: {@code new ObjectMapper().findAndRegisterModules()}
 * registers it, with Jackson's java.time and JDK 8 modules, and then reads and writes every fact
 * and result of the library as {@link EssJson} does (without its read limits, its list of every
 * fault, its validation). Its readers and writers of dates, months and years take precedence over
 * those of Jackson's java.time module, whatever the order the modules are registered in; like its
 * other readers, they apply to every type of the mapper, an application's own included.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
 * String json = mapper.writeValueAsString(facts); // "applicationDate":"2026-03-02"
 * MyFacts back = mapper.readValue(json, MyFacts.class); // equal to facts
 * }</pre>
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
    addDeserializer(YearMonth.class, new IsoMonthDeserializer());
    addDeserializer(Year.class, new IsoYearDeserializer());
    addSerializer(Year.class, new YearNumberSerializer(YearSerializer.INSTANCE));
    addSerializer(LocalDate.class, new IsoTextSerializer<>(LocalDate.class, LocalDateSerializer.INSTANCE));
    addSerializer(YearMonth.class, new IsoTextSerializer<>(YearMonth.class, YearMonthSerializer.INSTANCE));
    addSerializer(MonthDay.class, new IsoTextSerializer<>(MonthDay.class, MonthDaySerializer.INSTANCE));
    addDeserializer(String.class, new TextDeserializer());
    setDeserializerModifier(new LibraryReaders());
    setSerializerModifier(new LibraryWriters());
  }

  /**
   * A text where every lone surrogate is replaced by its escape, <code>&#92;ud800</code>: the text can then
   * be shown and written as UTF-8. A text without lone surrogate is returned as is.
   *
   * @param text a text, or {@code null}
   * @return the text, safe to write
   */
  static String visible(String text) {
    if (text == null || loneSurrogate(text) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The index of the first lone surrogate of a text, or -1. */
  static int loneSurrogate(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code n} characters of {@code c} from {@code from} hold a lone surrogate. */
  private static boolean hasLoneSurrogate(char[] c, int from, int n) {
    int end = from + n;
    for (int i = from; i < end; i++) {
      char d = c[i];
      if (d >= Character.MIN_SURROGATE && d <= Character.MAX_SURROGATE) {
        if (Character.isHighSurrogate(d) && i + 1 < end && Character.isLowSurrogate(c[i + 1])) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
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

  /**
   * Refuses the value the parser stands on: skips it when it is an array or an object, and reports
   * a fault with the message {@code key} and the value found (its text when a scalar), through the
   * problem handlers — the library's records it with the value's pointer and the reading goes on,
   * the value then being {@code null}; without a handler, Jackson throws.
   */
  private static Object refuse(JsonParser p, DeserializationContext ctxt, Class<?> type, String key,
      MessageArg... args) throws IOException {
    return refuse(p, ctxt, type, new Fault(key, args));
  }

  /** Refuses the value the parser stands on, for the reason given (see the method above). */
  private static Object refuse(JsonParser p, DeserializationContext ctxt, Class<?> type, Fault reason)
      throws IOException {
    JsonToken t = p.currentToken();
    String found;
    if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
      found = t == JsonToken.START_ARRAY ? "[…]" : "{…}";
      p.skipChildren();
    } else if (t != null && t.isScalarValue()) {
      found = visible(p.getText());
    } else {
      // a field name: an object whose start another deserializer consumed; the handler skips it
      return ctxt.handleUnexpectedToken(type, p);
    }
    return ctxt.handleInstantiationProblem(type, found, reason);
  }

  /**
   * Why a date written {@code YYYY-MM-DD} does not exist: no such month, day 0, or more days than
   * its month has ({@code 2026-02-30}: "February 2026 has 28 days").
   */
  private static Fault impossibleDate(String text, int year, int month, int day) {
    if (month < 1 || month > 12) {
      return new Fault("json.impossible-date.month", MessageArg.text(text), MessageArg.number(month));
    }
    if (day < 1) {
      return new Fault("json.impossible-date.day-zero", MessageArg.text(text));
    }
    YearMonth ym = YearMonth.of(year, month);
    String fr = ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.FRENCH) + " " + year;
    String en = ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + year;
    return new Fault(CoreMessages.get().format("json.impossible-date.day", Lang.FR, MessageArg.text(text),
        MessageArg.text(fr), MessageArg.number(ym.lengthOfMonth())),
        CoreMessages.get().format("json.impossible-date.day", Lang.EN, MessageArg.text(text),
        MessageArg.text(en), MessageArg.number(ym.lengthOfMonth())));
  }

  /**
   * A value in the wrong form, in French and English: carried to the problem handlers as the cause
   * of an instantiation problem, whose message the library's handler records.
   */
  private static final class Fault extends EssRulesException {
    private static final long serialVersionUID = 1L;

    private final String fr;
    private final String en;

    Fault(String key, MessageArg... args) {
      this(CoreMessages.get().format(key, Lang.FR, args), CoreMessages.get().format(key, Lang.EN, args));
    }

    Fault(String fr, String en) {
      super(null);
      this.fr = fr;
      this.en = en;
    }

    @Override
    public String message(Lang lang) {
      return lang == Lang.EN ? en : fr;
    }
  }

  /**
   * A reader of a java.time type in one strict form. A {@link JsonFormat} pattern on the property
   * (an application's own type) hands the reading to Jackson's deserializer, which honours it.
   *
   * @param <T> the java.time type read
   */
  private abstract static class StrictTimeDeserializer<T> extends StdScalarDeserializer<T>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    StrictTimeDeserializer(Class<T> type) {
      super(type);
    }

    /** Jackson's own deserializer of the type, for a property with a pattern. */
    abstract JsonDeserializer<?> jacksonOwn();

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      JsonFormat.Value format = findFormatOverrides(ctxt, property, handledType());
      if (format != null && format.hasPattern()) {
        return ((ContextualDeserializer) jacksonOwn()).createContextual(ctxt, property);
      }
      return this;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.DateTime;
    }
  }

  /**
   * Reads a date written {@code YYYY-MM-DD} straight from the parser's characters, and nothing
   * else. {@link java.time.format.DateTimeFormatter#ISO_LOCAL_DATE} takes several microseconds per
   * date; a case holds a dozen dates.
   */
  private static final class IsoDateDeserializer extends StrictTimeDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    IsoDateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    JsonDeserializer<?> jacksonOwn() {
      return LocalDateDeserializer.INSTANCE;
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() == 10) {
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
              return (LocalDate) refuse(p, ctxt, LocalDate.class, impossibleDate(p.getText(), year, month, day));
            }
          }
        }
      }
      return (LocalDate) refuse(p, ctxt, LocalDate.class, "json.date-form");
    }
  }

  /** Reads a month written {@code YYYY-MM}, and nothing else. */
  private static final class IsoMonthDeserializer extends StrictTimeDeserializer<YearMonth> {
    private static final long serialVersionUID = 1L;

    IsoMonthDeserializer() {
      super(YearMonth.class);
    }

    @Override
    JsonDeserializer<?> jacksonOwn() {
      return YearMonthDeserializer.INSTANCE;
    }

    @Override
    public YearMonth deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() == 7) {
        char[] c = p.getTextCharacters();
        int o = p.getTextOffset();
        if (c[o + 4] == '-') {
          int year = digits(c, o, 4);
          int month = digits(c, o + 5, 2);
          if (year >= 0 && month >= 0) {
            if (month >= 1 && month <= 12) {
              return YearMonth.of(year, month);
            }
            return (YearMonth) refuse(p, ctxt, YearMonth.class,
                new Fault("json.impossible-month", MessageArg.text(p.getText()), MessageArg.number(month)));
          }
        }
      }
      return (YearMonth) refuse(p, ctxt, YearMonth.class, "json.month-form");
    }
  }

  /** Reads a year written as a JSON integer from 0 to 9999, and nothing else. */
  private static final class IsoYearDeserializer extends StrictTimeDeserializer<Year> {
    private static final long serialVersionUID = 1L;

    IsoYearDeserializer() {
      super(Year.class);
    }

    @Override
    JsonDeserializer<?> jacksonOwn() {
      return YearDeserializer.INSTANCE;
    }

    @Override
    public Year deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
        int year = p.getIntValue();
        if (year >= 0 && year <= 9999) {
          return Year.of(year);
        }
      }
      return (Year) refuse(p, ctxt, Year.class, "json.year-form");
    }
  }

  /**
   * Writes a year as a JSON integer, the form it is read in (Jackson's own writes a string), whatever
   * {@link com.fasterxml.jackson.databind.SerializationFeature#WRITE_DATES_AS_TIMESTAMPS} says. A
   * {@link JsonFormat} pattern or shape on the property (an application's own type) hands the
   * writing to Jackson's own serializer (the one another module registered, or the java.time
   * module's).
   */
  private static final class YearNumberSerializer extends StdScalarSerializer<Year> implements ContextualSerializer {
    private static final long serialVersionUID = 1L;

    private final JsonSerializer<?> found;

    YearNumberSerializer(JsonSerializer<?> found) {
      super(Year.class);
      this.found = found;
    }

    @Override
    public void serialize(Year value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeNumber(value.getValue());
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider prov, BeanProperty property)
        throws JsonMappingException {
      return formatted(prov, property, handledType(), found, this);
    }
  }

  /**
   * Writes a date, a month or a day of the year in its ISO text ({@code "2026-03-02"},
   * {@code "2026-03"}, {@code "--03-02"}), the form the library reads, whatever {@link
   * com.fasterxml.jackson.databind.SerializationFeature#WRITE_DATES_AS_TIMESTAMPS} says: a mapper
   * built by {@code new ObjectMapper().findAndRegisterModules()} writes the library's facts as
   * it reads them. A {@link JsonFormat} pattern or shape on the property (an application's own
   * type) hands the writing to Jackson's own serializer (the one another module registered, or the
   * java.time module's).
   *
   * @param <T> the java.time type written
   */
  private static final class IsoTextSerializer<T> extends StdScalarSerializer<T> implements ContextualSerializer {
    private static final long serialVersionUID = 1L;

    private final JsonSerializer<?> found;

    IsoTextSerializer(Class<T> type, JsonSerializer<?> found) {
      super(type);
      this.found = found;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeString(value.toString());
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider prov, BeanProperty property)
        throws JsonMappingException {
      return formatted(prov, property, handledType(), found, this);
    }
  }

  /**
   * The serializer of a property: the one found before the library's when the property states a
   * {@link JsonFormat} pattern or shape of its own, the library's otherwise.
   */
  private static JsonSerializer<?> formatted(SerializerProvider prov, BeanProperty property, Class<?> type,
      JsonSerializer<?> found, JsonSerializer<?> own) throws JsonMappingException {
    if (found == null || property == null) {
      return own;
    }
    JsonFormat.Value format = property.findPropertyFormat(prov.getConfig(), type);
    if (format == null || !format.hasPattern() && format.getShape() == JsonFormat.Shape.ANY) {
      return own;
    }
    return found instanceof ContextualSerializer
        ? ((ContextualSerializer) found).createContextual(prov, property) : found;
  }

  /**
   * Puts the library's writers of years, dates, months and days of the year before any other
   * module's: Jackson asks the modules registered last first, and {@code findAndRegisterModules()}
   * registers them in no set order.
   */
  private static final class LibraryWriters extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription beanDesc,
        JsonSerializer<?> serializer) {
      Class<?> type = beanDesc.getBeanClass();
      if (serializer instanceof IsoTextSerializer || serializer instanceof YearNumberSerializer) {
        return serializer;
      }
      if (type == Year.class) {
        return new YearNumberSerializer(serializer);
      }
      if (type == LocalDate.class || type == YearMonth.class || type == MonthDay.class) {
        return new IsoTextSerializer<>(type, serializer);
      }
      return serializer;
    }
  }

  /** Reads text from a JSON string only, and refuses a lone surrogate. */
  private static final class TextDeserializer extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    TextDeserializer() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        if (!hasLoneSurrogate(p.getTextCharacters(), p.getTextOffset(), p.getTextLength())) {
          return p.getText();
        }
        return (String) refuse(p, ctxt, String.class, "json.lone-surrogate");
      }
      return (String) ctxt.handleUnexpectedToken(String.class, p);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }
  }

  /**
   * Replaces Jackson's reading of plain enums by {@link NamedEnumDeserializer}, and puts the
   * library's readers of decimals, dates, months, years and text before any other module's:
   * Jackson asks the modules registered last first, and {@code findAndRegisterModules()} registers
   * them in no set order.
   */
  private static final class LibraryReaders extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
        JsonDeserializer<?> deserializer) {
      Class<?> type = beanDesc.getBeanClass();
      if (type == LocalDate.class && !(deserializer instanceof IsoDateDeserializer)) {
        return new IsoDateDeserializer();
      }
      if (type == YearMonth.class && !(deserializer instanceof IsoMonthDeserializer)) {
        return new IsoMonthDeserializer();
      }
      if (type == Year.class && !(deserializer instanceof IsoYearDeserializer)) {
        return new IsoYearDeserializer();
      }
      return deserializer;
    }

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
        BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      // an enum with a @JsonCreator or a @JsonValue has a reading of its own; keep it
      if (deserializer.getClass() != EnumDeserializer.class || beanDesc.findJsonValueAccessor() != null) {
        return deserializer;
      }
      return new NamedEnumDeserializer(config, beanDesc.getClassInfo(), type.getRawClass());
    }

    @Override
    public JsonDeserializer<?> modifyReferenceDeserializer(DeserializationConfig config, ReferenceType type,
        BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      if (type.getRawClass() == Optional.class && type.getContentType().getRawClass() == List.class
          && !(deserializer instanceof UnmodifiableListInOptional)) {
        return new UnmodifiableListInOptional(deserializer);
      }
      return deserializer;
    }
  }

  /**
   * Reads an {@code Optional<List<X>>} as Jackson's JDK 8 module does, then makes the list
   * unmodifiable (null elements kept, for the validation to report them).
   */
  private static final class UnmodifiableListInOptional extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    UnmodifiableListInOptional(JsonDeserializer<?> delegatee) {
      super(delegatee);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new UnmodifiableListInOptional(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return unmodifiable(super.deserialize(p, ctxt));
    }

    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
        com.fasterxml.jackson.databind.jsontype.TypeDeserializer typeDeserializer) throws IOException {
      return unmodifiable(super.deserializeWithType(p, ctxt, typeDeserializer));
    }

    private static Object unmodifiable(Object value) {
      if (value instanceof Optional && ((Optional<?>) value).isPresent()
          && ((Optional<?>) value).get() instanceof List) {
        return Optional.of(Collections.unmodifiableList((List<?>) ((Optional<?>) value).get()));
      }
      return value;
    }
  }

  /**
   * Reads an enum from the exact name of one of its constants (its {@code @JsonProperty} name
   * when it has one), as written; anything else is refused with the list of names.
   */
  private static final class NamedEnumDeserializer extends StdScalarDeserializer<Object> {
    private static final long serialVersionUID = 1L;

    private final Map<String, Object> constants = new HashMap<>();
    private final String names;

    NamedEnumDeserializer(DeserializationConfig config, AnnotatedClass info, Class<?> type) {
      super(type);
      Enum<?>[] values = (Enum<?>[]) type.getEnumConstants();
      String[] written = new String[values.length];
      for (int i = 0; i < values.length; i++) {
        written[i] = values[i].name();
      }
      written = config.getAnnotationIntrospector().findEnumValues(config, info, values, written);
      for (int i = 0; i < values.length; i++) {
        constants.put(written[i], values[i]);
      }
      String[][] aliases = new String[values.length][];
      config.getAnnotationIntrospector().findEnumAliases(config, info, values, aliases);
      for (int i = 0; i < values.length; i++) {
        if (aliases[i] != null) {
          for (String alias : aliases[i]) {
            constants.putIfAbsent(alias, values[i]);
          }
        }
      }
      this.names = String.join(", ", written);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        Object value = constants.get(p.getText());
        if (value != null) {
          return value;
        }
      }
      return refuse(p, ctxt, handledType(), "json.enum-name",
          MessageArg.text(handledType().getSimpleName()), MessageArg.text(names));
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Enum;
    }

    @Override
    public boolean isCachable() {
      return true;
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
            : (BigDecimal) refuse(p, ctxt, BigDecimal.class, "json.decimal-range", MessageArg.number(MAX_DECIMAL_SCALE));
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
        return (BigDecimal) refuse(p, ctxt, BigDecimal.class, "json.decimal-form");
      }
      return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
    }

    private static boolean bounded(BigDecimal value) {
      return Math.abs(value.scale()) <= MAX_DECIMAL_SCALE;
    }
  }
}
