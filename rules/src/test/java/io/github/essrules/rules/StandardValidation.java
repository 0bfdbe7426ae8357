package io.github.essrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.validation.Violation;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks that a validator in its default configuration — what Spring's {@code @Valid} uses —
 * reports what {@link FactsValidator} reports: the same violations at the same paths, with the
 * same messages in French and in English.
 */
public final class StandardValidation {
  private static final ValidatorFactory FRENCH = factory(Locale.FRENCH);
  private static final ValidatorFactory ENGLISH = factory(Locale.ENGLISH);

  private StandardValidation() {}

  /** A default factory whose messages are in one locale, as Spring sets the request's. */
  static ValidatorFactory factory(Locale locale) {
    Configuration<?> configuration = Validation.byDefaultProvider().configure();
    MessageInterpolator standard = configuration.getDefaultMessageInterpolator();
    return configuration.messageInterpolator(new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return standard.interpolate(template, context, locale);
      }

      @Override
      public String interpolate(String template, Context context, Locale ignored) {
        return standard.interpolate(template, context, locale);
      }
    }).buildValidatorFactory();
  }

  /**
   * Asserts that both validators report the same violations of some facts, and returns them.
   *
   * @param facts the facts
   * @return the violations, as {@code pointer | French message | English message}, sorted
   */
  public static List<String> assertSameViolations(Object facts) {
    List<Violation> expected = FactsValidator.shared().violations(facts);
    assertThat(reported(FRENCH, facts)).as("French")
        .isEqualTo(sorted(expected, v -> v.pointer() + " | " + v.messageFr()));
    assertThat(reported(ENGLISH, facts)).as("English")
        .isEqualTo(sorted(expected, v -> v.pointer() + " | " + v.messageEn()));
    return sorted(expected, v -> v.pointer() + " | " + v.messageFr() + " | " + v.messageEn());
  }

  private static List<String> sorted(List<Violation> violations, Function<Violation, String> shown) {
    return violations.stream().map(shown).sorted().collect(Collectors.toList());
  }

  private static List<String> reported(ValidatorFactory factory, Object facts) {
    return factory.getValidator().validate(facts).stream()
        .map(v -> pointer(v.getPropertyPath()) + " | " + v.getMessage())
        .sorted().collect(Collectors.toList());
  }

  /** The JSON pointer of a path, as {@link Violation#pointer()} writes it. */
  static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      } else if (node.getKey() != null) {
        pointer.append('/').append(escape(String.valueOf(node.getKey())));
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        pointer.append('/').append(escape(name));
      }
    }
    return pointer.toString();
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** Every violation a standard validator reports of some facts. */
  static <T> List<ConstraintViolation<T>> standard(T facts) {
    return List.copyOf(ENGLISH.getValidator().validate(facts));
  }
}
