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
 * The conversion and parsing ratios (rows 3 and 4), paired as the reader ratios are: one invocation
 * runs a batch of each side in turn (zhibiao first, then the baseline first), each batch about
 * {@value #BATCH_NANOS} ns of work, and adds each side's nanoseconds, operations and allocated bytes
 * to {@link PairCounters}. A batch is {@code k} passes over the {@value ConversionBenchmark#N} values
 * or texts of {@link ConversionBenchmark} or {@link ParseBenchmark}, {@code k} chosen for each side in
 * the setup (after about 200 ms of running it), every result consumed by the blackhole as in those
 * benchmarks, so nothing is dead code.
 *
 * <p>{@code pair}: {@code to-<pair>-indriya}, {@code to-<pair>-floor} and {@code to-<pair>-indriyaToOnly}
 * for {@code pair} = mu (万亩 → 公顷), jin (亿斤 → 万吨), yuan (亿元 → 万元), zhibiao's {@code Quantity.to}
 * against Indriya, the bare {@code BigDecimal} floor and Indriya's {@code to} alone; {@code
 * parse-<shape>} for the shapes of {@link ParseBenchmark}, {@code Quantity.parse} against {@code new
 * BigDecimal} of the digits.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PairedMicroBenchmark {
  /** The work a batch of each side takes, about: one millisecond. */
  static final long BATCH_NANOS = 1_000_000;

  /** Which pair (see the class comment). */
  @Param({"to-mu-indriya", "to-jin-indriya", "to-yuan-indriya", "to-mu-floor", "to-jin-floor", "to-yuan-floor",
      "to-mu-indriyaToOnly", "to-jin-indriyaToOnly", "to-yuan-indriyaToOnly", "parse-livestock", "parse-investment",
      "parse-grain", "parse-rate", "parse-count"})
  public String pair;

  private Pairs.Side zhibiao;
  private Pairs.Side baseline;
  private boolean zhibiaoFirst;

  /** Prepares both sides and sizes their batches. */
  @Setup
  public void setUp(Blackhole bh) throws Exception {
    String[] parts = pair.split("-");
    Pairs.Side z;
    Pairs.Side b;
    if (parts[0].equals("to")) {
      ConversionBenchmark c = new ConversionBenchmark();
      c.pair = parts[1];
      c.setUp();
      z = h -> {
        c.zhibiao(h);
        return ConversionBenchmark.N;
      };
      b = switch (parts[2]) {
        case "indriya" -> h -> {
          c.indriya(h);
          return ConversionBenchmark.N;
        };
        case "floor" -> h -> {
          c.floor(h);
          return ConversionBenchmark.N;
        };
        case "indriyaToOnly" -> h -> {
          c.indriyaToOnly(h);
          return ConversionBenchmark.N;
        };
        default -> throw new IllegalArgumentException("unknown baseline in " + pair);
      };
    } else if (parts[0].equals("parse")) {
      ParseBenchmark p = new ParseBenchmark();
      p.shape = parts[1];
      p.setUp();
      z = h -> {
        p.zhibiao(h);
        return ParseBenchmark.N;
      };
      b = h -> {
        p.bigDecimal(h);
        return ParseBenchmark.N;
      };
    } else {
      throw new IllegalArgumentException("unknown pair " + pair);
    }
    zhibiao = Pairs.batched(z, bh, BATCH_NANOS);
    baseline = Pairs.batched(b, bh, BATCH_NANOS);
  }

  /** One batch with each side, in alternating order. */
  @Benchmark
  public void pair(PairCounters counters, Blackhole bh) throws Exception {
    zhibiaoFirst = !zhibiaoFirst;
    Pairs.run(counters, zhibiaoFirst, zhibiao, baseline, bh);
  }
}
