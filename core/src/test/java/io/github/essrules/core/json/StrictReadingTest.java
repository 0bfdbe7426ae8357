package io.github.essrules.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.validation.DatedSampleFacts;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.validation.SampleFacts;
import io.github.essrules.core.validation.Violation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, "Input safety": a value in another form than the one the schema states is an input
 * error naming its field, never a value read some other way — a number is not the position of a
 * named value, a date has no time part and is no array, text is a JSON string that can be written
 * as UTF-8.
 */
class StrictReadingTest {
  private static final String REFERENCE = "{\"kind\": \"CODE_ARTICLE\", \"citation\": \"C. trav., art. L3332-17-1\","
      + " \"confidence\": \"VERIFIED\"}";
  private static final String NAMED = "{\"kind\": \"CODE_ARTICLE\", \"confidence\": \"VERIFIED\","
      + " \"others\": [\"SECONDARY\"]}";
  private static final String SAMPLE = "{\"siren\": \"732829320\", \"creationDate\": \"2020-03-01\", \"turnover\": 1,"
      + " \"pays\": [{\"role\": \"gérante\", \"annualGross\": 30000}]}";

  private static void refused(String json, Class<?> type, Consumer<List<Violation>> check) {
    assertThatThrownBy(() -> EssJson.read(json, type)).as(json)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> check.accept(e.violations()));
  }

  private static Violation only(List<Violation> violations, String pointer) {
    assertThat(violations).extracting(Violation::pointer).containsExactly(pointer);
    return violations.get(0);
  }

  @Test
  void namedValuesAsWrittenAreRead() {
    NamedSample sample = EssJson.read(NAMED, NamedSample.class);
    assertThat(sample.kind()).isEqualTo(TextKind.CODE_ARTICLE);
    assertThat(sample.confidence()).contains(Confidence.VERIFIED);
    assertThat(sample.others()).containsExactly(Confidence.SECONDARY);
  }

  @Test
  void aConfidenceGivenAsTheNumber1IsAnInputErrorListingTheAllowedNamesNotSecondary() {
    refused(NAMED.replace("\"VERIFIED\"", "1"), NamedSample.class, v -> {
      Violation fault = only(v, "/confidence");
      assertThat(fault.messageEn()).contains("Confidence").contains("VERIFIED, SECONDARY");
      assertThat(fault.messageFr()).contains("VERIFIED, SECONDARY");
      assertThat(fault.invalidValue()).contains("1");
    });
    refused(NAMED.replace("\"CODE_ARTICLE\"", "0"), NamedSample.class,
        v -> assertThat(only(v, "/kind").messageEn()).contains("CODE_ARTICLE"));
    refused(NAMED.replace("[\"SECONDARY\"]", "[1, \"SECONDARY\", 0]"), NamedSample.class,
        v -> assertThat(v).extracting(Violation::pointer).containsExactlyInAnyOrder("/others/0", "/others/2"));
  }

  @Test
  void aNamedValueIsReadFromItsExactNameOnly() {
    for (String other : new String[] {"\"1\"", "\"verified\"", "\" VERIFIED\"", "\"\"", "1.0", "true", "[\"VERIFIED\"]",
        "{\"name\": \"VERIFIED\"}", "\"VERIFIED\\ud800\""}) {
      refused(NAMED.replace("\"VERIFIED\"", other), NamedSample.class,
          v -> assertThat(only(v, "/confidence").messageEn()).contains("VERIFIED, SECONDARY"));
    }
  }

  @Test
  void aLegalReferenceWrittenByTheLibraryIsReadBack() {
    LegalReference reference = EssJson.read(REFERENCE, LegalReference.class);
    assertThat(EssJson.read(EssJson.write(reference), LegalReference.class)).isEqualTo(reference);
    assertThatThrownBy(() -> EssJson.read(REFERENCE.replace("\"VERIFIED\"", "1"), LegalReference.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(Violation::pointer).contains("/confidence"));
  }

  @Test
  void aNumberGivenForANamedValueIsRefusedByTheMapperAloneToo() {
    assertThatThrownBy(() -> EssJson.mapper().readValue("1", Confidence.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> EssJson.mapper().readValue("{\"1\": true}",
        new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<Confidence, Boolean>>() {}))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void aDateWithATimePart20260202T233000ZIsRefusedNamingTheFieldNotCutToItsDay() {
    refused("{\"applicationDate\": \"2026-02-02T23:30:00Z\"}", DatedSampleFacts.class, v -> {
      Violation fault = only(v, "/applicationDate");
      assertThat(fault.messageEn()).contains("YYYY-MM-DD");
      assertThat(fault.messageFr()).contains("AAAA-MM-JJ");
      assertThat(fault.invalidValue()).contains("2026-02-02T23:30:00Z");
    });
  }

  @Test
  void aDateGivenAsTheArray2026_2_2IsRefusedNamingTheField() {
    refused("{\"applicationDate\": [2026, 2, 2]}", DatedSampleFacts.class,
        v -> assertThat(only(v, "/applicationDate").messageEn()).contains("YYYY-MM-DD"));
  }

  @Test
  void aDateInAnyOtherFormIsRefusedNamingTheField() {
    for (String other : new String[] {"20260202", "\"20260202\"", "\" 2026-02-02\"", "\"2026-02-02 \"",
        "\"2026-2-2\"", "\"02/02/2026\"", "\"+2026-02-02\"", "\"2026-02-02T00:00\"", "\"\"", "true", "{}"}) {
      refused("{\"applicationDate\": " + other + "}", DatedSampleFacts.class,
          v -> assertThat(only(v, "/applicationDate").messageEn()).contains("YYYY-MM-DD"));
    }
  }

  @Test
  void anImpossibleDate20250230IsRefusedNamingTheField() {
    refused("{\"applicationDate\": \"2025-02-30\"}", DatedSampleFacts.class,
        v -> assertThat(only(v, "/applicationDate").invalidValue()).contains("2025-02-30"));
  }

  @Test
  void aMonthIsReadAsYYYYMMOnlyAndAYearAsAnIntegerOnly() {
    DatedSampleFacts facts = EssJson.read("{\"applicationDate\": \"2026-02-02\", \"foundedIn\": 1998,"
        + " \"statementsSent\": [\"2026-01\"], \"deadline\": \"2026-03-31\"}", DatedSampleFacts.class);
    assertThat(facts.foundedIn()).contains(Year.of(1998));
    assertThat(facts.statementsSent()).containsExactly(YearMonth.of(2026, 1));
    refused("{\"applicationDate\": \"2026-02-02\", \"foundedIn\": \"1998\","
        + " \"statementsSent\": [\"2026-01-01\", [2026, 1], \"2026-01T00:00\", 202601], \"deadline\": [2026, 3, 31]}",
        DatedSampleFacts.class, v -> {
          assertThat(v).extracting(Violation::pointer).containsExactlyInAnyOrder("/foundedIn", "/statementsSent/0",
              "/statementsSent/1", "/statementsSent/2", "/statementsSent/3", "/deadline");
          assertThat(v.get(0).messageEn()).contains("integer");
          assertThat(v).filteredOn(f -> f.pointer().startsWith("/statementsSent"))
              .allSatisfy(f -> assertThat(f.messageEn()).contains("YYYY-MM"));
        });
    for (String year : new String[] {"1998.0", "-1", "10000", "[1998]", "\"1998-01-01\""}) {
      refused("{\"applicationDate\": \"2026-02-02\", \"foundedIn\": " + year + "}", DatedSampleFacts.class,
          v -> assertThat(only(v, "/foundedIn").messageEn()).contains("integer"));
    }
  }

  @Test
  void everyFormFaultIsListedWithTheOthersInOnePass() {
    String json = SAMPLE.replace("\"2020-03-01\"", "[2020, 3, 1]").replace("\"gérante\"", "12")
        .replace("\"turnover\": 1", "\"turnover\": 1, \"extra\": 0");
    refused(json, SampleFacts.class, v -> assertThat(v).extracting(Violation::pointer)
        .containsExactlyInAnyOrder("/creationDate", "/pays/0/role", "/extra"));
  }

  @Test
  void textIsAJsonStringOnly() {
    for (String other : new String[] {"12", "true", "[\"gérante\"]", "{\"role\": \"gérante\"}"}) {
      refused(SAMPLE.replace("\"gérante\"", other), SampleFacts.class, v -> only(v, "/pays/0/role"));
    }
    // an identifier whose zeros a number would lose
    refused(SAMPLE.replace("\"732829320\"", "732829320"), SampleFacts.class, v -> only(v, "/siren"));
  }

  @Test
  void aLoneSurrogateInARoleIsAnInputErrorNamingTheFieldAndShownEscaped() throws Exception {
    refused(SAMPLE.replace("gérante", "g\\ud800rante"), SampleFacts.class, v -> {
      Violation fault = only(v, "/pays/0/role");
      assertThat(fault.messageEn()).contains("surrogate");
      assertThat(fault.messageFr()).contains("UTF-8");
      assertThat(fault.invalidValue()).contains("g\\ud800rante");
      assertWritableAsUtf8(EssJson.write(v));
    });
    for (String lone : new String[] {"\\udc00", "x\\udbff", "\\udfff\\ud800", "\\ud83d\\ud83d\\ude00"}) {
      refused(SAMPLE.replace("gérante", lone), SampleFacts.class, v -> only(v, "/pays/0/role"));
    }
  }

  @Test
  void aSurrogatePairIsText() {
    SampleFacts facts = EssJson.read(SAMPLE.replace("gérante", "g\\ud83d\\ude00rante 😀"), SampleFacts.class);
    assertThat(facts.pays().get(0).role()).isEqualTo("g😀rante 😀");
  }

  @Test
  void aLoneSurrogateInAPropertyNameADecimalOrAnIdentifierGivesFaultsWritableAsUtf8() {
    for (String json : new String[] {SAMPLE.replace("\"turnover\": 1", "\"turnover\": 1, \"x\\ud800\": 0"),
        SAMPLE.replace("732829320", "7328\\ud80029320"), SAMPLE.replace("\"turnover\": 1", "\"turnover\": \"\\ud800\""),
        SAMPLE.replace("\"turnover\": 1", "\"turnover\": 1, \"rna\": \"W\\udfff\"")}) {
      refused(json, SampleFacts.class, v -> {
        assertThat(v).isNotEmpty();
        for (Violation fault : v) {
          assertWritableAsUtf8(fault.pointer() + fault.path() + fault.messageFr() + fault.messageEn()
              + fault.invalidValue().orElse(""));
        }
      });
    }
    // the parser itself refuses a property name holding a lone surrogate
    refused(SAMPLE.replace("\"turnover\": 1", "\"turnover\": 1, \"x\\ud800\": 0"), SampleFacts.class,
        v -> assertThat(v).singleElement().satisfies(f -> assertThat(f.messageEn()).contains("surrogate")));
    refused(SAMPLE.replace("\"turnover\": 1", "\"turnover\": \"1\\ud800\""), SampleFacts.class,
        v -> assertThat(only(v, "/turnover").invalidValue()).contains("1\\ud800"));
  }

  @Test
  void theValuesWrittenByTheLibraryAreReadBackEqual() {
    DatedSampleFacts facts = EssJson.read("{\"applicationDate\": \"0001-01-01\", \"foundedIn\": 0,"
        + " \"statementsSent\": [\"9999-12\"], \"deadline\": \"9999-12-31\"}", DatedSampleFacts.class);
    assertThat(EssJson.read(EssJson.write(facts), DatedSampleFacts.class)).isEqualTo(facts);
    assertThat(facts.applicationDate()).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(EssJson.write(facts)).contains("\"foundedIn\" : 0");
    NamedSample named = EssJson.read(NAMED, NamedSample.class);
    assertThat(EssJson.read(EssJson.write(named), NamedSample.class)).isEqualTo(named);
  }

  private static void assertWritableAsUtf8(String text) {
    try {
      ByteBuffer unused = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
      assertThat(unused.remaining()).isPositive();
    } catch (CharacterCodingException e) {
      throw new AssertionError("not writable as UTF-8: " + text, e);
    }
  }
}
