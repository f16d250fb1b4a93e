package io.github.zhibiao.benchmarks;

import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.QuantityFormat;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 12: a figure of 100 000 digits parses, formats and converts at a cost proportional to
 * {@link BigDecimal}'s own, not in seconds. Each zhibiao benchmark has a {@code BigDecimal}
 * baseline doing the least the same job needs; the ratio is the number to watch.
 *
 * <ul>
 *   <li>{@code parse} reads "digits万亩"; the baseline is {@code new BigDecimal(digits)}.
 *   <li>{@code format*} write the quantity (Chinese as is, Chinese with automatic magnitude,
 *       English); the baseline is {@code toPlainString()}.
 *   <li>{@code convert} is 万亩 → 公顷 (× 2000/3, 34 significant digits); the baseline is
 *       {@code value × 2000 ÷ 3} with {@link MathContext#DECIMAL128}.
 * </ul>
 *
 * <p>{@code shape} "random" has random digits; "zeros" is 1 followed by 99 999 zeros, where the
 * JDK's {@code stripTrailingZeros} alone took seconds (one division per zero).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LongFigureBenchmark {
  static final int DIGITS = 100_000;

  /** The digits: random, or 1 and then zeros. */
  @Param({"random", "zeros"})
  public String shape;

  String digits;
  String text;
  BigDecimal value;
  Quantity quantity;
  Unit hectare;
  QuantityFormat auto;

  /** Builds the figure and checks that parse and baseline agree. */
  @Setup
  public void setUp() {
    StringBuilder sb = new StringBuilder(DIGITS);
    SplittableRandom random = new SplittableRandom(12);
    sb.append('1');
    for (int i = 1; i < DIGITS; i++) {
      sb.append(shape.equals("zeros") ? '0' : (char) ('0' + random.nextInt(10)));
    }
    digits = sb.toString();
    text = digits + "万亩";
    value = new BigDecimal(digits);
    quantity = Quantity.parse(text);
    if (quantity.value().compareTo(value) != 0) {
      throw new IllegalStateException("parse and BigDecimal disagree");
    }
    hectare = Units.of("公顷");
    auto = QuantityFormat.chinese().withAutoMagnitude();
  }

  /** Quantity.parse of 100 000 digits and a unit. */
  @Benchmark
  public Quantity parse() {
    return Quantity.parse(text);
  }

  /** The floor: the digits alone. */
  @Benchmark
  public BigDecimal parseBaseline() {
    return new BigDecimal(digits);
  }

  /** Chinese, in the quantity's unit. */
  @Benchmark
  public String formatChinese() {
    return QuantityFormat.chinese().format(quantity);
  }

  /** Chinese, choosing 万 or 亿 by size (rescales and strips zeros). */
  @Benchmark
  public String formatAutoMagnitude() {
    return auto.format(quantity);
  }

  /** English, in the catalog unit with "trillion". */
  @Benchmark
  public String formatEnglish() {
    return QuantityFormat.english().format(quantity);
  }

  /** The floor of formatting: the digits as a string. */
  @Benchmark
  public String formatBaseline() {
    return value.toPlainString();
  }

  /** 万亩 → 公顷, × 2000/3 to 34 significant digits. */
  @Benchmark
  public Quantity convert() {
    return quantity.to(hectare);
  }

  /** The floor of that conversion: × 2000 ÷ 3 with DECIMAL128. */
  @Benchmark
  public BigDecimal convertBaseline() {
    return value.multiply(BigDecimal.valueOf(2000)).divide(BigDecimal.valueOf(3), MathContext.DECIMAL128);
  }
}
