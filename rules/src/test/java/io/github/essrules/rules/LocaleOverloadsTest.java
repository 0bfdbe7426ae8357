package io.github.essrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.Lang;
import io.github.essrules.rules.foncier.UnknownCommuneException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every public method of the rules' exported packages that takes a {@link Lang} takes a {@link
 * Locale} too (the unexported {@code internal} package is not API).
 */
class LocaleOverloadsTest {

  @Test
  void everyPublicMethodThatTakesALangHasALocaleOverload() throws Exception {
    Set<Class<?>> exported = new HashSet<>(NoPublicSignatureNamesAGeneratedTypeTest.exportedClasses());
    List<String> missing = new ArrayList<>();
    for (Class<?> type : AccessorConstraintsTest.mainClasses()) {
      if (!Modifier.isPublic(type.getModifiers()) || !exported.contains(type)) {
        continue;
      }
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || !Arrays.asList(m.getParameterTypes()).contains(Lang.class)) {
          continue;
        }
        Class<?>[] withLocale = Arrays.stream(m.getParameterTypes())
            .map(p -> p == Lang.class ? Locale.class : p).toArray(Class<?>[]::new);
        try {
          assertThat(type.getMethod(m.getName(), withLocale).getReturnType()).isEqualTo(m.getReturnType());
        } catch (NoSuchMethodException e) {
          missing.add(type.getName() + "." + m.getName());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void anErrorOfTheRulesSpeaksTheLanguageOfALocale() {
    UnknownCommuneException e = new UnknownCommuneException("99999");
    assertThat(e.message(Locale.CANADA_FRENCH)).isEqualTo(e.message(Lang.FR));
    assertThat(e.message(Locale.ITALY)).isEqualTo(e.message(Lang.EN)).isNotEqualTo(e.message(Lang.FR));
  }
}
