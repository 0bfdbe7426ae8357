package io.github.essrules.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.essrules.core.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list that may be unknown ({@code Optional<List<X>>}): absent and {@code null} are unknown,
 * {@code []} is none, and the list read cannot be changed afterwards (the facts stay deeply
 * immutable, so the validator may remember them).
 */
class UnknownListReadingTest {

  @Test
  void absentAndNullAreUnknownAndAnEmptyArrayIsNone() {
    assertThat(EssJson.read("{}", RecordsSample.class).held()).isEmpty();
    assertThat(EssJson.read("{\"held\":null}", RecordsSample.class).held()).isEmpty();
    assertThat(EssJson.read("{\"held\":[]}", RecordsSample.class).held()).contains(List.of());
    assertThat(EssJson.read("{\"held\":[\"2025-06-12\"]}", RecordsSample.class).held())
        .contains(List.of(LocalDate.of(2025, 6, 12)));
  }

  @Test
  void theListReadIsUnmodifiable() {
    RecordsSample s = EssJson.read("{\"held\":[\"2025-06-12\"]}", RecordsSample.class);
    assertThatThrownBy(() -> s.held().orElseThrow().add(LocalDate.of(2025, 7, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNullRecordIsAnInputErrorAtItsPlace() {
    assertThatThrownBy(() -> EssJson.read("{\"held\":[\"2025-06-12\",null]}", RecordsSample.class))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(v -> v.pointer()).containsExactly("/held/1"));
  }

  @Test
  void aPlainMapperWithTheModuleReadsTheSameAndWritesAnUnknownListNotAtAll() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    RecordsSample s = mapper.readValue("{\"held\":[\"2025-06-12\"]}", RecordsSample.class);
    assertThatThrownBy(() -> s.held().orElseThrow().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(mapper.readValue("{\"held\":null}", RecordsSample.class).held()).isEmpty();
    assertThat(EssJson.write(ImmutableRecordsSample.builder().build())).doesNotContain("held");
    assertThat(EssJson.write(ImmutableRecordsSample.builder().held(List.of()).build())).contains("\"held\" : [ ]");
  }
}
