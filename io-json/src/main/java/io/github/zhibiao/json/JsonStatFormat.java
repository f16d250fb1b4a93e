package io.github.zhibiao.json;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.DatasetWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * JSON-stat 2.0, as statistics offices publish it. Id {@code json-stat}; extensions
 * {@code .stat.json} and {@code .jsonstat}, which pick it by name (the longest extension wins), and
 * {@code .json}, where it ranks 5, below the native format, and is found by sniffing
 * {@code "version":"2.0"} with a {@code class} or {@code dimension}.
 *
 * <p><b>Reading</b> takes a dataset or a collection of embedded datasets, in any dimension order.
 * The metric, geo and time dimensions come from {@code role} or, failing that, from conventional
 * ids (indicator/ContentsCode/metric; region/geo; period/time/year/Tid). Units come from the metric
 * categories' {@code unit} (label, symbol or base, read with {@code Units.of}; a {@code multiplier}
 * of 4 or 8 becomes 万 or 亿); periods from the time categories (ISO/SDMX, Chinese, and PxWeb's
 * 2023M06 and 2023K1); regions from the GB/T 2260 registry by code or name, else as regions of
 * the document's own. Dense and sparse values, and string, array and object statuses (SDMX codes).
 * A null value is no figure. The document is read whole; each cell is a record, so a lenient read
 * skips bad cells and counts them. Structural errors (sizes that do not match the values, a
 * missing dimension, an unknown unit) end the read and name the JSON path.
 *
 * <p><b>Writing</b> puts out one dataset with dimensions indicator, region and period; see the
 * package documentation for the mapping. Everything else an observation carries goes under
 * {@code extension.zhibiao}, so a zhibiao reader gets the dataset back whole (observations in
 * row-major order: indicator, region, period). Indicators and regions keep their order of first
 * appearance; periods are in date order ({@link io.github.zhibiao.model.Period#compareTo}: by the
 * day a period ends, then the day it starts, the longer first).
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
    return "JSON-stat 2.0";
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

  /** Whether the bytes look like a JSON-stat 2.0 object. */
  @Override
  public boolean canRead(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8).replaceAll("\\s", "");
    return text.startsWith("{") && text.contains("\"version\":\"2.0\"")
        && (text.contains("\"class\":\"dataset\"") || text.contains("\"class\":\"collection\"") || text.contains("\"dimension\":"));
  }

  @Override
  public Optional<DatasetReader> reader() {
    return Optional.of(READER);
  }

  @Override
  public Optional<DatasetWriter> writer() {
    return Optional.of(WRITER);
  }
}
