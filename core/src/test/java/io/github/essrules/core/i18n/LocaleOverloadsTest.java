package io.github.essrules.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.id.Siren;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every method taking a {@link Lang} takes a {@link Locale} too: French for French, English otherwise. */
class LocaleOverloadsTest {
  private static final Locale[] FRENCH = {Locale.FRENCH, Locale.FRANCE, Locale.CANADA_FRENCH,
      Locale.forLanguageTag("fr-BE"), Locale.forLanguageTag("fr-CH"), new Locale("fr", "LU")};
  private static final Locale[] OTHERS = {Locale.ENGLISH, Locale.UK, Locale.US, Locale.GERMANY,
      Locale.forLanguageTag("es-ES"), Locale.ROOT, Locale.forLanguageTag("br-FR")};

  @Test
  void aFrenchLocaleIsFrenchAndEveryOtherIsEnglish() {
    for (Locale l : FRENCH) {
      assertThat(Lang.of(l)).as("%s", l).isEqualTo(Lang.FR);
    }
    for (Locale l : OTHERS) {
      assertThat(Lang.of(l)).as("%s", l).isEqualTo(Lang.EN);
    }
    assertThat(Lang.of(Lang.FR.locale())).isEqualTo(Lang.FR);
    assertThat(Lang.of(Lang.EN.locale())).isEqualTo(Lang.EN);
    assertThatThrownBy(() -> Lang.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theOverloadsSayWhatTheLanguageOfTheirLocaleSays() {
    Verdict verdict = sampleVerdict();
    EssRulesException invalid = catchInvalid();
    Message message = Message.of(CoreMessages.get(), "outcome.SATISFIED");
    BigDecimal amount = new BigDecimal("21622.08");
    for (Locale l : List.of(Locale.CANADA_FRENCH, Locale.GERMANY, Locale.ROOT)) {
      Lang lang = Lang.of(l);
      assertThat(verdict.explain(l)).isEqualTo(verdict.explain(lang));
      assertThat(invalid.message(l)).isEqualTo(invalid.message(lang));
      assertThat(message.render(l)).isEqualTo(message.render(lang));
      assertThat(Outcome.NOT_SATISFIED.label(l)).isEqualTo(Outcome.NOT_SATISFIED.label(lang));
      assertThat(Operator.AT_MOST.label(l)).isEqualTo(Operator.AT_MOST.label(lang));
      assertThat(Confidence.SECONDARY.label(l)).isEqualTo(Confidence.SECONDARY.label(lang));
      assertThat(Formats.euros(amount, l)).isEqualTo(Formats.euros(amount, lang));
      assertThat(Formats.date(LocalDate.of(2026, 3, 2), l)).isEqualTo(Formats.date(LocalDate.of(2026, 3, 2), lang));
      assertThat(CoreMessages.get().format("outcome.SATISFIED", l))
          .isEqualTo(CoreMessages.get().format("outcome.SATISFIED", lang));
    }
    assertThat(verdict.explain(Locale.CANADA_FRENCH)).isNotEqualTo(verdict.explain(Locale.GERMANY));
    assertThat(Formats.euros(amount, Locale.FRANCE)).isEqualTo("21\u00a0622,08\u00a0€");
    assertThat(Formats.euros(amount, Locale.US)).isEqualTo("€21,622.08");
  }

  private static Verdict sampleVerdict() {
    LegalReference l3332 = LegalReference.of(TextKind.CODE_ARTICLE, "C. trav., art. L3332-17-1, I, 3°",
        "LEGIARTI000049720096", Confidence.VERIFIED);
    Comparison pay = Comparison.of(Message.of(CoreMessages.get(), "outcome.SATISFIED"),
        MessageArg.euros(new BigDecimal("80000.00")), Operator.AT_MOST, MessageArg.euros(new BigDecimal("151346.27")));
    Finding leaf = Finding.builder().id("esus.3.a").outcome(Outcome.SATISFIED).reference(l3332)
        .message(Message.of(CoreMessages.get(), "outcome.SATISFIED")).comparisons(List.of(pay)).build();
    return Verdict.builder().ruleId("esus.eligibility").asOf(LocalDate.of(2026, 1, 15))
        .outcome(leaf.outcome()).addFindings(leaf).build();
  }

  private static EssRulesException catchInvalid() {
    try {
      Siren.of("123");
      throw new AssertionError("a SIREN of three digits was accepted");
    } catch (EssRulesException e) {
      return e;
    }
  }

  /** The public methods of the classes of a module's main code that take a {@link Lang} and have no {@link Locale} overload. */
  public static List<String> withoutLocaleOverload(Class<?> anyClassOfTheModule) throws Exception {
    Path root = Path.of(anyClassOfTheModule.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names = files.map(root::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
          .map(n -> n.substring(0, n.length() - 6).replace('/', '.').replace('\\', '.'))
          .filter(n -> !n.endsWith("module-info") && !n.endsWith("package-info"))
          .collect(Collectors.toList());
    }
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      Class<?> type = Class.forName(name, false, anyClassOfTheModule.getClassLoader());
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || !Arrays.asList(m.getParameterTypes()).contains(Lang.class)) {
          continue;
        }
        Class<?>[] withLocale = Arrays.stream(m.getParameterTypes())
            .map(p -> p == Lang.class ? Locale.class : p).toArray(Class<?>[]::new);
        try {
          Method overload = type.getMethod(m.getName(), withLocale);
          if (overload.getReturnType() != m.getReturnType()) {
            missing.add(type.getName() + "." + m.getName() + " returns another type");
          }
        } catch (NoSuchMethodException e) {
          missing.add(type.getName() + "." + m.getName());
        }
      }
    }
    return missing;
  }

  @Test
  void everyPublicMethodOfTheCoreThatTakesALangHasALocaleOverload() throws Exception {
    assertThat(withoutLocaleOverload(Lang.class)).isEmpty();
  }
}
