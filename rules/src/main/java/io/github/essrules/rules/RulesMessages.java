package io.github.essrules.rules;

import io.github.essrules.core.i18n.MessageCatalog;
import io.github.essrules.core.i18n.MessageCatalogProvider;
import io.github.essrules.core.i18n.MessageCatalogs;

/**
 * The catalog of the French rules' messages ({@code messages_fr.properties},
 * {@code messages_en.properties} beside this class), found by
 * {@link io.github.essrules.core.i18n.MessageCatalogs} through the service loader.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RulesMessages implements MessageCatalogProvider {
  private static final MessageCatalog CATALOG = MessageCatalogs.register(new MessageCatalog(
      "ess-rules", "/io/github/essrules/rules/messages",
      name -> RulesMessages.class.getResourceAsStream(name)));

  /** For {@link java.util.ServiceLoader}; use {@link #get()} in code. */
  public RulesMessages() {}

  /**
   * The catalog of the rules module.
   *
   * @return the catalog
   */
  public static MessageCatalog get() {
    return CATALOG;
  }

  @Override
  public MessageCatalog catalog() {
    return CATALOG;
  }
}
