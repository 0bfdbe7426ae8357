package io.github.essrules.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.validation.Violation;
import io.github.essrules.core.validation.ViolationList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Records each conversion problem Jackson meets (unknown property, value of the wrong type,
 * malformed date or number, invalid identifier) as a {@link Violation} and lets the reading go
 * on, so that one pass reports every fault of an input.
 */
final class ProblemCollector extends DeserializationProblemHandler {
  static final String ATTRIBUTE = ProblemCollector.class.getName();

  /** The most properties an unknown property's message lists when none is close to it. */
  static final int MAX_LISTED_PROPERTIES = 30;

  @SuppressWarnings("unchecked")
  private static List<Violation> sink(DeserializationContext ctxt) {
    Object list = ctxt.getAttribute(ATTRIBUTE);
    return list instanceof List ? (List<Violation>) list : null;
  }

  /**
   * The JSON pointer of the value the parser stands on. A context that has not yet read a name
   * or an element (an object or array just opened) adds no segment, so the pointer of an opened
   * value is that of the field or element holding it.
   */
  static String pointer(JsonParser p) {
    if (p == null) {
      return "";
    }
    JsonStreamContext context = p.getParsingContext();
    return context == null ? "" : context.pathAsPointer().toString();
  }

  /**
   * Skips the value the parser stands in, leaving it on the value's last token, and returns the
   * value's pointer. On a field name, the parser is inside an object already opened: the rest of
   * that object is skipped and the pointer is the object's.
   */
  private static String skipValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.FIELD_NAME) {
      JsonStreamContext object = p.getParsingContext().getParent();
      String at = object == null ? "" : object.pathAsPointer().toString();
      while (t == JsonToken.FIELD_NAME) {
        p.nextToken();
        p.skipChildren();
        t = p.nextToken();
      }
      return at;
    }
    String at = pointer(p);
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      p.skipChildren();
    }
    return at;
  }

  private static void record(DeserializationContext ctxt, String pointer, String key,
      Object invalidValue, MessageArg... args) {
    List<Violation> sink = sink(ctxt);
    if (sink == null) {
      return;
    }
    sink.add(Violation.of(Violation.pathOf(pointer), pointer,
        CoreMessages.get().format(key, Lang.FR, args),
        CoreMessages.get().format(key, Lang.EN, args), invalidValue));
  }

  private static String typeName(Class<?> type) {
    return type.getSimpleName();
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
      JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
    if (sink(ctxt) == null) {
      return false;
    }
    String at = pointer(p);
    String segment = "/" + propertyName.replace("~", "~0").replace("/", "~1");
    if (!at.endsWith(segment)) {
      at = at + segment;
    }
    List<String> known = new ArrayList<>();
    if (deserializer != null && deserializer.getKnownPropertyNames() != null) {
      for (Object name : deserializer.getKnownPropertyNames()) {
        known.add(String.valueOf(name));
      }
    }
    Collections.sort(known);
    String visible = EssJsonModule.visible(propertyName);
    String closest = JsonFaults.closest(propertyName, known);
    if (closest != null) {
      record(ctxt, at, "json.unknown-property.closest", null, MessageArg.text(visible), MessageArg.text(closest));
    } else if (!known.isEmpty() && known.size() <= MAX_LISTED_PROPERTIES) {
      record(ctxt, at, "json.unknown-property.known", null, MessageArg.text(visible),
          MessageArg.text(String.join(", ", known)));
    } else {
      record(ctxt, at, "json.unknown-property", null, MessageArg.text(visible));
    }
    p.skipChildren();
    return true;
  }

  @Override
  public JavaType handleUnknownTypeId(DeserializationContext ctxt, JavaType baseType, String subTypeId,
      TypeIdResolver idResolver, String failureMsg) throws IOException {
    if (sink(ctxt) == null) {
      return null;
    }
    record(ctxt, pointer(ctxt.getParser()), "json.unknown-type", subTypeId, MessageArg.text(EssJsonModule.visible(subTypeId)),
        MessageArg.text(knownIds(idResolver)));
    // the value is skipped and left null
    return ctxt.constructType(Void.class);
  }

  @Override
  public JavaType handleMissingTypeId(DeserializationContext ctxt, JavaType baseType, TypeIdResolver idResolver,
      String failureMsg) throws IOException {
    if (sink(ctxt) == null) {
      return null;
    }
    record(ctxt, pointer(ctxt.getParser()), "json.missing-type", null, MessageArg.text(knownIds(idResolver)));
    return ctxt.constructType(Void.class);
  }

  private static String knownIds(TypeIdResolver idResolver) {
    String known = idResolver == null ? null : idResolver.getDescForKnownTypeIds();
    return known == null ? "" : known.replaceAll("^\\[|\\]$", "");
  }

  @Override
  public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType,
      String valueToConvert, String failureMsg) throws IOException {
    if (sink(ctxt) == null) {
      return NOT_HANDLED;
    }
    record(ctxt, pointer(ctxt.getParser()), "json.wrong-value", valueToConvert, JsonFaults.kind(targetType));
    return null;
  }

  @Override
  public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType,
      Number valueToConvert, String failureMsg) throws IOException {
    if (sink(ctxt) == null) {
      return NOT_HANDLED;
    }
    record(ctxt, pointer(ctxt.getParser()), "json.wrong-value", valueToConvert, JsonFaults.kind(targetType));
    return null;
  }

  @Override
  public Object handleWeirdNativeValue(DeserializationContext ctxt, JavaType targetType,
      Object valueToConvert, JsonParser p) throws IOException {
    if (sink(ctxt) == null) {
      return NOT_HANDLED;
    }
    record(ctxt, pointer(p), "json.wrong-value", null, JsonFaults.kind(targetType.getRawClass()));
    return null;
  }

  @Override
  public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType,
      JsonToken t, JsonParser p, String failureMsg) throws IOException {
    if (sink(ctxt) == null) {
      return NOT_HANDLED;
    }
    String at = skipValue(p);
    record(ctxt, at, "json.wrong-type", null, JsonFaults.kind(targetType.getRawClass()), JsonFaults.found(t));
    return null;
  }

  @Override
  public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass,
      Object argument, Throwable t) throws IOException {
    if (sink(ctxt) == null) {
      return NOT_HANDLED;
    }
    String at = pointer(ctxt.getParser());
    List<Violation> sink = sink(ctxt);
    Throwable cause = t;
    while (cause != null && !(cause instanceof EssRulesException) && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof EssRulesException) {
      EssRulesException e = (EssRulesException) cause;
      sink.add(Violation.of(Violation.pathOf(at), at, e.message(Lang.FR), e.message(Lang.EN), argument));
    } else {
      record(ctxt, at, "json.cannot-build", argument,
          MessageArg.text(typeName(instClass)), MessageArg.text(String.valueOf(t.getMessage())));
    }
    return null;
  }

  @Override
  public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
      ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
    if (sink(ctxt) == null) {
      return NOT_HANDLED;
    }
    JsonToken found = p.currentToken() == JsonToken.FIELD_NAME ? JsonToken.START_OBJECT : p.currentToken();
    String at = skipValue(p);
    record(ctxt, at, "json.wrong-type", null, JsonFaults.kind(instClass), JsonFaults.found(found));
    return null;
  }

  static List<Violation> newSink() {
    // a document with a million faults keeps the first ones and counts the others
    return ViolationList.bounded(ViolationList.DEFAULT_MAX);
  }
}
