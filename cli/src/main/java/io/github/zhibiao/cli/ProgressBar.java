package io.github.zhibiao.cli;

import io.github.zhibiao.spi.ReadProgress;
import java.io.PrintStream;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error, redrawn with a carriage return at most every
 * {@value #REDRAW_MS} ms and once when a read ends: the share done when the size is known, the
 * megabytes read, the records and the speed in MB/s (MB = 10⁶ bytes, one decimal, rounded down;
 * integer arithmetic only).
 */
final class ProgressBar implements Consumer<ReadProgress> {
  static final int REDRAW_MS = 200;
  private static final int WIDTH = 24;

  private final PrintStream err;
  private final LongSupplier nanos;
  private final long start;
  private long drawn = Long.MIN_VALUE;

  ProgressBar(PrintStream err, LongSupplier nanos) {
    this.err = err;
    this.nanos = nanos;
    this.start = nanos.getAsLong();
  }

  @Override
  public void accept(ReadProgress p) {
    long now = nanos.getAsLong();
    if (!p.done() && drawn != Long.MIN_VALUE && now - drawn < REDRAW_MS * 1_000_000L) {
      return;
    }
    drawn = now;
    err.print("\r" + line(p, now - start));
    if (p.done()) {
      err.println();
    }
    err.flush();
  }

  /** {@code report.csv [#######.........]  29%  14.6/50.0 MB  120000 records  7.3 MB/s}. */
  static String line(ReadProgress p, long elapsedNanos) {
    StringBuilder sb = new StringBuilder(p.source()).append(' ');
    if (p.perMille().isPresent()) {
      long pm = p.perMille().getAsLong();
      int filled = (int) (pm * WIDTH / 1000);
      sb.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
      sb.append(String.format("%3d%%  ", pm / 10));
      sb.append(megabytes(p.bytes())).append('/').append(megabytes(p.totalBytes())).append(" MB  ");
    } else {
      sb.append(megabytes(p.bytes())).append(" MB  ");
    }
    sb.append(p.records()).append(" records");
    if (elapsedNanos > 0) {
      long perSecond = p.bytes() * 1_000_000_000L / elapsedNanos;
      sb.append("  ").append(megabytes(perSecond)).append(" MB/s");
    }
    return sb.toString();
  }

  /** Bytes in MB (10⁶) with one decimal, rounded down: 14 600 000 → 14.6. */
  static String megabytes(long bytes) {
    long tenths = bytes / 100_000;
    return tenths / 10 + "." + tenths % 10;
  }
}
