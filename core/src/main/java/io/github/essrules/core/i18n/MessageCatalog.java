package io.github.essrules.core.i18n;

import io.github.essrules.core.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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
  private volatile Map<Lang, Map<String, String>> texts;

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
   * @param lang the language
   * @param args the arguments, in placeholder order
   * @return the text
   * @throws IllegalArgumentException if the key is unknown
   */
  public String format(String key, Lang lang, List<MessageArg> args) {
    String pattern = texts().get(lang).get(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no message '" + key + "' in catalog '" + name + "'");
    }
    if (args.isEmpty()) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && isIndex(pattern, i + 1, close)) {
        int index = Integer.parseInt(pattern.substring(i + 1, close));
        out.append(index < args.size() ? args.get(index).format(lang, this) : pattern.substring(i, close + 1));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isIndex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return to - from <= 2;
  }

  private Map<Lang, Map<String, String>> texts() {
    Map<Lang, Map<String, String>> loaded = texts;
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

  private Map<Lang, Map<String, String>> load() {
    Map<Lang, Map<String, String>> byLang = new EnumMap<>(Lang.class);
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
      Map<String, String> map = new HashMap<>();
      properties.forEach((k, v) -> map.put((String) k, (String) v));
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
