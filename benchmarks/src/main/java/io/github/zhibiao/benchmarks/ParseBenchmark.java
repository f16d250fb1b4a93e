package io.github.zhibiao.benchmarks;

import io.github.zhibiao.unit.Quantity;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 7, comparison 4: {@code Quantity.parse} of report figures against {@code new BigDecimal}
 * of their digits alone (the floor: any parser must at least read the number). Target: parsing
 * costs no more than 4× the {@code BigDecimal} parse.
 *
 * <p>Each {@code shape} stands for one kind of figure, as reports print it; the state holds
 * {@value #N} varied texts of that shape (different magnitudes and decimals), and one operation
 * is one text: the score is texts per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {
  static final int N = 1000;

  /**
   * The shape of the texts: livestock 2210.6万头只, investment 1,532.4亿元 (thousands
   * separators), grain 130亿斤, rate 5.82% (also negative), count 800余座 (a qualifier).
   */
  @Param({"livestock", "investment", "grain", "rate", "count"})
  public String shape;

  String[] texts;
  String[] digits;

  /** Makes {@value #N} texts of the shape and checks that both sides read the same number. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(7);
    texts = new String[N];
    digits = new String[N];
    for (int i = 0; i < N; i++) {
      String number;
      String text;
      switch (shape) {
        case "livestock" -> {
          number = DataGenerator.decimal(random.nextInt(1, 100_000), 1);
          text = number + "万头只";
        }
        case "investment" -> {
          number = DataGenerator.decimal(random.nextInt(100_000, 10_000_000), 1);
          text = String.format(Locale.ROOT, "%,.1f", new BigDecimal(number)) + "亿元";
        }
        case "grain" -> {
          number = Integer.toString(random.nextInt(1, 1000));
          text = number + "亿斤";
        }
        case "rate" -> {
          number = DataGenerator.decimal(random.nextInt(-2_000, 10_000), 2);
          text = number + "%";
        }
        case "count" -> {
          number = Integer.toString(random.nextInt(1, 100) * 100);
          text = number + "余座";
        }
        default -> throw new IllegalArgumentException("unknown shape " + shape);
      }
      texts[i] = text;
      digits[i] = number;
      BigDecimal parsed = Quantity.parse(text).value();
      if (parsed.compareTo(new BigDecimal(number)) != 0) {
        throw new IllegalStateException("Quantity.parse(\"" + text + "\") gave " + parsed + ", expected " + number);
      }
    }
  }

  /** zhibiao: the whole text, with unit, magnitude, separators and qualifier. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void zhibiao(Blackhole bh) {
    for (String t : texts) {
      bh.consume(Quantity.parse(t));
    }
  }

  /** The floor: {@code new BigDecimal} of the digits alone. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void bigDecimal(Blackhole bh) {
    for (String d : digits) {
      bh.consume(new BigDecimal(d));
    }
  }
}
