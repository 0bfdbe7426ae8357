package io.github.essrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.MessageCatalog;
import io.github.essrules.core.i18n.MessageCatalogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesMessagesTest {
  /** Common English words no French text has, whatever it quotes. */
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "since", "which", "with", "from", "is",
      "not", "only", "must", "before", "after", "until", "month", "months", "day", "days");
  /** Common French words no English text has outside the French names it quotes. */
  private static final Set<String> FRENCH = Set.of("le", "les", "depuis", "pas", "est", "une", "dans", "avec",
      "pour", "sur", "ne", "jusqu", "avant", "après", "mois", "jour", "jours", "ou");

  @Test
  void theRulesCatalogLoadsWithTheSameKeysInBothLanguagesAndIsFoundThroughTheServiceLoader() {
    assertThat(RulesMessages.get().keys()).isNotEmpty();
    assertThat(MessageCatalogs.get("ess-rules")).isSameAs(RulesMessages.get());
    assertThat(new RulesMessages().catalog()).isSameAs(RulesMessages.get());
  }

  /**
   * Issue 18: no mixed languages. A French text holds none of a few common English words, an
   * English one none of a few common French words — except inside the French names and phrases it
   * quotes ("…", « … »), which stay French.
   */
  @Test
  void noFrenchMessageHasEnglishWordsAndNoEnglishMessageHasFrenchWords() {
    List<String> mixed = new ArrayList<>();
    for (MessageCatalog catalog : List.of(RulesMessages.get(), CoreMessages.get())) {
      for (String key : catalog.keys()) {
        for (String word : words(catalog.format(key, Lang.FR))) {
          if (ENGLISH.contains(word)) {
            mixed.add(catalog.name() + " " + key + " (fr): " + word);
          }
        }
        for (String word : words(catalog.format(key, Lang.EN))) {
          if (FRENCH.contains(word)) {
            mixed.add(catalog.name() + " " + key + " (en): " + word);
          }
        }
      }
    }
    assertThat(mixed).isEmpty();
  }

  /** Each language's typography: "66 %" in French, "66%" in English (outside French quoted). */
  @Test
  void percentagesAreWrittenTheWayEachLanguageWritesThem() {
    List<String> wrong = new ArrayList<>();
    for (MessageCatalog catalog : List.of(RulesMessages.get(), CoreMessages.get())) {
      for (String key : catalog.keys()) {
        if (unquoted(catalog.format(key, Lang.FR)).matches("(?s).*\\d%.*")) {
          wrong.add(key + " (fr)");
        }
        if (unquoted(catalog.format(key, Lang.EN)).matches("(?s).*\\d[ \u00a0]%.*")) {
          wrong.add(key + " (en)");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static String unquoted(String text) {
    return text.replaceAll("\"[^\"]*\"", " ").replaceAll("«[^»]*»", " ");
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : unquoted(text).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }
}
