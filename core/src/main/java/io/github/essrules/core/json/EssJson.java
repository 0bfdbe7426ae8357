package io.github.essrules.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.validation.ViolationList;
import io.github.essrules.core.validation.Violation;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The library's JSON: one preconfigured Jackson mapper, and a reader that turns hostile or
 * malformed input into an {@link InvalidInputException} listing every fault with its JSON pointer.
 *
 * <p>Configuration: dates as ISO strings ({@code "2026-01-01"}), months as {@code "2026-01"},
 * years as integers, and read in that form only — a time part, an array or a number is refused,
 * never cut or converted; named values (enums) read from their names only, never from a number
 * taken for a position; text from JSON strings only, without lone surrogates (see {@link
 * EssJsonModule}); decimals exact (read from their text, written plain, never through {@code
 * double}); unknown properties rejected; duplicate keys rejected; trailing tokens rejected; absent
 * optionals left out of the output. Read limits:
 * nesting depth {@value #MAX_NESTING_DEPTH}, numbers of at most {@value #MAX_NUMBER_LENGTH}
 * characters, strings of at most {@value #MAX_STRING_LENGTH} characters, documents of at most
 * {@value #MAX_DOCUMENT_LENGTH} characters, and decimals whose scale lies within
 * ±{@value EssJsonModule#MAX_DECIMAL_SCALE} (so {@code 1e999999999} cannot blow up a later
 * computation).
 *
 * <pre>{@code
 * MyFacts facts = EssJson.read(json, MyFacts.class); // converted and validated, or InvalidInputException
 * MyFacts asked = EssJson.read(json, MyFacts.class, asOf); // also: nothing dated after asOf
 * String out = EssJson.write(verdict);
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class EssJson {
  /** The deepest nesting of objects and arrays accepted. */
  public static final int MAX_NESTING_DEPTH = 100;
  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** The longest string accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** The longest document accepted, in characters. */
  public static final long MAX_DOCUMENT_LENGTH = 16_000_000L;

  private static final ObjectMapper MAPPER = newMapper();
  private static final ObjectReader READER = MAPPER.reader();

  private EssJson() {}

  /**
   * A new mapper with the library's configuration, for applications that want to add modules of
   * their own. Prefer {@link #mapper()} otherwise: a mapper is costly to create.
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(new EssJsonModule())
        .addHandler(new ProblemCollector())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        // enums by name only (the module's reading; this also holds for enum keys of maps)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }

  /**
   * The shared mapper. Do not reconfigure it; use {@link #newMapper()} for a mapper of your own.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Reads and validates an input.
   *
   * @param <T> the type to read
   * @param json the JSON text
   * @param type the type to read
   * @return the object, converted and valid
   * @throws InvalidInputException listing every fault: syntax, limits, conversion and validation
   */
  public static <T> T read(String json, Class<T> type) {
    return read(new StringReader(json), type);
  }

  /**
   * Reads and validates an input held in memory, such as one line of a JSON Lines file.
   *
   * @param <T> the type to read
   * @param json the JSON text, in UTF-8 (malformed UTF-8 is a syntax fault)
   * @param type the type to read
   * @return the object, converted and valid
   * @throws InvalidInputException listing every fault
   */
  public static <T> T read(byte[] json, Class<T> type) {
    return parse(() -> MAPPER.getFactory().createParser(json), type, null);
  }

  /**
   * Reads and validates an input.
   *
   * @param <T> the type to read
   * @param json the JSON text, in UTF-8; not closed
   * @param type the type to read
   * @return the object, converted and valid
   * @throws InvalidInputException listing every fault
   */
  public static <T> T read(InputStream json, Class<T> type) {
    return parse(() -> MAPPER.getFactory().createParser(json), type, null);
  }

  /**
   * Reads and validates an input.
   *
   * @param <T> the type to read
   * @param json the JSON text; not closed
   * @param type the type to read
   * @return the object, converted and valid
   * @throws InvalidInputException listing every fault
   */
  public static <T> T read(Reader json, Class<T> type) {
    return parse(() -> MAPPER.getFactory().createParser(json), type, null);
  }

  /**
   * Reads an input and validates it as of the date asked about: its shape, and that no fact
   * annotated {@link io.github.essrules.core.validation.NotAfterAsOf} is dated after
   * {@code asOf}, every fault listed at once ({@link FactsValidator#validate(Object, LocalDate)}).
   *
   * @param <T> the type to read
   * @param json the JSON text
   * @param type the type to read
   * @param asOf the date asked about, not {@code null}
   * @return the object, converted and valid as of {@code asOf}
   * @throws InvalidInputException listing every fault: syntax, limits, conversion and validation
   * @throws IllegalArgumentException if {@code asOf} is {@code null}
   */
  public static <T> T read(String json, Class<T> type, LocalDate asOf) {
    return read(new StringReader(json), type, asOf);
  }

  /**
   * Reads an input held in memory, such as one line of a JSON Lines file, and validates it as of
   * the date asked about (see {@link #read(String, Class, LocalDate)}).
   *
   * @param <T> the type to read
   * @param json the JSON text, in UTF-8 (malformed UTF-8 is a syntax fault)
   * @param type the type to read
   * @param asOf the date asked about, not {@code null}
   * @return the object, converted and valid as of {@code asOf}
   * @throws InvalidInputException listing every fault
   * @throws IllegalArgumentException if {@code asOf} is {@code null}
   */
  public static <T> T read(byte[] json, Class<T> type, LocalDate asOf) {
    return parse(() -> MAPPER.getFactory().createParser(json), type, required(asOf));
  }

  /**
   * Reads an input and validates it as of the date asked about (see
   * {@link #read(String, Class, LocalDate)}).
   *
   * @param <T> the type to read
   * @param json the JSON text, in UTF-8; not closed
   * @param type the type to read
   * @param asOf the date asked about, not {@code null}
   * @return the object, converted and valid as of {@code asOf}
   * @throws InvalidInputException listing every fault
   * @throws IllegalArgumentException if {@code asOf} is {@code null}
   */
  public static <T> T read(InputStream json, Class<T> type, LocalDate asOf) {
    return parse(() -> MAPPER.getFactory().createParser(json), type, required(asOf));
  }

  /**
   * Reads an input and validates it as of the date asked about (see
   * {@link #read(String, Class, LocalDate)}).
   *
   * @param <T> the type to read
   * @param json the JSON text; not closed
   * @param type the type to read
   * @param asOf the date asked about, not {@code null}
   * @return the object, converted and valid as of {@code asOf}
   * @throws InvalidInputException listing every fault
   * @throws IllegalArgumentException if {@code asOf} is {@code null}
   */
  public static <T> T read(Reader json, Class<T> type, LocalDate asOf) {
    return parse(() -> MAPPER.getFactory().createParser(json), type, required(asOf));
  }

  private static LocalDate required(LocalDate asOf) {
    if (asOf == null) {
      throw new IllegalArgumentException(
          "the date asked about is required to read facts as of a date (use read(json, type) for the shape alone)");
    }
    return asOf;
  }

  /** Opens a parser on one of the input forms. */
  @FunctionalInterface
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  /** Reads and validates, as of {@code asOf}, or the shape alone for {@code null}. */
  private static <T> T parse(ParserSource source, Class<T> type, LocalDate asOf) {
    try (JsonParser parser = source.open()) {
      return read(parser, type, asOf);
    } catch (CharConversionException e) {
      throw undecodable(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(JsonParser parser, Class<T> type, LocalDate asOf) throws IOException {
    List<Violation> problems = ProblemCollector.newSink();
    T value;
    try {
      value = READER.forType(type).withAttribute(ProblemCollector.ATTRIBUTE, problems).readValue(parser);
    } catch (JsonProcessingException e) {
      // the parser's message is read to say what was expected, never shown: it names Jackson's
      // features and sources. A fault of the parser may come wrapped by a deserializer, with a path.
      Violation fault = null;
      for (Throwable t = e; t != null && fault == null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof StreamConstraintsException) {
          fault = fault(JsonFaults.limit(parser, ((StreamConstraintsException) t).getOriginalMessage()), parser);
        } else if (t instanceof JsonProcessingException && !(t instanceof JsonMappingException)) {
          fault = fault(JsonFaults.syntax(parser, ((JsonProcessingException) t).getOriginalMessage(),
              t instanceof JsonEOFException), parser);
        }
      }
      ViolationList all = ViolationList.bounded(ViolationList.DEFAULT_MAX);
      all.addAllCounted(problems);
      if (fault == null) {
        // a value Jackson could not convert and no handler took: named like the others, unless a
        // fault recorded at the same place (a value left null, then refused) already says it
        Violation unreadable = fault(JsonFaults.unreadable(parser, e.getOriginalMessage()), parser);
        if (problems.stream().noneMatch(v -> v.pointer().equals(unreadable.pointer()))) {
          all.add(unreadable);
        }
      } else {
        all.add(fault);
      }
      throw invalid(all);
    }
    if (value == null) {
      if (problems.isEmpty()) {
        problems.add(violation("", "json.null-document", MessageArg.text(type.getSimpleName())));
      }
      throw invalid(problems);
    }
    ViolationList all = ViolationList.bounded(ViolationList.DEFAULT_MAX);
    all.addAllCounted(problems);
    Set<String> reported = new HashSet<>();
    for (Violation v : problems) {
      reported.add(v.pointer());
    }
    List<Violation> invalid = asOf == null
        ? FactsValidator.shared().violations(value) : FactsValidator.shared().violations(value, asOf);
    for (Violation v : invalid) {
      // a value that could not be converted is null now: its @NotNull violation says nothing new
      if (!reported.contains(v.pointer())) {
        all.add(v);
      }
    }
    if (invalid instanceof ViolationList) {
      all.countOmitted(((ViolationList) invalid).omitted());
      if (((ViolationList) invalid).stopped()) {
        all.stop();
      }
    }
    if (!all.isEmpty()) {
      throw invalid(all);
    }
    return value;
  }

  /**
   * The exception listing the faults, each made safe to show and to write as UTF-8: a lone
   * surrogate of the input (in a property name, or quoted by Jackson) is written as its escape.
   */
  private static InvalidInputException invalid(List<Violation> faults) {
    // the faults kept, made visible; those only counted (a ViolationList's) stay counted
    ViolationList safe = ViolationList.bounded(Math.max(1, faults.size()));
    for (Violation v : faults) {
      String path = EssJsonModule.visible(v.path());
      String pointer = EssJsonModule.visible(v.pointer());
      String fr = EssJsonModule.visible(v.messageFr());
      String en = EssJsonModule.visible(v.messageEn());
      String found = EssJsonModule.visible(v.invalidValue().orElse(null));
      boolean same = path.equals(v.path()) && pointer.equals(v.pointer()) && fr.equals(v.messageFr())
          && en.equals(v.messageEn()) && Objects.equals(found, v.invalidValue().orElse(null));
      safe.add(same ? v : Violation.of(path, pointer, fr, en, found));
    }
    if (faults instanceof ViolationList) {
      safe.countOmitted(((ViolationList) faults).omitted());
      if (((ViolationList) faults).stopped()) {
        safe.stop();
      }
    }
    return new InvalidInputException(safe);
  }

  /** A fault of the document, at the parser's line and column. */
  private static Violation fault(JsonFaults.Fault fault, JsonParser parser) {
    JsonLocation at = parser.currentLocation();
    List<MessageArg> args = new ArrayList<>(fault.args().size() + 2);
    args.add(MessageArg.number(Math.max(1, at.getLineNr())));
    args.add(MessageArg.number(Math.max(1, at.getColumnNr())));
    args.addAll(fault.args());
    return violation(fault.pointer(), fault.key(), args.toArray(new MessageArg[0]));
  }

  /** Bytes Jackson cannot decode as UTF-8 (or the UTF-16/32 it detects): a fault of the input. */
  private static InvalidInputException undecodable(CharConversionException e) {
    return invalid(List.of(violation("", "json.syntax.encoding", MessageArg.number(1), MessageArg.number(1))));
  }

  private static Violation violation(String pointer, String key, MessageArg... args) {
    return Violation.of(Violation.pathOf(pointer), pointer,
        CoreMessages.get().format(key, Lang.FR, args), CoreMessages.get().format(key, Lang.EN, args), null);
  }

  /**
   * Writes a value as indented JSON.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String write(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }
}
