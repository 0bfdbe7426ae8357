package io.github.essrules.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Formats;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link NotAfterAsOf} against the date asked about, given to Hibernate Validator as the
 * constraint validator payload ({@link FactsValidator#validate(Object, LocalDate)}). Without a
 * payload the constraint holds: the clock is never read.
 *
 * <p>One validator per supported type: {@link OfLocalDate}, {@link OfYear}, {@link OfYearMonth}.
 * They are created by Hibernate Validator, which finds them through the annotation.
 *
 * <p>This class is thread-safe once initialised.
 */
public final class NotAfterAsOfValidator {
  private NotAfterAsOfValidator() {}

  /**
   * The date asked about, when the validation was given one.
   *
   * @param context the context of the validation
   * @return the date, or {@code null} without a payload or outside Hibernate Validator
   */
  static LocalDate asOf(ConstraintValidatorContext context) {
    try {
      return context.unwrap(HibernateConstraintValidatorContext.class)
          .getConstraintValidatorPayload(LocalDate.class);
    } catch (ValidationException notHibernateValidator) {
      return null;
    }
  }

  /** What the three validators share: the payload, the comparison, the message. */
  private abstract static class Base<T> implements ConstraintValidator<NotAfterAsOf, T> {
    private final String template;
    private boolean ownMessage;

    Base(String kind) {
      this.template = "{ess-rules-core:validation.not-after-as-of." + kind + "}";
    }

    @Override
    public final void initialize(NotAfterAsOf annotation) {
      this.ownMessage = !NotAfterAsOf.DEFAULT_MESSAGE.equals(annotation.message());
    }

    abstract boolean isAfter(T value, LocalDate asOf);

    /** The value in a language's words. */
    abstract String words(T value, Lang lang);

    @Override
    public final boolean isValid(T value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      LocalDate asOf = asOf(context);
      if (asOf == null || !isAfter(value, asOf)) {
        return true;
      }
      HibernateConstraintValidatorContext hibernate =
          context.unwrap(HibernateConstraintValidatorContext.class);
      hibernate.addMessageParameter("date", value.toString());
      hibernate.addMessageParameter("asOf", asOf.toString());
      // in each language's words, for the library's messages: "1er mars 2026" / "1 March 2026"
      hibernate.addMessageParameter("dateFr", words(value, Lang.FR));
      hibernate.addMessageParameter("dateEn", words(value, Lang.EN));
      hibernate.addMessageParameter("asOfFr", Formats.date(asOf, Lang.FR));
      hibernate.addMessageParameter("asOfEn", Formats.date(asOf, Lang.EN));
      if (!ownMessage) {
        hibernate.disableDefaultConstraintViolation();
        hibernate.buildConstraintViolationWithTemplate(template).addConstraintViolation();
      }
      return false;
    }
  }

  /** Checks a {@link LocalDate}: invalid when it is a later day than the date asked about. */
  public static final class OfLocalDate extends Base<LocalDate> {
    /** Created by the validation provider. */
    public OfLocalDate() {
      super("date");
    }

    @Override
    boolean isAfter(LocalDate value, LocalDate asOf) {
      return value.isAfter(asOf);
    }

    @Override
    String words(LocalDate value, Lang lang) {
      return Formats.date(value, lang);
    }
  }

  /** Checks a {@link Year}: invalid when it is later than the year of the date asked about. */
  public static final class OfYear extends Base<Year> {
    /** Created by the validation provider. */
    public OfYear() {
      super("year");
    }

    @Override
    boolean isAfter(Year value, LocalDate asOf) {
      return value.getValue() > asOf.getYear();
    }

    @Override
    String words(Year value, Lang lang) {
      return value.toString();
    }
  }

  /** Checks a {@link YearMonth}: invalid when it is later than the month of the date asked about. */
  public static final class OfYearMonth extends Base<YearMonth> {
    /** Created by the validation provider. */
    public OfYearMonth() {
      super("month");
    }

    @Override
    boolean isAfter(YearMonth value, LocalDate asOf) {
      return value.isAfter(YearMonth.from(asOf));
    }

    @Override
    String words(YearMonth value, Lang lang) {
      return Formats.month(value, lang);
    }
  }
}
