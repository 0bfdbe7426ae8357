package io.github.essrules.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

/**
 * An output stream whose failures are unchecked {@link OutputFailedException}s naming the output,
 * so that they pass through {@link java.io.PrintWriter} and {@link java.io.OutputStreamWriter}
 * instead of being swallowed.
 *
 * <p>Not thread-safe.
 */
final class FailFastStream extends OutputStream {
  private final OutputStream raw;
  private final Function<IOException, OutputFailedException> failure;
  private final boolean closes;

  /**
   * Wraps a stream.
   *
   * @param raw the stream
   * @param failure the exception of a failure
   * @param closes whether closing this closes the stream, or only flushes it (standard output,
   *     left open for whoever writes next)
   */
  FailFastStream(OutputStream raw, Function<IOException, OutputFailedException> failure, boolean closes) {
    this.raw = raw;
    this.failure = failure;
    this.closes = closes;
  }

  @Override
  public void write(int b) {
    try {
      raw.write(b);
    } catch (IOException e) {
      throw failure.apply(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    try {
      raw.write(b, off, len);
    } catch (IOException e) {
      throw failure.apply(e);
    }
  }

  @Override
  public void flush() {
    try {
      raw.flush();
    } catch (IOException e) {
      throw failure.apply(e);
    }
  }

  @Override
  public void close() {
    try {
      if (closes) {
        raw.close();
      } else {
        raw.flush();
      }
    } catch (IOException e) {
      throw failure.apply(e);
    }
  }
}
