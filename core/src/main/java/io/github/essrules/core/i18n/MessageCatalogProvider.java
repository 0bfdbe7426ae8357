package io.github.essrules.core.i18n;

/**
 * A service through which a module makes its {@link MessageCatalog} known to
 * {@link MessageCatalogs}, so that a {@link Message} read back from JSON finds its texts.
 *
 * <p>Declare an implementation with {@code provides} in {@code module-info.java} and in
 * {@code META-INF/services/io.github.essrules.core.i18n.MessageCatalogProvider} for the class
 * path.
 */
public interface MessageCatalogProvider {
  /**
   * The catalog of the providing module.
   *
   * @return the catalog
   */
  MessageCatalog catalog();
}
