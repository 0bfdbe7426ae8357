package io.github.essrules.examples.cli;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import io.github.essrules.core.json.EssJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What the JSON of an input type holds at each place: the Java type Jackson reads there, found
 * from the library's own mapper (so {@code @JsonSerialize(as = Immutable…)} and property names
 * are Jackson's), and every leaf of a document with its JSON pointer and kind.
 */
final class JsonShapes {
  private JsonShapes() {}

  /** The kinds of value a leaf holds, as the schemas state them. */
  enum Kind {
    /** A named value (enum), a JSON string among names. */
    NAME,
    /** A day, {@code "YYYY-MM-DD"}. */
    DATE,
    /** A month, {@code "YYYY-MM"}. */
    MONTH,
    /** A year, a JSON integer. */
    YEAR,
    /** An integer count. */
    INTEGER,
    /** An exact decimal: a JSON number, or a JSON string holding one. */
    DECIMAL,
    /** A boolean. */
    BOOLEAN,
    /** Free text. */
    TEXT,
    /** A value type written as a string (an identifier, an index quarter). */
    TEXT_VALUE,
    /** An object. */
    OBJECT,
    /** An array. */
    ARRAY
  }

  /** One place of a document: its pointer, the Java type read there, its kind, the value found. */
  record Leaf(String pointer, JavaType type, Kind kind, JsonNode value) {}

  /** Every place of a document read as {@code root}: objects, arrays and scalars, depth first. */
  static List<Leaf> places(Class<?> root, JsonNode document) {
    List<Leaf> out = new ArrayList<>();
    collect(EssJson.mapper().constructType(root), "", document, out);
    return out;
  }

  private static void collect(JavaType declared, String pointer, JsonNode node, List<Leaf> out) {
    JavaType type = unwrap(declared);
    if (!pointer.isEmpty()) {
      out.add(new Leaf(pointer, type, kind(type), node));
    }
    if (node instanceof ObjectNode && kind(type) == Kind.OBJECT) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        JavaType property = propertyType(type, f.getKey());
        if (property != null) {
          collect(property, pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1"), f.getValue(), out);
        }
      }
    } else if (node instanceof ArrayNode && (type.isCollectionLikeType() || type.isArrayType())) {
      for (int i = 0; i < node.size(); i++) {
        collect(type.getContentType(), pointer + "/" + i, node.get(i), out);
      }
    }
  }

  /** The type inside {@code Optional} (and other references). */
  static JavaType unwrap(JavaType type) {
    JavaType t = type;
    while (t.isReferenceType()) {
      t = t.getReferencedType();
    }
    return t;
  }

  static Kind kind(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (raw.isEnum()) {
      return Kind.NAME;
    } else if (raw == LocalDate.class) {
      return Kind.DATE;
    } else if (raw == YearMonth.class) {
      return Kind.MONTH;
    } else if (raw == Year.class) {
      return Kind.YEAR;
    } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
        || raw == Short.class || raw == short.class) {
      return Kind.INTEGER;
    } else if (raw == BigDecimal.class) {
      return Kind.DECIMAL;
    } else if (raw == Boolean.class || raw == boolean.class) {
      return Kind.BOOLEAN;
    } else if (raw == String.class) {
      return Kind.TEXT;
    } else if (type.isCollectionLikeType() || type.isArrayType()) {
      return Kind.ARRAY;
    }
    return serializer(type) instanceof BeanSerializer ? Kind.OBJECT : Kind.TEXT_VALUE;
  }

  private static JsonSerializer<Object> serializer(JavaType type) {
    SerializerProvider provider = EssJson.mapper().getSerializerProviderInstance();
    try {
      return provider.findValueSerializer(type);
    } catch (JsonMappingException e) {
      throw new IllegalStateException("no serializer for " + type, e);
    }
  }

  /** The type of a property of a bean, as Jackson writes it, or {@code null}. */
  private static JavaType propertyType(JavaType bean, String name) {
    Iterator<PropertyWriter> properties = serializer(bean).properties();
    while (properties.hasNext()) {
      PropertyWriter p = properties.next();
      if (p.getName().equals(name)) {
        return p.getType();
      }
    }
    return null;
  }
}
