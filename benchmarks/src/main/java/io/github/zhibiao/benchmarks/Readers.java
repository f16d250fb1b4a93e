package io.github.zhibiao.benchmarks;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The zhibiao side of the reader benchmarks, found through {@link DatasetFormats#installed()} so
 * that this module compiles whether or not a format is on the class path yet.
 */
final class Readers {
  static final int BUFFER = 1 << 16;

  private Readers() {
  }

  /**
   * The reader of the installed format {@code id} ({@code csv}, {@code json}, {@code text}).
   *
   * @throws IllegalStateException naming the missing module when no such format is installed
   */
  static DatasetReader require(String id, String artifact) {
    DatasetFormat format = DatasetFormats.installed().byId(id).orElseThrow(() -> new IllegalStateException(
        "no DatasetFormat with id '" + id + "' is installed: " + artifact
            + " is missing from benchmarks/pom.xml or registers no such format yet; installed: "
            + DatasetFormats.installed().all().stream().map(DatasetFormat::id).toList()));
    return format.reader().orElseThrow(() -> new IllegalStateException("format '" + id + "' cannot read"));
  }

  static InputStream open(Path file) {
    try {
      return new BufferedInputStream(Files.newInputStream(file), BUFFER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens {@code file} with {@code reader}, fail-fast, default options. */
  static ObservationCursor cursor(DatasetReader reader, Path file) {
    return reader.open(open(file), file.getFileName().toString(), ReadOptions.defaults());
  }
}
