package io.github.essrules.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
  void languagesAreReadFromTags() {
    assertThat(Lang.fromTag("en-GB")).isEqualTo(Lang.EN);
    assertThat(Lang.fromTag("FR")).isEqualTo(Lang.FR);
    assertThatThrownBy(() -> Lang.fromTag("de")).isInstanceOf(IllegalArgumentException.class);
  }
}
