package io.github.essrules.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Checks the shape of facts with Jakarta Bean Validation (Hibernate Validator), configured for
 * Immutables accessors, and reports every violation at once with its path, in French and
 * English.
 *
 * <p>A constraint of the library names its message by catalog and key,
 * {@code "{ess-rules:validation.esus.charges}"}, so that it reads in French and English like the
 * standard constraints' messages.
 *
 * <p>The validator is built once per JVM; validating a valid object costs one pass, an invalid
 * one a second pass for the English messages.
 *
 * <pre>{@code
 * FactsValidator.shared().validate(facts); // returns facts, or throws InvalidInputException
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class FactsValidator {
  private static final FactsValidator SHARED = new FactsValidator();

  private final Validator french;
  private final ValidInstances validInstances = new ValidInstances();
  private volatile Validator english;

  private FactsValidator() {
    this.french = build(Locale.FRENCH);
  }

  /**
   * The validator of the library.
   *
   * @return the shared instance
   */
  public static FactsValidator shared() {
    return SHARED;
  }

  private static Validator build(Locale locale) {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .getterPropertySelectionStrategy(new AccessorPropertySelection())
        .defaultLocale(locale)
        .messageInterpolator(new ResourceBundleMessageInterpolator(
            new CatalogBundleLocator(), Set.of(locale), locale, context -> locale, false))
        .buildValidatorFactory()
        .getValidator();
  }

  private Validator english() {
    Validator v = english;
    if (v == null) {
      synchronized (this) {
        v = english;
        if (v == null) {
          // Locale.ROOT: Hibernate Validator's base bundle is English, and asking for ROOT keeps
          // ResourceBundle from falling back to the JVM's default locale.
          v = build(Locale.ROOT);
          english = v;
        }
      }
    }
    return v;
  }

  /**
   * The violations of an object, sorted by path. An instance of the library's value types
   * ({@link io.github.essrules.core.EssStyle}, deeply immutable) found valid is remembered, by
   * identity and weakly, and not checked again.
   *
   * @param facts the object to check
   * @return the violations, empty if the object is valid
   */
  public List<Violation> violations(Object facts) {
    if (validInstances.contains(facts)) {
      return List.of();
    }
    Set<ConstraintViolation<Object>> fr = french.validate(facts);
    if (fr.isEmpty()) {
      validInstances.add(facts);
      return List.of();
    }
    List<ConstraintViolation<Object>> frSorted = sorted(fr);
    List<ConstraintViolation<Object>> enSorted = sorted(english().validate(facts));
    List<Violation> out = new ArrayList<>(frSorted.size());
    for (int i = 0; i < frSorted.size(); i++) {
      ConstraintViolation<Object> cv = frSorted.get(i);
      String en = i < enSorted.size() ? enSorted.get(i).getMessage() : cv.getMessage();
      String[] where = paths(cv.getPropertyPath());
      out.add(Violation.of(where[0], where[1], cv.getMessage(), en, shown(cv)));
    }
    return out;
  }

  /**
   * Checks an object.
   *
   * @param <T> its type
   * @param facts the object to check
   * @return the object, if valid
   * @throws InvalidInputException listing every violation
   */
  public <T> T validate(T facts) {
    List<Violation> violations = violations(facts);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return facts;
  }

  private static List<ConstraintViolation<Object>> sorted(Set<ConstraintViolation<Object>> set) {
    List<ConstraintViolation<Object>> list = new ArrayList<>(set);
    list.sort(Comparator
        .comparing((ConstraintViolation<Object> cv) -> cv.getPropertyPath().toString())
        .thenComparing(cv -> cv.getMessageTemplate())
        .thenComparing(cv -> String.valueOf(cv.getInvalidValue())));
    return list;
  }

  private static Object shown(ConstraintViolation<Object> cv) {
    // a cross-field check (@AssertTrue on a method) fails with "false": the message says it all
    java.lang.annotation.Annotation constraint = cv.getConstraintDescriptor().getAnnotation();
    if (constraint instanceof jakarta.validation.constraints.AssertTrue
        || constraint instanceof jakarta.validation.constraints.AssertFalse) {
      return null;
    }
    Object value = cv.getInvalidValue();
    if (value == null || value instanceof CharSequence || value instanceof Number
        || value instanceof Enum || value instanceof java.time.temporal.Temporal
        || value instanceof Boolean) {
      return value;
    }
    return null;
  }

  static String[] paths(Path path) {
    StringBuilder property = new StringBuilder();
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        property.append('[').append(node.getIndex()).append(']');
        pointer.append('/').append(node.getIndex());
      } else if (node.getKey() != null) {
        property.append('[').append(node.getKey()).append(']');
        pointer.append('/').append(escape(String.valueOf(node.getKey())));
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        if (property.length() > 0) {
          property.append('.');
        }
        property.append(name);
        pointer.append('/').append(escape(name));
      }
    }
    return new String[] {property.toString(), pointer.toString()};
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
