package io.github.zhibiao.spi;

import io.github.zhibiao.model.Dataset;
import java.io.IOException;
import java.io.OutputStream;

/** Writes datasets as bytes. Implementations are stateless and thread-safe. */
public interface DatasetWriter {

  /**
   * Writes {@code dataset} to {@code out}; {@code out} is flushed, not closed. What is written
   * reads back, with the format's reader, into an equal dataset.
   *
   * @param dataset the dataset to write; not null
   * @param out the stream to write to; flushed, left open
   * @param options character set, byte-order mark, delimiter, JSON indentation; a setting that
   *     does not apply to the format is ignored
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the dataset holds something the format cannot express
   *     (the message says what)
   */
  void write(Dataset dataset, OutputStream out, WriteOptions options) throws IOException;
}
