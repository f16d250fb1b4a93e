package io.github.zhibiao.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The reader ratios of issue 7, measured so that the machine's drift cancels: each invocation
 * reads the whole file once with zhibiao and once with the baseline, back to back (in turn one
 * first, then the other), and adds each side's nanoseconds to its counter. The ratio of one
 * iteration is the baseline's time over zhibiao's (the throughput ratio, since both read the same
 * rows); {@link Report} gives the mean of the iterations' ratios with its 99 % interval.
 *
 * <p>The sides are those of {@link CsvReadBenchmark} and {@link JsonReadBenchmark}, called as
 * they are; those keep measuring each side's own throughput and allocation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PairedReadBenchmark {
  /** Which pair: {@code csv} (long CSV vs Jackson CSV) or {@code json} (native JSON vs Jackson's token walk). */
  @Param({"csv", "json"})
  public String format;

  private CsvReadBenchmark csv;
  private JsonReadBenchmark json;
  private boolean zhibiaoFirst;

  /** Each side's nanoseconds in the iteration (JMH reports them per iteration). */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class Nanos {
    /** zhibiao's reading time in the iteration, in nanoseconds. */
    public long zhibiao;
    /** The baseline's reading time in the iteration, in nanoseconds. */
    public long baseline;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      zhibiao = 0;
      baseline = 0;
    }
  }

  /** Prepares both sides of the pair. */
  @Setup
  public void setUp() {
    if (format.equals("csv")) {
      csv = new CsvReadBenchmark();
      csv.setUp();
    } else {
      json = new JsonReadBenchmark();
      json.setUp();
    }
  }

  /** One read with each side, in alternating order. */
  @Benchmark
  public void pair(Nanos nanos, Blackhole bh) throws Exception {
    zhibiaoFirst = !zhibiaoFirst;
    if (zhibiaoFirst) {
      nanos.zhibiao += zhibiao(bh);
      nanos.baseline += baseline(bh);
    } else {
      nanos.baseline += baseline(bh);
      nanos.zhibiao += zhibiao(bh);
    }
  }

  private long zhibiao(Blackhole bh) {
    long t = System.nanoTime();
    if (csv != null) {
      csv.zhibiao(bh);
    } else {
      json.zhibiao(bh);
    }
    return System.nanoTime() - t;
  }

  private long baseline(Blackhole bh) throws Exception {
    long t = System.nanoTime();
    if (csv != null) {
      csv.jackson(bh);
    } else {
      json.jackson(bh);
    }
    return System.nanoTime() - t;
  }
}
