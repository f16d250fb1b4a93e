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
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the dataset holds something the format cannot express
   *     (the message says what)
   */
  void write(Dataset dataset, OutputStream out, WriteOptions options) throws IOException;
}
