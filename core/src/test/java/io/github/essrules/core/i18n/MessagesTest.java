package io.github.essrules.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void theCoreCatalogHasTheSameKeysInBothLanguagesAndIsFoundByName() {
    assertThat(CoreMessages.get().keys()).contains("outcome.SATISFIED", "error.no-law-known");
    assertThat(MessageCatalogs.get("ess-rules-core")).isSameAs(CoreMessages.get());
  }

  @Test
  void aCatalogWithAKeyInOneLanguageOnlyFailsAtLoad() {
    MessageCatalog lopsided = new MessageCatalog("lopsided", "/m", path -> new ByteArrayInputStream(
        (path.endsWith("_fr.properties") ? "a=1\nb=2\n" : "a=1\n").getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> lopsided.format("a", Lang.FR))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("keys only in French [b]");
  }

  @Test
  void placeholdersAreReplacedAndApostrophesAreKeptAsTyped() {
    MessageCatalog c = new MessageCatalog("t", "/m", path -> new ByteArrayInputStream(
        "m=l'entreprise {0} n'excède pas {1} ({2})\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(c.format("m", Lang.FR, MessageArg.text("A"), MessageArg.euros(new BigDecimal("1234.5")),
        MessageArg.rate(new BigDecimal("0.66"))))
        .isEqualTo("l'entreprise A n'excède pas 1\u00a0234,50\u00a0€ (66\u00a0%)");
    assertThatThrownBy(() -> c.format("nope", Lang.FR)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void numbersAmountsAndDatesFollowEachLanguage() {
    assertThat(Formats.number(new BigDecimal("-21622.08"), Lang.FR)).isEqualTo("-21\u00a0622,08");
    assertThat(Formats.number(new BigDecimal("21622.08"), Lang.EN)).isEqualTo("21,622.08");
    assertThat(Formats.euros(new BigDecimal("12.02"), Lang.EN)).isEqualTo("€12.02");
    assertThat(Formats.rate(new BigDecimal("0.2"), Lang.EN)).isEqualTo("20%");
    assertThat(Formats.date(LocalDate.of(2026, 1, 1), Lang.FR)).isEqualTo("1er janvier 2026");
    assertThat(Formats.date(LocalDate.of(2026, 8, 15), Lang.FR)).isEqualTo("15 août 2026");
    assertThat(Formats.date(LocalDate.of(2026, 8, 15), Lang.EN)).isEqualTo("15 August 2026");
  }

  @Test
  void amountsAreShownToTheCentRoundedHalfUpForDisplayOnly() {
    // three quarters of a monthly SMIC of 1 823,07 €
    MessageArg threeQuarters = MessageArg.euros(new BigDecimal("1367.3025"));
    assertThat(threeQuarters.format(Lang.FR, CoreMessages.get())).isEqualTo("1\u00a0367,30\u00a0€");
    assertThat(threeQuarters.format(Lang.EN, CoreMessages.get())).isEqualTo("€1,367.30");
    assertThat(threeQuarters.value()).isEqualTo("1367.3025");
    assertThat(Formats.euros(new BigDecimal("30897.9583333333"), Lang.FR)).isEqualTo("30\u00a0897,96\u00a0€");
    assertThat(Formats.euros(new BigDecimal("0.005"), Lang.FR)).isEqualTo("0,01\u00a0€");
    assertThat(Formats.euros(new BigDecimal("2.675"), Lang.EN)).isEqualTo("€2.68");
    assertThat(Formats.euros(new BigDecimal("-1.005"), Lang.EN)).isEqualTo("-€1.01");
    assertThat(Formats.euros(new BigDecimal("21450.0"), Lang.FR)).isEqualTo("21\u00a0450,00\u00a0€");
    assertThat(Formats.euros(new BigDecimal("228000"), Lang.FR)).isEqualTo("228\u00a0000\u00a0€");
    // rates and numbers keep the digits the text gives them
    assertThat(Formats.rate(new BigDecimal("0.125"), Lang.FR)).isEqualTo("12,5\u00a0%");
    assertThat(Formats.number(new BigDecimal("1.055"), Lang.EN)).isEqualTo("1.055");
  }

  @Test
  void monthsAreWrittenInTheLanguagesWords() {
    assertThat(Formats.month(YearMonth.of(2026, 1), Lang.FR)).isEqualTo("janvier 2026");
    assertThat(Formats.month(YearMonth.of(2026, 1), Lang.EN)).isEqualTo("January 2026");
    assertThat(MessageArg.month(YearMonth.of(2026, 8)).format(Lang.FR, CoreMessages.get())).isEqualTo("août 2026");
    List<YearMonth> gaps = List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1));
    assertThat(Formats.months(gaps, Lang.FR)).isEqualTo("novembre et décembre 2025, janvier 2026");
    assertThat(Formats.months(gaps, Lang.EN)).isEqualTo("November and December 2025, January 2026");
    List<YearMonth> spans = List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3),
        YearMonth.of(2026, 6), YearMonth.of(2026, 7));
    assertThat(Formats.months(spans, Lang.FR)).isEqualTo("janvier à mars, juin et juillet 2026");
    assertThat(Formats.months(spans, Lang.EN)).isEqualTo("January to March, June and July 2026");
    MessageArg months = MessageArg.months(gaps);
    assertThat(months.value()).isEqualTo("2025-11,2025-12,2026-01");
    assertThat(MessageArg.of(MessageArg.Kind.MONTHS, months.value())).isEqualTo(months);
    assertThat(MessageArg.of(MessageArg.Kind.MONTH, "2026-01")).isEqualTo(MessageArg.month(YearMonth.of(2026, 1)));
    assertThatThrownBy(() -> MessageArg.of(MessageArg.Kind.MONTH, "2026-13")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MessageArg.months(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void languagesAreReadFromTags() {
    assertThat(Lang.fromTag("en-GB")).isEqualTo(Lang.EN);
    assertThat(Lang.fromTag("FR")).isEqualTo(Lang.FR);
    assertThatThrownBy(() -> Lang.fromTag("de")).isInstanceOf(IllegalArgumentException.class);
  }
}
