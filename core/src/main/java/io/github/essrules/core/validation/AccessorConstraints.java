package io.github.essrules.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The constraints declared on the accessors of the annotated value type hold, for any Jakarta
 * validator: a plain {@code Validation.buildDefaultValidatorFactory().getValidator()}, Spring's
 * {@code @Valid}, a Jakarta EE container's validator.
 *
 * <p>An Immutables accessor such as {@code amountPaid()} is not a JavaBeans getter, so a validator
 * in its default configuration does not see the constraints declared on it, nor the
 * {@code @Valid} that cascades into nested facts. This class-level constraint checks them as
 * {@link FactsValidator#violations(Object)} does, and reports each violation found under its own
 * path (relative to the annotated object, so {@code facts.payYears[0].pay} inside a user's
 * request object) with its own message template: the validator renders it in the locale it is
 * asked for, French or English, with the messages the library ships in its
 * {@code ContributorValidationMessages} bundles (which Hibernate Validator reads from every jar).
 * Nothing is to configure.
 *
 * <pre>{@code
 * @EssStyle
 * @Value.Immutable
 * @AccessorConstraints
 * public abstract class Pay { public abstract @NotNull @DecimalMin("0") BigDecimal annualGross(); }
 *
 * Validation.buildDefaultValidatorFactory().getValidator().validate(pay);
 * // [annualGross: doit être supérieur ou égal à 0] (in a French locale)
 * }</pre>
 *
 * <p>Every fact type of the library carries it; a value type of an application built the same way
 * may carry it too. {@link FactsValidator} ignores it (it sees the accessors itself). With
 * Hibernate Validator, a {@link java.time.LocalDate} given as constraint validator payload is the
 * date asked about ({@link NotAfterAsOf}); without one, only the shape is checked, like {@link
 * FactsValidator#violations(Object)}.
 *
 * <p>What differs from a constraint declared on a getter: each violation's constraint descriptor
 * is this annotation's (not the {@code @NotNull} or {@code @DecimalMin} that failed) and its
 * invalid value is the annotated object. A validation pass reports at most a thousand
 * violations.
 */
@Documented
@Constraint(validatedBy = AccessorConstraintsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AccessorConstraints {
  /**
   * The message template; never shown, each violation reported having the template of the
   * constraint that failed.
   *
   * @return the template
   */
  String message() default "{ess-rules-core:validation.accessor-constraints}";

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
