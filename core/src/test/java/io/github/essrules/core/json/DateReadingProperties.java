package io.github.essrules.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The library reads dates only as {@code "YYYY-MM-DD"} and months only as {@code "YYYY-MM"},
 * without Jackson's date formatter; these properties hold it to an oracle: the four-digit ISO
 * form, checked by {@link DateTimeFormatter#ISO_LOCAL_DATE} — the same date for every text of that
 * form, an error for every other text (impossible days, 29 February of common years, a time part,
 * spaces, other separators, signs, digits of other scripts), which Jackson's own reading partly
 * accepts.
 */
class DateReadingProperties {
  private static final Pattern DATE_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern MONTH_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}");

  @Property(tries = 3000)
  void aDateIsReadOnlyInItsIsoForm(@ForAll("dateTexts") String text) {
    LocalDate expected = null;
    if (DATE_FORM.matcher(text).matches()) {
      try {
        expected = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        expected = null;
      }
    }
    assertThat(readOrNull("\"" + text + "\"", LocalDate.class)).as(text).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void aMonthIsReadOnlyInItsIsoForm(@ForAll("monthTexts") String text) {
    YearMonth expected = null;
    if (MONTH_FORM.matcher(text).matches()) {
      try {
        expected = YearMonth.parse(text);
      } catch (DateTimeParseException e) {
        expected = null;
      }
    }
    assertThat(readOrNull("\"" + text + "\"", YearMonth.class)).as(text).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void everyDateOfFourDigitYearsIsWrittenAndReadBack(@ForAll("dates") LocalDate date) {
    assertThat(readOrNull(EssJson.write(date), LocalDate.class)).isEqualTo(date);
    YearMonth month = YearMonth.from(date);
    assertThat(readOrNull(EssJson.write(month), YearMonth.class)).isEqualTo(month);
    Year year = Year.from(date);
    assertThat(readOrNull(EssJson.write(year), Year.class)).isEqualTo(year);
  }

  @Property(tries = 200)
  void aYearIsReadFromAnIntegerOnly(@ForAll @IntRange(min = 0, max = 9999) int year) {
    assertThat(readOrNull(Integer.toString(year), Year.class)).isEqualTo(Year.of(year));
    assertThat(readOrNull("\"" + year + "\"", Year.class)).isNull();
    assertThat(readOrNull(year + ".0", Year.class)).isNull();
    assertThat(readOrNull("[" + year + "]", Year.class)).isNull();
  }

  @Example
  void theLibrarysReaderIsTheOneJacksonUsesAfterContextualisation() throws Exception {
    // if a Jackson upgrade replaced it while contextualising, dates would be read leniently
    DefaultDeserializationContext context = ((DefaultDeserializationContext) EssJson.mapper()
        .getDeserializationContext()).createInstance(EssJson.mapper().getDeserializationConfig(), null, null);
    for (Class<?> type : new Class<?>[] {LocalDate.class, YearMonth.class, Year.class, String.class}) {
      JsonDeserializer<Object> used = context.findRootValueDeserializer(EssJson.mapper().constructType(type));
      assertThat(used.getClass().getName()).as(type.getName()).startsWith(EssJsonModule.class.getName() + "$");
    }
  }

  private static <T> T readOrNull(String json, Class<T> type) {
    try {
      return EssJson.mapper().readValue(json, type);
    } catch (Exception e) {
      return null;
    }
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static Arbitrary<String> years() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 9999).map(y -> String.format("%04d", y)),
        Arbitraries.of("19a5", "-001", "+2025", "2o25", "١٢٣٤", "12025", "-2025", "+12025"));
  }

  private static Arbitrary<String> months() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 13).map(m -> String.format("%02d", m)),
        Arbitraries.of("1", "x1", "-1", "٠١"));
  }

  private static Arbitrary<String> separators() {
    return Arbitraries.of("-", "-", "-", "/", ".", "", "‐");
  }

  /** A time part, a zone, spaces: what Jackson's own reading cuts or trims. */
  private static Arbitrary<String> withExtras(Arbitrary<String> texts) {
    return Arbitraries.oneOf(texts, texts.map(s -> " " + s), texts.map(s -> s + " "), texts.map(s -> s + "T00:00:00"),
        texts.map(s -> s + "T23:30:00Z"), texts.map(s -> s + "T10:00"), texts.map(s -> s + "Z"),
        texts.map(s -> s + "+01:00"));
  }

  @Provide
  Arbitrary<String> dateTexts() {
    Arbitrary<String> day = Arbitraries.oneOf(Arbitraries.integers().between(0, 32).map(d -> String.format("%02d", d)),
        Arbitraries.of("3", "2 ", "a1"));
    Arbitrary<String> assembled = Combinators.combine(years(), separators(), months(), separators(), day)
        .as((y, s1, m, s2, d) -> y + s1 + m + s2 + d);
    return Arbitraries.oneOf(withExtras(assembled),
        Arbitraries.strings().ofMaxLength(12).filter(s -> !s.contains("\"") && !s.contains("\\")));
  }

  @Provide
  Arbitrary<String> monthTexts() {
    Arbitrary<String> assembled = Combinators.combine(years(), separators(), months()).as((y, s, m) -> y + s + m);
    return Arbitraries.oneOf(withExtras(assembled), withExtras(assembled.map(s -> s + "-01")),
        Arbitraries.strings().ofMaxLength(9).filter(s -> !s.contains("\"") && !s.contains("\\")));
  }
}
