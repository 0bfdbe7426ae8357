package io.github.essrules.core.validation;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.MessageCatalog;
import io.github.essrules.core.i18n.MessageCatalogs;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

/**
 * Lets a constraint's message template name a key of a {@link MessageCatalog}:
 * {@code "{ess-rules:validation.esus.charges}"} is the key {@code validation.esus.charges} of
 * the catalog {@code ess-rules}, in French or English as the validator asks. Keys without a
 * catalog prefix are left to Hibernate Validator's own bundles.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CatalogBundleLocator implements ResourceBundleLocator {
  @Override
  public ResourceBundle getResourceBundle(Locale locale) {
    return new CatalogBundle(Lang.of(locale));
  }

  private static final class CatalogBundle extends ResourceBundle {
    private final Lang lang;

    CatalogBundle(Lang lang) {
      this.lang = lang;
    }

    @Override
    protected Object handleGetObject(String key) {
      int colon = key.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      MessageCatalog catalog;
      try {
        catalog = MessageCatalogs.get(key.substring(0, colon));
      } catch (RuntimeException unknownCatalog) {
        return null;
      }
      String k = key.substring(colon + 1);
      return catalog.contains(k) ? catalog.format(k, lang) : null;
    }

    @Override
    public boolean containsKey(String key) {
      return handleGetObject(key) != null;
    }

    @Override
    public Enumeration<String> getKeys() {
      return Collections.emptyEnumeration();
    }
  }
}
