package io.github.zhibiao.spi;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One installed format, called only through here: every call of a provider's code is guarded, so
 * that a format that breaks its contract (throws an undocumented exception, returns null) gives an
 * error that names its id and class instead of a stray {@code NullPointerException}.
 *
 * <p>What passes through unchanged is what the SPI documents: {@link DatasetReadException} and
 * {@link UncheckedIOException} from reading, {@link IOException} and {@link
 * IllegalArgumentException} (the dataset holds what the format cannot express) from writing.
 * Any other {@link IllegalArgumentException} from reading (the library's own {@code
 * ZhibiaoException}s among them) is bad input the reader did not place: it becomes a {@link
 * DatasetReadException} for the source, naming the format. Anything else, and every null where a
 * value is due, is the format's fault: an {@link IllegalStateException} naming the format, the call
 * and, when reading, the source. Errors ({@link OutOfMemoryError} and the like) are not caught.
 *
 * <p>The id, extensions and rank are asked once, when the format is installed, and checked then.
 */
final class Failsafe {
  final DatasetFormat format;
  final String id;
  final List<String> extensions;
  final int rank;

  private Failsafe(DatasetFormat format, String id, List<String> extensions, int rank) {
    this.format = format;
    this.id = id;
    this.extensions = extensions;
    this.rank = rank;
  }

  /**
   * The format, asked for its id, extensions and rank.
   *
   * @throws IllegalStateException if one of them throws or is null, or the id is blank
   */
  static Failsafe of(DatasetFormat format) {
    Objects.requireNonNull(format, "format");
    String id;
    try {
      id = format.id();
    } catch (RuntimeException e) {
      throw new IllegalStateException("format '?' (" + format.getClass().getName() + ") failed in id(): " + e, e);
    }
    if (id == null || id.isBlank()) {
      throw new IllegalStateException("format '?' (" + format.getClass().getName() + ") has no id: id() returned "
          + (id == null ? "null" : "'" + id + "'"));
    }
    Failsafe named = new Failsafe(format, id, List.of(), 0);
    List<String> extensions = named.call("fileExtensions()", format::fileExtensions);
    List<String> copy = new ArrayList<>();
    for (String e : extensions) {
      if (e == null) {
        throw named.broken("fileExtensions()", "a null extension in " + extensions, null);
      }
      copy.add(e);
    }
    int rank = named.call("rank()", format::rank);
    return new Failsafe(format, id, List.copyOf(copy), rank);
  }

  /** What {@code isAvailable()} says. */
  boolean isAvailable() {
    return call("isAvailable()", format::isAvailable);
  }

  /** What {@code canRead(head)} says of a copy of {@code head}. */
  boolean canRead(byte[] head) {
    byte[] copy = head.clone();
    return call("canRead()", () -> format.canRead(copy));
  }

  /** The reader, if the format has one. */
  Optional<DatasetReader> reader() {
    return call("reader()", format::reader);
  }

  /** The writer, if the format has one. */
  Optional<DatasetWriter> writer() {
    return call("writer()", format::writer);
  }

  /** Opens {@code in} with the format's reader, guarding the reader and the cursor it returns. */
  ObservationCursor open(InputStream in, String source, ReadOptions options) {
    DatasetReader reader = reader().orElseThrow(() -> new IllegalStateException("format '" + id + "' has no reader"));
    ObservationCursor c = reading("open()", source, () -> reader.open(in, source, options));
    return new Cursor(c, source);
  }

  /** Writes with the format's writer. */
  void write(Dataset dataset, OutputStream out, WriteOptions options) throws IOException {
    DatasetWriter writer = writer().orElseThrow(() -> new IllegalStateException("format '" + id + "' has no writer"));
    try {
      writer.write(dataset, out, options);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw e;
    } catch (RuntimeException e) {
      throw broken("write()", e.toString(), e);
    }
  }

  @FunctionalInterface
  private interface Call<T> {
    T run();
  }

  /** A call that must neither throw nor return null. */
  private <T> T call(String what, Call<T> work) {
    T value;
    try {
      value = work.run();
    } catch (RuntimeException e) {
      throw broken(what, e.toString(), e);
    }
    if (value == null) {
      throw broken(what, "returned null", null);
    }
    return value;
  }

  /** A call made while reading {@code source}: bad input becomes a placed problem, the rest the format's fault. */
  private <T> T reading(String what, String source, Call<T> work) {
    T value;
    try {
      value = work.run();
    } catch (DatasetReadException | UncheckedIOException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new DatasetReadException(Problem.of(source, "format '" + id + "' refused the input: " + e.getMessage()), e);
    } catch (RuntimeException e) {
      throw broken(what, "while reading " + source + ": " + e, e);
    }
    if (value == null) {
      throw broken(what, "returned null while reading " + source, null);
    }
    return value;
  }

  private IllegalStateException broken(String what, String detail, Throwable cause) {
    return new IllegalStateException("format '" + id + "' (" + format.getClass().getName() + ") failed in " + what
        + ": " + detail, cause);
  }

  /** The provider's cursor, guarded. */
  private final class Cursor implements ObservationCursor {
    private final ObservationCursor cursor;
    private final String source;

    Cursor(ObservationCursor cursor, String source) {
      this.cursor = cursor;
      this.source = source;
    }

    @Override
    public boolean hasNext() {
      return reading("hasNext()", source, cursor::hasNext);
    }

    @Override
    public Observation next() {
      try {
        return reading("next()", source, cursor::next);
      } catch (IllegalStateException e) {
        // NoSuchElementException past the end is the Iterator's contract, not a fault
        if (e.getCause() instanceof java.util.NoSuchElementException n) {
          throw n;
        }
        throw e;
      }
    }

    @Override
    public ReadReport report() {
      ReadReport r;
      try {
        r = cursor.report();
      } catch (RuntimeException e) {
        throw broken("report()", "while reading " + source + ": " + e, e);
      }
      if (r == null) {
        throw broken("report()", "returned null while reading " + source, null);
      }
      return r;
    }

    @Override
    public void close() {
      try {
        cursor.close();
      } catch (UncheckedIOException e) {
        throw e;
      } catch (RuntimeException e) {
        throw broken("close()", "while closing " + source + ": " + e, e);
      }
    }
  }
}
