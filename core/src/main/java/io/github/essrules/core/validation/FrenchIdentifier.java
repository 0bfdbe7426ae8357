package io.github.essrules.core.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated string is a valid French identifier of the given kind: a SIREN or SIRET with its
 * Luhn key (and La Poste's rule), an RNA number, an INSEE commune code or a QPV code, as the
 * classes of {@link io.github.essrules.core.id} check them. {@code null} is valid (use
 * {@code @NotNull} to require a value).
 *
 * <pre>{@code
 * public abstract Optional<@FrenchIdentifier(FrenchIdentifier.Kind.SIREN) String> siren();
 * }</pre>
 */
@Documented
@Constraint(validatedBy = FrenchIdentifierValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface FrenchIdentifier {
  /** The kinds of identifier. */
  enum Kind {
    /** SIREN: 9 digits, Luhn key. */
    SIREN,
    /** SIRET: 14 digits, Luhn key (La Poste's rule for its establishments). */
    SIRET,
    /** RNA: W followed by 9 digits. */
    RNA,
    /** INSEE commune code. */
    INSEE_COMMUNE,
    /** Quartier prioritaire code (2015 or 2024 list). */
    QPV
  }

  /**
   * The kind of identifier.
   *
   * @return the kind
   */
  Kind value();

  /**
   * The message template: the kind's key in the core catalog.
   *
   * @return the template
   */
  String message() default "{ess-rules-core:validation.identifier}";

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
