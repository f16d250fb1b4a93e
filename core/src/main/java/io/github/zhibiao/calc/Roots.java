package io.github.zhibiao.calc;

import io.github.zhibiao.unit.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/** n-th roots of positive rationals in decimal arithmetic (no floating point). */
final class Roots {
  private Roots() {}

  /**
   * The n-th root of {@code x > 0}: exact when {@code x} is the n-th power of a rational,
   * otherwise a decimal with {@code mc.getPrecision() + 10} significant digits (guard digits for
   * the caller's final rounding).
   */
  static Rational root(Rational x, int n, MathContext mc) {
    if (x.signum() <= 0 || n < 1) {
      throw new IllegalArgumentException("root of " + x + " of degree " + n + ": need x > 0 and n >= 1");
    }
    Optional<Rational> exact = exactRoot(x, n);
    if (exact.isPresent()) {
      return exact.get();
    }
    MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
    BigDecimal bx = x.toBigDecimal(work);
    BigDecimal bn = BigDecimal.valueOf(n);
    BigDecimal bn1 = BigDecimal.valueOf(n - 1L);
    // Start above the root (Bernoulli: (1 + (x−1)/n)^n >= x) and descend with Newton's method.
    BigDecimal y = BigDecimal.ONE.add(bx.subtract(BigDecimal.ONE).divide(bn, work));
    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 8);
    for (int i = 0; i < 100_000; i++) {
      BigDecimal next = bn1.multiply(y).add(bx.divide(y.pow(n - 1, work), work)).divide(bn, work);
      BigDecimal diff = y.subtract(next).abs();
      y = next;
      if (diff.compareTo(tolerance.multiply(y)) <= 0) {
        break;
      }
    }
    return Rational.of(y);
  }

  /** The n-th root of {@code x > 0} when it is rational (x is the n-th power of a rational), else empty. */
  static Optional<Rational> exactRoot(Rational x, int n) {
    if (n == 1) {
      return Optional.of(x);
    }
    BigInteger num = integerRoot(x.numerator(), n);
    BigInteger den = integerRoot(x.denominator(), n);
    if (num.pow(n).equals(x.numerator()) && den.pow(n).equals(x.denominator())) {
      return Optional.of(Rational.of(num, den));
    }
    return Optional.empty();
  }

  /** The floor of the n-th root of {@code v >= 0}. */
  static BigInteger integerRoot(BigInteger v, int n) {
    if (v.signum() == 0 || v.equals(BigInteger.ONE)) {
      return v;
    }
    BigInteger bn = BigInteger.valueOf(n);
    BigInteger bn1 = BigInteger.valueOf(n - 1L);
    BigInteger y = BigInteger.ONE.shiftLeft(v.bitLength() / n + 1); // above the root
    while (true) {
      BigInteger next = bn1.multiply(y).add(v.divide(y.pow(n - 1))).divide(bn);
      if (next.compareTo(y) >= 0) {
        return y;
      }
      y = next;
    }
  }
}
