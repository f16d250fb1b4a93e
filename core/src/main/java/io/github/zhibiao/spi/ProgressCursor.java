package io.github.zhibiao.spi;

import io.github.zhibiao.model.Observation;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A cursor that tells a listener how far it has come: when {@value #EVERY} or more records were
 * read since it last told (skipped records count), and once when the read ends. The bytes are counted by {@link Counting}, under the reader's buffers.
 */
final class ProgressCursor implements ObservationCursor {
  /** Records between two reports. */
  static final int EVERY = 1000;

  private final ObservationCursor cursor;
  private final Counting bytes;
  private final long total;
  private final String source;
  private final Consumer<ReadProgress> listener;
  private long records;
  private long told; // records at the last report
  private boolean done;

  ProgressCursor(ObservationCursor cursor, Counting bytes, long total, String source, Consumer<ReadProgress> listener) {
    this.cursor = cursor;
    this.bytes = bytes;
    this.total = total;
    this.source = source;
    this.listener = listener;
  }

  @Override
  public boolean hasNext() {
    boolean more;
    try {
      more = cursor.hasNext();
    } catch (RuntimeException e) {
      end();
      throw e;
    }
    if (!more) {
      end();
    }
    return more;
  }

  @Override
  public Observation next() {
    Observation o = cursor.next();
    records = cursor.report().read();
    if (records - told >= EVERY) {
      tell(false);
    }
    return o;
  }

  @Override
  public ReadReport report() {
    return cursor.report();
  }

  @Override
  public void close() {
    try {
      cursor.close();
    } finally {
      end();
    }
  }

  private void end() {
    if (!done) {
      done = true;
      records = cursor.report().read();
      tell(true);
    }
  }

  private void tell(boolean end) {
    told = records;
    listener.accept(new ReadProgress(source, records, bytes.count, total, end));
  }

  /** Counts the bytes read through it. */
  static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(Objects.requireNonNull(in, "in"));
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += Math.max(0, s);
      return s;
    }
  }
}
