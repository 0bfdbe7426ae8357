package io.github.essrules.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.json.JsonReadContext;
import io.github.essrules.core.i18n.MessageArg;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the strict reader's faults: what a malformed document, a value of the wrong kind
 * or an unknown property is, said to a person who writes JSON — never the parser's own text,
 * which names Java classes, features and internal sources.
 *
 * <p>This class is immutable and thread-safe.
 */
final class JsonFaults {
  /** The character Jackson quotes in its messages: {@code 'x' (code 120)} or {@code (CTRL-CHAR, code 10)}. */
  private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\((?:'(.)' \\(code (\\d+)\\)|\\(CTRL-CHAR, code (\\d+)\\))\\)");
  private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '([^']*)'");
  private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) [\"']([^\"']*)[\"']");
  private static final Pattern LIMIT = Pattern.compile("\\(([0-9]+)\\) exceeds the maximum allowed \\(([0-9]+)");

  private JsonFaults() {}

  /** A fault: where it is, and its message key with the arguments after the line and column. */
  record Fault(String pointer, String key, List<MessageArg> args) {}

  /**
   * The fault of a malformed document, from the parser's state and its message (which is read,
   * never shown): what was expected and what was found, at the JSON pointer of the value where
   * the parser stopped — the property whose value is malformed, or the object or array that is
   * not well formed.
   *
   * @param parser the parser, where it stopped
   * @param jacksonMessage the parser's original message
   * @param endOfInput whether the document ended too early
   * @return the fault
   */
  static Fault syntax(JsonParser parser, String jacksonMessage, boolean endOfInput) {
    String m = jacksonMessage == null ? "" : jacksonMessage;
    JsonStreamContext context = parser.getParsingContext();
    String here = ProblemCollector.pointer(parser);
    String container = containerPointer(context);
    List<MessageArg> args = new ArrayList<>();
    if (endOfInput) {
      if (m.contains("VALUE_STRING") || m.contains("closing quote")) {
        return new Fault(here, "json.eof.string", args);
      }
      JsonLocation start = start(context);
      if (context != null && (context.inObject() || context.inArray()) && start != null) {
        args.add(MessageArg.number(start.getLineNr()));
        args.add(MessageArg.number(start.getColumnNr()));
        return new Fault(container, context.inObject() ? "json.eof.object" : "json.eof.array", args);
      }
      return new Fault(container, "json.eof", args);
    }
    Matcher close = CLOSE.matcher(m);
    if (close.find()) {
      args.add(MessageArg.text(close.group(1)));
      args.add(MessageArg.text(close.group(2)));
      return new Fault(container, "json.syntax.close", args);
    }
    Matcher duplicate = DUPLICATE.matcher(m);
    if (duplicate.find()) {
      args.add(MessageArg.text(EssJsonModule.visible(duplicate.group(1))));
      return new Fault(here, "json.syntax.duplicate", args);
    }
    if (m.startsWith("Invalid UTF-8") || m.startsWith("Invalid UTF-32") || m.startsWith("Invalid UTF-16")) {
      return new Fault(here, "json.syntax.encoding", args);
    }
    if (m.toLowerCase(Locale.ROOT).contains("surrogate")) {
      return new Fault(here, "json.syntax.surrogate", args);
    }
    if (m.startsWith("Illegal unquoted character")) {
      return new Fault(here, "json.syntax.control", args);
    }
    if (m.startsWith("Unrecognized character escape")) {
      return new Fault(here, "json.syntax.escape", args);
    }
    if (m.contains("numeric value") || m.startsWith("Invalid numeric value") || m.contains("NaN")
        || m.contains("Infinity") || m.contains("Leading zeroes")) {
      return new Fault(here, "json.syntax.number", args);
    }
    Matcher token = TOKEN.matcher(m);
    if (token.find()) {
      args.add(MessageArg.text(EssJsonModule.visible(shortened(token.group(1)))));
      return new Fault(context == null || context.inRoot() ? "" : here, "json.syntax.token", args);
    }
    Matcher character = CHARACTER.matcher(m);
    if (character.find()) {
      String found = character.group(1) != null ? character.group(1)
          : String.format(Locale.ROOT, "\\u%04x", Integer.parseInt(character.group(3)));
      args.add(MessageArg.text(EssJsonModule.visible(found)));
      if (m.contains("comment")) {
        return new Fault(here, "json.syntax.comment", args);
      }
      if (m.contains("a colon to separate")) {
        args.add(MessageArg.text(context == null || context.getCurrentName() == null ? "" : context.getCurrentName()));
        return new Fault(here, "json.syntax.colon", args);
      }
      if (m.contains("comma to separate Object")) {
        return new Fault(container, "json.syntax.object-comma", args);
      }
      if (m.contains("comma to separate Array")) {
        return new Fault(container, "json.syntax.array-comma", args);
      }
      boolean name = m.contains("double-quote to start field name");
      if (name || m.contains("expected a value") || m.contains("expected a valid value")) {
        if (found.equals("}") || found.equals("]")) {
          return new Fault(container, "json.syntax.trailing-comma", args);
        }
        if (found.equals("'")) {
          return new Fault(name ? container : here, "json.syntax.single-quote", args);
        }
        return name ? new Fault(container, "json.syntax.name", args) : new Fault(here, "json.syntax.value", args);
      }
      if (m.contains("root-level")) {
        return new Fault("", "json.syntax.trailing", args);
      }
      return new Fault(here, "json.syntax.character", args);
    }
    return new Fault(here, "json.syntax", args);
  }

  /**
   * The fault of a read limit passed: which limit, and its value.
   *
   * @param parser the parser, where it stopped
   * @param jacksonMessage the parser's original message
   * @return the fault
   */
  static Fault limit(JsonParser parser, String jacksonMessage) {
    String m = jacksonMessage == null ? "" : jacksonMessage;
    List<MessageArg> args = new ArrayList<>();
    Matcher limit = LIMIT.matcher(m);
    String key;
    if (m.startsWith("Document nesting depth") || m.contains("nesting depth")) {
      key = "json.limit.depth";
    } else if (m.startsWith("Number value length") || m.startsWith("Number length")) {
      key = "json.limit.number";
    } else if (m.startsWith("String value length") || m.startsWith("String length")) {
      key = "json.limit.string";
    } else if (m.startsWith("Name length") || m.startsWith("Property name length")) {
      key = "json.limit.name";
    } else if (m.startsWith("Document length")) {
      key = "json.limit.document";
    } else {
      key = "json.limit";
    }
    if (!key.equals("json.limit") && limit.find()) {
      args.add(MessageArg.number(Long.parseLong(limit.group(2))));
    } else {
      key = "json.limit";
    }
    return new Fault(ProblemCollector.pointer(parser), key, args);
  }

  /**
   * The fault of a value Jackson could not read and no handler took, from its message (read,
   * never shown): an empty document, content after the document, or a value that cannot be read.
   *
   * @param parser the parser, where it stopped
   * @param jacksonMessage the original message
   * @return the fault
   */
  static Fault unreadable(JsonParser parser, String jacksonMessage) {
    String m = jacksonMessage == null ? "" : jacksonMessage;
    if (m.startsWith("No content to map")) {
      return new Fault("", "json.empty", new ArrayList<>());
    }
    if (m.startsWith("Trailing token")) {
      return new Fault("", "json.trailing", new ArrayList<>());
    }
    return new Fault(ProblemCollector.pointer(parser), "json.unreadable", new ArrayList<>());
  }

  /** What a Java type is read from, as a term of the core catalog ({@code json.kind.*}). */
  static MessageArg kind(Class<?> type) {
    String kind;
    if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
        || type == float.class) {
      kind = "decimal";
    } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class || type == BigInteger.class || type == Byte.class) {
      kind = "integer";
    } else if (type == Boolean.class || type == boolean.class) {
      kind = "boolean";
    } else if (CharSequence.class.isAssignableFrom(type)) {
      kind = "text";
    } else if (type == LocalDate.class) {
      kind = "date";
    } else if (type == YearMonth.class) {
      kind = "month";
    } else if (type == Year.class) {
      kind = "year";
    } else if (type.isEnum()) {
      kind = "name";
    } else if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      kind = "array";
    } else if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
      kind = "object";
    } else {
      kind = "value";
    }
    return MessageArg.term("json.kind." + kind);
  }

  /** What a token is, as a term of the core catalog. */
  static MessageArg found(JsonToken t) {
    if (t == null) {
      return MessageArg.term("json.kind.nothing");
    }
    switch (t) {
      case START_OBJECT:
      case FIELD_NAME:
        return MessageArg.term("json.kind.object");
      case START_ARRAY:
        return MessageArg.term("json.kind.array");
      case VALUE_STRING:
        return MessageArg.term("json.kind.text");
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return MessageArg.term("json.kind.number");
      case VALUE_TRUE:
      case VALUE_FALSE:
        return MessageArg.term("json.kind.boolean");
      case VALUE_NULL:
        return MessageArg.term("json.kind.null");
      default:
        return MessageArg.term("json.kind.value");
    }
  }

  /**
   * The known property closest to an unknown one — the same but for case, or within a small edit
   * distance (a letter added, dropped, changed, or two swapped: one edit up to 4 letters, two up to
   * 8, three beyond) — or {@code null}.
   *
   * @param unknown the property found
   * @param known the properties allowed there
   * @return the suggestion, or {@code null}
   */
  static String closest(String unknown, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int allowed = unknown.length() <= 4 ? 1 : unknown.length() <= 8 ? 2 : 3;
    String lower = unknown.toLowerCase(Locale.ROOT);
    for (String k : known) {
      int d = k.equalsIgnoreCase(unknown) ? 0 : distance(lower, k.toLowerCase(Locale.ROOT), allowed);
      if (d <= allowed && (d < bestDistance || d == bestDistance && k.compareTo(best) < 0)) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * The optimal string alignment distance (Levenshtein with adjacent transpositions), or a number
   * above {@code bound} once it is sure to exceed it.
   */
  static int distance(String a, String b, int bound) {
    if (Math.abs(a.length() - b.length()) > bound) {
      return bound + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > bound) {
        return bound + 1;
      }
    }
    return d[a.length()][b.length()];
  }

  /** The pointer of the object or array the parser is in (not of its current member). */
  private static String containerPointer(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return "";
    }
    JsonStreamContext parent = context.getParent();
    return parent == null ? "" : parent.pathAsPointer().toString();
  }

  /** Where the object or array the parser is in was opened, if known. */
  private static JsonLocation start(JsonStreamContext context) {
    if (context instanceof JsonReadContext) {
      JsonLocation at = ((JsonReadContext) context).startLocation(ContentReference.unknown());
      return at == null || at.getLineNr() < 1 ? null : at;
    }
    return null;
  }

  private static String shortened(String token) {
    return token.length() <= 40 ? token : token.substring(0, 40) + "…";
  }
}
