package io.github.essrules.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads the data tables shipped in the module's resources (IRL, BRS ceilings, zoning, QPV): UTF-8
 * text, one row per line. Blank lines and lines starting with {@code #} are skipped.
 */
public final class ShippedTables {
  private ShippedTables() {}

  /**
   * Passes each data line of a table to {@code row}, in order.
   *
   * @param owner a class of the module that ships the table (it opens the resource, so that this
   *     works on the module path)
   * @param path the resource's absolute path
   * @param header whether the first line names the columns and is to be skipped
   * @param row what to do with a line
   * @throws IllegalStateException if the resource is missing
   * @throws UncheckedIOException if it cannot be read
   */
  public static void forEachRow(Class<?> owner, String path, boolean header, Consumer<String> row) {
    try (InputStream in = owner.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      if (header) {
        r.readLine();
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          row.accept(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
