package io.github.essrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.i18n.MessageCatalogs;
import org.junit.jupiter.api.Test;

class RulesMessagesTest {
  @Test
  void theRulesCatalogLoadsWithTheSameKeysInBothLanguagesAndIsFoundThroughTheServiceLoader() {
    assertThat(RulesMessages.get().keys()).isNotEmpty();
    assertThat(MessageCatalogs.get("ess-rules")).isSameAs(RulesMessages.get());
  }
}
