package io.github.essrules.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.validation.SampleFacts;
import io.github.essrules.core.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 18, "JSON that stays JSON": each fault of an input says what was expected, in the reader's
 * words — the reason an impossible date is impossible, the property meant by a typo, where a
 * malformed document goes wrong — and never the parser's own text (Java classes, Jackson features,
 * "[Source: …]").
 */
class ReadableFaultsTest {
  private static final String SAMPLE = "{\"siren\": \"732829320\", \"creationDate\": \"2020-03-01\", \"turnover\": 1,"
      + " \"pays\": [{\"role\": \"gérante\", \"annualGross\": 30000}]}";

  private static List<Violation> refused(String json) {
    try {
      EssJson.read(json, SampleFacts.class);
    } catch (InvalidInputException e) {
      return e.violations();
    }
    throw new AssertionError("accepted: " + json);
  }

  private static Violation at(List<Violation> violations, String pointer) {
    return violations.stream().filter(v -> v.pointer().equals(pointer)).findFirst()
        .orElseThrow(() -> new AssertionError("no fault at " + pointer + ": " + violations));
  }

  private static void noInternals(Violation v) {
    for (String text : List.of(v.messageFr(), v.messageEn())) {
      assertThat(text).doesNotContain("Source:", "Jackson", "JsonReadFeature", "Feature", "java.", "code 1",
          "VALUE_STRING", "START_OBJECT", "bound as", "`");
    }
  }

  @Test
  void the30thOfFebruaryIsRefusedBecauseFebruaryHas28DaysThatYear() {
    Violation v = at(refused(SAMPLE.replace("2020-03-01", "2026-02-30")), "/creationDate");
    assertThat(v.messageFr()).isEqualTo("date impossible : février 2026 n'a que 28 jours");
    assertThat(v.messageEn()).isEqualTo("no such date: February 2026 has 28 days");
    assertThat(v.invalidValue()).contains("2026-02-30");
    Violation leap = at(refused(SAMPLE.replace("2020-03-01", "2024-02-30")), "/creationDate");
    assertThat(leap.messageEn()).isEqualTo("no such date: February 2024 has 29 days");
  }

  @Test
  void aThirteenthMonthAndADayZeroSayWhatIsWrong() {
    assertThat(at(refused(SAMPLE.replace("2020-03-01", "2026-13-01")), "/creationDate").messageEn())
        .isEqualTo("no such date: there is no month 13 (months run from 01 to 12)");
    assertThat(at(refused(SAMPLE.replace("2020-03-01", "2026-03-00")), "/creationDate").messageFr())
        .isEqualTo("date impossible : les jours commencent à 01");
  }

  @Test
  void aTypoInAPropertyNameSuggestsTheProperty() {
    Violation v = at(refused(SAMPLE.replace("\"turnover\"", "\"turnovr\"")), "/turnovr");
    assertThat(v.messageFr()).isEqualTo("propriété inconnue « turnovr » : vouliez-vous dire « turnover » ?");
    assertThat(v.messageEn()).isEqualTo("unknown property \"turnovr\": did you mean \"turnover\"?");
    // two letters swapped, another case, in a nested object
    assertThat(at(refused(SAMPLE.replace("\"creationDate\"", "\"creationdaet\"")), "/creationdaet").messageEn())
        .contains("did you mean \"creationDate\"");
    assertThat(at(refused(SAMPLE.replace("\"role\"", "\"rôle\"")), "/pays/0/rôle").messageEn())
        .contains("did you mean \"role\"");
  }

  @Test
  void anUnknownPropertyFarFromEveryOtherListsThePropertiesAllowedThere() {
    Violation v = at(refused(SAMPLE.replace("\"turnover\": 1,", "\"turnover\": 1, \"colour\": \"blue\",")), "/colour");
    assertThat(v.messageEn()).isEqualTo(
        "unknown property \"colour\"; the properties allowed here: creationDate, pays, rna, siren, turnover");
  }

  @Test
  void theDistanceCountsASwapAsOneEdit() {
    assertThat(JsonFaults.distance("legalfrom", "legalform", 3)).isEqualTo(1);
    assertThat(JsonFaults.distance("abc", "abc", 1)).isZero();
    assertThat(JsonFaults.distance("kitten", "sitting", 3)).isEqualTo(3);
    assertThat(JsonFaults.distance("a", "abcdef", 2)).isGreaterThan(2);
    assertThat(JsonFaults.closest("sirne", List.of("siren", "rna"))).isEqualTo("siren");
    assertThat(JsonFaults.closest("x", List.of("siren", "rna"))).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // document | pointer | English message
    "{\"siren\": \"732829320\", \"turnover\": 1 \"pays\": []} | '' | "
        + "malformed JSON (line 1, column 39): \",\" or \"}\" expected after a value of the object, \"\"\" found",
    "{\"siren\": \"732829320\", \"turnover\": 1,} | '' | malformed JSON (line 1, column 39): a comma too many before \"}\"",
    "{\"siren\" \"732829320\"} | /siren | "
        + "malformed JSON (line 1, column 11): \":\" expected between the name \"siren\" and its value, \"\"\" found",
    "{'siren': 1} | '' | malformed JSON (line 1, column 3): JSON allows double quotes only (\"text\"), not single quotes",
    "{\"turnover\": tru} | /turnover | malformed JSON (line 1, column 17): \"tru\" is not a JSON value (a text in"
        + " double quotes, a number, an object, an array, true, false or null)",
    "{\"turnover\": 01} | /turnover | malformed JSON (line 1, column 15): badly written number (digits, a decimal"
        + " point, an exponent; no leading zero, no + sign, no NaN or Infinity)",
    "{\"pays\": [{} {}]} | /pays | malformed JSON (line 1, column 15): \",\" or \"]\" expected after an element of the"
        + " array, \"{\" found",
    "{\"pays\": [{}}]} | /pays | malformed JSON (line 1, column 14): \"}\" found, but \"]\" closes what is open here",
    "{\"turnover\": 1, \"turnover\": 2} | /turnover | malformed JSON (line 1, column 27): the property \"turnover\""
        + " is given twice",
    "// a comment | '' | malformed JSON (line 1, column 2): \"/\": comments are not allowed in JSON",
  })
  void aMalformedDocumentSaysWhatWasExpectedWhereAndNothingOfTheParser(String json, String pointer, String en) {
    List<Violation> v = refused(json);
    assertThat(v).hasSize(1);
    assertThat(v.get(0).pointer()).isEqualTo(pointer);
    assertThat(v.get(0).messageEn()).isEqualTo(en);
    assertThat(v.get(0).messageFr()).startsWith("JSON mal formé (ligne 1, colonne ");
    noInternals(v.get(0));
  }

  @Test
  void aDocumentCutShortNamesTheObjectLeftOpenAndWhereItOpened() {
    List<Violation> v = refused("{\"siren\": \"732829320\",\n \"pays\": [{\"role\": \"x\"");
    assertThat(v).hasSize(1);
    assertThat(v.get(0).pointer()).isEqualTo("/pays/0");
    assertThat(v.get(0).messageEn()).startsWith("incomplete JSON (line 2, column ")
        .endsWith("the document stops before the end of the object opened at line 2, column 11 (\"}\" missing?)");
    assertThat(v.get(0).messageFr()).contains("l'objet ouvert ligne 2, colonne 11");
    noInternals(v.get(0));
    assertThat(refused("{\"siren\": \"7328").get(0).messageEn()).contains("stops inside a text");
    assertThat(refused("{").get(0).pointer()).isEmpty();
  }

  @Test
  void anEmptyDocumentAndContentAfterTheDocumentAreSaidPlainly() {
    assertThat(refused("").get(0).messageEn()).isEqualTo("empty document: a JSON object is expected");
    List<Violation> trailing = refused(SAMPLE + " {}");
    assertThat(trailing).extracting(Violation::messageEn).allSatisfy(m -> assertThat(m).doesNotContain("`"));
    assertThat(trailing).extracting(Violation::messageEn)
        .anySatisfy(m -> assertThat(m).contains("after the end of the document"));
  }

  @Test
  void aValueOfTheWrongKindSaysTheKindExpectedNotAJavaType() {
    Violation v = at(refused(SAMPLE.replace("\"turnover\": 1", "\"turnover\": \"douze\"")), "/turnover");
    assertThat(v.messageEn()).contains("a number is written in digits");
    assertThat(v.invalidValue()).contains("douze");
    Violation array = refused("[1]").get(0);
    assertThat(array.messageEn()).isEqualTo("unexpected type: an array [ … ] found, an object { … } expected");
    assertThat(array.messageFr()).isEqualTo("type inattendu : un tableau [ … ] trouvé, il faut un objet { … }");
    Violation nested = at(refused(SAMPLE.replace("\"pays\": [", "\"pays\": {\"a\": [").replace("]}", "]}}")), "/pays");
    assertThat(nested.messageEn()).contains("an array [ … ] expected");
    noInternals(nested);
  }

  @Test
  void readLimitsNameTheLimitPassed() {
    String deep = "[".repeat(EssJson.MAX_NESTING_DEPTH + 1);
    assertThatThrownBy(() -> EssJson.read(("{\"pays\": " + deep).getBytes(StandardCharsets.UTF_8), SampleFacts.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations().get(0).messageEn())
              .endsWith("more than " + EssJson.MAX_NESTING_DEPTH + " levels of nested objects and arrays");
          noInternals(e.violations().get(0));
        });
  }
}
