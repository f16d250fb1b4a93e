package io.github.zhibiao.spi;

import java.util.List;
import java.util.Optional;

/**
 * A data format, found with {@link java.util.ServiceLoader}: register an implementation with
 * {@code provides io.github.zhibiao.spi.DatasetFormat with …} in module-info and in
 * {@code META-INF/services/io.github.zhibiao.spi.DatasetFormat}, and {@link DatasetFormats} finds
 * it on the module path and on the class path.
 *
 * <p>Implementations need a public no-argument constructor and must be thread-safe.
 */
public interface DatasetFormat {

  /** A stable, unique id: {@code csv}, {@code csv-wide}, {@code json}, {@code json-stat}. */
  String id();

  /** A name for people: "zhibiao long CSV". */
  String name();

  /** The media type: {@code text/csv}, {@code application/json}. */
  String mediaType();

  /** File extensions without the dot, lower case: {@code csv}, {@code json}. */
  List<String> fileExtensions();

  /**
   * The preference among formats that claim one extension or sniff alike; higher wins, ties are
   * broken by id. 0 by default.
   */
  default int rank() {
    return 0;
  }

  /** Whether the format can work in this runtime (its libraries are present). True by default. */
  default boolean isAvailable() {
    return true;
  }

  /**
   * Whether {@code head}, the first bytes of an input (up to 4096), look like this format.
   * False by default: the format is then found only by id and extension.
   */
  default boolean canRead(byte[] head) {
    return false;
  }

  /** The reader, if the format can be read. */
  Optional<DatasetReader> reader();

  /** The writer, if the format can be written. */
  Optional<DatasetWriter> writer();
}
