package io.github.zhibiao.spi;

import java.util.OptionalLong;

/**
 * How far a read has come: the records read so far (accepted and rejected), the bytes read from
 * the input so far, and the input's size when it is known. Given to the listener of
 * {@link DatasetFormats#open(java.nio.file.Path, ReadOptions, java.util.function.Consumer)}, so a
 * service or a command line can show progress while the read runs, without polling
 * {@link ObservationCursor#report()}.
 *
 * @param source the input's name, as in problems and reports; not null
 * @param records the records read so far, 0 or more
 * @param bytes the bytes read from the input so far, 0 or more; ahead of {@code records} by what
 *     the reader has buffered
 * @param totalBytes the input's size in bytes, or -1 when it is not known
 * @param done whether the read has ended (end of input, an error, or the cursor closed)
 */
public record ReadProgress(String source, long records, long bytes, long totalBytes, boolean done) {

  /**
   * Checks the components.
   *
   * @param source the input's name; not null
   * @param records the records read so far, 0 or more
   * @param bytes the bytes read so far, 0 or more
   * @param totalBytes the input's size in bytes, or -1 when it is not known
   * @param done whether the read has ended
   * @throws NullPointerException if {@code source} is null
   * @throws IllegalArgumentException if a count is negative or {@code totalBytes} is below -1
   */
  public ReadProgress {
    java.util.Objects.requireNonNull(source, "source");
    if (records < 0 || bytes < 0 || totalBytes < -1) {
      throw new IllegalArgumentException("records (" + records + ") and bytes (" + bytes
          + ") must be >= 0, totalBytes (" + totalBytes + ") >= -1");
    }
  }

  /**
   * The input's size, when known.
   *
   * @return the size in bytes, or empty when the input's size is not known
   */
  public OptionalLong total() {
    return totalBytes < 0 ? OptionalLong.empty() : OptionalLong.of(totalBytes);
  }

  /**
   * The share of the input read so far, in per mille (0 to 1000), when the size is known.
   *
   * @return {@code bytes × 1000 / totalBytes} rounded down and at most 1000 (1000 for an empty
   *     input), or empty when the size is not known
   */
  public OptionalLong perMille() {
    if (totalBytes < 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(totalBytes == 0 ? 1000 : Math.min(1000, bytes * 1000 / totalBytes));
  }
}
