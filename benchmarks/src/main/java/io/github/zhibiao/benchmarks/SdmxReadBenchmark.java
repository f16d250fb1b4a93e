package io.github.zhibiao.benchmarks;

import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Issue 14: the io-sdmx readers producing {@code Observation}s against Jackson 3 over the same
 * generated files (see {@link SdmxData}). Target: at least 0.5 of the baseline each.
 *
 * <ul>
 *   <li>SDMX-CSV ({@value BenchData#SDMX_CSV}, {@value BenchData#SDMX_CSV_ROWS} rows) against
 *       Jackson CSV reading it into {@code String[]} rows.
 *   <li>SDMX-JSON 2.0 ({@value BenchData#SDMX_JSON}, {@value BenchData#SDMX_JSON_OBS}
 *       observations in series) against a Jackson token walk of it.
 *   <li>The NBS portal's JSON ({@value BenchData#NBS_JSON}, {@value BenchData#NBS_NODES} data
 *       nodes) against a Jackson token walk of it.
 * </ul>
 *
 * <p>One operation is one observation, so scores are observations per second and {@code
 * gc.alloc.rate.norm} is bytes per observation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SdmxReadBenchmark {
  Path csv;
  Path json;
  Path nbs;
  ObjectReader jacksonCsv;
  JsonFactory factory;
  DatasetReader sdmxCsv;
  DatasetReader sdmxJson;
  DatasetReader nbsJson;

  /** Finds the files and the readers (zhibiao-io-sdmx: sdmx-csv, sdmx-json, nbs-json). */
  @Setup
  public void setUp() {
    csv = BenchData.file(BenchData.SDMX_CSV);
    json = BenchData.file(BenchData.SDMX_JSON);
    nbs = BenchData.file(BenchData.NBS_JSON);
    jacksonCsv = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build().readerFor(String[].class);
    factory = new JsonFactory();
    sdmxCsv = Readers.require("sdmx-csv", "zhibiao-io-sdmx");
    sdmxJson = Readers.require("sdmx-json", "zhibiao-io-sdmx");
    nbsJson = Readers.require("nbs-json", "zhibiao-io-sdmx");
  }

  /** zhibiao SDMX-CSV: every row into an {@code Observation}, fail-fast. */
  @Benchmark
  @OperationsPerInvocation(BenchData.SDMX_CSV_ROWS)
  public void csvZhibiao(Blackhole bh) {
    Checks.rows("zhibiao sdmx-csv", read(sdmxCsv, csv, bh), BenchData.SDMX_CSV_ROWS);
  }

  /** Jackson 3 CSV: every row of the SDMX-CSV file as a {@code String[]}, header included. */
  @Benchmark
  @OperationsPerInvocation(BenchData.SDMX_CSV_ROWS)
  public void csvJackson(Blackhole bh) throws Exception {
    Checks.rows("jackson sdmx-csv", jacksonRows(jacksonCsv, csv, bh) - 1, BenchData.SDMX_CSV_ROWS);
  }

  /** zhibiao SDMX-JSON: every observation into an {@code Observation}, fail-fast. */
  @Benchmark
  @OperationsPerInvocation(BenchData.SDMX_JSON_OBS)
  public void jsonZhibiao(Blackhole bh) {
    Checks.rows("zhibiao sdmx-json", read(sdmxJson, json, bh), BenchData.SDMX_JSON_OBS);
  }

  /** Jackson 3 streaming over the SDMX-JSON file; counts the observation arrays for the check. */
  @Benchmark
  @OperationsPerInvocation(BenchData.SDMX_JSON_OBS)
  public void jsonJackson(Blackhole bh) throws Exception {
    Checks.rows("jackson sdmx-json", walk(factory, json, bh, "dataSets", 2, JsonToken.START_ARRAY, 8),
        BenchData.SDMX_JSON_OBS);
  }

  /** zhibiao NBS portal JSON: every data node into an {@code Observation}, fail-fast. */
  @Benchmark
  @OperationsPerInvocation(BenchData.NBS_NODES)
  public void nbsZhibiao(Blackhole bh) {
    Checks.rows("zhibiao nbs-json", read(nbsJson, nbs, bh), BenchData.NBS_NODES);
  }

  /** Jackson 3 streaming over the NBS file; counts the data nodes for the check. */
  @Benchmark
  @OperationsPerInvocation(BenchData.NBS_NODES)
  public void nbsJackson(Blackhole bh) throws Exception {
    Checks.rows("jackson nbs-json", walk(factory, nbs, bh, "datanodes", 2, JsonToken.START_OBJECT, 4),
        BenchData.NBS_NODES);
  }

  static long read(DatasetReader reader, Path file, Blackhole bh) {
    long n = 0;
    try (ObservationCursor cursor = Readers.cursor(reader, file)) {
      while (cursor.hasNext()) {
        bh.consume(cursor.next());
        n++;
      }
    }
    return n;
  }

  static long jacksonRows(ObjectReader jackson, Path file, Blackhole bh) throws Exception {
    long n = 0;
    try (InputStream in = Readers.open(file);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        MappingIterator<String[]> rows = jackson.readValues(reader)) {
      while (rows.hasNext()) {
        bh.consume(rows.next());
        n++;
      }
    }
    return n;
  }

  /**
   * {@code nextToken()} over the whole file, consuming each token; counts the tokens of kind
   * {@code counted} at nesting depth {@code depth} after the property {@code within} at depth
   * {@code withinDepth}. No text or number is decoded beyond what the tokenizer does itself.
   */
  static long walk(JsonFactory factory, Path file, Blackhole bh, String within, int withinDepth, JsonToken counted,
      int depth) throws Exception {
    long n = 0;
    try (InputStream in = Readers.open(file);
        JsonParser p = factory.createParser(ObjectReadContext.empty(), in)) {
      JsonToken t;
      boolean inside = false;
      while ((t = p.nextToken()) != null) {
        bh.consume(t);
        if (t == JsonToken.PROPERTY_NAME && p.streamReadContext().getNestingDepth() == withinDepth) {
          inside = within.equals(p.currentName());
        } else if (t == counted && inside && p.streamReadContext().getNestingDepth() == depth) {
          n++;
        }
      }
    }
    return n;
  }
}
