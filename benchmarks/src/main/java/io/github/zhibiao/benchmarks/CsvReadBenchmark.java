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
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Issue 7, comparison 1: the long-format CSV reader producing {@code Observation}s against
 * Jackson 3 CSV reading the same file into {@code String[]} rows with no mapping, the floor any
 * Jackson-based reader stands on. Target: at least 0.6 of the baseline's rows per second.
 *
 * <p>The file is {@value BenchData#LONG_CSV}: {@value BenchData#ROWS} generated observations
 * (see {@link DataGenerator}), read from disk (page cache) on both sides. One operation is one
 * row, so the score is rows per second and {@code gc.alloc.rate.norm} is bytes per row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvReadBenchmark {
  Path file;
  ObjectReader jackson;
  DatasetReader zhibiao;

  /** Finds the file; the zhibiao side needs zhibiao-io-csv (format id {@code csv}). */
  @Setup
  public void setUp() {
    file = BenchData.file(BenchData.LONG_CSV);
    jackson = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build().readerFor(String[].class);
  }

  /** zhibiao: every row read into an {@code Observation}, fail-fast. */
  @Benchmark
  @OperationsPerInvocation(BenchData.ROWS)
  public void zhibiao(Blackhole bh) {
    if (zhibiao == null) {
      zhibiao = Readers.require("csv", "zhibiao-io-csv");
    }
    long n = 0;
    try (ObservationCursor cursor = Readers.cursor(zhibiao, file)) {
      while (cursor.hasNext()) {
        bh.consume(cursor.next());
        n++;
      }
    }
    Checks.rows("zhibiao csv", n, BenchData.ROWS);
  }

  /** Jackson 3 CSV: every row as a {@code String[]}, header included (row 0). */
  @Benchmark
  @OperationsPerInvocation(BenchData.ROWS)
  public void jackson(Blackhole bh) throws Exception {
    long n = 0;
    try (InputStream in = Readers.open(file);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        MappingIterator<String[]> rows = jackson.readValues(reader)) {
      while (rows.hasNext()) {
        bh.consume(rows.next());
        n++;
      }
    }
    Checks.rows("jackson csv", n - 1, BenchData.ROWS);
  }
}
