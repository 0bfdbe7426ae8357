package io.github.essrules.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintViolationBuilder;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Checks {@link AccessorConstraints}: validates the object with a validator that sees Immutables
 * accessors ({@link AccessorPropertySelection}) and reports every violation found, under its own
 * path and with its own message template, through the calling validator's context. Created by
 * the validation provider.
 *
 * <p>The message of each violation is left to the calling validator, so that it is rendered in
 * the locale that validator is asked for. With Hibernate Validator (8.0 or later) the template
 * gets the attributes of the constraint that failed ({@code {value}} of a {@code @DecimalMin}),
 * its message parameters and its validated value ({@code ${validatedValue}}), as message
 * parameters and expression variables of the violation; another provider gets the template
 * alone.
 *
 * <p>This class is thread-safe.
 */
public final class AccessorConstraintsValidator implements ConstraintValidator<AccessorConstraints, Object> {
  /** The most violations one object reports; the pass stops there, as {@link FactsValidator}'s. */
  static final int MAX_REPORTED = 10 * ViolationList.DEFAULT_MAX;
  private static final Set<String> NOT_PARAMETERS = Set.of("message", "groups", "payload");
  private static final String VALIDATED_VALUE = "validatedValue";

  private final boolean inert;

  /** Created by the validation provider. */
  public AccessorConstraintsValidator() {
    this(false);
  }

  private AccessorConstraintsValidator(boolean inert) {
    this.inert = inert;
  }

  /**
   * A constraint validator factory under which {@link AccessorConstraints} always holds: the
   * factory of a validator that sees the accessors itself.
   */
  static ConstraintValidatorFactory seeingAccessors(ConstraintValidatorFactory delegate) {
    return new ConstraintValidatorFactory() {
      @Override
      public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
        return key == AccessorConstraintsValidator.class
            ? key.cast(new AccessorConstraintsValidator(true))
            : delegate.getInstance(key);
      }

      @Override
      public void releaseInstance(ConstraintValidator<?, ?> instance) {
        if (!(instance instanceof AccessorConstraintsValidator)) {
          delegate.releaseInstance(instance);
        }
      }
    };
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null || inert) {
      return true;
    }
    List<Found> found = Engine.INSTANCE.check(value, NotAfterAsOfValidator.asOf(context));
    if (found.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hibernate = hibernate(context);
    if (hibernate == null) {
      for (Found f : found) {
        PathWriter.write(context.buildConstraintViolationWithTemplate(f.template), f.nodes, null);
      }
      return false;
    }
    // Message parameters and expression variables, once added to the context, stay for the next
    // violations: first the violations whose message reads none (no Expression Language, which
    // Hibernate Validator warns about, or no validated value), so that none reads another's.
    found.sort(Comparator.comparing((Found f) -> f.level != ExpressionLanguageFeatureLevel.NONE)
        .thenComparing(f -> f.variables.containsKey(VALIDATED_VALUE)));
    for (Found f : found) {
      f.parameters.forEach(hibernate::addMessageParameter);
      if (f.level != ExpressionLanguageFeatureLevel.NONE) {
        f.variables.forEach(hibernate::addExpressionVariable);
      }
      HibernateConstraintViolationBuilder builder =
          hibernate.buildConstraintViolationWithTemplate(f.template).enableExpressionLanguage(f.level);
      PathWriter.write(builder, f.nodes, f.level);
    }
    return false;
  }

  private static HibernateConstraintValidatorContext hibernate(ConstraintValidatorContext context) {
    try {
      return context.unwrap(HibernateConstraintValidatorContext.class);
    } catch (ValidationException notHibernateValidator) {
      return null;
    }
  }

  /** A violation found: what the calling validator needs to report and render it again. */
  private static final class Found {
    final String template;
    final List<Node> nodes;
    final Map<String, Object> parameters = new LinkedHashMap<>();
    final Map<String, Object> variables = new LinkedHashMap<>();
    final ExpressionLanguageFeatureLevel level;

    Found(String template, MessageInterpolator.Context context) {
      this.template = template;
      HibernateMessageInterpolatorContext h = context.unwrap(HibernateMessageInterpolatorContext.class);
      List<Node> path = new ArrayList<>();
      for (Path.Node node : h.getPropertyPath()) {
        // the root object's node is the calling validator's own
        if (!(path.isEmpty() && node.getKind() == ElementKind.BEAN && node.getName() == null && !node.isInIterable())) {
          path.add(new Node(node));
        }
      }
      this.nodes = path;
      context.getConstraintDescriptor().getAttributes().forEach((k, v) -> {
        if (!NOT_PARAMETERS.contains(k)) {
          parameters.put(k, v);
          variables.put(k, v);
        }
      });
      // null values left out: Hibernate Validator 9.1.0 fails on them (HV-2217)
      h.getMessageParameters().forEach((k, v) -> putUnlessNull(parameters, k, v));
      h.getExpressionVariables().forEach((k, v) -> putUnlessNull(variables, k, v));
      putUnlessNull(variables, VALIDATED_VALUE, context.getValidatedValue());
      this.level = h.getExpressionLanguageFeatureLevel();
    }

    private static void putUnlessNull(Map<String, Object> map, String key, Object value) {
      if (value != null) {
        map.put(key, value);
      }
    }
  }

  /** A node of a path, copied when the violation is found. */
  private static final class Node {
    final ElementKind kind;
    final String name;
    final boolean inIterable;
    final Integer index;
    final Object key;
    final Class<?> containerClass;
    final Integer typeArgumentIndex;

    Node(Path.Node node) {
      this.kind = node.getKind();
      this.name = node.getName();
      this.inIterable = node.isInIterable();
      this.index = node.getIndex();
      this.key = node.getKey();
      switch (kind) {
        case PROPERTY:
          this.containerClass = node.as(Path.PropertyNode.class).getContainerClass();
          this.typeArgumentIndex = node.as(Path.PropertyNode.class).getTypeArgumentIndex();
          break;
        case BEAN:
          this.containerClass = node.as(Path.BeanNode.class).getContainerClass();
          this.typeArgumentIndex = node.as(Path.BeanNode.class).getTypeArgumentIndex();
          break;
        case CONTAINER_ELEMENT:
          this.containerClass = node.as(Path.ContainerElementNode.class).getContainerClass();
          this.typeArgumentIndex = node.as(Path.ContainerElementNode.class).getTypeArgumentIndex();
          break;
        default:
          this.containerClass = null;
          this.typeArgumentIndex = null;
      }
    }

    @Override
    public String toString() {
      return kind + " " + name;
    }
  }

  /**
   * The validator that sees the accessors, its messages not rendered: each violation it finds is
   * recorded, during the one pass, by its interpolator.
   */
  private static final class Engine implements MessageInterpolator {
    static final Engine INSTANCE = new Engine();
    private static final ThreadLocal<List<Found>> CURRENT = new ThreadLocal<>();

    private final HibernateValidatorFactory factory;
    private final Validator plain;

    private Engine() {
      HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
      this.factory = configuration
          .getterPropertySelectionStrategy(new AccessorPropertySelection())
          .constraintValidatorFactory(seeingAccessors(configuration.getDefaultConstraintValidatorFactory()))
          .messageInterpolator(this)
          .buildValidatorFactory()
          .unwrap(HibernateValidatorFactory.class);
      this.plain = factory.getValidator();
    }

    List<Found> check(Object value, LocalDate asOf) {
      Validator validator =
          asOf == null ? plain : factory.usingContext().constraintValidatorPayload(asOf).getValidator();
      List<Found> outer = CURRENT.get();
      List<Found> found = new ArrayList<>();
      CURRENT.set(found);
      try {
        validator.validate(value);
      } catch (ValidationException e) {
        if (!(e.getCause() instanceof Enough)) {
          throw e;
        }
      } catch (Enough stopped) {
        // the pass stopped: what was found is reported
      } finally {
        if (outer == null) {
          CURRENT.remove();
        } else {
          CURRENT.set(outer);
        }
      }
      return found;
    }

    @Override
    public String interpolate(String template, Context context) {
      List<Found> found = CURRENT.get();
      if (found != null) {
        if (found.size() >= MAX_REPORTED) {
          throw new Enough();
        }
        found.add(new Found(template, context));
      }
      return template;
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return interpolate(template, context);
    }
  }

  /** Thrown by the interpolator to stop a pass that found enough violations. */
  private static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super("enough violations", null, false, false);
    }
  }

  /**
   * Writes a path, node by node, with the builders of {@link ConstraintValidatorContext}: each
   * node is added by the builder the previous node returned, and a node in a container (a list
   * element, an optional value) is marked so, with its index or key.
   */
  private interface PathWriter {
    /** Adds a node after this one. */
    PathWriter add(Node node);

    /** Adds the violation, ending at this node. */
    void done();

    /** The builder of this node. */
    Object builder();

    /**
     * Adds a violation at a path.
     *
     * @param level the Expression Language feature level of its message, or {@code null} to
     *     leave the calling validator's
     */
    static void write(ConstraintViolationBuilder start, List<Node> nodes, ExpressionLanguageFeatureLevel level) {
      PathWriter w = canAdd(start, start::addPropertyNode, start::addBeanNode, start::addContainerElementNode,
          start::addConstraintViolation);
      for (Node node : nodes) {
        w = w.add(node);
      }
      if (level != null) {
        LevelKeeper.keep(w.builder(), level);
      }
      w.done();
    }

    /** A builder that can add nodes of every kind. */
    private static PathWriter canAdd(Object builder, Function<String, NodeBuilderCustomizableContext> property,
        Supplier<LeafNodeBuilderCustomizableContext> bean, ElementAdder element, Runnable done) {
      return new PathWriter() {
        @Override
        public Object builder() {
          return builder;
        }

        @Override
        public PathWriter add(Node node) {
          switch (node.kind) {
            case BEAN:
              return bean(bean.get(), node);
            case CONTAINER_ELEMENT:
              return element(element.add(node.name, node.containerClass, node.typeArgumentIndex), node);
            default:
              return property(property.apply(node.name), node);
          }
        }

        @Override
        public void done() {
          done.run();
        }
      };
    }

    private static PathWriter property(NodeBuilderCustomizableContext added, Node node) {
      NodeBuilderCustomizableContext c = added;
      if (node.containerClass != null) {
        c = c.inContainer(node.containerClass, node.typeArgumentIndex);
      }
      if (!node.inIterable) {
        return canAdd(c, c::addPropertyNode, c::addBeanNode, c::addContainerElementNode, c::addConstraintViolation);
      }
      NodeContextBuilder in = c.inIterable();
      if (node.index == null && node.key == null) {
        return canAdd(in, in::addPropertyNode, in::addBeanNode, in::addContainerElementNode, in::addConstraintViolation);
      }
      NodeBuilderDefinedContext at = node.index != null ? in.atIndex(node.index) : in.atKey(node.key);
      return canAdd(at, at::addPropertyNode, at::addBeanNode, at::addContainerElementNode, at::addConstraintViolation);
    }

    private static PathWriter element(ContainerElementNodeBuilderCustomizableContext c, Node node) {
      if (!node.inIterable) {
        return canAdd(c, c::addPropertyNode, c::addBeanNode, c::addContainerElementNode, c::addConstraintViolation);
      }
      ContainerElementNodeContextBuilder in = c.inIterable();
      if (node.index == null && node.key == null) {
        return canAdd(in, in::addPropertyNode, in::addBeanNode, in::addContainerElementNode, in::addConstraintViolation);
      }
      ContainerElementNodeBuilderDefinedContext at =
          node.index != null ? in.atIndex(node.index) : in.atKey(node.key);
      return canAdd(at, at::addPropertyNode, at::addBeanNode, at::addContainerElementNode, at::addConstraintViolation);
    }

    /** A bean node: the last of a path (a class-level constraint of a nested object). */
    private static PathWriter bean(LeafNodeBuilderCustomizableContext added, Node node) {
      LeafNodeBuilderCustomizableContext c = added;
      if (node.containerClass != null) {
        c = c.inContainer(node.containerClass, node.typeArgumentIndex);
      }
      Object last;
      Runnable done;
      if (!node.inIterable) {
        last = c;
        done = c::addConstraintViolation;
      } else {
        LeafNodeContextBuilder in = c.inIterable();
        if (node.index == null && node.key == null) {
          last = in;
          done = in::addConstraintViolation;
        } else {
          LeafNodeBuilderDefinedContext at = node.index != null ? in.atIndex(node.index) : in.atKey(node.key);
          last = at;
          done = at::addConstraintViolation;
        }
      }
      return new PathWriter() {
        @Override
        public PathWriter add(Node next) {
          throw new IllegalStateException("a node after a bean node: " + next);
        }

        @Override
        public void done() {
          done.run();
        }

        @Override
        public Object builder() {
          return last;
        }
      };
    }
  }

  /**
   * Works around HV-1978 of Hibernate Validator 8.0.0 to 8.0.2 (fixed in 8.0.3): a violation
   * builder forgets the Expression Language level it was given once a node is given an index or a
   * key, so that {@code ${inclusive == true ? 'or equal to ' : ''}} would be printed as is. The
   * last builder of the path is given the level again; on other versions it has it already, and
   * where the field cannot be reached, nothing is done.
   */
  private static final class LevelKeeper {
    private static final ClassValue<Field> FIELD = new ClassValue<>() {
      @Override
      protected Field computeValue(Class<?> type) {
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
          try {
            Field f = t.getDeclaredField("expressionLanguageFeatureLevel");
            if (f.getType() == ExpressionLanguageFeatureLevel.class) {
              f.setAccessible(true);
              return f;
            }
          } catch (NoSuchFieldException | RuntimeException next) {
            // not here, or not reachable
          }
        }
        return null;
      }
    };

    static void keep(Object builder, ExpressionLanguageFeatureLevel level) {
      Field f = FIELD.get(builder.getClass());
      if (f == null) {
        return;
      }
      try {
        if (f.get(builder) != level) {
          f.set(builder, level);
        }
      } catch (IllegalAccessException | RuntimeException unreachable) {
        // the message keeps the calling validator's level
      }
    }
  }

  /** Adds a container element node. */
  @FunctionalInterface
  private interface ElementAdder {
    ContainerElementNodeBuilderCustomizableContext add(String name, Class<?> type, Integer index);
  }
}
