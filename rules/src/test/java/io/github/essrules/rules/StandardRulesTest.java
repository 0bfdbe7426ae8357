package io.github.essrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.registry.RuleRegistry;
import io.github.essrules.core.registry.UnknownRuleException;
import io.github.essrules.core.verdict.Rule;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.cae.CaeCompliance;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.EsusRule;
import io.github.essrules.rules.foncier.CltResale;
import io.github.essrules.rules.foncier.CltResaleFacts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The registry of the library's rules, as a team adding the library finds it. */
class StandardRulesTest {
  private static final RuleRegistry RULES = RuleRegistry.standard();

  @Test
  void theServiceLoaderFindsEveryRuleOfTheModuleOnce() {
    assertThat(RULES.ids()).containsExactlyElementsOf(
        new StandardRules().rules().stream().map(RuleDefinition::id).sorted().toList());
    assertThat(RULES.ids()).hasSize(28).contains("esus", "cae-compliance", "regie-de-quartier", "clt-resale",
        "brs-calendar", "de-minimis", "adulte-relais", "conseil-citoyen", "subvention-convention", "ptce");
  }

  @Test
  void everyRuleHasAHyphenatedIdentifierATitleInBothLanguagesAndAFactsSchemaName() {
    for (RuleDefinition<?, ?> r : RULES.all()) {
      assertThat(r.id()).as("identifier").matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(r.title(Lang.FR)).as(r.id()).isNotBlank().doesNotContain("rule." + r.id());
      assertThat(r.title(Lang.EN)).as(r.id()).isNotBlank().isNotEqualTo(r.title(Lang.FR));
      assertThat(r.title(Locale.FRANCE)).isEqualTo(r.title(Lang.FR));
      assertThat(r.factsSchemaName()).isEqualTo(r.id() + "-facts");
    }
  }

  @Test
  void aRuleWhoseResultIsAVerdictGivesTheVerdictOfItsOwnIdentifier() {
    for (RuleDefinition<?, ?> r : RULES.all()) {
      if (r instanceof Rule) {
        assertThat(r.resultType()).as(r.id()).isEqualTo(Verdict.class);
      }
    }
    assertThat(RULES.get("esus")).isSameAs(EsusRule.get());
    assertThat(RULES.get(CaeCompliance.ID)).isSameAs(CaeCompliance.rule());
  }

  @Test
  void theComputationsAreNotDatedAndTheVerdictRulesAre() {
    assertThat(RULES.all().stream().filter(r -> !r.dated()).map(RuleDefinition::id))
        .containsExactlyInAnyOrder("aide-au-poste", "brs-calendar", "cae-remuneration", "clt-resale",
            "insertion-clause");
  }

  @Test
  void aTypedLookupGivesTheRuleWithItsTypesOrSaysWhichTheyAre() {
    RuleDefinition<EsusFacts, Verdict> esus = RULES.get("esus", EsusFacts.class, Verdict.class);
    assertThat(esus.factsType()).isEqualTo(EsusFacts.class);
    RuleDefinition<CltResaleFacts, CltResale.Result> clt =
        RULES.get("clt-resale", CltResaleFacts.class, CltResale.Result.class);
    assertThat(clt.resultType()).isEqualTo(CltResale.Result.class);
    assertThatThrownBy(() -> RULES.get("esus", CltResaleFacts.class, Verdict.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EsusFacts");
  }

  @Test
  void anUnknownIdentifierIsATypedErrorListingTheKnownOnesInBothLanguages() {
    assertThatThrownBy(() -> RULES.get("regie"))
        .isInstanceOfSatisfying(UnknownRuleException.class, e -> {
          assertThat(e.id()).isEqualTo("regie");
          assertThat(e.known()).contains("regie-de-quartier");
          assertThat(e.message(Lang.FR)).startsWith("Règle inconnue : « regie »").contains("regie-de-quartier");
          assertThat(e.message(Lang.EN)).startsWith("Unknown rule: \"regie\"");
        });
    assertThat(RULES.find("regie")).isEmpty();
  }

  @Test
  void twoRulesWithOneIdentifierAreRefusedNamingBoth() {
    assertThatThrownBy(() -> RULES.with(List.of(EsusRule.get())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'esus'");
  }

  @Test
  void applyingByIdentifierChecksTheFactsType() {
    assertThatThrownBy(() -> RULES.apply("esus", "not facts", java.time.LocalDate.of(2026, 4, 1),
        io.github.essrules.core.verdict.LawOptions.standard()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.String");
  }
}
