package io.github.essrules.examples.cli;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedClassResolver;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import io.github.essrules.core.json.EssJson;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the library's mapper ({@link EssJson#mapper()}) reads a type, asked of Jackson's own
 * deserializers rather than guessed from the Java type: the properties of the JSON object it
 * reads, the subtypes of a polymorphic type by their discriminator, and the values of the
 * properties it fills in when they are left out. The schemas of {@code ess schema} are built from
 * it, so that they state the properties the command line accepts — no more, no fewer.
 *
 * <p>An Immutables value type ({@code @JsonDeserialize(as = ImmutableX.class)}) is read through
 * a delegating creator from a generated {@code Json} class, whose setters are the properties; a
 * value type written as a string ({@code Siren}, a quarter {@code YearQuarter}) is read from that string,
 * not from an object.
 *
 * <p>This class is thread-safe.
 */
final class JacksonModel {
  private static final ObjectMapper MAPPER = EssJson.mapper();
  private static final DeserializationConfig CONFIG = MAPPER.getDeserializationConfig();
  private static final Map<JavaType, Optional<Map<String, JavaType>>> PROPERTIES = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Optional<Object>> EMPTY = new ConcurrentHashMap<>();

  private JacksonModel() {}

  /** A polymorphic type: the property holding the discriminator, and each subtype by its value. */
  record Polymorphism(String property, Map<String, Class<?>> subtypes) {}

  /** Jackson's type of a Java type. */
  static JavaType type(Type type) {
    return MAPPER.constructType(type);
  }

  /**
   * The properties Jackson reads in the JSON object of a type, by name, with the type each holds
   * (in Jackson's order); empty if Jackson reads the type from something other than an object of
   * named properties — a scalar, a value type read from a string, a polymorphic base type (see
   * {@link #polymorphism(Class)}).
   */
  static Optional<Map<String, JavaType>> properties(JavaType type) {
    return PROPERTIES.computeIfAbsent(type, JacksonModel::findProperties);
  }

  private static Optional<Map<String, JavaType>> findProperties(JavaType type) {
    if (type.isContainerType() || type.isReferenceType() || type.isPrimitive() || type.isEnumType()
        || type.getRawClass().getName().startsWith("java.")) {
      return Optional.empty();
    }
    JsonDeserializer<?> deserializer = deserializer(type);
    // a delegating creator: the type is read as its delegate is (Immutables' Json class, a string)
    for (int depth = 0; depth < 5 && deserializer instanceof BeanDeserializerBase; depth++) {
      ValueInstantiator creator = ((BeanDeserializerBase) deserializer).getValueInstantiator();
      if (!creator.canCreateUsingDelegate()) {
        break;
      }
      JavaType delegate = creator.getDelegateType(CONFIG);
      if (delegate.isContainerType() || delegate.isReferenceType() || delegate.isPrimitive()
          || delegate.isEnumType() || delegate.getRawClass().getName().startsWith("java.")) {
        return Optional.empty();
      }
      deserializer = deserializer(delegate);
    }
    if (!(deserializer instanceof BeanDeserializerBase)) {
      return Optional.empty();
    }
    BeanDeserializerBase bean = (BeanDeserializerBase) deserializer;
    ValueInstantiator creator = bean.getValueInstantiator();
    if (!creator.canCreateUsingDefault() && !creator.canCreateFromObjectWith()) {
      return Optional.empty(); // read from a scalar only (a static factory taking a string)
    }
    Map<String, JavaType> out = new LinkedHashMap<>();
    bean.properties().forEachRemaining((SettableBeanProperty p) -> out.put(p.getName(), p.getType()));
    return Optional.of(Collections.unmodifiableMap(out));
  }

  /** The deserializer Jackson uses for a value of a type, without the library's wrappers. */
  private static JsonDeserializer<?> deserializer(JavaType type) {
    DefaultDeserializationContext context =
        ((DefaultDeserializationContext) MAPPER.getDeserializationContext()).createDummyInstance(CONFIG);
    JsonDeserializer<?> d;
    try {
      // not findRootValueDeserializer: a subtype is read by its own deserializer, once its
      // discriminator has been read by the polymorphic type's
      d = context.findContextualValueDeserializer(type, null);
    } catch (JsonMappingException e) {
      throw new IllegalStateException("Jackson cannot read " + type + ": " + e.getOriginalMessage(), e);
    }
    while (d instanceof DelegatingDeserializer) {
      d = ((DelegatingDeserializer) d).getDelegatee();
    }
    return d;
  }

  /**
   * The subtypes of a polymorphic type ({@code @JsonTypeInfo}), by the value of their
   * discriminator, as Jackson resolves them (the type itself left out); empty for a type that is
   * not polymorphic.
   */
  static Optional<Polymorphism> polymorphism(Class<?> type) {
    JavaType javaType = type(type);
    TypeDeserializer typeDeserializer;
    try {
      typeDeserializer = MAPPER.getDeserializationContext().getFactory().findTypeDeserializer(CONFIG, javaType);
    } catch (JsonMappingException e) {
      throw new IllegalStateException("Jackson cannot read " + type + ": " + e.getOriginalMessage(), e);
    }
    if (typeDeserializer == null) {
      return Optional.empty();
    }
    AnnotatedClass annotated = AnnotatedClassResolver.resolveWithoutSuperTypes(CONFIG, type);
    Map<String, Class<?>> subtypes = new LinkedHashMap<>();
    for (NamedType t : CONFIG.getSubtypeResolver().collectAndResolveSubtypesByTypeId(CONFIG, annotated)) {
      if (t.hasName() && t.getType() != type && type.isAssignableFrom(t.getType())) {
        subtypes.put(t.getName(), t.getType());
      }
    }
    return Optional.of(new Polymorphism(typeDeserializer.getPropertyName(), Collections.unmodifiableMap(subtypes)));
  }

  /**
   * The discriminator of a subtype under one of its polymorphic supertypes: the property and its
   * value, such as {@code type} = {@code ESUS_AGREMENT}; empty if it has none.
   */
  static Optional<Map.Entry<String, String>> discriminator(Class<?> subtype) {
    for (Class<?> c = subtype; c != null; c = c.getSuperclass()) {
      Optional<Map.Entry<String, String>> found = discriminatorUnder(subtype, c);
      if (found.isPresent()) {
        return found;
      }
      for (Class<?> i : c.getInterfaces()) {
        found = discriminatorUnder(subtype, i);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Map.Entry<String, String>> discriminatorUnder(Class<?> subtype, Class<?> supertype) {
    if (supertype == subtype) {
      return Optional.empty();
    }
    return polymorphism(supertype).flatMap(p -> p.subtypes().entrySet().stream()
        .filter(e -> e.getValue() == subtype)
        .findFirst()
        .map(e -> Map.entry(p.property(), e.getKey())));
  }

  /**
   * The value an accessor of a type takes when its property is left out of the JSON (an
   * Immutables {@code @Value.Default}): read from Jackson's reading of {@code {}}; empty for an
   * abstract accessor (no default), an absent optional, or a type that cannot be read from
   * {@code {}}. The library's defaults are constants, never computed from other facts.
   */
  static Optional<Object> defaultValue(Class<?> type, Method accessor) {
    if (accessor == null || Modifier.isAbstract(accessor.getModifiers()) || accessor.getParameterCount() != 0
        || Modifier.isStatic(accessor.getModifiers())) {
      return Optional.empty();
    }
    Optional<Object> empty = EMPTY.computeIfAbsent(type, JacksonModel::readEmpty);
    if (empty.isEmpty()) {
      return Optional.empty();
    }
    try {
      Object value = accessor.invoke(empty.get());
      return value instanceof Optional ? ((Optional<?>) value).map(v -> (Object) v) : Optional.ofNullable(value);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Object> readEmpty(Class<?> type) {
    try {
      return Optional.ofNullable(MAPPER.readValue("{}", type));
    } catch (Exception e) { // a type that cannot be read from {}: no default is stated
      return Optional.empty();
    }
  }
}
