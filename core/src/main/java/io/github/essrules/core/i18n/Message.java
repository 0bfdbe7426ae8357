package io.github.essrules.core.i18n;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.essrules.core.Lang;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A message for a person, kept as a catalog name, a key and typed arguments, and rendered in
 * French or English only when asked.
 *
 * <p>Rendering is lazy so that a rule evaluated in a loop builds its explanation without
 * formatting text nobody reads. In JSON a message carries its key and arguments and, for
 * readers in other languages, its French and English texts ({@code fr}, {@code en}); the texts
 * are ignored when a message is read back.
 *
 * <pre>{@code
 * Message m = Message.of(CoreMessages.get(), "outcome.SATISFIED");
 * m.render(Lang.EN); // "satisfied"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"catalog", "key", "args", "fr", "en"})
@JsonIgnoreProperties(value = {"fr", "en"}, allowGetters = true)
public final class Message {
  private final String catalog;
  private final String key;
  private final List<MessageArg> args;
  // the catalog itself when the message was made from it; looked up by name otherwise (JSON)
  private final MessageCatalog source;

  // args: an immutable list without nulls (List.of or List.copyOf made it)
  private Message(MessageCatalog source, String catalog, String key, List<MessageArg> immutableArgs) {
    this.source = source;
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.key = Objects.requireNonNull(key, "key");
    this.args = immutableArgs;
  }

  /**
   * A message of a catalog.
   *
   * @param catalog the catalog holding the key
   * @param key the key
   * @param args the arguments, in placeholder order
   * @return the message
   */
  public static Message of(MessageCatalog catalog, String key, MessageArg... args) {
    return new Message(catalog, catalog.name(), key, List.of(args));
  }

  /**
   * A message of a catalog.
   *
   * @param catalog the catalog holding the key
   * @param key the key
   * @param args the arguments, in placeholder order
   * @return the message
   */
  public static Message of(MessageCatalog catalog, String key, List<MessageArg> args) {
    return new Message(catalog, catalog.name(), key, List.copyOf(args));
  }

  /**
   * A message read back from JSON; its catalog is looked up when it is rendered.
   *
   * @param catalog the catalog's name
   * @param key the key
   * @param args the arguments, or {@code null} for none
   * @return the message
   */
  @JsonCreator
  public static Message ofNamed(
      @JsonProperty("catalog") String catalog,
      @JsonProperty("key") String key,
      @JsonProperty("args") List<MessageArg> args) {
    return new Message(null, catalog, key, args == null ? List.of() : List.copyOf(args));
  }

  /**
   * The name of the catalog holding the key.
   *
   * @return the catalog's name
   */
  @JsonProperty("catalog")
  public String catalog() {
    return catalog;
  }

  /**
   * The message key.
   *
   * @return the key
   */
  @JsonProperty("key")
  public String key() {
    return key;
  }

  /**
   * The arguments.
   *
   * @return the arguments, in placeholder order
   */
  @JsonProperty("args")
  public List<MessageArg> args() {
    return args;
  }

  /**
   * The text in a language.
   *
   * @param lang the language
   * @return the text
   */
  public String render(Lang lang) {
    return resolvedCatalog().format(key, lang, args);
  }

  /**
   * The text in a language.
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return the text
   */
  public String render(Locale locale) {
    return render(Lang.of(locale));
  }

  /**
   * Appends the text in a language, as {@link #render(Lang)} returns it.
   *
   * @param out where the text goes
   * @param lang the language
   * @return {@code out}
   */
  public StringBuilder renderTo(StringBuilder out, Lang lang) {
    return resolvedCatalog().formatTo(out, key, lang, args);
  }

  /**
   * Appends the text in a language, as {@link #render(Lang)} returns it.
   *
   * @param out where the text goes
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return {@code out}
   */
  public StringBuilder renderTo(StringBuilder out, Locale locale) {
    return renderTo(out, Lang.of(locale));
  }

  private MessageCatalog resolvedCatalog() {
    return source != null ? source : MessageCatalogs.get(catalog);
  }

  @JsonProperty("fr")
  String french() {
    return render(Lang.FR);
  }

  @JsonProperty("en")
  String english() {
    return render(Lang.EN);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Message)) {
      return false;
    }
    Message m = (Message) o;
    return catalog.equals(m.catalog) && key.equals(m.key) && args.equals(m.args);
  }

  @Override
  public int hashCode() {
    return Objects.hash(catalog, key, args);
  }

  @Override
  public String toString() {
    return catalog + ":" + key + args;
  }
}
