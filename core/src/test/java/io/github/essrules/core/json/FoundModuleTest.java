package io.github.essrules.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.essrules.core.id.Siren;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.validation.DatedSampleFacts;
import io.github.essrules.core.validation.ImmutableDatedSampleFacts;
import io.github.essrules.core.validation.ImmutablePay;
import io.github.essrules.core.validation.ImmutableSampleFacts;
import io.github.essrules.core.validation.SampleFacts;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * {@link EssJsonModule} found by {@code ObjectMapper.findAndRegisterModules()}: a plain mapper
 * then reads and writes the library's values as {@link EssJson} does, dates as ISO text,
 * whatever the order its modules are registered in.
 */
class FoundModuleTest {
  private static final DatedSampleFacts DATED = ImmutableDatedSampleFacts.builder()
      .applicationDate(LocalDate.of(2026, 3, 2))
      .foundedIn(Year.of(2003))
      .addStatementsSent(YearMonth.of(2026, 1), YearMonth.of(2026, 2))
      .build();

  /** The day of the year is written in ISO text too; no fact of the library holds one. */
  static final class Yearly {
    public MonthDay day = MonthDay.of(3, 2);
    public LocalDate date = LocalDate.of(2026, 3, 2);
  }

  /** An application's own type whose property states its own format. */
  static final class OwnFormat {
    @JsonFormat(pattern = "dd/MM/yyyy")
    public LocalDate date = LocalDate.of(2026, 3, 2);
  }

  private static ObjectMapper found() {
    return new ObjectMapper().findAndRegisterModules();
  }

  @Test
  void theModuleIsAServiceThatFindAndRegisterModulesRegisters() {
    List<Class<?>> services = StreamSupport.stream(ServiceLoader.load(Module.class).spliterator(), false)
        .map(Object::getClass).collect(Collectors.toList());
    assertThat(services).contains(EssJsonModule.class, JavaTimeModule.class, Jdk8Module.class);
    assertThat(found().getRegisteredModuleIds()).contains(new EssJsonModule().getTypeId());
  }

  @Test
  void aPlainMapperWritesDatesMonthsAndYearsAsTheLibraryDoesAndReadsThemBack() throws Exception {
    ObjectMapper mapper = found();
    assertThat(mapper.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isTrue();
    String json = mapper.writeValueAsString(DATED);
    assertThat(json).contains("\"applicationDate\":\"2026-03-02\"", "\"foundedIn\":2003",
        "\"statementsSent\":[\"2026-01\",\"2026-02\"]");
    assertThat(mapper.readValue(json, DatedSampleFacts.class)).isEqualTo(DATED);
    assertThat(EssJson.read(json, DatedSampleFacts.class)).isEqualTo(DATED);
    assertThat(mapper.writeValueAsString(new Yearly())).isEqualTo("{\"day\":\"--03-02\",\"date\":\"2026-03-02\"}");
  }

  @Test
  void whateverTheOrderOfTheModulesTheLibrarysReadersAndWritersTakePrecedence() throws Exception {
    List<List<Module>> orders = List.of(
        List.of(new JavaTimeModule(), new Jdk8Module(), new EssJsonModule()),
        List.of(new EssJsonModule(), new JavaTimeModule(), new Jdk8Module()),
        List.of(new Jdk8Module(), new EssJsonModule(), new JavaTimeModule()));
    for (List<Module> order : orders) {
      ObjectMapper mapper = JsonMapper.builder().addModules(order).build();
      String json = mapper.writeValueAsString(DATED);
      assertThat(json).as("%s", order).contains("\"applicationDate\":\"2026-03-02\"", "\"foundedIn\":2003",
          "\"statementsSent\":[\"2026-01\",\"2026-02\"]");
      assertThat(mapper.readValue(json, DatedSampleFacts.class)).isEqualTo(DATED);
      // the reading is the library's: a date as an array, a year as text are refused
      assertThatThrownBy(() -> mapper.readValue(json.replace("\"2026-03-02\"", "[2026,3,2]"),
          DatedSampleFacts.class)).as("%s", order).isInstanceOf(JsonMappingException.class);
      assertThatThrownBy(() -> mapper.readValue(json.replace("2003", "\"2003\""), DatedSampleFacts.class))
          .as("%s", order).isInstanceOf(JsonMappingException.class);
    }
  }

  @Test
  void aFormatStatedOnAnApplicationsOwnPropertyIsHonoured() throws Exception {
    for (ObjectMapper mapper : List.of(found(), EssJson.mapper(),
        JsonMapper.builder().addModules(new JavaTimeModule(), new EssJsonModule()).build(),
        JsonMapper.builder().addModules(new EssJsonModule(), new JavaTimeModule()).build())) {
      assertThat(mapper.writeValueAsString(new OwnFormat())).contains("\"date\":\"02/03/2026\"");
      assertThat(mapper.readValue("{\"date\":\"02/03/2026\"}", OwnFormat.class).date)
          .isEqualTo(LocalDate.of(2026, 3, 2));
    }
  }

  @Test
  void aVerdictFactsAndADatedValueRoundTripThroughAPlainMapper() throws Exception {
    ObjectMapper mapper = found();
    Verdict verdict = EssJsonTest.sampleVerdict();
    String json = mapper.writeValueAsString(verdict);
    assertThat(json).contains("\"asOf\":\"2026-01-15\"");
    assertThat(mapper.readValue(json, Verdict.class)).isEqualTo(verdict);
    SampleFacts facts = ImmutableSampleFacts.builder().siren(Siren.of("732829320"))
        .creationDate(LocalDate.of(2020, 1, 1)).turnover(new BigDecimal("1200.50"))
        .addPays(ImmutablePay.builder().role("gérante").annualGross(new BigDecimal("30000")).build())
        .build();
    assertThat(mapper.readValue(mapper.writeValueAsString(facts), SampleFacts.class)).isEqualTo(facts);
    DatedValue<BigDecimal> dated = DatedValue.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1),
        new BigDecimal("12.02"), EssJsonTest.L3332, LocalDate.of(2026, 11, 27));
    assertThat(mapper.<DatedValue<BigDecimal>>readValue(mapper.writeValueAsString(dated),
        new TypeReference<DatedValue<BigDecimal>>() {})).isEqualTo(dated);
  }
}
