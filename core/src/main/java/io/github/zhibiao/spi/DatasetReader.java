package io.github.zhibiao.spi;

import java.io.InputStream;

/**
 * Reads observations from bytes. Implementations are stateless and thread-safe; each
 * {@link #open} call returns its own cursor.
 */
public interface DatasetReader {

  /**
   * Starts reading {@code in}. The cursor owns the stream and closes it.
   *
   * @param in the input; read lazily, one record at a time where the format allows
   * @param source the name used in problems: a file name, a URL, {@code <stdin>}
   * @param options fail-fast or lenient, charset, delimiter, regions
   * @return a cursor over the observations of {@code in}, not yet advanced; close it to close
   *     {@code in}
   * @throws DatasetReadException if the input cannot be read at all (a bad header, an empty
   *     file where the format needs a header, malformed JSON at the top)
   * @throws java.io.UncheckedIOException for I/O failures
   */
  ObservationCursor open(InputStream in, String source, ReadOptions options);
}
