package io.github.zhibiao.calc;

import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A closed interval {@code [lo, hi]} of exact rationals, in the coherent unit of some dimension:
 * the values a figure can have, given the precision it was printed with.
 *
 * <p>A figure printed as 754.49 stands for any value that rounds to it: {@code [754.485, 754.495]}
 * ({@link #stated}: half a unit of the last printed digit either side, {@code value.ulp() / 2}).
 * Sums, differences, products and quotients of intervals are exact (interval arithmetic over
 * {@link Rational}), so the uncertainty of the inputs is carried through the arithmetic without
 * any epsilon.
 */
final class Interval {
  private final Rational lo;
  private final Rational hi;

  private Interval(Rational lo, Rational hi) {
    this.lo = lo;
    this.hi = hi;
  }

  static Interval of(Rational lo, Rational hi) {
    Objects.requireNonNull(lo, "lo");
    Objects.requireNonNull(hi, "hi");
    return lo.compareTo(hi) <= 0 ? new Interval(lo, hi) : new Interval(hi, lo);
  }

  static Interval point(Rational v) {
    return new Interval(v, v);
  }

  /**
   * The values {@code q} can stand for: its value ± half a unit of its last stated digit, in
   * coherent units. The stated digits are {@link Quantity#statedDigits()}: a conversion of 1.50万亩
   * to 亩 is 15000亩 stated with three digits, so it stands for 15000 ± 50亩, not ± 0.5亩. (For a
   * conversion by a factor that is not a power of ten the half unit is the converted figure's, an
   * approximation of the original's: 1.50万亩 in 公顷 stands for 1000 ± 5公顷.)
   */
  static Interval stated(Quantity q) {
    int extra = q.value().precision() - q.statedDigits();
    Rational half = halfUlp(q.value()).multiply(q.unit().factor());
    if (extra > 0 && q.value().signum() != 0) {
      half = half.multiply(Rational.of(java.math.BigDecimal.ONE.scaleByPowerOfTen(extra)));
    }
    Rational v = Exact.base(q);
    return new Interval(v.subtract(half), v.add(half));
  }

  /** Half a unit of the last digit of {@code v}, exactly: 0.005 for 754.49, 0.5 for 130. */
  static Rational halfUlp(BigDecimal v) {
    return Rational.of(v.ulp()).divide(Rational.of(2));
  }

  Rational lo() {
    return lo;
  }

  Rational hi() {
    return hi;
  }

  Rational mid() {
    return lo.add(hi).divide(Rational.of(2));
  }

  Rational halfWidth() {
    return hi.subtract(lo).divide(Rational.of(2));
  }

  Interval add(Interval o) {
    return new Interval(lo.add(o.lo), hi.add(o.hi));
  }

  Interval subtract(Interval o) {
    return new Interval(lo.subtract(o.hi), hi.subtract(o.lo));
  }

  Interval multiply(Interval o) {
    Rational a = lo.multiply(o.lo);
    Rational b = lo.multiply(o.hi);
    Rational c = hi.multiply(o.lo);
    Rational d = hi.multiply(o.hi);
    return new Interval(min(min(a, b), min(c, d)), max(max(a, b), max(c, d)));
  }

  Interval multiply(Rational k) {
    return of(lo.multiply(k), hi.multiply(k));
  }

  /** Whether zero lies inside: such an interval cannot be divided by. */
  boolean containsZero() {
    return lo.signum() <= 0 && hi.signum() >= 0;
  }

  /**
   * {@code this ÷ o}.
   *
   * @throws ArithmeticException if {@code o} contains zero
   */
  Interval divide(Interval o) {
    if (o.containsZero()) {
      throw new ArithmeticException("interval " + o + " contains zero");
    }
    return multiply(new Interval(o.hi.inverse(), o.lo.inverse()));
  }

  boolean contains(Rational v) {
    return lo.compareTo(v) <= 0 && v.compareTo(hi) <= 0;
  }

  boolean overlaps(Interval o) {
    return lo.compareTo(o.hi) <= 0 && o.lo.compareTo(hi) <= 0;
  }

  /** "754.465 … 754.515" in {@code unit}, to {@code digits} significant digits where a bound does not terminate. */
  String format(Unit unit, MathContext mc) {
    return Exact.plain(Exact.decimal(lo.divide(unit.factor()), mc)) + " … "
        + Exact.plain(Exact.decimal(hi.divide(unit.factor()), mc));
  }

  private static Rational min(Rational a, Rational b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Rational max(Rational a, Rational b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Interval i && lo.equals(i.lo) && hi.equals(i.hi);
  }

  @Override
  public int hashCode() {
    return lo.hashCode() * 31 + hi.hashCode();
  }

  @Override
  public String toString() {
    return "[" + lo + ", " + hi + "]";
  }
}
