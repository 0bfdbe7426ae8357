package io.github.essrules.examples.cli;

import io.github.essrules.core.json.EssJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Reads the JSON input of a command from a file or standard input, with the library's strict
 * reader (every fault listed at once, then Bean Validation).
 *
 * <p>This class is immutable and thread-safe.
 */
final class Inputs {
  private Inputs() {}

  /**
   * Reads a JSON document.
   *
   * @param <T> the type read
   * @param input a file path, or {@code -} for standard input
   * @param type the type read
   * @return the value, valid
   * @throws IOException if the file cannot be read
   * @throws EssCommand.UsageException if the file does not exist
   */
  static <T> T read(String input, Class<T> type) throws IOException {
    return read(input, type, null);
  }

  /**
   * Reads a JSON document and validates it as of the date asked about: its shape, and nothing
   * dated after that date (an application, a grant, a closing date), every fault at once.
   *
   * @param <T> the type read
   * @param input a file path, or {@code -} for standard input
   * @param type the type read
   * @param asOf the date asked about, or {@code null} for the shape alone
   * @return the value, valid
   * @throws IOException if the file cannot be read
   * @throws EssCommand.UsageException if the file does not exist
   */
  static <T> T read(String input, Class<T> type, LocalDate asOf) throws IOException {
    if ("-".equals(input)) {
      return asOf == null ? EssJson.read(System.in, type) : EssJson.read(System.in, type, asOf);
    }
    try (InputStream in = Files.newInputStream(Path.of(input))) {
      return asOf == null ? EssJson.read(in, type) : EssJson.read(in, type, asOf);
    } catch (NoSuchFileException e) {
      throw new EssCommand.UsageException("Fichier introuvable : " + input, "File not found: " + input);
    }
  }
}
