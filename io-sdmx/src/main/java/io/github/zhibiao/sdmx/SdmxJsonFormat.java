package io.github.zhibiao.sdmx;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.DatasetWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * SDMX-JSON 2.0 (and 2.1) data messages, read: {@code data.structures} (dimensions, measures and
 * attributes by attachment level, with their values) and {@code data.dataSets} (series keyed by
 * value indexes, {@code "0:0:4"}, with their observations, or flat observations keyed by every
 * dimension). Id {@code sdmx-json}, media type {@code application/vnd.sdmx.data+json}, extension
 * {@code sdmx.json}, rank 20; found by sniffing ({@code "dataSets"} or an SDMX-JSON schema near the
 * start). Read only.
 *
 * <p>The binding of the SDMX concepts is that of SDMX-CSV ({@link SdmxCsvFormat}): the dataflow is
 * the indicator, {@code REF_AREA} the region, {@code TIME_PERIOD} the period, every other dimension
 * a breakdown, {@code UNIT_MEASURE}, {@code UNIT_MULT} and {@code OBS_STATUS} from the attributes
 * of any level, other attributes in the note. A null or {@code "NaN"} value is missing: no
 * observation. The message is read into memory and walked twice: once for the structures (which a
 * message may put after the data, as ILOSTAT does), once, streaming, for the observations, so
 * that a series key given twice (as ILOSTAT gives them) loses nothing.
 *
 * <p>Refused as unsupported variants, saying what is supported: SDMX-JSON 1.0 data messages
 * ({@code data.structure} or a top-level {@code structure}), structure and metadata messages,
 * SDMX-ML, and dimension-group attributes. A cell is a record: a lenient read skips and counts a
 * bad value, index or code.
 */
public final class SdmxJsonFormat implements DatasetFormat {
  private static final DatasetReader READER = new SdmxJsonReader();

  /** The format; ServiceLoader needs this public constructor. */
  public SdmxJsonFormat() {}

  @Override
  public String id() {
    return "sdmx-json";
  }

  @Override
  public String name() {
    return "SDMX-JSON 2.0 data message";
  }

  @Override
  public String mediaType() {
    return "application/vnd.sdmx.data+json";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("sdmx.json");
  }

  @Override
  public int rank() {
    return 20;
  }

  /** Whether the head is a JSON object naming dataSets or an SDMX-JSON data schema. */
  @Override
  public boolean canRead(byte[] head) {
    String t = new String(head, StandardCharsets.UTF_8);
    return t.stripLeading().startsWith("{")
        && (t.contains("\"dataSets\"") || t.contains("sdmx-json-data-schema"));
  }

  @Override
  public Optional<DatasetReader> reader() {
    return Optional.of(READER);
  }

  @Override
  public Optional<DatasetWriter> writer() {
    return Optional.empty();
  }
}
