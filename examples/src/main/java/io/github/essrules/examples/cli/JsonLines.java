package io.github.essrules.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as bytes, so that each line is decoded (and its UTF-8 checked) on
 * its own: a malformed line is that line's fault, not the stream's. A line longer than the limit
 * is skipped to its end and reported as too long; memory stays bounded by the limit: a line's
 * bytes and its copy, the buffer of a line over 1 MB let go once the line is read.
 *
 * <p>Not thread-safe.
 */
final class JsonLines {
  /** One line: its number (from 1), its bytes without the end of line, or {@code null} if too long. */
  static final class Line {
    final long number;
    final byte[] bytes;
    final long length;

    Line(long number, byte[] bytes, long length) {
      this.number = number;
      this.bytes = bytes;
      this.length = length;
    }

    boolean tooLong() {
      return bytes == null;
    }

    boolean blank() {
      if (bytes == null) {
        return false;
      }
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  /** The largest line buffer kept from one line to the next, in bytes. */
  private static final int KEPT_BUFFER = 1 << 20;

  private final InputStream in;
  private final int maxLength;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private long number;
  private byte[] line = new byte[1024];

  JsonLines(InputStream in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /**
   * The next line, or {@code null} at the end of the stream.
   *
   * @return the line
   * @throws IOException if the stream cannot be read
   */
  Line next() throws IOException {
    int size = 0;
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int chunk = position - start;
      length += chunk;
      if (length <= maxLength) {
        if (size + chunk > line.length) {
          line = Arrays.copyOf(line, Math.min(maxLength, Math.max(line.length * 2, size + chunk)));
        }
        System.arraycopy(buffer, start, line, size, chunk);
        size += chunk;
      }
      if (position < limit) {
        position++; // the '\n'
        break;
      }
    }
    number++;
    if (length > maxLength) {
      return new Line(number, null, length);
    }
    if (size > 0 && line[size - 1] == '\r') {
      size--;
    }
    Line read = new Line(number, Arrays.copyOf(line, size), length);
    if (line.length > KEPT_BUFFER) {
      line = new byte[1024]; // a long line's buffer is not kept for the lines after it
    }
    return read;
  }
}
