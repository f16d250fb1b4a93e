package io.github.zhibiao.benchmarks;

import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import java.io.InputStream;
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

/**
 * Issue 7, comparison 2: the native JSON reader against a Jackson 3 streaming pass that only
 * walks the tokens of the same file. Target: at least 0.5 of the baseline.
 *
 * <p>The file is {@value BenchData#NATIVE_JSON}: {@value BenchData#ROWS} observations in the
 * native schema. One operation is one observation (the baseline's score is the same file's
 * observations per second), so {@code gc.alloc.rate.norm} is bytes per observation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonReadBenchmark {
  Path file;
  JsonFactory factory;
  DatasetReader zhibiao;

  /** Finds the file; the zhibiao side needs zhibiao-io-json (format id {@code json}). */
  @Setup
  public void setUp() {
    file = BenchData.file(BenchData.NATIVE_JSON);
    factory = new JsonFactory();
  }

  /** zhibiao: every observation read into an {@code Observation}, fail-fast. */
  @Benchmark
  @OperationsPerInvocation(BenchData.ROWS)
  public void zhibiao(Blackhole bh) {
    if (zhibiao == null) {
      zhibiao = Readers.require("json", "zhibiao-io-json");
    }
    long n = 0;
    try (ObservationCursor cursor = Readers.cursor(zhibiao, file)) {
      while (cursor.hasNext()) {
        bh.consume(cursor.next());
        n++;
      }
    }
    Checks.rows("zhibiao json", n, BenchData.ROWS);
  }

  /**
   * Jackson 3 streaming: {@code nextToken()} over the whole file, consuming each token; counts
   * the objects in the {@code observations} array for the check. No text or number is decoded
   * beyond what the tokenizer does itself.
   */
  @Benchmark
  @OperationsPerInvocation(BenchData.ROWS)
  public void jackson(Blackhole bh) throws Exception {
    long objects = 0;
    try (InputStream in = Readers.open(file);
        JsonParser p = factory.createParser(ObjectReadContext.empty(), in)) {
      JsonToken t;
      boolean inObservations = false;
      while ((t = p.nextToken()) != null) {
        bh.consume(t);
        if (t == JsonToken.PROPERTY_NAME && p.streamReadContext().getNestingDepth() == 1) {
          inObservations = "observations".equals(p.currentName());
        } else if (t == JsonToken.START_OBJECT && inObservations && p.streamReadContext().getNestingDepth() == 3) {
          objects++;
        }
      }
    }
    Checks.rows("jackson json", objects, BenchData.ROWS);
  }
}
