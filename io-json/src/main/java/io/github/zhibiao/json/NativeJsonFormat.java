package io.github.zhibiao.json;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.DatasetWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * zhibiao's native JSON format: a dataset object with its indicators and then its observations.
 * Id {@code json}, extension {@code .json}, rank 10. The schema ships in this jar as
 * {@code io/github/zhibiao/json/zhibiao-dataset.schema.json} (JSON Schema 2020-12):
 *
 * <pre>{@code
 * {"format": "zhibiao", "version": 1,
 *  "indicators": [{"code": "LIVESTOCK_STOCK", "name": "牲畜存栏", "unit": "万头只", "kind": "STOCK",
 *                  "sector": "现代农牧业@A"}],
 *  "observations": [{"indicator": "LIVESTOCK_STOCK", "region": "150400", "period": "2023-06-30",
 *                    "value": "2210.6", "unit": "万头只",
 *                    "change": {"amount": "5.82%", "basis": "YEAR_ON_YEAR"},
 *                    "ranking": {"rank": "首位", "scope": "150000"}}]}
 * }</pre>
 *
 * <p>Values are written as strings holding the exact decimal; numbers are read too, exactly
 * (never through {@code double}); NaN, infinities and figures beyond 10^±100 (an exponent such as
 * {@code 1e2147483648} included) are refused. Observations are read one at a time (a file far
 * larger than the heap streams), so regions and indicators must come before observations. Errors
 * name the JSON path ({@code $.observations[3].value}), the text and what was expected; lenient
 * reads skip bad observations and count them. Malformed JSON, a version other than {@code 1}, a
 * top-level property given twice, and bad indicator or region definitions end the read in both
 * modes; a property given twice in an observation is a problem of that observation.
 *
 * <p><b>Regions.</b> A region that is not a built-in one (a development zone, a group of banners)
 * is defined in {@code $.regions} with its name, short name, level, parent and English name, so it
 * reads back equal, as do rankings scoped to it: {@code {"code": "ZONE1", "name":
 * "赤峰高新技术产业开发区", "shortName": "赤峰高新区", "level": "COUNTY", "parent": "150400"}}. The
 * definitions join the registry of the read under {@code RegionPolicy.OPEN}; under {@code STRICT}
 * they are not taken, and the observations in them are refused. The writer refuses a region that
 * differs from the built-in region of its code.
 */
public final class NativeJsonFormat implements DatasetFormat {
  private static final DatasetReader READER = new NativeJsonReader();
  private static final DatasetWriter WRITER = new NativeJsonWriter();

  /** The format; ServiceLoader needs this public constructor. */
  public NativeJsonFormat() {}

  @Override
  public String id() {
    return "json";
  }

  @Override
  public String name() {
    return "zhibiao native JSON";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("json");
  }

  @Override
  public int rank() {
    return 10;
  }

  /** Whether the bytes start a JSON object that says {@code "format": "zhibiao"}. */
  @Override
  public boolean canRead(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8).stripLeading();
    return text.startsWith("{") && text.replaceAll("\\s", "").contains("\"format\":\"zhibiao\"");
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
