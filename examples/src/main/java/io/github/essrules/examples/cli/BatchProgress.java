package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of {@code ess batch} on standard error, drawn by the progressbar library (on a
 * terminal, one line redrawn in place at the terminal's width; elsewhere, with {@code --progress},
 * one line a second): the lines judged, their rate, the time spent and the time left. The time left
 * is known when the size of the input is (a file, or standard input redirected from one): the
 * number of lines is estimated from the bytes read so far, and the estimate refined as they go.
 * On a pipe the bar shows the count and the rate only.
 *
 * <p>Thread-safe: the library redraws from a thread of its own.
 */
final class BatchProgress implements AutoCloseable {
  /** Width of a line of progress when no terminal gives one. */
  private static final int WIDTH = 100;

  private final ProgressBar bar;
  private final long totalBytes;
  private final AtomicLong bytesRead;

  private BatchProgress(ProgressBar bar, long totalBytes, AtomicLong bytesRead) {
    this.bar = bar;
    this.totalBytes = totalBytes;
    this.bytesRead = bytesRead;
  }

  /**
   * Starts showing the progress.
   *
   * @param err where to draw it
   * @param lang the language of its words
   * @param terminal whether {@code err} is a terminal: redrawn in place at its width, else a line a second
   * @param totalBytes the size of the input, or a negative number when unknown
   * @param bytesRead the bytes of the input read so far
   * @return the progress, to {@link #update} and {@link #close}
   */
  static BatchProgress start(PrintWriter err, Lang lang, boolean terminal, long totalBytes, AtomicLong bytesRead) {
    boolean fr = lang == Lang.FR;
    DelegatingProgressBarConsumer consumer = terminal
        ? new DelegatingProgressBarConsumer(line -> draw(err, "\r" + line))
        : new DelegatingProgressBarConsumer(line -> draw(err, line + System.lineSeparator()), WIDTH);
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("ess batch")
        .setInitialMax(-1)
        .setUnit(fr ? " lignes" : " lines", 1)
        .showSpeed(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(lang.locale())))
        .setStyle(terminal ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(1000)
        .setConsumer(consumer)
        .build();
    return new BatchProgress(bar, totalBytes, bytesRead);
  }

  private static void draw(PrintWriter err, String text) {
    err.print(text);
    err.flush();
  }

  /**
   * The lines judged so far; the total is estimated from the share of the input read.
   *
   * @param lines the lines judged and written
   */
  void update(long lines) {
    long read = bytesRead.get();
    if (totalBytes > 0 && read > 0 && lines > 0) {
      long estimate = read >= totalBytes ? lines : Math.max(lines, Math.round((double) lines * totalBytes / read));
      bar.maxHint(estimate);
    }
    bar.stepTo(lines);
  }

  /** Draws the last state, the total being the lines judged, and stops the drawing. */
  @Override
  public void close() {
    bar.maxHint(bar.getCurrent());
    bar.close();
  }

  /**
   * A stream counting the bytes read from it.
   *
   * @param in the stream
   * @param read the count, increased as bytes are read
   * @return the stream
   */
  static InputStream counting(InputStream in, AtomicLong read) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          read.incrementAndGet();
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          read.addAndGet(n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        read.addAndGet(skipped);
        return skipped;
      }
    };
  }
}
