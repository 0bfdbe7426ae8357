package io.github.essrules.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Checks facts with Jakarta Bean Validation (Hibernate Validator), configured for Immutables
 * accessors, and reports every violation at once with its path, in French and English: their
 * shape, and — given the date asked about — that the events they date happened by then.
 *
 * <p>A constraint of the library names its message by catalog and key,
 * {@code "{ess-rules:validation.esus.charges}"}, so that it reads in French and English like the
 * standard constraints' messages.
 *
 * <p>{@link #validate(Object, LocalDate)} checks the facts as of a date: a fact annotated
 * {@link NotAfterAsOf} (an application, a grant, a closing date) dated after that date is a
 * violation naming the field and both dates. {@link #validate(Object)} checks the shape alone,
 * where {@code @NotAfterAsOf} holds. No validation reads the machine's clock: the same input
 * gives the same answer whatever the day it is run.
 *
 * <p>The validators are built once per JVM (the English one on first need, those for a date for
 * the last few dates asked about); validating a valid object costs one pass, an invalid one a
 * second pass for the English messages.
 *
 * <pre>{@code
 * FactsValidator.shared().validate(facts, asOf); // returns facts, or throws InvalidInputException
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class FactsValidator {
  private static final FactsValidator SHARED = new FactsValidator();

  private final Validators french;
  private final ValidInstances validInstances = new ValidInstances();
  private volatile Validators english;

  private FactsValidator() {
    this.french = new Validators(Locale.FRENCH);
  }

  /**
   * The validator of the library.
   *
   * @return the shared instance
   */
  public static FactsValidator shared() {
    return SHARED;
  }

  /**
   * The validators of one language: without a date, and for the last few dates asked about (a
   * batch asks about one date for all its lines). A validator for a date is cheap to build (it
   * shares its factory's metadata) but not free, hence the memo.
   */
  private static final class Validators {
    private static final int RECENT_DATES = 4;

    private final HibernateValidatorFactory factory;
    private final Validator plain;
    // the most recent first; replaced whole (copy on write), read without a lock
    private volatile DateValidator[] recent = new DateValidator[0];

    Validators(Locale locale) {
      this.factory = Validation.byProvider(HibernateValidator.class)
          .configure()
          .getterPropertySelectionStrategy(new AccessorPropertySelection())
          .defaultLocale(locale)
          .messageInterpolator(new ResourceBundleMessageInterpolator(
              new CatalogBundleLocator(), Set.of(locale), locale, context -> locale, false))
          .buildValidatorFactory()
          .unwrap(HibernateValidatorFactory.class);
      this.plain = factory.getValidator();
    }

    /** The validator for a date, or without one for {@code null}. */
    Validator at(LocalDate asOf) {
      if (asOf == null) {
        return plain;
      }
      DateValidator[] known = recent;
      for (DateValidator v : known) {
        if (v.asOf.equals(asOf)) {
          return v.validator;
        }
      }
      Validator validator = factory.usingContext().constraintValidatorPayload(asOf).getValidator();
      synchronized (this) {
        DateValidator[] now = recent;
        DateValidator[] next = new DateValidator[Math.min(now.length + 1, RECENT_DATES)];
        next[0] = new DateValidator(asOf, validator);
        int i = 1;
        for (DateValidator v : now) {
          if (i < next.length && !v.asOf.equals(asOf)) {
            next[i++] = v;
          }
        }
        recent = i == next.length ? next : Arrays.copyOf(next, i);
      }
      return validator;
    }
  }

  /** A validator given a date asked about as its constraint validator payload. */
  private static final class DateValidator {
    final LocalDate asOf;
    final Validator validator;

    DateValidator(LocalDate asOf, Validator validator) {
      this.asOf = asOf;
      this.validator = validator;
    }
  }

  private Validators english() {
    Validators v = english;
    if (v == null) {
      synchronized (this) {
        v = english;
        if (v == null) {
          // Locale.ROOT: Hibernate Validator's base bundle is English, and asking for ROOT keeps
          // ResourceBundle from falling back to the JVM's default locale.
          v = new Validators(Locale.ROOT);
          english = v;
        }
      }
    }
    return v;
  }

  /**
   * The violations of an object's shape, sorted by path; {@link NotAfterAsOf} holds (no date is
   * asked about). An instance of the library's value types ({@link
   * io.github.essrules.core.EssStyle}, deeply immutable) found valid is remembered, by identity
   * and weakly, and not checked again.
   *
   * @param facts the object to check
   * @return the violations, empty if the object is valid
   */
  public List<Violation> violations(Object facts) {
    return check(facts, null);
  }

  /**
   * The violations of an object as of a date, sorted by path: its shape, and every
   * {@link NotAfterAsOf} fact dated after {@code asOf}. An instance of the library's value types
   * found valid as of a date is remembered, by identity and weakly, and not checked again as of
   * that date or a later one (valid then, it is valid later).
   *
   * <pre>{@code
   * // an application dated 2026-03-01, asked about on 2025-06-01:
   * // [/applicationDate : la date 2026-03-01 est postérieure à la date d'application demandée (2025-06-01)]
   * }</pre>
   *
   * @param facts the object to check
   * @param asOf the date asked about, not {@code null}
   * @return the violations, empty if the object is valid
   * @throws IllegalArgumentException if {@code asOf} is {@code null}
   */
  public List<Violation> violations(Object facts, LocalDate asOf) {
    return check(facts, required(asOf));
  }

  /**
   * Checks an object's shape; {@link NotAfterAsOf} holds (no date is asked about).
   *
   * @param <T> its type
   * @param facts the object to check
   * @return the object, if valid
   * @throws InvalidInputException listing every violation
   */
  public <T> T validate(T facts) {
    return orThrow(facts, check(facts, null));
  }

  /**
   * Checks an object as of a date: its shape, and that no {@link NotAfterAsOf} fact is dated
   * after {@code asOf}.
   *
   * <pre>{@code
   * FactsValidator.shared().validate(facts, LocalDate.of(2025, 6, 1));
   * }</pre>
   *
   * @param <T> its type
   * @param facts the object to check
   * @param asOf the date asked about, not {@code null}
   * @return the object, if valid
   * @throws InvalidInputException listing every violation
   * @throws IllegalArgumentException if {@code asOf} is {@code null}
   */
  public <T> T validate(T facts, LocalDate asOf) {
    return orThrow(facts, check(facts, required(asOf)));
  }

  private static LocalDate required(LocalDate asOf) {
    if (asOf == null) {
      throw new IllegalArgumentException(
          "the date asked about is required to validate facts as of a date (use validate(facts) for the shape alone)");
    }
    return asOf;
  }

  private static <T> T orThrow(T facts, List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return facts;
  }

  /** The violations as of a date, or of the shape alone for {@code null}. */
  private List<Violation> check(Object facts, LocalDate asOf) {
    // valid without a date is valid as of the last date there is, and conversely
    LocalDate memoDate = asOf == null ? LocalDate.MAX : asOf;
    if (validInstances.contains(facts, memoDate)) {
      return List.of();
    }
    Set<ConstraintViolation<Object>> fr = french.at(asOf).validate(facts);
    if (fr.isEmpty()) {
      validInstances.add(facts, memoDate);
      return List.of();
    }
    List<ConstraintViolation<Object>> frSorted = sorted(fr);
    List<ConstraintViolation<Object>> enSorted = sorted(english().at(asOf).validate(facts));
    List<Violation> out = new ArrayList<>(frSorted.size());
    for (int i = 0; i < frSorted.size(); i++) {
      ConstraintViolation<Object> cv = frSorted.get(i);
      String en = i < enSorted.size() ? enSorted.get(i).getMessage() : cv.getMessage();
      String[] where = paths(cv.getPropertyPath());
      out.add(Violation.of(where[0], where[1], cv.getMessage(), en, shown(cv)));
    }
    return out;
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
