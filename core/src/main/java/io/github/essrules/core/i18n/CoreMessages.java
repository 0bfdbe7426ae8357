package io.github.essrules.core.i18n;

/**
 * The catalog of the core module's own messages (errors, outcomes, operators, confidences).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CoreMessages implements MessageCatalogProvider {
  private static final MessageCatalog CATALOG =
      MessageCatalogs.register(new MessageCatalog(
          "ess-rules-core",
          "/io/github/essrules/core/i18n/messages",
          name -> CoreMessages.class.getResourceAsStream(name)));

  /** For {@link java.util.ServiceLoader}; use {@link #catalog()} in code. */
  public CoreMessages() {}

  /**
   * The core catalog.
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
