package io.github.essrules.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.id.InseeCommuneCode;
import io.github.essrules.core.id.QpvCode;
import io.github.essrules.core.id.RnaNumber;
import io.github.essrules.core.id.Siren;
import io.github.essrules.core.id.Siret;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.money.RoundedAmount;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.validation.DatedSampleFacts;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.validation.SampleFacts;
import io.github.essrules.core.validation.Violation;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EssJsonTest {
  static final LegalReference L3332 = LegalReference.of(TextKind.CODE_ARTICLE,
      "C. trav., art. L3332-17-1, I, 3°", "LEGIARTI000049720096", Confidence.VERIFIED);

  static <T> T roundTrip(T value, Class<? super T> type) throws Exception {
    String json = EssJson.write(value);
    @SuppressWarnings("unchecked")
    T back = (T) EssJson.mapper().readValue(json, type);
    assertThat(back).as(json).isEqualTo(value);
    return back;
  }

  static Verdict sampleVerdict() {
    Comparison pay = Comparison.of(Message.of(CoreMessages.get(), "outcome.SATISFIED"),
        MessageArg.euros(new BigDecimal("80000.00")), Operator.AT_MOST,
        MessageArg.euros(new BigDecimal("151346.27")));
    Finding leaf = Finding.builder().id("esus.3.a").outcome(Outcome.SATISFIED).reference(L3332)
        .message(Message.of(CoreMessages.get(), "outcome.SATISFIED")).comparisons(List.of(pay)).build();
    Finding missing = Finding.builder().id("esus.2").outcome(Outcome.UNDETERMINED).reference(L3332)
        .message(Message.of(CoreMessages.get(), "outcome.UNDETERMINED"))
        .missingFacts(List.of("/accounts/2024/operatingCharges")).build();
    Finding parent = Finding.builder().id("esus.I").outcome(Outcome.allOf(List.of(leaf.outcome(), missing.outcome())))
        .reference(L3332).message(Message.of(CoreMessages.get(), "outcome.UNDETERMINED"))
        .children(List.of(leaf, missing)).build();
    return Verdict.builder().ruleId("esus.eligibility").asOf(LocalDate.of(2026, 1, 15))
        .outcome(parent.outcome()).addFindings(parent).build();
  }

  @Test
  void everyPublicValueTypeRoundTrips() throws Exception {
    roundTrip(L3332, LegalReference.class);
    roundTrip(LegalReference.builder().kind(TextKind.GUIDE).citation("RTES-CGET 2016, l. 4942")
        .confidence(Confidence.SECONDARY).note("guide, not a legal source").build(), LegalReference.class);
    roundTrip(Message.of(CoreMessages.get(), "id.invalid", MessageArg.text("x"), MessageArg.text("SIREN"),
        MessageArg.term("id.reason.luhn")), Message.class);
    roundTrip(MessageArg.date(LocalDate.of(2026, 1, 1)), MessageArg.class);
    roundTrip(RoundedAmount.of(new BigDecimal("21622.0752"), RoundingMode.HALF_UP), RoundedAmount.class);
    roundTrip(Violation.of("a[0].b", "/a/0/b", "f", "e", "v"), Violation.class);
    roundTrip(Siren.of("732829320"), Siren.class);
    roundTrip(Siret.of("73282932000074"), Siret.class);
    roundTrip(RnaNumber.of("W751234567"), RnaNumber.class);
    roundTrip(InseeCommuneCode.of("2A004"), InseeCommuneCode.class);
    roundTrip(QpvCode.of("QN07501M"), QpvCode.class);
    Verdict v = roundTrip(sampleVerdict(), Verdict.class);
    assertThat(v.missingFacts()).containsExactly("/accounts/2024/operatingCharges");
    DatedValue<BigDecimal> dated = DatedValue.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1),
        new BigDecimal("12.02"), L3332, LocalDate.of(2026, 11, 27));
    String json = EssJson.write(dated);
    assertThat(EssJson.mapper().readValue(json, new TypeReference<DatedValue<BigDecimal>>() {}))
        .isEqualTo(dated);
  }

  @Test
  void decimalsAndDatesAreWrittenExactlyAndMessagesInBothLanguages() {
    String json = EssJson.write(sampleVerdict());
    assertThat(json).contains("\"asOf\" : \"2026-01-15\"").contains("\"value\" : \"151346.27\"")
        .contains("\"fr\" : \"satisfaite\"").contains("\"en\" : \"satisfied\"")
        .contains("\"url\" : \"https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049720096\"")
        .contains("\"missingFacts\" : [ \"/accounts/2024/operatingCharges\" ]");
    assertThat(EssJson.write(new BigDecimal("1E+3"))).isEqualTo("1000");
  }

  @Test
  void aDocumentWithThousandsOfUnreadableValuesListsTheFirstHundredAndCountsEveryOne() {
    StringBuilder json = new StringBuilder("{\"siren\": \"732829320\", \"turnover\": 0, \"pays\": [");
    for (int i = 0; i < 3_000; i++) {
      json.append(i == 0 ? "" : ",").append("{\"role\": \"r\", \"annualGross\": \"trente\"}");
    }
    json.append("]}");
    assertThatThrownBy(() -> EssJson.read(json.toString(), SampleFacts.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).hasSize(100);
          assertThat(e.violations().get(0).pointer()).isEqualTo("/pays/0/annualGross");
          assertThat(e.total()).isGreaterThanOrEqualTo(3_000);
          assertThat(e.message(Lang.EN)).contains("more");
        });
  }

  @Test
  void aMalformedInputReportsEveryFaultWithItsPointer() {
    String json = "{\"siren\": \"732829321\", \"creationDate\": \"2024-02-30\", \"extra\": true,"
        + " \"pays\": [{\"role\": \"gérante\", \"annualGross\": \"trente\"}, {\"role\": \"\", \"annualGross\": -2}],"
        + " \"rna\": {\"not\": \"a string\"}}";
    assertThatThrownBy(() -> EssJson.read(json, SampleFacts.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(Violation::pointer).containsExactlyInAnyOrder(
              "/siren", "/creationDate", "/extra", "/pays/0/annualGross", "/pays/1/role",
              "/pays/1/annualGross", "/rna", "/turnover");
          Violation siren = e.violations().stream().filter(v -> v.pointer().equals("/siren")).findFirst().orElseThrow();
          assertThat(siren.messageFr()).contains("clé de contrôle");
          assertThat(siren.messageEn()).contains("check digit");
        });
  }

  @Test
  void readAsOfADateAnApplicationAfterItAndAMalformedMonthAreListedTogether() {
    String json = "{\"applicationDate\": \"2026-03-01\", \"statementsSent\": [\"2025-13\"]}";
    assertThatThrownBy(() -> EssJson.read(json, DatedSampleFacts.class, LocalDate.of(2025, 6, 1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(Violation::pointer).containsExactlyInAnyOrder("/applicationDate", "/statementsSent/0"));
    // read for its shape alone, the same application is valid: no clock is read
    assertThat(EssJson.read("{\"applicationDate\": \"2999-03-01\"}", DatedSampleFacts.class).applicationDate())
        .isEqualTo(LocalDate.of(2999, 3, 1));
    assertThat(EssJson.read("{\"applicationDate\": \"2026-03-01\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        DatedSampleFacts.class, LocalDate.of(2026, 3, 1)).applicationDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThatThrownBy(() -> EssJson.read("{}", DatedSampleFacts.class, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aValidInputIsReadWithExactDecimals() {
    SampleFacts facts = EssJson.read("{\"siren\": \"732 829 320\", \"creationDate\": \"2020-03-01\","
        + " \"turnover\": 0.1, \"pays\": [{\"role\": \"gérant\", \"annualGross\": \"30000.10\"}]}", SampleFacts.class);
    assertThat(facts.turnover()).isEqualTo(new BigDecimal("0.1"));
    assertThat(facts.pays().get(0).annualGross()).isEqualTo(new BigDecimal("30000.10"));
    assertThat(facts.siren().value()).isEqualTo("732829320");
  }

  @Test
  void syntaxErrorsNullDocumentsAndTrailingTokensAreTypedErrors() {
    for (String bad : new String[] {"{\"siren\": ", "null", "{} {}", "[1, 2]", "{\"a\":1, \"a\":2}"}) {
      assertThatThrownBy(() -> EssJson.read(bad, SampleFacts.class)).as(bad)
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void hostileJsonIsRejectedWithTheTypedErrorWellUnderASecond() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String deepObject = "{\"siren\":".repeat(10_000) + "1" + "}".repeat(10_000);
    String longNumber = "{\"turnover\": " + "9".repeat(100_000) + "}";
    String hugeExponent = "{\"turnover\": 1e999999999}";
    String hugeString = "{\"siren\": \"" + "x".repeat(20_000_000) + "\"}";
    for (String hostile : new String[] {deep, deepObject, longNumber, hugeExponent, hugeString}) {
      assertTimeoutPreemptively(Duration.ofSeconds(1), () ->
          assertThatThrownBy(() -> EssJson.read(hostile, SampleFacts.class))
              .isInstanceOf(InvalidInputException.class));
    }
  }

  @Test
  void bytesThatAreNotUtf8AreATypedErrorNotAnInternalOne() {
    // found by the CLI fuzzer: Jackson takes 00 00 01 00 for UCS-4 of an unsupported byte order
    for (byte[] bad : new byte[][] {{0, 0, 1, 0}, {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'}}) {
      assertThatThrownBy(() -> EssJson.read(bad, SampleFacts.class)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> EssJson.read(new java.io.ByteArrayInputStream(bad), SampleFacts.class))
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void theLimitThatStoppedTheReadingIsNamed() {
    assertThatThrownBy(() -> EssJson.read("{\"turnover\": " + "9".repeat(1000) + "}", SampleFacts.class))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.message(Lang.EN)).contains("read limit exceeded"));
    assertThatThrownBy(() -> EssJson.read("{\"turnover\": \"1e-999\"}", SampleFacts.class))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(Violation::pointer).contains("/turnover"));
  }
}
