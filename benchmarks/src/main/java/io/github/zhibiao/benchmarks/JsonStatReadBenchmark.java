package io.github.zhibiao.benchmarks;

import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Issue 14: the JSON-stat reader on real office files against a Jackson 3 streaming pass that only
 * walks the tokens of the same bytes. Target: at least 0.5 of the baseline, as the native readers.
 *
 * <p>{@code file}: {@code us-labor} (json-stat.org's US BLS sample, 2.0, 12880 cells, 245 KB) or
 * {@code ssb-29843} (Statistics Norway, a 1.x bundle whose status comes first, 30240 cells with a
 * figure and 7200 without, 292 KB); see {@code jsonstat/SOURCES.md} in this module's resources. Both
 * are read from memory. One operation is a whole file; the score is files per second, so the ratio
 * of the two methods is the ratio of their throughputs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonStatReadBenchmark {
  /** The office file. */
  @Param({"us-labor", "ssb-29843"})
  public String file;

  byte[] bytes;
  long cells;
  JsonFactory factory;
  DatasetReader zhibiao;

  /** Loads the file; the zhibiao side needs zhibiao-io-json (format id {@code json-stat}). */
  @Setup
  public void setUp() {
    String name = file.equals("us-labor") ? "us-labor.json" : "29843.json";
    cells = file.equals("us-labor") ? 12_880 : 30_240;
    try (InputStream in = JsonStatReadBenchmark.class.getResourceAsStream("jsonstat/" + name)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    factory = new JsonFactory();
  }

  /** zhibiao: every cell with a figure read into an {@code Observation}, fail-fast, default options. */
  @Benchmark
  public void zhibiao(Blackhole bh) {
    if (zhibiao == null) {
      zhibiao = Readers.require("json-stat", "zhibiao-io-json");
    }
    long n = 0;
    try (ObservationCursor cursor = zhibiao.open(new ByteArrayInputStream(bytes), file, ReadOptions.defaults())) {
      while (cursor.hasNext()) {
        bh.consume(cursor.next());
        n++;
      }
    }
    Checks.rows("zhibiao json-stat " + file, n, cells);
  }

  /** Jackson 3 streaming: {@code nextToken()} over the whole file, each token consumed, nothing decoded. */
  @Benchmark
  public void jackson(Blackhole bh) throws IOException {
    long tokens = 0;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(bytes))) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        bh.consume(t);
        tokens++;
      }
    }
    if (tokens < cells) {
      throw new IllegalStateException("jackson json-stat " + file + ": " + tokens + " tokens for " + cells + " cells");
    }
  }
}
