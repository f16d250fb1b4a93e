package io.github.zhibiao.benchmarks;

import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 7, comparison 6: extraction throughput of io-text (format id {@code text}) over
 * generated Chinese report prose ({@value BenchData#PROSE_TXT}, about
 * {@value BenchData#TEXT_BYTES} bytes). One operation is one pass over the file; the report
 * turns the score into MB/s with the file's size. Target: at least 1 MB/s.
 *
 * <p>Until zhibiao-io-text exists and is a dependency of this module, the setup fails with a
 * message naming it and the report shows the row as not run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TextExtractBenchmark {
  Path file;
  DatasetReader zhibiao;

  /** Finds the file and the {@code text} format. */
  @Setup
  public void setUp() {
    file = BenchData.file(BenchData.PROSE_TXT);
    zhibiao = Readers.require("text", "zhibiao-io-text");
  }

  /** zhibiao: every fact extracted from the prose, lenient (prose has sentences without facts). */
  @Benchmark
  public long zhibiao(Blackhole bh) {
    long n = 0;
    try (ObservationCursor cursor = zhibiao.open(Readers.open(file), file.getFileName().toString(),
        io.github.zhibiao.spi.ReadOptions.defaults().lenient())) {
      while (cursor.hasNext()) {
        bh.consume(cursor.next());
        n++;
      }
    }
    if (n == 0) {
      throw new IllegalStateException("the text format extracted nothing from " + file);
    }
    return n;
  }
}
