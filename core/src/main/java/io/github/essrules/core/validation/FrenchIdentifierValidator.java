package io.github.essrules.core.validation;

import io.github.essrules.core.id.InseeCommuneCode;
import io.github.essrules.core.id.QpvCode;
import io.github.essrules.core.id.RnaNumber;
import io.github.essrules.core.id.Siren;
import io.github.essrules.core.id.Siret;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FrenchIdentifier}. Created by Hibernate Validator.
 *
 * <p>This class is thread-safe once initialised.
 */
public final class FrenchIdentifierValidator implements ConstraintValidator<FrenchIdentifier, String> {
  private FrenchIdentifier.Kind kind;

  /** Created by the validation provider. */
  public FrenchIdentifierValidator() {}

  @Override
  public void initialize(FrenchIdentifier annotation) {
    this.kind = annotation.value();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    boolean valid;
    switch (kind) {
      case SIREN:
        valid = Siren.isValid(value);
        break;
      case SIRET:
        valid = Siret.isValid(value);
        break;
      case RNA:
        valid = RnaNumber.isValid(value);
        break;
      case INSEE_COMMUNE:
        valid = InseeCommuneCode.isValid(value);
        break;
      default:
        valid = QpvCode.isValid(value);
        break;
    }
    if (!valid) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate("{ess-rules-core:validation.identifier." + kind.name() + "}")
          .addConstraintViolation();
    }
    return valid;
  }
}
