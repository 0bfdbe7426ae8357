package io.github.essrules.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Formats;
import io.github.essrules.core.registry.RuleRegistry;
import io.github.essrules.core.verdict.Explained;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.core.verdict.RuleDefinition;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The registry as an application finds it, on the class path and on the module path. */
class RegistryTest {
  @Test
  void theServiceLoaderFindsEveryRuleOfTheLibrary() {
    RuleRegistry rules = RuleRegistry.standard();
    assertThat(rules.ids()).hasSize(28).contains("esus", "cae-compliance", "brs-resale", "clt-resale", "brs-calendar",
        "de-minimis", "adulte-relais", "conseil-citoyen", "subvention-convention", "ptce");
    for (RuleDefinition<?, ?> r : rules.all()) {
      assertThat(r.title(Lang.FR)).as(r.id()).isNotBlank();
      assertThat(r.title(Locale.ENGLISH)).as(r.id()).isNotBlank();
    }
  }

  @Test
  void anyRuleByItsIdentifierGivesAResultThatExplainsItself() {
    Explained clt = RuleRegistry.standard().apply("clt-resale", ResalePrices.brussels(new java.math.BigDecimal("250000")),
        LocalDate.of(2026, 4, 1), LawOptions.standard());
    assertThat(clt.summary(Locale.FRANCE)).startsWith("acquéreur ")
        .contains(Formats.euros(new java.math.BigDecimal("181000.00"), Lang.FR));
    assertThat(clt.explain(Lang.EN)).contains(Formats.euros(new java.math.BigDecimal("181000.00"), Lang.EN));
  }
}
