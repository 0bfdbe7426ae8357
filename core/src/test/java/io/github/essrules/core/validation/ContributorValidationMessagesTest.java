package io.github.essrules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.MessageCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The {@code ContributorValidationMessages} bundles of the core, which a standard validator reads,
 * hold every {@code validation.*} message of its catalog, as the catalog writes it: a message
 * changed or added in the catalog is changed or added there too.
 */
class ContributorValidationMessagesTest {

  /**
   * Asserts that the bundles of the module holding a class agree with its catalog.
   *
   * @param module a class of the module
   * @param catalog the module's catalog
   * @throws IOException if a bundle cannot be read
   */
  static void assertBundlesAgree(Class<?> module, MessageCatalog catalog) throws IOException {
    String root = module.getProtectionDomain().getCodeSource().getLocation().toString();
    for (String[] bundle : new String[][] {{"", "EN"}, {"_en", "EN"}, {"_fr", "FR"}}) {
      String name = "ContributorValidationMessages" + bundle[0] + ".properties";
      Map<String, String> expected = new TreeMap<>();
      for (String key : catalog.keys()) {
        if (key.startsWith("validation.")) {
          expected.put(catalog.name() + ":" + key, catalog.format(key, Lang.valueOf(bundle[1])));
        }
      }
      Map<String, String> actual = new TreeMap<>();
      for (URL url : Collections.list(module.getClassLoader().getResources(name))) {
        if (url.toString().startsWith(root)) {
          try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            assertThat(new String(bytes, StandardCharsets.US_ASCII)).as("%s is ASCII, \\uXXXX escapes", name)
                .isEqualTo(new String(bytes, StandardCharsets.ISO_8859_1));
            Properties p = new Properties();
            p.load(new java.io.ByteArrayInputStream(bytes));
            p.forEach((k, v) -> actual.put((String) k, (String) v));
          }
        }
      }
      assertThat(actual).as("%s of %s, to be given the lines:%n%s", name, root, lines(expected, actual))
          .isEqualTo(expected);
    }
  }

  /** The lines to write, escaped, for the entries that differ. */
  private static String lines(Map<String, String> expected, Map<String, String> actual) {
    StringBuilder out = new StringBuilder();
    expected.forEach((k, v) -> {
      if (!v.equals(actual.get(k))) {
        out.append(escape(k, true)).append('=').append(escape(v, false)).append('\n');
      }
    });
    return out.toString();
  }

  private static String escape(String s, boolean key) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '\\') {
        out.append("\\\\");
      } else if (key && (c == ':' || c == '=' || c == ' ')) {
        out.append('\\').append(c);
      } else if (c > 126) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Test
  void theBundlesOfTheCoreHoldEveryValidationMessageOfItsCatalog() throws IOException {
    assertBundlesAgree(CoreMessages.class, CoreMessages.get());
  }
}
