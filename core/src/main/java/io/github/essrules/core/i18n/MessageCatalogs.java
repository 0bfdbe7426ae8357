package io.github.essrules.core.i18n;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogs known to the application, by name: the library's own, found through
 * {@link MessageCatalogProvider} services, and any registered by the application for rules of its
 * own.
 *
 * <p>This class is thread-safe.
 */
public final class MessageCatalogs {
  private static final Map<String, MessageCatalog> CATALOGS = new ConcurrentHashMap<>();
  private static volatile boolean servicesLoaded;

  private MessageCatalogs() {}

  /**
   * Registers a catalog, replacing none: a second catalog with the same name is an error.
   *
   * @param catalog the catalog
   * @return the catalog
   * @throws IllegalStateException if another catalog has that name
   */
  public static MessageCatalog register(MessageCatalog catalog) {
    MessageCatalog previous = CATALOGS.putIfAbsent(catalog.name(), catalog);
    if (previous != null && previous != catalog) {
      throw new IllegalStateException("a message catalog named '" + catalog.name() + "' exists already");
    }
    return catalog;
  }

  /**
   * The catalog of that name.
   *
   * @param name the name
   * @return the catalog
   * @throws IllegalArgumentException if no catalog of that name is known
   */
  public static MessageCatalog get(String name) {
    MessageCatalog catalog = CATALOGS.get(name);
    if (catalog == null && !servicesLoaded) {
      loadServices();
      catalog = CATALOGS.get(name);
    }
    if (catalog == null) {
      throw new IllegalArgumentException("no message catalog named '" + name + "'");
    }
    return catalog;
  }

  private static synchronized void loadServices() {
    if (servicesLoaded) {
      return;
    }
    for (MessageCatalogProvider provider : ServiceLoader.load(MessageCatalogProvider.class)) {
      MessageCatalog catalog = provider.catalog();
      CATALOGS.putIfAbsent(catalog.name(), catalog);
    }
    servicesLoaded = true;
  }
}
