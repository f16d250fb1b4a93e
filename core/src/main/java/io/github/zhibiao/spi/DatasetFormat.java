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

  /**
   * A stable, unique id: {@code csv}, {@code csv-wide}, {@code json}, {@code json-stat}.
   *
   * @return the id, as {@link DatasetFormats#byId(String)} looks it up
   */
  String id();

  /**
   * A name for people: "zhibiao long CSV".
   *
   * @return the display name
   */
  String name();

  /**
   * The media type: {@code text/csv}, {@code application/json}.
   *
   * @return the media type, without parameters
   */
  String mediaType();

  /**
   * File extensions without the leading dot, lower case: {@code csv}, {@code json}. An
   * extension may hold dots itself ({@code stat.json}); {@link DatasetFormats#byExtension} takes
   * the longest extension a file name ends with, so it wins over a shorter one ({@code json}).
   *
   * @return the extensions this format claims, possibly empty
   */
  List<String> fileExtensions();

  /**
   * The preference among formats that claim one extension or sniff alike; higher wins, ties are
   * broken by id. 0 by default.
   *
   * @return the rank; any int, higher preferred
   */
  default int rank() {
    return 0;
  }

  /**
   * Whether the format can work in this runtime (its libraries are present). True by default.
   *
   * @return false when a library the format needs is missing; {@link DatasetFormats} then skips it
   */
  default boolean isAvailable() {
    return true;
  }

  /**
   * Whether {@code head}, the first bytes of an input (up to 4096), look like this format.
   * False by default: the format is then found only by id and extension.
   *
   * @param head the first bytes of the input, at most 4096 and fewer (possibly none) for a
   *     short input
   * @return true when the bytes look like this format
   */
  default boolean canRead(byte[] head) {
    return false;
  }

  /**
   * The reader, if the format can be read.
   *
   * @return the reader, or an empty Optional for a write-only format
   */
  Optional<DatasetReader> reader();

  /**
   * The writer, if the format can be written.
   *
   * @return the writer, or an empty Optional for a read-only format
   */
  Optional<DatasetWriter> writer();
}
