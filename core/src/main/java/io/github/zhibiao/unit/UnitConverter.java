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
 * <p>One refinement makes a→b→a give back the original value: when the source value and the
 * result both have more significant digits than {@code precision − 3} (the source is then itself
 * the rounded result of an earlier conversion) and a decimal of at most {@code precision − 3}
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

  /**
   * The exact factor, target value = source value × factor; never zero. The transient fields
   * below are derived from it and rebuilt on deserialization.
   *
   * @serial
   */
  private final Rational factor;
  private final transient boolean identity;
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
  // For the long-arithmetic division path: the numerator and a small denominator as longs, and
  // the largest |unscaled| whose product with the numerator fits in a long (0: path unavailable).
  private final transient long numLong;
  private final transient long denLong;
  private final transient long maxUnscaled;
  // The decimal factor as unscaled long and scale (factorUnscaled 0: it does not fit in a long).
  private final transient long factorUnscaled;
  private final transient int factorScale;
  private static final long[] TEN_POWERS = new long[19];

  static {
    long t = 1;
    for (int i = 0; i < TEN_POWERS.length; i++) {
      TEN_POWERS[i] = t;
      t *= 10;
    }
  }
  private static final int NOT_A_POWER_OF_TEN = Integer.MIN_VALUE;

  private UnitConverter(Rational factor) {
    this.factor = factor;
    this.identity = factor.equals(Rational.ONE);
    BigInteger den = factor.denominator();
    this.residue = Rational.coprimeToTen(den);
    this.residueLong = residue.bitLength() < 63 ? residue.longValue() : -1;
    BigInteger den25 = den.divide(residue);
    this.decimalFactor = new BigDecimal(factor.numerator()).divide(new BigDecimal(den25));
    BigDecimal f = decimalFactor.stripTrailingZeros();
    if (f.scale() < 0) {
      f = f.setScale(0);
    }
    boolean fits = f.unscaledValue().bitLength() < 63;
    this.factorUnscaled = fits ? f.unscaledValue().longValue() : 0;
    this.factorScale = fits ? f.scale() : 0;
    this.numerator = new BigDecimal(factor.numerator());
    this.denominator = new BigDecimal(den);
    this.tenExponent = tenExponent(factor);
    boolean small = factor.numerator().bitLength() < 62 && den.bitLength() < 7 && den.longValue() < 92;
    this.numLong = small ? factor.numerator().longValue() : 0;
    this.denLong = small ? den.longValue() : 0;
    this.maxUnscaled = small ? Long.MAX_VALUE / Math.abs(numLong) : 0;
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
   * @param factor how many target units one source unit is, e.g. {@code 2000/3} from 亩 to m²
   *     or {@code 1/10000} from 元 to 万元; not null, not zero
   * @return the converter; the shared {@link #identity()} when {@code factor} is one
   * @throws NullPointerException if {@code factor} is null
   * @throws IllegalArgumentException if the factor is zero
   */
  public static UnitConverter of(Rational factor) {
    Objects.requireNonNull(factor, "factor");
    if (factor.signum() == 0) {
      throw new IllegalArgumentException("conversion factor must not be zero");
    }
    return factor.equals(Rational.ONE) ? IDENTITY : new UnitConverter(factor);
  }

  /**
   * The converter that changes nothing.
   *
   * @return the shared converter with factor one, which returns values as given
   */
  public static UnitConverter identity() {
    return IDENTITY;
  }

  /**
   * The exact factor: target value = source value × factor.
   *
   * @return the factor, never zero: {@code 1/10000} from 元 to 万元
   */
  public Rational factor() {
    return factor;
  }

  /**
   * Whether this converter leaves values unchanged.
   *
   * @return true when the factor is exactly one (头 to 只, 公斤 to 千克)
   */
  public boolean isIdentity() {
    return identity;
  }

  /**
   * The converter that undoes this one.
   *
   * @return a converter with the reciprocal factor (万吨 → 亿斤 for 亿斤 → 万吨)
   */
  public UnitConverter inverse() {
    return of(factor.inverse());
  }

  /**
   * This converter followed by {@code next}: one converter with the product of the factors.
   *
   * @param next the converter applied second; not null
   * @return one converter with the exact product of both factors, so the composition rounds once
   *     at most
   */
  public UnitConverter andThen(UnitConverter next) {
    return of(factor.multiply(next.factor));
  }

  /**
   * Converts {@code value} with {@link #DEFAULT_CONTEXT} for results that do not terminate.
   *
   * @param value the value in the source unit; not null
   * @return the value in the target unit: exact when it terminates, otherwise rounded to 34
   *     significant digits half-even; trailing zeros removed as the class documentation says
   * @throws NullPointerException if {@code value} is null
   */
  public BigDecimal convert(BigDecimal value) {
    return convert(value, DEFAULT_CONTEXT);
  }

  /**
   * Converts {@code value}: exact when the result terminates, otherwise rounded to {@code mc}
   * (see the class documentation).
   *
   * @param value the value in the source unit; not null
   * @param mc the precision (significant digits) and rounding mode for a result that does not
   *     terminate; not null
   * @return the value in the target unit, trailing zeros removed and never with a negative
   *     scale; {@code value} itself for the identity converter
   * @throws NullPointerException if an argument is null
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
    // Only a value that itself carries more than 'keep' digits (the rounded result of an earlier
    // conversion) can be on its way back to a shorter original; user figures never are.
    if (keep > 0 && value.precision() > keep && result.precision() > keep) {
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
      if (value.precision() <= 18) {
        BigDecimal scaled = longScaled(unscaled(value), (long) value.scale() - tenExponent);
        if (scaled != null) {
          return scaled;
        }
      }
      return tidy(value.scaleByPowerOfTen(tenExponent)); // the same number as value × 10^k
    }
    if (residueLong > 0 && value.precision() <= 18) {
      long u = unscaled(value);
      if (residueLong == 1 || u % residueLong == 0) {
        BigDecimal exact = longProduct(u / residueLong, value.scale());
        return exact != null ? exact : tidy(BigDecimal.valueOf(u / residueLong, value.scale()).multiply(decimalFactor));
      }
      BigDecimal fast = longDivision(u, value.scale(), mc);
      if (fast != null) {
        return fast;
      }
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

  /**
   * The unscaled value of a decimal of at most 18 digits. Scaling to scale 0 gives a small object
   * that the JIT can keep in registers, where {@code unscaledValue()} allocates a BigInteger.
   */
  private static long unscaled(BigDecimal value) {
    return value.scaleByPowerOfTen(value.scale()).longValue();
  }

  /**
   * u·10^-scale, tidied, with long arithmetic; null when a negative scale would make the integer
   * too large for a long.
   */
  private static BigDecimal longScaled(long u, long scale) {
    if (u == 0) {
      return BigDecimal.ZERO;
    }
    if (scale <= 0) {
      if (scale < -18) {
        return null;
      }
      long p = TEN_POWERS[(int) -scale];
      long product = u * p;
      return Math.multiplyHigh(u, p) == (product >> 63) ? BigDecimal.valueOf(product) : null;
    }
    while (scale > 0 && u % 10 == 0) {
      u /= 10;
      scale--;
    }
    return scale > Integer.MAX_VALUE ? null : BigDecimal.valueOf(u, (int) scale);
  }

  /**
   * reduced·10^-scale × the decimal factor, exactly and tidied, with long arithmetic; null when
   * the product does not fit in a long.
   */
  private BigDecimal longProduct(long reduced, int scale) {
    if (factorUnscaled == 0) {
      return null;
    }
    long product = reduced * factorUnscaled;
    if (Math.multiplyHigh(reduced, factorUnscaled) != (product >> 63)) {
      return null;
    }
    return longScaled(product, (long) scale + factorScale);
  }

  /**
   * u·10^-scale × num ÷ den rounded to mc, computed with long arithmetic when den is small (below
   * 92), u × num fits in a long and mc asks for at most 38 digits; null when that path does not
   * apply. Gives exactly what {@code value.multiply(num).divide(den, mc)} gives, for HALF_EVEN and HALF_UP; the result is
   * known not to terminate here, so no tie can occur.
   */
  private BigDecimal longDivision(long u, int scale, MathContext mc) {
    if (maxUnscaled == 0) {
      return null;
    }
    java.math.RoundingMode mode = mc.getRoundingMode();
    if (mode != java.math.RoundingMode.HALF_EVEN && mode != java.math.RoundingMode.HALF_UP) {
      return null;
    }
    if (u == Long.MIN_VALUE || Math.abs(u) > maxUnscaled) {
      return null;
    }
    long a = Math.abs(u * numLong);
    long q = a / denLong;
    long r = a % denLong;
    if (q == 0 || q >= TEN_POWERS[18]) {
      return null;
    }
    int intDigits = 19;
    while (intDigits > 1 && q < TEN_POWERS[intDigits - 1]) {
      intDigits--;
    }
    int fracDigits = mc.getPrecision() - intDigits;
    if (fracDigits <= 0 || fracDigits > 2 * 17) {
      return null;
    }
    if (mc.getPrecision() > 38) {
      return null; // the unscaled result must fit the unsigned 128 bits below (2^128 > 10^38)
    }
    int first = Math.min(17, fracDigits);
    int second = fracDigits - first;
    long t = r * TEN_POWERS[first];
    long chunk1 = t / denLong;
    r = t % denLong;
    long chunk2 = 0;
    if (second > 0) {
      t = r * TEN_POWERS[second];
      chunk2 = t / denLong;
      r = t % denLong;
    }
    boolean up = 2 * r > denLong; // r is never 0: the result does not terminate
    if (2 * r == denLong) {
      return null; // an exact half: leave it to BigDecimal's rounding rules
    }
    if (up && q == TEN_POWERS[intDigits] - 1 && chunk1 == TEN_POWERS[first] - 1
        && (second == 0 || chunk2 == TEN_POWERS[second] - 1)) {
      return null; // rounding up would carry into a new digit: let BigDecimal do it
    }
    // The unscaled digits (q·10^first + chunk1)·10^second + chunk2 (+1), as an unsigned 128-bit hi:lo.
    long m1 = TEN_POWERS[first];
    long lo = q * m1;
    long hi = Math.multiplyHigh(q, m1);
    lo += chunk1;
    if (Long.compareUnsigned(lo, chunk1) < 0) {
      hi++;
    }
    if (second > 0) {
      long m2 = TEN_POWERS[second];
      long loHigh = Math.multiplyHigh(lo, m2) + ((lo >> 63) & m2); // unsigned high word of lo·m2
      hi = hi * m2 + loHigh;
      lo = lo * m2 + chunk2;
      if (Long.compareUnsigned(lo, chunk2) < 0) {
        hi++;
      }
    }
    if (up && ++lo == 0) {
      hi++;
    }
    int signum = (u < 0) != (numLong < 0) ? -1 : 1;
    BigInteger unscaled;
    if (hi == 0 && lo >= 0) {
      unscaled = BigInteger.valueOf(signum * lo);
    } else {
      byte[] bytes = new byte[16];
      for (int i = 0; i < 8; i++) {
        bytes[i] = (byte) (hi >>> (56 - 8 * i));
        bytes[8 + i] = (byte) (lo >>> (56 - 8 * i));
      }
      unscaled = new BigInteger(signum, bytes);
    }
    BigDecimal result = new BigDecimal(unscaled, scale + fracDigits);
    long lastChunk = second > 0 ? chunk2 : chunk1;
    if ((lastChunk + (up ? 1 : 0)) % 10 != 0 && result.scale() >= 0) {
      return result; // the last digit is not 0 and the scale not negative: nothing to tidy
    }
    return tidy(result);
  }

  /** The reference computation, for tests: the exact product, rounded to mc only when it does not terminate. */
  static BigDecimal reference(BigDecimal value, Rational factor, MathContext mc) {
    return tidy(Rational.of(value).multiply(factor).toBigDecimal(mc));
  }

  private static BigDecimal tidy(BigDecimal v) {
    if (v.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (v.scale() <= 0) {
      return v.setScale(0); // an integer: what stripping and then setScale(0) give, without stripping
    }
    if (v.unscaledValue().testBit(0)) {
      return v; // odd: no trailing decimal zero to strip
    }
    return Decimals.stripToInteger(v);
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

  /**
   * Replaces a deserialized converter with one built by {@link #of(Rational)}, so the transient
   * fields derived from the factor are computed again and one is the shared identity.
   *
   * @return a converter equal to this one, with every derived field set
   */
  private Object readResolve() {
    return of(factor);
  }
}
