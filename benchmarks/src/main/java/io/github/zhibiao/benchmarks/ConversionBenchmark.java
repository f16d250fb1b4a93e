package io.github.zhibiao.benchmarks;

import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitConverter;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.measure.quantity.Area;
import javax.measure.quantity.Mass;
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
import tech.units.indriya.function.MultiplyConverter;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.BaseUnit;
import tech.units.indriya.unit.TransformedUnit;
import tech.units.indriya.unit.UnitDimension;

/**
 * Issue 7, comparison 3: {@code Quantity.to} against Indriya (JSR 385) and against the floor, the
 * bare {@code BigDecimal} multiply and divide by the same rational factor.
 * Targets: at least 20× Indriya's throughput; no more than 3× the floor's cost.
 *
 * <p>Pairs: {@code mu} 万亩 → 公顷 (factor 2000/3, results do not terminate and are rounded to
 * 34 digits), {@code jin} 亿斤 → 万吨 (×5), {@code yuan} 亿元 → 万元 (×10⁴). Each side converts
 * the same {@value #N} {@code BigDecimal} values, one operation per value; the setup checks that
 * the three sides give the same numbers (compared after rounding to 30 significant digits).
 *
 * <p>Indriya has the units defined as zhibiao defines them (亩 = 2000/3 m², 斤 = 1/2 kg, 元 a
 * base unit of its own) and gets {@code BigDecimal} quantities. Its benchmark produces what
 * zhibiao's does, a {@code BigDecimal} in the target unit: {@code to(target)}, then the value
 * as a {@code BigDecimal} (Indriya keeps 2000/3 × v as an exact fraction until asked). The
 * {@code indriyaToOnly} method measures {@code to(target)} alone, for information.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ConversionBenchmark {
  static final int N = 1000;
  private static final MathContext CHECK = new MathContext(30, RoundingMode.HALF_EVEN);

  /** mu: 万亩 → 公顷; jin: 亿斤 → 万吨; yuan: 亿元 → 万元. */
  @Param({"mu", "jin", "yuan"})
  public String pair;

  Quantity[] zhibiao;
  Unit target;

  javax.measure.Quantity<?>[] indriya;
  javax.measure.Unit<?> indriyaTarget;

  BigDecimal[] values;
  BigDecimal numerator;
  BigDecimal denominator;

  /** A quantity type for money, which JSR 385 does not have. */
  public interface Money extends javax.measure.Quantity<Money> {
  }

  /** Builds the {@value #N} values on each side and checks the three sides agree. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(385);
    values = new BigDecimal[N];
    zhibiao = new Quantity[N];
    indriya = new javax.measure.Quantity<?>[N];
    Unit source;
    javax.measure.Unit<?> indriyaSource;
    switch (pair) {
      case "mu" -> {
        source = Units.of("万亩");
        target = Units.of("公顷");
        var mu = new TransformedUnit<Area>("亩", "亩", tech.units.indriya.unit.Units.SQUARE_METRE,
            tech.units.indriya.unit.Units.SQUARE_METRE, MultiplyConverter.ofRational(2000, 3));
        indriyaSource = new TransformedUnit<>("万亩", "万亩", mu, tech.units.indriya.unit.Units.SQUARE_METRE,
            MultiplyConverter.ofRational(10_000, 1));
        indriyaTarget = new TransformedUnit<Area>("公顷", "公顷", tech.units.indriya.unit.Units.SQUARE_METRE,
            tech.units.indriya.unit.Units.SQUARE_METRE, MultiplyConverter.ofRational(10_000, 1));
        for (int i = 0; i < N; i++) {
          values[i] = BigDecimal.valueOf(random.nextInt(1, 1_000_000), 2); // 0.01 … 9999.99 万亩
        }
      }
      case "jin" -> {
        source = Units.of("亿斤");
        target = Units.of("万吨");
        var kg = tech.units.indriya.unit.Units.KILOGRAM;
        var jin = new TransformedUnit<Mass>("斤", "斤", kg, kg, MultiplyConverter.ofRational(1, 2));
        indriyaSource = new TransformedUnit<>("亿斤", "亿斤", jin, kg, MultiplyConverter.ofRational(100_000_000, 1));
        var tonne = new TransformedUnit<Mass>("吨", "吨", kg, kg, MultiplyConverter.ofRational(1000, 1));
        indriyaTarget = new TransformedUnit<>("万吨", "万吨", tonne, kg, MultiplyConverter.ofRational(10_000, 1));
        for (int i = 0; i < N; i++) {
          values[i] = BigDecimal.valueOf(random.nextInt(1, 100_000), 1); // 0.1 … 9999.9 亿斤
        }
      }
      case "yuan" -> {
        source = Units.of("亿元");
        target = Units.of("万元");
        BaseUnit<Money> yuan = new BaseUnit<>("元", "元", UnitDimension.parse('¥'));
        indriyaSource = new TransformedUnit<>("亿元", "亿元", yuan, yuan, MultiplyConverter.ofRational(100_000_000, 1));
        indriyaTarget = new TransformedUnit<>("万元", "万元", yuan, yuan, MultiplyConverter.ofRational(10_000, 1));
        for (int i = 0; i < N; i++) {
          values[i] = BigDecimal.valueOf(random.nextInt(1, 10_000_000), 2); // 0.01 … 99999.99 亿元
        }
      }
      default -> throw new IllegalArgumentException("unknown pair " + pair);
    }
    Rational factor = source.converterTo(target).factor();
    numerator = new BigDecimal(factor.numerator());
    denominator = new BigDecimal(factor.denominator());
    for (int i = 0; i < N; i++) {
      zhibiao[i] = Quantity.of(values[i], source);
      indriya[i] = quantity(values[i], indriyaSource);
    }
    check();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static javax.measure.Quantity<?> quantity(BigDecimal value, javax.measure.Unit unit) {
    return Quantities.getQuantity(value, unit);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static javax.measure.Quantity<?> to(javax.measure.Quantity q, javax.measure.Unit unit) {
    return q.to(unit);
  }

  private void check() {
    for (int i = 0; i < N; i++) {
      BigDecimal z = zhibiao[i].to(target).value().round(CHECK);
      BigDecimal f = floor(values[i]).round(CHECK);
      BigDecimal j = decimal(to(indriya[i], indriyaTarget).getValue()).round(CHECK);
      if (z.compareTo(f) != 0 || z.compareTo(j) != 0) {
        throw new IllegalStateException(pair + ": " + values[i] + " converts to " + z + " (zhibiao), " + f
            + " (BigDecimal), " + j + " (Indriya)");
      }
    }
  }

  private static BigDecimal decimal(Number n) {
    if (n instanceof BigDecimal d) {
      return d;
    }
    if (n instanceof RationalNumber r) {
      return r.bigDecimalValue();
    }
    return new BigDecimal(n.toString());
  }

  private BigDecimal floor(BigDecimal v) {
    return v.multiply(numerator).divide(denominator, UnitConverter.DEFAULT_CONTEXT);
  }

  /** zhibiao: {@code quantity.to(target)}. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void zhibiao(Blackhole bh) {
    Unit t = target;
    for (Quantity q : zhibiao) {
      bh.consume(q.to(t));
    }
  }

  /**
   * Indriya, doing what zhibiao does: {@code quantity.to(target)} on a {@code BigDecimal}
   * quantity, and the converted value as a {@code BigDecimal} (Indriya keeps 2000/3 as an exact
   * {@code RationalNumber}; a {@code BigDecimal} result comes back as it is).
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void indriya(Blackhole bh) {
    javax.measure.Unit<?> t = indriyaTarget;
    for (javax.measure.Quantity<?> q : indriya) {
      bh.consume(decimal(to(q, t).getValue()));
    }
  }

  /**
   * Indriya's {@code quantity.to(target)} alone, the value left as Indriya's own number (for
   * 万亩 → 公顷 an unevaluated fraction). For information: it does less work than zhibiao.
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void indriyaToOnly(Blackhole bh) {
    javax.measure.Unit<?> t = indriyaTarget;
    for (javax.measure.Quantity<?> q : indriya) {
      bh.consume(to(q, t));
    }
  }

  /** The floor: {@code value × numerator ÷ denominator}, rounded to 34 digits. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void floor(Blackhole bh) {
    for (BigDecimal v : values) {
      bh.consume(floor(v));
    }
  }
}
