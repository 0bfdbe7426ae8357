package io.github.essrules.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
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
 * <p>The validator is built once per JVM (those for a date for the last few dates asked about).
 * An object is validated in one pass; each violation listed has its message rendered in French and
 * in English during that pass. An input lists at most {@link ViolationList#DEFAULT_MAX}
 * violations ({@link #withMaxViolations(int)} for another number) and counts the rest; past ten
 * times that number the pass stops, and the total is a lower bound — so a document with a million
 * faults costs the memory of a few hundred.
 *
 * <pre>{@code
 * FactsValidator.shared().validate(facts, asOf); // returns facts, or throws InvalidInputException
 * }</pre>
 *
 * <p>A validator of an application's own, not configured for Immutables accessors (Spring's
 * {@code @Valid}), reports the same violations of a type annotated {@link AccessorConstraints}.
 *
 * <p>This class is thread-safe.
 */
public final class FactsValidator {
  private static final FactsValidator SHARED =
      new FactsValidator(new Validators(), new ValidInstances(), ViolationList.DEFAULT_MAX);

  private final Validators validators;
  private final ValidInstances validInstances;
  private final int maxViolations;

  private FactsValidator(Validators validators, ValidInstances validInstances, int maxViolations) {
    this.validators = validators;
    this.validInstances = validInstances;
    this.maxViolations = maxViolations;
  }

  /**
   * This validator listing at most another number of violations per input (sharing the
   * validators and the memory of valid instances).
   *
   * @param max the most violations listed, at least 1; the pass stops past ten times that number
   * @return the validator
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public FactsValidator withMaxViolations(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("at least one violation must be listed: " + max);
    }
    return max == maxViolations ? this : new FactsValidator(validators, validInstances, max);
  }

  /**
   * The most violations listed per input.
   *
   * @return the maximum
   */
  public int maxViolations() {
    return maxViolations;
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

    Validators() {
      HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
      this.factory = configuration
          .getterPropertySelectionStrategy(new AccessorPropertySelection())
          // @AccessorConstraints is for validators that do not see the accessors: this one does
          .constraintValidatorFactory(
              AccessorConstraintsValidator.seeingAccessors(configuration.getDefaultConstraintValidatorFactory()))
          .defaultLocale(Locale.FRENCH)
          .messageInterpolator(new BilingualInterpolator())
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
   * @throws InvalidInputException naming the argument if {@code facts} or {@code asOf} is {@code null}
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
   * @throws InvalidInputException naming the argument if {@code facts} or {@code asOf} is {@code null}
   */
  public <T> T validate(T facts, LocalDate asOf) {
    return orThrow(facts, check(facts, required(asOf)));
  }

  private static LocalDate required(LocalDate asOf) {
    return Arguments.required(asOf, "asOf");
  }

  private static <T> T orThrow(T facts, List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return facts;
  }

  /** The violations as of a date, or of the shape alone for {@code null}. */
  private List<Violation> check(Object facts, LocalDate asOf) {
    Arguments.required(facts, "facts");
    // valid without a date is valid as of the last date there is, and conversely
    LocalDate memoDate = asOf == null ? LocalDate.MAX : asOf;
    if (validInstances.contains(facts, memoDate)) {
      return List.of();
    }
    Collector collector = new Collector(maxViolations);
    Collector outer = BilingualInterpolator.CURRENT.get();
    BilingualInterpolator.CURRENT.set(collector);
    Set<ConstraintViolation<Object>> found;
    try {
      found = validators.at(asOf).validate(facts);
    } catch (ValidationException e) {
      if (!(e.getCause() instanceof TooManyViolations) && !(e instanceof TooManyViolationsException)) {
        throw e;
      }
      found = null;
    } finally {
      if (outer == null) {
        BilingualInterpolator.CURRENT.remove();
      } else {
        BilingualInterpolator.CURRENT.set(outer);
      }
    }
    if (found != null && found.isEmpty()) {
      validInstances.add(facts, memoDate);
      return List.of();
    }
    return collector.violations(found == null);
  }

  /** Thrown by the interpolator to stop a pass that found too many violations. */
  private static final class TooManyViolations extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyViolations() {
      super("too many violations", null, false, false);
    }
  }

  /** The same, should Hibernate Validator rethrow it as a validation exception of its own. */
  private static final class TooManyViolationsException extends ValidationException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * The violations of one pass: the first ones with their messages in both languages, the others
   * counted; the pass is stopped past ten times the number listed.
   */
  private static final class Collector {
    private final int max;
    private final long stopAt;
    private final List<Object[]> kept = new ArrayList<>();
    private long total;

    Collector(int max) {
      this.max = max;
      this.stopAt = Math.max(10L * max, 1_000L);
    }

    String add(String template, MessageInterpolator.Context context, BilingualInterpolator messages) {
      total++;
      if (kept.size() < max) {
        String fr = messages.french.interpolate(template, context, Locale.FRENCH);
        String en = messages.english.interpolate(template, context, Locale.ROOT);
        Path path = context.unwrap(HibernateMessageInterpolatorContext.class).getPropertyPath();
        kept.add(new Object[] {path.toString(), template, String.valueOf(context.getValidatedValue()),
            paths(path), fr, en, shown(context)});
        return fr;
      }
      if (total >= stopAt) {
        throw new TooManyViolations();
      }
      return "";
    }

    ViolationList violations(boolean stopped) {
      kept.sort(Comparator.comparing((Object[] k) -> (String) k[0]).thenComparing(k -> (String) k[1])
          .thenComparing(k -> (String) k[2]));
      ViolationList out = ViolationList.bounded(max);
      for (Object[] k : kept) {
        String[] where = (String[]) k[3];
        out.add(Violation.of(where[0], where[1], (String) k[4], (String) k[5], k[6]));
      }
      out.countOmitted(total - kept.size());
      if (stopped) {
        out.stop();
      }
      return out;
    }
  }

  /**
   * Renders each message in French and English at once, for the violations a {@link Collector}
   * keeps, during the one validation pass; outside a collector (never, in this class), in French.
   */
  private static final class BilingualInterpolator implements MessageInterpolator {
    static final ThreadLocal<Collector> CURRENT = new ThreadLocal<>();

    final MessageInterpolator french = new ResourceBundleMessageInterpolator(
        new CatalogBundleLocator(), Set.of(Locale.FRENCH), Locale.FRENCH, context -> Locale.FRENCH, false);
    // Locale.ROOT: Hibernate Validator's base bundle is English, and asking for ROOT keeps
    // ResourceBundle from falling back to the JVM's default locale.
    final MessageInterpolator english = new ResourceBundleMessageInterpolator(
        new CatalogBundleLocator(), Set.of(Locale.ROOT), Locale.ROOT, context -> Locale.ROOT, false);

    @Override
    public String interpolate(String template, Context context) {
      Collector c = CURRENT.get();
      return c == null ? french.interpolate(template, context, Locale.FRENCH) : c.add(template, context, this);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      Collector c = CURRENT.get();
      if (c != null) {
        return c.add(template, context, this);
      }
      return Locale.FRENCH.getLanguage().equals(locale.getLanguage())
          ? french.interpolate(template, context, Locale.FRENCH) : english.interpolate(template, context, Locale.ROOT);
    }
  }

  private static Object shown(MessageInterpolator.Context context) {
    // a cross-field check (@AssertTrue on a method) fails with "false": the message says it all
    java.lang.annotation.Annotation constraint = context.getConstraintDescriptor().getAnnotation();
    if (constraint instanceof jakarta.validation.constraints.AssertTrue
        || constraint instanceof jakarta.validation.constraints.AssertFalse) {
      return null;
    }
    Object value = context.getValidatedValue();
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
