package io.github.essrules.core.i18n;

import io.github.essrules.core.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A named set of message texts in French and English, read from two UTF-8 properties files
 * ({@code base_fr.properties}, {@code base_en.properties}) of the module that owns them.
 *
 * <p>Both files are read on first use and must hold exactly the same keys: a key present in one
 * language only is an error at load, not a gap found by a user. Placeholders are written
 * {@code {0}}, {@code {1}}, …; an apostrophe is an ordinary character (unlike
 * {@link java.text.MessageFormat}).
 *
 * <p>The module that owns the files opens them itself, so that the catalog works on the module
 * path without opening any package:
 * <pre>{@code
 * MessageCatalog catalog = new MessageCatalog(
 *     "ess-rules", "/io/github/essrules/rules/messages", name -> Rules.class.getResourceAsStream(name));
 * }</pre>
 *
 * <p>This class is thread-safe; its texts are immutable once loaded.
 */
public final class MessageCatalog {
  private final String name;
  private final String basePath;
  private final Function<String, InputStream> opener;
  private volatile Map<Lang, Map<String, Pattern>> texts;

  /**
   * Creates a catalog; nothing is read until the first message is formatted.
   *
   * @param name the catalog's name, unique in the application, used in JSON output
   * @param basePath the path of the files without {@code _fr.properties}, starting with {@code /}
   * @param opener opens a resource of the owning module by absolute path, returning {@code null}
   *     when it does not exist
   */
  public MessageCatalog(String name, String basePath, Function<String, InputStream> opener) {
    this.name = Objects.requireNonNull(name, "name");
    this.basePath = Objects.requireNonNull(basePath, "basePath");
    this.opener = Objects.requireNonNull(opener, "opener");
  }

  /**
   * The catalog's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Every key of the catalog.
   *
   * @return the keys, sorted
   */
  public Set<String> keys() {
    return Collections.unmodifiableSet(new TreeSet<>(texts().get(Lang.FR).keySet()));
  }

  /**
   * Whether the catalog holds a key.
   *
   * @param key a key
   * @return true if it does
   */
  public boolean contains(String key) {
    return texts().get(Lang.FR).containsKey(key);
  }

  /**
   * Formats a message.
   *
   * @param key the message key
   * @param lang the language
   * @param args the arguments, in placeholder order
   * @return the text
   * @throws IllegalArgumentException if the key is unknown
   */
  public String format(String key, Lang lang, MessageArg... args) {
    return format(key, lang, List.of(args));
  }

  /**
   * Formats a message.
   *
   * @param key the message key
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @param args the arguments, in placeholder order
   * @return the text
   * @throws IllegalArgumentException if the key is unknown
   */
  public String format(String key, Locale locale, MessageArg... args) {
    return format(key, Lang.of(locale), args);
  }

  /**
   * Formats a message.
   *
   * @param key the message key
   * @param lang the language
   * @param args the arguments, in placeholder order
   * @return the text
   * @throws IllegalArgumentException if the key is unknown
   */
  public String format(String key, Lang lang, List<MessageArg> args) {
    Pattern pattern = pattern(key, lang);
    if (args.isEmpty() || pattern.isLiteral()) {
      return pattern.text;
    }
    StringBuilder out = new StringBuilder(pattern.text.length() + 16 * args.size());
    pattern.appendTo(out, lang, this, args);
    return out.toString();
  }

  /**
   * Formats a message.
   *
   * @param key the message key
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @param args the arguments, in placeholder order
   * @return the text
   * @throws IllegalArgumentException if the key is unknown
   */
  public String format(String key, Locale locale, List<MessageArg> args) {
    return format(key, Lang.of(locale), args);
  }

  /**
   * Formats a message into a builder, without an intermediate string: what {@link
   * #format(String, Lang, List)} returns, appended.
   *
   * @param out where the text goes
   * @param key the message key
   * @param lang the language
   * @param args the arguments, in placeholder order
   * @return {@code out}
   * @throws IllegalArgumentException if the key is unknown
   */
  public StringBuilder formatTo(StringBuilder out, String key, Lang lang, List<MessageArg> args) {
    Pattern pattern = pattern(key, lang);
    if (args.isEmpty() || pattern.isLiteral()) {
      return out.append(pattern.text);
    }
    pattern.appendTo(out, lang, this, args);
    return out;
  }

  /**
   * Formats a message into a builder, without an intermediate string: what {@link
   * #format(String, Lang, List)} returns, appended.
   *
   * @param out where the text goes
   * @param key the message key
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @param args the arguments, in placeholder order
   * @return {@code out}
   * @throws IllegalArgumentException if the key is unknown
   */
  public StringBuilder formatTo(StringBuilder out, String key, Locale locale, List<MessageArg> args) {
    return formatTo(out, key, Lang.of(locale), args);
  }

  private Pattern pattern(String key, Lang lang) {
    Pattern pattern = texts().get(lang).get(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no message '" + key + "' in catalog '" + name + "'");
    }
    return pattern;
  }

  /**
   * A message text cut once, at load, into literal parts and placeholder indexes: formatting
   * appends the parts and the arguments' texts without scanning the text again. A placeholder
   * whose index has no argument is kept as written.
   */
  private static final class Pattern {
    private final String text;
    // literals[i] precedes the placeholder indexes[i]; the last literal follows the last placeholder
    private final String[] literals;
    private final int[] indexes;
    private final String[] placeholders;

    private Pattern(String text) {
      this.text = text;
      List<String> literalParts = new ArrayList<>();
      List<Integer> indexParts = new ArrayList<>();
      List<String> placeholderParts = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        int close = c == '{' ? text.indexOf('}', i) : -1;
        if (close > i + 1 && isIndex(text, i + 1, close)) {
          literalParts.add(literal.toString());
          literal.setLength(0);
          indexParts.add(Integer.parseInt(text.substring(i + 1, close)));
          placeholderParts.add(text.substring(i, close + 1));
          i = close + 1;
        } else {
          literal.append(c);
          i++;
        }
      }
      literalParts.add(literal.toString());
      this.literals = literalParts.toArray(new String[0]);
      this.indexes = indexParts.stream().mapToInt(Integer::intValue).toArray();
      this.placeholders = placeholderParts.toArray(new String[0]);
    }

    boolean isLiteral() {
      return indexes.length == 0;
    }

    void appendTo(StringBuilder out, Lang lang, MessageCatalog catalog, List<MessageArg> args) {
      for (int p = 0; p < indexes.length; p++) {
        out.append(literals[p]);
        int index = indexes[p];
        if (index < args.size()) {
          args.get(index).formatTo(out, lang, catalog);
        } else {
          out.append(placeholders[p]);
        }
      }
      out.append(literals[indexes.length]);
    }
  }

  private static boolean isIndex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return to - from <= 2;
  }

  private Map<Lang, Map<String, Pattern>> texts() {
    Map<Lang, Map<String, Pattern>> loaded = texts;
    if (loaded == null) {
      synchronized (this) {
        loaded = texts;
        if (loaded == null) {
          loaded = load();
          texts = loaded;
        }
      }
    }
    return loaded;
  }

  private Map<Lang, Map<String, Pattern>> load() {
    Map<Lang, Map<String, Pattern>> byLang = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      String path = basePath + "_" + lang.tag() + ".properties";
      Properties properties = new Properties();
      try (InputStream in = opener.apply(path)) {
        if (in == null) {
          throw new IllegalStateException("message file " + path + " of catalog '" + name + "' not found");
        }
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read message file " + path, e);
      }
      Map<String, Pattern> map = new HashMap<>();
      properties.forEach((k, v) -> map.put((String) k, new Pattern((String) v)));
      byLang.put(lang, Collections.unmodifiableMap(map));
    }
    Set<String> onlyFr = new TreeSet<>(byLang.get(Lang.FR).keySet());
    onlyFr.removeAll(byLang.get(Lang.EN).keySet());
    Set<String> onlyEn = new TreeSet<>(byLang.get(Lang.EN).keySet());
    onlyEn.removeAll(byLang.get(Lang.FR).keySet());
    if (!onlyFr.isEmpty() || !onlyEn.isEmpty()) {
      throw new IllegalStateException("catalog '" + name + "': keys only in French " + onlyFr
          + ", keys only in English " + onlyEn);
    }
    return Collections.unmodifiableMap(byLang);
  }

  @Override
  public String toString() {
    return "MessageCatalog[" + name + "]";
  }
}
