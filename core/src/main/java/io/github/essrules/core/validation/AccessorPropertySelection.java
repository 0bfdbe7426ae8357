package io.github.essrules.core.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see the accessors of Immutables value types ({@code amount()}, not
 * {@code getAmount()}) as properties. Without it, constraints declared on them are silently
 * ignored.
 */
final class AccessorPropertySelection implements GetterPropertySelectionStrategy {
  private static final Set<String> NOT_PROPERTIES = Set.of(
      "hashCode", "toString", "getClass", "clone", "notify", "notifyAll", "wait", "finalize",
      "builder", "toBuilder");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || NOT_PROPERTIES.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
