package io.github.zhibiao.unit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

/**
 * Converts values from one unit to another by an exact rational factor.
 *
 * <h2>Rounding</h2>
 * A converted value is exact whenever it has a finite decimal expansion: 130 亿斤 → 650 万吨,
 * 754.49 亿元 → 7544900 万元. Otherwise (1706.8 万亩 → 公顷, where the factor has a 3 in its
 * denominator) it is rounded to the caller's {@link MathContext}, by default
 * {@link #DEFAULT_CONTEXT} (34 significant digits, half-even). Results are returned with their
 * trailing zeros removed (and never with a negative scale).
 *
 * <p>One refinement makes a→b→a give back the original value: when a result has more
 * significant digits than {@code precision − 3} and a decimal of at most {@code precision − 3}
 * digits converts back to exactly the source value, that shorter decimal is returned. It differs
 * from the exact result by less than 10<sup>3−precision</sup> relative.
 *
 * <p>Converters are immutable values with a little algebra: {@link #inverse()},
 * {@link #andThen(UnitConverter)}, {@link #isIdentity()}.
 */
public final class UnitConverter implements Serializable {
  private static final long serialVersionUID = 1L;

  /** 34 significant digits, {@link java.math.RoundingMode#HALF_EVEN} ({@link MathContext#DECIMAL128}). */
  public static final MathContext DEFAULT_CONTEXT = MathContext.DECIMAL128;

  private static final UnitConverter IDENTITY = new UnitConverter(Rational.ONE);

  private final Rational factor;
  // Derived, for speed: the factor as an exact decimal when the result always terminates after
  // dividing the value's unscaled digits by 'residue' (the part of the denominator coprime to 10).
  private final transient BigDecimal decimalFactor;
  private final transient BigInteger residue;
  private final transient long residueLong;
  private final transient BigDecimal numerator;
  private final transient BigDecimal denominator;
  // The k of a factor 10^k (k may be negative), or NOT_A_POWER_OF_TEN: then converting is a
  // change of scale.
  private final transient int tenExponent;
  private static final int NOT_A_POWER_OF_TEN = Integer.MIN_VALUE;

  private UnitConverter(Rational factor) {
    this.factor = factor;
    BigInteger den = factor.denominator();
    this.residue = Rational.coprimeToTen(den);
    this.residueLong = residue.bitLength() < 63 ? residue.longValue() : -1;
    BigInteger den25 = den.divide(residue);
    this.decimalFactor = new BigDecimal(factor.numerator()).divide(new BigDecimal(den25));
    this.numerator = new BigDecimal(factor.numerator());
    this.denominator = new BigDecimal(den);
    this.tenExponent = tenExponent(factor);
  }

  private static int tenExponent(Rational factor) {
    BigInteger num = factor.numerator();
    BigInteger den = factor.denominator();
    if (den.equals(BigInteger.ONE)) {
      int k = num.toString().length() - 1;
      return num.equals(BigInteger.TEN.pow(k)) ? k : NOT_A_POWER_OF_TEN;
    }
    if (num.equals(BigInteger.ONE)) {
      int k = den.toString().length() - 1;
      return den.equals(BigInteger.TEN.pow(k)) ? -k : NOT_A_POWER_OF_TEN;
    }
    return NOT_A_POWER_OF_TEN;
  }

  /**
   * A converter that multiplies by {@code factor}.
   *
   * @throws IllegalArgumentException if the factor is zero
   */
  public static UnitConverter of(Rational factor) {
    Objects.requireNonNull(factor, "factor");
    if (factor.signum() == 0) {
      throw new IllegalArgumentException("conversion factor must not be zero");
    }
    return factor.equals(Rational.ONE) ? IDENTITY : new UnitConverter(factor);
  }

  /** The converter that changes nothing. */
  public static UnitConverter identity() {
    return IDENTITY;
  }

  /** The exact factor: target value = source value × factor. */
  public Rational factor() {
    return factor;
  }

  /** Whether this converter leaves values unchanged. */
  public boolean isIdentity() {
    return factor.equals(Rational.ONE);
  }

  /** The converter that undoes this one. */
  public UnitConverter inverse() {
    return of(factor.inverse());
  }

  /** This converter followed by {@code next}: one converter with the product of the factors. */
  public UnitConverter andThen(UnitConverter next) {
    return of(factor.multiply(next.factor));
  }

  /** Converts {@code value} with {@link #DEFAULT_CONTEXT} for results that do not terminate. */
  public BigDecimal convert(BigDecimal value) {
    return convert(value, DEFAULT_CONTEXT);
  }

  /**
   * Converts {@code value}: exact when the result terminates, otherwise rounded to {@code mc}
   * (see the class documentation).
   *
   * @throws ArithmeticException if the result does not terminate and {@code mc} is unlimited or
   *     uses {@code RoundingMode.UNNECESSARY}
   */
  public BigDecimal convert(BigDecimal value, MathContext mc) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(mc, "mc");
    if (isIdentity()) {
      return value;
    }
    BigDecimal result = raw(value, mc);
    int keep = mc.getPrecision() - 3;
    if (keep > 0 && result.precision() > keep) {
      BigDecimal shorter = tidy(result.round(new MathContext(keep, mc.getRoundingMode())));
      if (shorter.precision() < keep && inverseRaw(shorter, mc).compareTo(value) == 0) {
        return shorter;
      }
    }
    return result;
  }

  private BigDecimal inverseRaw(BigDecimal value, MathContext mc) {
    return new UnitConverter(factor.inverse()).raw(value, mc);
  }

  private BigDecimal raw(BigDecimal value, MathContext mc) {
    if (tenExponent != NOT_A_POWER_OF_TEN) {
      return tidy(value.scaleByPowerOfTen(tenExponent)); // the same number as value × 10^k
    }
    if (residueLong == 1) {
      return tidy(value.multiply(decimalFactor));
    }
    BigInteger unscaled = value.unscaledValue();
    boolean divisible = residueLong > 0 && unscaled.bitLength() < 63
        ? unscaled.longValue() % residueLong == 0
        : unscaled.mod(residue).signum() == 0;
    if (divisible) {
      BigDecimal reduced = new BigDecimal(unscaled.divide(residue), value.scale());
      return tidy(reduced.multiply(decimalFactor));
    }
    return tidy(value.multiply(numerator).divide(denominator, mc));
  }

  private static BigDecimal tidy(BigDecimal v) {
    if (v.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (v.scale() <= 0) {
      return v.setScale(0); // an integer: what stripping and then setScale(0) give, without stripping
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitConverter c && factor.equals(c.factor);
  }

  @Override
  public int hashCode() {
    return factor.hashCode();
  }

  /** {@code ×2000/3}. */
  @Override
  public String toString() {
    return "×" + factor;
  }

  private Object readResolve() {
    return of(factor);
  }
}
