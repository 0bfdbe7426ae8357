package io.github.essrules.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated date, year or month of an event did not happen after the date asked about: an
 * application filed, a grant, a financial year closed, an organisation created — facts that
 * must have happened by the date whose law is applied.
 *
 * <p>The date asked about is the one given to {@link FactsValidator#validate(Object,
 * java.time.LocalDate)}; it reaches the validator as Hibernate Validator's constraint validator
 * payload. The comparison is inclusive: a fact dated on the date asked about is valid ("ne peut
 * pas suivre"). A {@link java.time.LocalDate} is after the date asked about when it is a later
 * day, a {@link java.time.Year} when it is a later year than the date's, a
 * {@link java.time.YearMonth} when it is a later month than the date's.
 *
 * <p>Validated without a date asked about (plain Bean Validation, such as a Spring
 * {@code @Valid}, or {@link FactsValidator#validate(Object)}), the constraint holds: the machine's
 * clock is never read. {@code null} is valid (use {@code @NotNull} to require a value).
 *
 * <pre>{@code
 * public abstract Optional<@NotAfterAsOf LocalDate> creationDate();
 * // an application dated 2026-03-01, validated as of 2025-06-01:
 * // "/applicationDate : la date 1er mars 2026 est postérieure à la date d'application demandée (1er juin 2025)"
 * }</pre>
 *
 * <p>The message names the value and the date asked about through the message parameters
 * {@code {dateFr}}, {@code {asOfFr}} and {@code {dateEn}}, {@code {asOfEn}} (in each language's
 * words: "1er mars 2026", "1 March 2026"), and {@code {date}}, {@code {asOf}} (ISO), which a
 * message of one's own may use too.
 */
@Documented
@Constraint(validatedBy = {
    NotAfterAsOfValidator.OfLocalDate.class,
    NotAfterAsOfValidator.OfYear.class,
    NotAfterAsOfValidator.OfYearMonth.class})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER,
    ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotAfterAsOf {
  /** The default message template: the core catalog's key, chosen by the type of the value. */
  String DEFAULT_MESSAGE = "{ess-rules-core:validation.not-after-as-of}";

  /**
   * The message template. With the default, the message says "la date", "l'année" or "le mois"
   * according to the type of the value.
   *
   * @return the template
   */
  String message() default DEFAULT_MESSAGE;

  /**
   * The groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
