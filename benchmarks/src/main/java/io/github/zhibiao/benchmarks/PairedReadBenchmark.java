package io.github.zhibiao.benchmarks;

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

/**
 * The reader ratios, measured so that the machine's drift cancels: each invocation reads the whole
 * file once with zhibiao and once with the baseline, back to back (in turn one first, then the
 * other), and adds each side's nanoseconds, observations and allocated bytes to {@link PairCounters}.
 * A side whose read is short repeats it to fill about {@value #SIDE_NANOS} ns an invocation.
 * The ratio of one iteration is the baseline's time per observation over zhibiao's (zhibiao's
 * throughput as a fraction of the baseline's); {@link Report} gives the mean of the iterations'
 * ratios with its 99 % interval, and each side's throughput and bytes per observation.
 *
 * <p>The sides are those of the unpaired benchmarks, called as they are: {@code csv} and {@code json}
 * ({@link CsvReadBenchmark}, {@link JsonReadBenchmark}, rows 1 and 2), {@code json-stat-us-labor} and
 * {@code json-stat-ssb} ({@link JsonStatReadBenchmark}, row 2b), {@code xlsx} ({@link
 * ExcelReadBenchmark}, row 7), {@code sdmx-csv}, {@code sdmx-json} and {@code nbs-json} ({@link
 * SdmxReadBenchmark}, row 8). Those stay for running one side alone by hand.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PairedReadBenchmark {
  /** Which pair (see the class comment). */
  @Param({"csv", "json", "json-stat-us-labor", "json-stat-ssb", "xlsx", "sdmx-csv", "sdmx-json", "nbs-json"})
  public String format;

  private Pairs.Side zhibiao;
  private Pairs.Side baseline;
  private boolean zhibiaoFirst;

  /**
   * The least time one side takes in one invocation, about: a read of a small file (an office's
   * JSON-stat file takes milliseconds) is repeated to fill it. On a loaded machine this thread gets a
   * share of a core that changes every few milliseconds; a side that runs for a quarter of a second
   * meets that share averaged, as the reads of the 1M-row files (seconds) do, and the ratio of one
   * iteration stays close to the next.
   */
  static final long SIDE_NANOS = 250_000_000L;

  /** Prepares both sides of the pair, and for a small file how many reads a side makes an invocation. */
  @Setup
  public void setUp(Blackhole bh) throws Exception {
    sides();
    if (!format.equals("csv") && !format.equals("json") && !format.equals("sdmx-csv")) {
      zhibiao = Pairs.batched(zhibiao, bh, SIDE_NANOS);
      baseline = Pairs.batched(baseline, bh, SIDE_NANOS);
    }
  }

  private void sides() throws Exception {
    switch (format) {
      case "csv" -> {
        CsvReadBenchmark b = new CsvReadBenchmark();
        b.setUp();
        sides(b::zhibiao, b::jackson, BenchData.ROWS);
      }
      case "json" -> {
        JsonReadBenchmark b = new JsonReadBenchmark();
        b.setUp();
        sides(b::zhibiao, b::jackson, BenchData.ROWS);
      }
      case "json-stat-us-labor", "json-stat-ssb" -> {
        JsonStatReadBenchmark b = new JsonStatReadBenchmark();
        b.file = format.substring("json-stat-".length()).equals("ssb") ? "ssb-29843" : "us-labor";
        b.setUp();
        sides(b::zhibiao, b::jackson, b.cells);
      }
      case "xlsx" -> {
        ExcelReadBenchmark b = new ExcelReadBenchmark();
        b.setUp();
        sides(b::zhibiao, b::rawCellWalk, (long) ExcelReadBenchmark.ROWS * ExcelReadBenchmark.YEARS);
      }
      case "sdmx-csv" -> {
        SdmxReadBenchmark b = new SdmxReadBenchmark();
        b.setUp();
        sides(b::csvZhibiao, b::csvJackson, BenchData.SDMX_CSV_ROWS);
      }
      case "sdmx-json" -> {
        SdmxReadBenchmark b = new SdmxReadBenchmark();
        b.setUp();
        sides(b::jsonZhibiao, b::jsonJackson, BenchData.SDMX_JSON_OBS);
      }
      case "nbs-json" -> {
        SdmxReadBenchmark b = new SdmxReadBenchmark();
        b.setUp();
        sides(b::nbsZhibiao, b::nbsJackson, BenchData.NBS_NODES);
      }
      default -> throw new IllegalArgumentException("unknown format " + format);
    }
  }

  /** A read of an unpaired benchmark, as its method is: it hands what it read to the blackhole. */
  @FunctionalInterface
  interface Read {
    void read(Blackhole bh) throws Exception;
  }

  /** Both sides from the unpaired benchmark's two reads, each of {@code operations} records. */
  private void sides(Read zhibiaoRead, Read baselineRead, long operations) {
    zhibiao = bh -> {
      zhibiaoRead.read(bh);
      return operations;
    };
    baseline = bh -> {
      baselineRead.read(bh);
      return operations;
    };
  }

  /** One read with each side, in alternating order. */
  @Benchmark
  public void pair(PairCounters counters, Blackhole bh) throws Exception {
    zhibiaoFirst = !zhibiaoFirst;
    Pairs.run(counters, zhibiaoFirst, zhibiao, baseline, bh);
  }
}
