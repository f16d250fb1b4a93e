package io.github.zhibiao.json;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.DatasetWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * JSON-stat 1.x and 2.0, as statistics offices publish it; 2.0 is written. Id {@code json-stat};
 * extensions {@code .stat.json} and {@code .jsonstat}, which pick it by name (the longest extension
 * wins), and {@code .json}, where it ranks 5, below the native format, and is found by sniffing
 * (see {@link #canRead}).
 *
 * <p><b>Reading</b> takes a 2.0 dataset or collection of embedded datasets (which need not repeat
 * the version), a 1.x bundle (datasets under their keys) or a 1.x dataset (id, size and role inside
 * {@code dimension}), in any dimension order. A version other than 1.0x or 2.0, a class other than
 * dataset or collection, and a collection's item that is only a link are refused, naming the
 * variant and what is read. The metric, geo and time dimensions come from {@link
 * io.github.zhibiao.spi.ReadOptions#withDimensionRole}, else {@code role}, else conventional ids
 * (indicator/ContentsCode/metric/unit; region/geo/REF_AREA; period/time/TIME_PERIOD/Tid/Tiempo …);
 * Eurostat's {@code unit} dimension is the metric, whose labels are the units, and a dataset without
 * metric is one indicator whose unit is not stated. A null value, or a value or status that is a
 * missing-value marker ({@link io.github.zhibiao.model.Status#isMissingMarker}), is no observation
 * and is counted in {@link io.github.zhibiao.spi.ReadReport#missingValues()}; an office's own status
 * flag (Eurostat's {@code b}) becomes the observation's note. Units come from the metric
 * categories' {@code unit} (label, symbol or base, read with {@code Units.of}; a {@code multiplier}
 * of 4 or 8 becomes 万 or 亿); periods from the time categories (ISO/SDMX, Chinese, and PxWeb's
 * 2023M06 and 2023K1); regions from the GB/T 2260 registry by code or name, else as regions of
 * the document's own. Dense and sparse values, and string, array and object statuses (SDMX codes).
 * A null value is no figure. Each cell is a record, so a lenient read skips bad cells and counts
 * them: a value that is not a decimal within 10^±100, a sparse key that is not a canonical cell
 * index (only {@code "0"}, {@code "1"} … name cells; {@code "+0"} and {@code "01"} do not), a cell
 * given twice, a bad status, and the cells of a category that cannot be read (an indicator's unit
 * such as 元/人 with a multiplier, a region, a period). Structural errors (a version other than
 * "2.0", sizes that do not match the values, a missing dimension, a key given twice) end the read
 * and name the JSON path; in a dataset of a collection they make that dataset one bad record,
 * which a lenient read skips before it reads the next.
 *
 * <p><b>Streaming and its bounds.</b> The document is read as a stream. Values that come after the
 * dimensions, the status and the extension (as this library writes them) become observations as
 * they are read; values that come before any of these are held, at most 1,000,000 of them, until
 * the dataset ends — past that, values after the dimensions stream on (and a status or zhibiao
 * extension that comes later ends the read), values before the dimensions end the read. A dataset
 * of more than 100,000,000 cells (the product of its sizes), or with a size beyond that, is refused
 * when its {@code size} is read, before anything is allocated for its cells. At most 100,000 cells
 * may carry a zhibiao cell extension, 64 dimensions a dataset.
 *
 * <p><b>Writing</b> puts out one dataset with dimensions indicator, region and period; see the
 * package documentation for the mapping. Everything else an observation carries goes under
 * {@code extension.zhibiao}, so a zhibiao reader gets the dataset back whole (observations in
 * row-major order: indicator, region, period): kinds, sectors, English names and descriptions of
 * indicators, the regions that are not built-in ones (short name, level, parent, English name),
 * and per cell its qualifier, change, ranking, share, plan completion and note — and its value and
 * unit as written when they are not its indicator's unit, for the cell's value is in the
 * indicator's unit (1亩 of an indicator in 公顷 is 0.06666…67 there, rounded to 34 digits, and 1亩
 * in the extension). Status and extension come before the values. Indicators and regions keep
 * their order of first appearance; periods are in date order ({@link
 * io.github.zhibiao.model.Period#compareTo}: by the day a period ends, then the day it starts, the
 * longer first). The writer refuses two observations of one cell, a cube of more than 100,000,000
 * cells, and more than 100,000 observations with something for the cell extension.
 */
public final class JsonStatFormat implements DatasetFormat {
  private static final DatasetReader READER = new JsonStatReader();
  private static final DatasetWriter WRITER = new JsonStatWriter();

  /** The format; ServiceLoader needs this public constructor. */
  public JsonStatFormat() {}

  @Override
  public String id() {
    return "json-stat";
  }

  @Override
  public String name() {
    return "JSON-stat 1.x and 2.0";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("stat.json", "jsonstat", "json");
  }

  @Override
  public int rank() {
    return 5;
  }

  /**
   * Whether the bytes look like JSON-stat: a 2.0 object ({@code "version":"2.0"} with a class or
   * dimension), a 1.x dataset ({@code "class":"dataset"} without a version, or an object without a
   * version that begins with a dataset property and has a dimension object), or a 1.x bundle (an
   * object whose first property is an object that begins with a dataset property: dimension,
   * value, status, label, source, updated, or Eurostat's wsVersion).
   */
  @Override
  public boolean canRead(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8).replaceAll("\\s", "");
    if (!text.startsWith("{")) {
      return false;
    }
    if (text.contains("\"version\":\"2.0\"")) {
      return text.contains("\"class\":\"dataset\"") || text.contains("\"class\":\"collection\"")
          || text.contains("\"dimension\":");
    }
    return !text.contains("\"version\":") && (text.contains("\"class\":\"dataset\"")
        || ROOT_V1.matcher(text).lookingAt() && text.contains("\"dimension\":{")) || BUNDLE.matcher(text).lookingAt();
  }

  /** The head of a JSON-stat 1.x dataset at the root, white space removed: {"label": … with a dimension object. */
  private static final java.util.regex.Pattern ROOT_V1 = java.util.regex.Pattern.compile(
      "\\{\"(?:dimension|value|status|label|source|updated|href)\":");

  /** The head of a JSON-stat 1.x bundle, white space removed: {"name":{"dimension": … */
  private static final java.util.regex.Pattern BUNDLE = java.util.regex.Pattern.compile(
      "\\{\"(?:[^\"\\\\]|\\\\.)+\":\\{\"(?:dimension|value|status|label|source|updated|href|wsVersion)\":");

  @Override
  public Optional<DatasetReader> reader() {
    return Optional.of(READER);
  }

  @Override
  public Optional<DatasetWriter> writer() {
    return Optional.of(WRITER);
  }
}
