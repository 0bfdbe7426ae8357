package io.github.essrules.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The library reads {@code yyyy-MM-dd} dates without Jackson's date formatter; these properties
 * hold it to Jackson's own reading: the same date for every text Jackson accepts, an error for
 * every text it refuses (impossible days, 29 February of common years, wrong digits or forms).
 */
class DateReadingProperties {
  private static final ObjectMapper JACKSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

  @Property(tries = 3000)
  void aDateIsReadAsJacksonReadsIt(@ForAll("dateTexts") String text) {
    String json = "\"" + text + "\"";
    LocalDate expected;
    try {
      expected = JACKSON.readValue(json, LocalDate.class);
    } catch (Exception e) {
      expected = null;
    }
    LocalDate actual;
    try {
      actual = EssJson.mapper().readValue(json, LocalDate.class);
    } catch (Exception e) {
      actual = null;
    }
    assertThat(actual).as(text).isEqualTo(expected);
  }

  @Example
  void theLibrarysReaderIsTheOneJacksonUsesAfterContextualisation() throws Exception {
    // if a Jackson upgrade replaced it while contextualising, dates would still be read, slowly
    DefaultDeserializationContext context = ((DefaultDeserializationContext) EssJson.mapper()
        .getDeserializationContext()).createInstance(EssJson.mapper().getDeserializationConfig(), null, null);
    JsonDeserializer<Object> used = context.findRootValueDeserializer(EssJson.mapper().constructType(LocalDate.class));
    assertThat(used.getClass().getName()).isEqualTo(EssJsonModule.class.getName() + "$IsoDateDeserializer");
  }

  @Provide
  Arbitrary<String> dateTexts() {
    Arbitrary<String> year = Arbitraries.oneOf(Arbitraries.integers().between(0, 9999).map(y -> String.format("%04d", y)),
        Arbitraries.of("19a5", "-001", "+2025", "2o25", "١٢٣٤"));
    Arbitrary<String> month = Arbitraries.oneOf(Arbitraries.integers().between(0, 13).map(m -> String.format("%02d", m)),
        Arbitraries.of("1", "x1", "-1"));
    Arbitrary<String> day = Arbitraries.oneOf(Arbitraries.integers().between(0, 32).map(d -> String.format("%02d", d)),
        Arbitraries.of("3", "2 ", "a1"));
    Arbitrary<String> separator = Arbitraries.of("-", "-", "-", "/", ".", "");
    Arbitrary<String> assembled = Combinators.combine(year, separator, month, separator, day)
        .as((y, s1, m, s2, d) -> y + s1 + m + s2 + d);
    return Arbitraries.oneOf(assembled, assembled.map(s -> " " + s), assembled.map(s -> s + "T00:00:00"),
        Arbitraries.strings().ofMaxLength(12).filter(s -> !s.contains("\"") && !s.contains("\\")));
  }
}
