package io.github.essrules.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Confidence;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParameterFileTest {
  private static DatedParameter<BigDecimal> load(String yaml) {
    return ParameterFile.load("test.yaml",
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), ValueReader.decimal());
  }

  private static final String HEADER = String.join("\n",
      "id: smic-test",
      "unit: EUR/h",
      "description:",
      "  fr: SMIC de test",
      "  en: test SMIC",
      "");

  @Test
  void aWellFormedFileGivesHalfOpenPeriodsAndKeepsDecimalsExact() {
    DatedParameter<BigDecimal> p = load(HEADER + String.join("\n",
        "regime: UNTIL_AMENDED",
        "values:",
        "  - from: 2024-01-01",
        "    verifiedOn: 2025-12-31",
        "    value: 11.65",
        "    reference: {kind: DECRET, citation: Décret n° 2023-1216, legifranceId: JORFTEXT000048604681, confidence: VERIFIED}",
        "  - from: 2024-11-01",
        "    verifiedOn: 2025-12-31",
        "    value: \"11.88\"",
        "    reference: {kind: DECRET, citation: Décret n° 2024-951, confidence: SECONDARY, note: relevé anticipé}",
        ""));
    assertThat(p.valueAt(LocalDate.of(2024, 10, 31))).isEqualByComparingTo("11.65");
    assertThat(p.valueAt(LocalDate.of(2024, 11, 1))).isEqualTo(new BigDecimal("11.88"));
    assertThat(p.valueAt(LocalDate.of(2024, 1, 1)).toPlainString()).isEqualTo("11.65");
    assertThat(p.lastVerifiedDay()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(p.regime()).isEqualTo(Regime.UNTIL_AMENDED);
    assertThat(p.at(LocalDate.of(2025, 12, 31)).presumed()).isFalse();
    assertThat(p.at(LocalDate.of(2026, 1, 1)).presumed()).isTrue();
    assertThat(p.at(LocalDate.of(2026, 1, 1)).reference().confidence()).isEqualTo(Confidence.PRESUMED);
    assertThat(p.at(LocalDate.of(2024, 1, 1)).reference().url()).hasValueSatisfying(
        u -> assertThat(u.toString()).isEqualTo("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048604681"));
    assertThat(p.at(LocalDate.of(2025, 1, 1)).reference().confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(p.description(Lang.EN)).isEqualTo("test SMIC");
  }

  @Test
  void anUntilOnAValueLeavesAGapThatIsNotCovered() {
    DatedParameter<BigDecimal> p = load(HEADER + String.join("\n",
        "regime: FOR_PERIOD",
        "values:",
        "  - {from: 2020-01-01, until: 2020-07-01, verifiedOn: 2026-11-27, value: 1, reference: {kind: LOI, citation: a, confidence: VERIFIED}}",
        "  - {from: 2021-01-01, until: 2022-01-01, verifiedOn: 2026-11-27, value: 2, reference: {kind: LOI, citation: b, confidence: VERIFIED}}",
        ""));
    assertThat(p.covers(LocalDate.of(2020, 6, 30))).isTrue();
    assertThat(p.covers(LocalDate.of(2020, 7, 1))).isFalse();
    assertThat(p.covers(LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(p.covers(LocalDate.of(2022, 1, 1))).isFalse();
    assertThat(p.coverage()).isEqualTo("2020-01-01 → 2020-06-30, 2021-01-01 → 2021-12-31");
  }

  @Test
  void everyFaultOfAMalformedFileIsReportedAtOnceWithItsKey() {
    String yaml = String.join("\n",
        "id: broken",
        "unit: EUR",
        "colour: blue",
        "description: {fr: cassé}",
        "regime: FOR_PERIOD",
        "values:",
        "  - from: 2024-01-01",
        "    value: douze",
        "    reference: {kind: DECRET, citation: D, confidence: VERIFIED}",
        "  - from: 2024-01-01",
        "    value: 12",
        "  - from: 2023-05-01",
        "    value: 13",
        "    reference: {kind: CIRCULAR, citation: '', confidence: SURE, page: 3}",
        "");
    assertThatThrownBy(() -> load(yaml))
        .isInstanceOfSatisfying(ParameterFileException.class, e -> {
          assertThat(e.file()).isEqualTo("test.yaml");
          assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("colour: unknown key"));
          assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("description.en: missing"));
          assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("values[0].value: 'douze' is not a decimal"));
          assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("values[1].from: 2024-01-01 repeats"));
          assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("values[1].reference: missing"));
          assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("values[2].from: 2023-05-01 is before"));
          assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("values[2].reference.kind: 'CIRCULAR' is not one of"));
          assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("values[2].reference.citation: a non-blank text"));
          assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("values[2].reference.confidence: 'SURE'"));
          assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("values[2].reference.page: unknown key"));
          assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("values[0].verifiedOn: missing"));
          assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("values[2].until: required"));
          assertThat(e.message(Lang.FR)).startsWith("Fichier de paramètres test.yaml invalide");
        });
  }

  @Test
  void aMalformedLegifranceIdentifierIsRejected() {
    assertThatThrownBy(() -> load(HEADER + String.join("\n",
        "regime: UNTIL_AMENDED",
        "values:",
        "  - {from: 2024-01-01, verifiedOn: 2024-12-31, value: 1, reference: {kind: DECRET, citation: D, legifranceId: JORF123, confidence: VERIFIED}}",
        "")))
        .isInstanceOfSatisfying(ParameterFileException.class,
            e -> assertThat(e.problems()).singleElement().asString()
                .startsWith("values[0].reference: malformed Légifrance identifier"));
  }

  @Test
  void theFormerLastKnownValidOnKeyAndAValueSetForAPeriodWithoutEndAreRejected() {
    assertThatThrownBy(() -> load(HEADER + String.join("\n",
        "lastKnownValidOn: 2024-12-31",
        "regime: FOR_PERIOD",
        "values:",
        "  - {from: 2024-01-01, verifiedOn: 2024-12-31, value: 1, reference: {kind: DECRET, citation: D, confidence: VERIFIED}}",
        "")))
        .isInstanceOfSatisfying(ParameterFileException.class, e -> {
          assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("lastKnownValidOn: unknown key"));
          assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("values[0].until: required"));
        });
  }

  @Test
  void duplicateKeysAndInvalidYamlAreRejected() {
    assertThatThrownBy(() -> load("id: a\nid: b\n")).isInstanceOf(ParameterFileException.class)
        .hasMessageContaining("YAML");
    assertThatThrownBy(() -> load("- a list\n")).isInstanceOf(ParameterFileException.class);
  }
}
