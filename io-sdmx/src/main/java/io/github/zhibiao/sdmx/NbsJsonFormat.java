package io.github.zhibiao.sdmx;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.DatasetWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The JSON that the query interface of the National Bureau of Statistics' data portal (国家数据,
 * data.stats.gov.cn, {@code easyquery.htm?m=QueryData}) answers, read: {@code returndata} with
 * {@code wdnodes} (indicators {@code zb} with names and units, regions {@code reg}, periods {@code
 * sj}: 2023, 202306, 2023A–2023D) and {@code datanodes}. Id {@code nbs-json}, media type {@code
 * application/json}, extension {@code nbs.json}, rank 20; found by sniffing ({@code returncode}
 * and {@code returndata} near the start). Read only: the portal is a source, not a destination.
 *
 * <p>The reader reads a file or a stream; fetching from the portal is not its business (see the
 * examples module for a service that fetches and caches responses). Units (亿元, 万人, %, 元/人 …)
 * go through the catalog under the open unit policy, so an unknown label is kept and counted in
 * the read report; {@code hasdata: false} is a missing value, not a zero; {@code data}, the
 * full-precision figure, is the value, read exactly.
 */
public final class NbsJsonFormat implements DatasetFormat {
  private static final DatasetReader READER = new NbsJsonReader();

  /** The format; ServiceLoader needs this public constructor. */
  public NbsJsonFormat() {}

  @Override
  public String id() {
    return "nbs-json";
  }

  @Override
  public String name() {
    return "NBS data portal query response (国家数据 easyquery JSON)";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("nbs.json");
  }

  @Override
  public int rank() {
    return 20;
  }

  /** Whether the head has the properties returncode and returndata. */
  @Override
  public boolean canRead(byte[] head) {
    String t = new String(head, StandardCharsets.UTF_8);
    return t.stripLeading().startsWith("{") && t.contains("\"returncode\"") && t.contains("\"returndata\"");
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
