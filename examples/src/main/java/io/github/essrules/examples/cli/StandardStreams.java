package io.github.essrules.examples.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * The standard output and error of the tool, as text in one charset — UTF-8 for pipes and files,
 * the terminal's on a terminal — whose encoder replaces what it cannot encode (a lone surrogate
 * becomes {@code ?}) instead of failing in the middle of a line: what the tool writes is always
 * valid in its charset.
 *
 * <p>Standard output reports its failures: a closed pipe or a full disk throws
 * {@link OutputFailedException} from the first write or flush that meets it, where a plain
 * {@link PrintWriter} over {@link System#out} would swallow it and let the work go on. Standard
 * error keeps quiet about its own failures: there is nowhere left to report them.
 *
 * <p>This class is immutable and thread-safe.
 */
final class StandardStreams {
  private StandardStreams() {}

  /**
   * Standard output: text through a {@link PrintWriter} flushed at each line, and for {@code ess
   * batch} the bytes beneath it.
   *
   * <p>Not thread-safe.
   */
  static final class Out extends PrintWriter {
    private final OutputStream bytes;

    private Out(OutputStream bytes, Charset charset) {
      super(new OutputStreamWriter(bytes, replacing(charset)), true);
      this.bytes = bytes;
    }

    /**
     * The bytes of standard output, after the text written so far; failures are {@link
     * OutputFailedException}s, and closing it flushes it but leaves standard output open.
     *
     * @return the stream
     */
    OutputStream stream() {
      flush();
      return bytes;
    }
  }

  /**
   * Standard output over a stream.
   *
   * @param raw the stream, never closed
   * @param charset the charset of the text
   * @return standard output, throwing {@link OutputFailedException} on failure
   */
  static Out out(OutputStream raw, Charset charset) {
    return new Out(new FailFastStream(raw, OutputFailedException::standardOutput, false), charset);
  }

  /**
   * Standard error over a stream, flushed at each line.
   *
   * @param raw the stream
   * @param charset the charset of the text
   * @return standard error
   */
  static PrintWriter err(OutputStream raw, Charset charset) {
    return new PrintWriter(new OutputStreamWriter(raw, replacing(charset)), true);
  }

  /** An encoder that replaces malformed input (a lone surrogate) and unmappable characters. */
  static CharsetEncoder replacing(Charset charset) {
    return charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }
}
