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

  /** The numerator, in lowest terms and carrying the sign. @serial */
  private final BigInteger numerator;
  /** The denominator, in lowest terms and always positive. @serial */
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The fraction {@code numerator / denominator}, reduced.
   *
   * @param numerator the numerator, of any sign; not null
   * @param denominator the denominator, of any sign but not zero; not null. A negative
   *     denominator moves its sign to the numerator: {@code of(3, -6)} is {@code -1/2}
   * @return the fraction in lowest terms with a positive denominator; {@link #ZERO} when
   *     {@code numerator} is zero
   * @throws NullPointerException if either argument is null
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
   * @param numerator the numerator, of any sign
   * @param denominator the denominator, of any sign but not zero; its sign moves to the numerator
   * @return the fraction in lowest terms with a positive denominator, e.g. {@code of(2000, 3)}
   *     for the square metres in one 亩
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Rational of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * The integer {@code value} as a fraction {@code value/1}.
   *
   * @param value the integer, of any sign
   * @return the fraction {@code value/1}; {@link #ZERO} for 0
   */
  public static Rational of(long value) {
    return of(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * The exact value of a decimal: {@code 0.25} is {@code 1/4}.
   *
   * @param value the decimal, of any scale (a negative scale such as {@code 1E+4} gives an
   *     integer); not null
   * @return the same number as a fraction in lowest terms, without rounding
   * @throws NullPointerException if {@code value} is null
   */
  public static Rational of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    BigInteger unscaled = value.unscaledValue();
    int scale = value.scale();
    return scale >= 0
        ? of(unscaled, BigInteger.TEN.pow(scale))
        : of(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
  }

  /**
   * Ten to the power {@code exponent}, which may be negative.
   *
   * @param exponent the power of ten: 4 for 万, 8 for 亿, −2 for a percent
   * @return {@code 10^exponent}, exact: {@code 10000/1} for 4, {@code 1/100} for −2
   */
  public static Rational tenPow(int exponent) {
    return exponent >= 0
        ? of(BigInteger.TEN.pow(exponent), BigInteger.ONE)
        : of(BigInteger.ONE, BigInteger.TEN.pow(-exponent));
  }

  /**
   * The numerator, carrying the sign.
   *
   * @return the numerator in lowest terms: negative, zero or positive as this fraction is
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * The denominator, always positive.
   *
   * @return the denominator in lowest terms, at least 1
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * {@code this × other}, exact.
   *
   * @param other the factor; not null
   * @return the product in lowest terms
   */
  public Rational multiply(Rational other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * {@code this ÷ other}, exact.
   *
   * @param other the divisor; not null and not zero
   * @return the quotient in lowest terms
   * @throws ArithmeticException if {@code other} is zero
   */
  public Rational divide(Rational other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("division of " + this + " by zero");
    }
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /**
   * {@code this + other}, exact.
   *
   * @param other the summand; not null
   * @return the sum in lowest terms
   */
  public Rational add(Rational other) {
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * {@code this − other}, exact.
   *
   * @param other the subtrahend; not null
   * @return the difference in lowest terms
   */
  public Rational subtract(Rational other) {
    return add(other.negate());
  }

  /**
   * {@code −this}.
   *
   * @return the fraction with the opposite sign and the same denominator
   */
  public Rational negate() {
    return new Rational(numerator.negate(), denominator);
  }

  /**
   * {@code 1 ÷ this}.
   *
   * @return the reciprocal, with the sign of this and a positive denominator: {@code -3/2} for
   *     {@code -2/3}
   * @throws ArithmeticException if this is zero
   */
  public Rational inverse() {
    return ONE.divide(this);
  }

  /**
   * {@code this} raised to {@code exponent}, which may be negative (then this must not be zero).
   *
   * @param exponent the power; 0 gives {@link #ONE}, a negative power is that of the reciprocal
   * @return {@code this^exponent}, exact and in lowest terms
   * @throws ArithmeticException if {@code exponent} is negative and this is zero
   */
  public Rational pow(int exponent) {
    if (exponent < 0) {
      return inverse().pow(-exponent);
    }
    return of(numerator.pow(exponent), denominator.pow(exponent));
  }

  /**
   * −1, 0 or 1 as this is negative, zero or positive.
   *
   * @return the sign of the numerator: −1, 0 or 1
   */
  public int signum() {
    return numerator.signum();
  }

  /**
   * Whether this fraction has a finite decimal expansion (its denominator has no prime factor other than 2 and 5).
   *
   * @return true for {@code 1/4} (0.25) or {@code 1/2}, false for {@code 2000/3}
   */
  public boolean isTerminating() {
    return coprimeToTen(denominator).equals(BigInteger.ONE);
  }

  /**
   * This fraction as a decimal: exact when it terminates, otherwise rounded to {@code mc}.
   *
   * @param mc the precision and rounding mode used only when the expansion does not terminate;
   *     not null
   * @return the exact decimal for a terminating fraction (scale as small as needed, e.g. 0.25),
   *     otherwise the quotient rounded to {@code mc}'s precision in significant digits
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
