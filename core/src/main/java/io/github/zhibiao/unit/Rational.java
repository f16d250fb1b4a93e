package io.github.zhibiao.unit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

/**
 * An exact fraction {@code numerator / denominator} of two {@link BigInteger}s, always kept in
 * lowest terms with a positive denominator. Unit factors are rationals so that no conversion
 * goes through a binary floating-point number: 1 亩 = 2000/3 m², 1 斤 = 1/2 kg.
 *
 * <p>Instances are immutable and thread-safe. {@link #equals} compares the reduced fraction, so
 * {@code 2/4} equals {@code 1/2}.
 */
public final class Rational implements Comparable<Rational>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Zero, {@code 0/1}. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  /** One, {@code 1/1}. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private static final BigInteger FIVE = BigInteger.valueOf(5);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The fraction {@code numerator / denominator}, reduced.
   *
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator of " + numerator + "/0 must not be zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    return new Rational(numerator, denominator);
  }

  /**
   * The fraction {@code numerator / denominator}, reduced.
   *
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Rational of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** The integer {@code value} as a fraction {@code value/1}. */
  public static Rational of(long value) {
    return of(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /** The exact value of a decimal: {@code 0.25} is {@code 1/4}. */
  public static Rational of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    BigInteger unscaled = value.unscaledValue();
    int scale = value.scale();
    return scale >= 0
        ? of(unscaled, BigInteger.TEN.pow(scale))
        : of(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
  }

  /** Ten to the power {@code exponent}, which may be negative. */
  public static Rational tenPow(int exponent) {
    return exponent >= 0
        ? of(BigInteger.TEN.pow(exponent), BigInteger.ONE)
        : of(BigInteger.ONE, BigInteger.TEN.pow(-exponent));
  }

  /** The numerator, carrying the sign. */
  public BigInteger numerator() {
    return numerator;
  }

  /** The denominator, always positive. */
  public BigInteger denominator() {
    return denominator;
  }

  /** {@code this × other}, exact. */
  public Rational multiply(Rational other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * {@code this ÷ other}, exact.
   *
   * @throws ArithmeticException if {@code other} is zero
   */
  public Rational divide(Rational other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("division of " + this + " by zero");
    }
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** {@code this + other}, exact. */
  public Rational add(Rational other) {
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** {@code this − other}, exact. */
  public Rational subtract(Rational other) {
    return add(other.negate());
  }

  /** {@code −this}. */
  public Rational negate() {
    return new Rational(numerator.negate(), denominator);
  }

  /**
   * {@code 1 ÷ this}.
   *
   * @throws ArithmeticException if this is zero
   */
  public Rational inverse() {
    return ONE.divide(this);
  }

  /** {@code this} raised to {@code exponent}, which may be negative (then this must not be zero). */
  public Rational pow(int exponent) {
    if (exponent < 0) {
      return inverse().pow(-exponent);
    }
    return of(numerator.pow(exponent), denominator.pow(exponent));
  }

  /** −1, 0 or 1 as this is negative, zero or positive. */
  public int signum() {
    return numerator.signum();
  }

  /** Whether this fraction has a finite decimal expansion (its denominator has no prime factor other than 2 and 5). */
  public boolean isTerminating() {
    return coprimeToTen(denominator).equals(BigInteger.ONE);
  }

  /**
   * This fraction as a decimal: exact when it terminates, otherwise rounded to {@code mc}.
   *
   * @throws ArithmeticException if the fraction does not terminate and {@code mc} has
   *     {@code RoundingMode.UNNECESSARY} or precision 0
   */
  public BigDecimal toBigDecimal(MathContext mc) {
    BigDecimal n = new BigDecimal(numerator);
    BigDecimal d = new BigDecimal(denominator);
    return isTerminating() ? n.divide(d) : n.divide(d, mc);
  }

  /** The part of {@code value} that has no factor 2 or 5. */
  static BigInteger coprimeToTen(BigInteger value) {
    BigInteger v = value.abs();
    if (v.signum() == 0) {
      return BigInteger.ONE;
    }
    int twos = v.getLowestSetBit();
    v = v.shiftRight(twos);
    while (true) {
      BigInteger[] qr = v.divideAndRemainder(FIVE);
      if (qr[1].signum() != 0) {
        return v;
      }
      v = qr[0];
    }
  }

  @Override
  public int compareTo(Rational other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** {@code "2000/3"}, or {@code "5"} for an integer. */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
  }

}
