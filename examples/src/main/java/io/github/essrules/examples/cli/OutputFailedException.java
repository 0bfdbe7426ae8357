package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The output of the command could not be written: standard output closed by its reader (a
 * broken pipe, as with {@code ess batch … | head -1}), a full disk, a file that cannot be
 * created. The work stops at once and the tool exits with {@link ExitCodes#OUTPUT_FAILED}; an
 * output file is then left as it was (see {@link AtomicFileOutput}).
 *
 * <p>Unchecked so that it passes through {@link java.io.PrintWriter}, which swallows every
 * {@link IOException} (and so hid these failures).
 *
 * <p>This class is immutable and thread-safe.
 */
final class OutputFailedException extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  /** What could not be written to, in French and English. */
  private final String targetFr;
  private final String targetEn;
  /** For an output file: whether it existed before (and is left unchanged) or not (and is not created). */
  private final Boolean fileExisted;

  private OutputFailedException(String targetFr, String targetEn, Boolean fileExisted, IOException cause) {
    super(targetEn + ": " + cause.getMessage(), cause);
    this.targetFr = targetFr;
    this.targetEn = targetEn;
    this.fileExisted = fileExisted;
  }

  /**
   * A failure to write to standard output.
   *
   * @param cause the error of the stream
   * @return the exception
   */
  static OutputFailedException standardOutput(IOException cause) {
    return new OutputFailedException("la sortie standard", "standard output", null, cause);
  }

  /**
   * A failure to write an output file, which is left as it was, or not created.
   *
   * @param file the file, as the user named it
   * @param existed whether the file existed before the command; {@code null} for an output that
   *     is not a regular file (a device, a named pipe), written in place
   * @param cause the error of the file system
   * @return the exception
   */
  static OutputFailedException file(String file, Boolean existed, IOException cause) {
    return new OutputFailedException(file, file, existed, cause);
  }

  /**
   * Whether the reader of the output went away (a broken pipe) rather than the output failing.
   *
   * @return {@code true} for a closed pipe
   */
  boolean closedByReader() {
    String m = String.valueOf(getCause().getMessage()).toLowerCase(Locale.ROOT);
    return m.contains("broken pipe") || m.contains("pipe is being closed") || m.contains("pipe has been ended");
  }

  /**
   * The message for the user, without a stack trace.
   *
   * @param lang the language
   * @return the message
   */
  String message(Lang lang) {
    String cause = String.valueOf(getCause().getMessage());
    boolean fr = lang != Lang.EN;
    StringBuilder s = new StringBuilder();
    if (closedByReader()) {
      s.append(fr ? "Sortie fermée par son lecteur (" + cause + ") : travail arrêté."
          : "Output closed by its reader (" + cause + "): work stopped.");
    } else {
      s.append(fr ? "Écriture impossible sur " + targetFr + " : " + cause + " ; travail arrêté."
          : "Cannot write to " + targetEn + ": " + cause + "; work stopped.");
    }
    if (fileExisted != null) {
      s.append(fileExisted ? (fr ? " Le fichier n'a pas été modifié." : " The file was left unchanged.")
          : (fr ? " Le fichier n'a pas été créé." : " The file was not created."));
    }
    return s.toString();
  }
}
