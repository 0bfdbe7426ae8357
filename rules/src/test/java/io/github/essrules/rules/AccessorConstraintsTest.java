package io.github.essrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.rules.esus.EsusFacts;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every value type of the library whose accessors carry constraints is understood by a standard
 * Jakarta validator: it carries {@link AccessorConstraints}, and the validator sees nothing else
 * of it, so that no constraint is checked twice.
 */
class AccessorConstraintsTest {

  /** Every class of this module's main code. */
  static List<Class<?>> mainClasses() throws IOException, URISyntaxException {
    Path root = Path.of(EsusFacts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
        String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        try {
          out.add(Class.forName(name, false, EsusFacts.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          throw new AssertionError(name, e);
        }
      }
    }
    return out;
  }

  /** Whether a type declares a constraint or a cascade on one of its methods. */
  static boolean declaresConstraints(Class<?> type) {
    for (Method m : type.getDeclaredMethods()) {
      if (m.isSynthetic() || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      for (Annotation a : m.getAnnotations()) {
        if (isConstraint(a)) {
          return true;
        }
      }
      if (hasConstraint(m.getAnnotatedReturnType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasConstraint(AnnotatedType type) {
    for (Annotation a : type.getAnnotations()) {
      if (isConstraint(a)) {
        return true;
      }
    }
    if (type instanceof AnnotatedParameterizedType) {
      for (AnnotatedType argument : ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()) {
        if (hasConstraint(argument)) {
          return true;
        }
      }
    }
    return type instanceof AnnotatedArrayType
        && hasConstraint(((AnnotatedArrayType) type).getAnnotatedGenericComponentType());
  }

  private static boolean isConstraint(Annotation a) {
    return a instanceof Valid || a.annotationType().isAnnotationPresent(Constraint.class);
  }

  @Test
  void everyValueTypeWhoseAccessorsCarryConstraintsCarriesAccessorConstraints() throws Exception {
    List<Class<?>> constrained = mainClasses().stream()
        .filter(c -> c.isAnnotationPresent(EssStyle.class) && declaresConstraints(c))
        .collect(Collectors.toList());
    assertThat(constrained).hasSizeGreaterThan(40);
    assertThat(constrained).filteredOn(c -> !c.isAnnotationPresent(AccessorConstraints.class)).isEmpty();
  }

  @Test
  void aStandardValidatorSeesNothingElseOfThemSoNothingIsCheckedTwice() throws Exception {
    List<Class<?>> classes = mainClasses();
    List<Class<?>> types = classes.stream()
        .filter(c -> c.isAnnotationPresent(AccessorConstraints.class)).collect(Collectors.toList());
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      for (Class<?> type : types) {
        for (Class<?> c : classes) {
          if (!type.isAssignableFrom(c)) {
            continue;
          }
          BeanDescriptor d = validator.getConstraintsForClass(c);
          assertThat(d.getConstrainedProperties()).as(c.getName()).isEmpty();
          assertThat(d.getConstraintDescriptors()).as(c.getName())
              .extracting(x -> x.getAnnotation().annotationType().getName())
              .containsExactly(AccessorConstraints.class.getName());
        }
      }
    }
  }
}
