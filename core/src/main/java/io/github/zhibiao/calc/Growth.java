package io.github.zhibiao.calc;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * Growth: the rate between two values (同比增长5.82%), the value a stated rate implies (倒推),
 * the change of a rate in 百分点, the compound annual growth rate, and the multiples of Chinese
 * usage (增长N倍, 增长到N倍, 翻N番).
 *
 * <pre>{@code
 * Quantity now = Quantity.parse("2210.6万头只");
 * Growth.impliedPrevious(now, Quantity.parse("5.82%"));        // 2089.019…万头只
 * Growth.rate(Quantity.parse("2.05万人"), Quantity.parse("18082人")); // 13.37…%
 * Growth.pointChange(Quantity.parse("93.6%"), Quantity.parse("92.6%")); // 1.0百分点
 * }</pre>
 *
 * <h2>Units</h2>
 * Rates are returned in {@link Units#PERCENT}; differences of rates in
 * {@link Units#PERCENTAGE_POINT}; levels in the unit of the level given. The two values of a rate
 * may be in any two units of one dimension (2.05万人 against 18082人).
 *
 * <h2>Rounding</h2>
 * Everything is computed as an exact {@link Rational}. A result that has a finite decimal
 * expansion is returned exactly (trailing zeros removed); otherwise it is rounded once, at the
 * end, to the caller's {@link MathContext} — by default {@link MathContext#DECIMAL128} (34
 * significant digits, half-even). Round for presentation with {@link Rounding}.
 *
 * <h2>Qualifiers</h2>
 * A result is {@link Qualifier#EXACT} when every input is exact and
 * {@link Qualifier#APPROXIMATE} otherwise (a base implied by 800余座 is approximate).
 *
 * <h2>Observations</h2>
 * {@link #rate(Observation, Observation)} and {@link #impliedPrevious(Observation)} work on
 * observations and check that they are comparable: same indicator, region and breakdowns, and the
 * earlier period is the same period a year before ({@link
 * io.github.zhibiao.model.Period#yearEarlier()}), so that a flow over 2023年1—11月 is compared with
 * 2022年1—11月. A period that is not dated (a labelled period such as a survey wave, or {@link
 * io.github.zhibiao.model.Period#NOT_STATED}) has no year before it: {@link #rate(Observation,
 * Observation)} refuses it.
 */
public final class Growth {
  private static final BigInteger TWO = BigInteger.valueOf(2);

  private Growth() {}

  /**
   * {@link #rate(Quantity, Quantity, MathContext)} with 34 significant digits.
   * @param current the value now
   * @param previous the earlier value
   * @return as {@link #rate(Quantity, Quantity, MathContext)} with 34 significant digits
   */
  public static Quantity rate(Quantity current, Quantity previous) {
    return rate(current, previous, Exact.DEFAULT);
  }

  /**
   * The growth rate from {@code previous} to {@code current}: {@code (current / previous − 1) × 100%}.
   * A decline gives a negative rate (下降 0.28% is −0.28%).
   *
   * @param current the value now, in any unit of the dimension of {@code previous}
   * @param previous the earlier value
   * @param mc the rounding of a non-terminating result
   * @return the rate in %
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if the dimensions differ
   * @throws IllegalArgumentException if {@code previous} is zero (no rate exists), or {@code mc}
   *     has precision 0 or rounding {@code UNNECESSARY}
   */
  public static Quantity rate(Quantity current, Quantity previous, MathContext mc) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
    Exact.requireContext(mc);
    Exact.requireSameDimension("compare", current.unit(), previous.unit());
    if (previous.signum() == 0) {
      throw new IllegalArgumentException("previous value " + previous + " is zero: no growth rate from zero to " + current);
    }
    Rational ratio = Exact.base(current).divide(Exact.base(previous));
    return Exact.percent(ratio.subtract(Rational.ONE), mc, Exact.qualifier(current, previous));
  }

  /**
   * {@link #impliedPrevious(Quantity, Quantity, MathContext)} with 34 significant digits.
   * @param current the value now
   * @param rate the rate, dimensionless (%, ‰)
   * @return as {@link #impliedPrevious(Quantity, Quantity, MathContext)} with 34 significant digits
   */
  public static Quantity impliedPrevious(Quantity current, Quantity rate) {
    return impliedPrevious(current, rate, Exact.DEFAULT);
  }

  /**
   * The earlier value that a stated growth rate implies (倒推): {@code current / (1 + rate)}.
   * 2210.6万头只 with 5.82% gives 2089.019…万头只.
   *
   * @param current the value now
   * @param rate the stated growth rate, dimensionless (%, ‰)
   * @param mc the rounding of a non-terminating result
   * @return the implied earlier value, in {@code current}'s unit
   * @throws IllegalArgumentException if {@code rate} is not dimensionless (a 百分点 amount is
   *     refused), or is −100% (nothing grows from zero), or {@code mc} is unusable
   */
  public static Quantity impliedPrevious(Quantity current, Quantity rate, MathContext mc) {
    Objects.requireNonNull(current, "current");
    Exact.requireRate(rate, "rate");
    Exact.requireContext(mc);
    Rational factor = Rational.ONE.add(Exact.base(rate));
    if (factor.signum() == 0) {
      throw new IllegalArgumentException("rate " + rate + " is -100%: it implies no earlier value");
    }
    Rational value = Rational.of(current.value()).divide(factor);
    return Exact.quantity(value, current.unit(), mc, Exact.qualifier(current, rate));
  }

  /**
   * The value a growth rate leads to: {@code previous × (1 + rate)}, exact.
   *
   * @param previous the earlier value
   * @param rate the growth rate, dimensionless (%, ‰)
   * @return the later value, in {@code previous}'s unit
   * @throws IllegalArgumentException if {@code rate} is not dimensionless
   */
  public static Quantity impliedCurrent(Quantity previous, Quantity rate) {
    Objects.requireNonNull(previous, "previous");
    Exact.requireRate(rate, "rate");
    Rational value = Rational.of(previous.value()).multiply(Rational.ONE.add(Exact.base(rate)));
    return Exact.quantity(value, previous.unit(), Exact.DEFAULT, Exact.qualifier(previous, rate));
  }

  /**
   * The change of a rate in 百分点: {@code rateNow − rateBefore}, exact. 93.6% against 92.6% is
   * 1.0 百分点 (not 1.08%).
   *
   * @param rateNow the later rate, dimensionless
   * @param rateBefore the earlier rate, dimensionless
   * @return the difference in {@link Units#PERCENTAGE_POINT}
   * @throws IllegalArgumentException if either is not dimensionless
   */
  public static Quantity pointChange(Quantity rateNow, Quantity rateBefore) {
    Exact.requireRate(rateNow, "rateNow");
    Exact.requireRate(rateBefore, "rateBefore");
    Rational d = Exact.base(rateNow).subtract(Exact.base(rateBefore));
    return Exact.points(d, Exact.DEFAULT, Exact.qualifier(rateNow, rateBefore));
  }

  /**
   * The rate a 百分点 change leads to: {@code rateBefore + points}, in %, exact; the same as
   * {@link Quantity#plusPoints rateBefore.plusPoints(points)} (and {@link Quantity#minusPoints}
   * for a fall).
   *
   * @param rateBefore the earlier rate, dimensionless
   * @param points a difference of rates in 百分点
   * @return {@code rateBefore + points}, in %
   * @throws IllegalArgumentException if {@code rateBefore} is not dimensionless or
   *     {@code points} is not in 百分点
   */
  public static Quantity plusPoints(Quantity rateBefore, Quantity points) {
    Exact.requireRate(rateBefore, "rateBefore");
    Exact.requirePoints(points, "points");
    return rateBefore.plusPoints(points);
  }

  /**
   * {@link #cagr(Quantity, Quantity, int, MathContext)} with 34 significant digits.
   * @param first the value at the start
   * @param last the value at the end
   * @param years the number of years
   * @return as {@link #cagr(Quantity, Quantity, int, MathContext)} with 34 significant digits
   */
  public static Quantity cagr(Quantity first, Quantity last, int years) {
    return cagr(first, last, years, Exact.DEFAULT);
  }

  /**
   * The compound annual growth rate (年均增长): {@code ((last / first)^(1/years) − 1) × 100%}.
   * GDP 增长33.5倍 over 39 years (last = 34.5 × first) gives 9.50…% a year.
   *
   * <p>The root is irrational in general: it is computed by Newton's method in decimal
   * arithmetic with ten guard digits, and the rate is rounded to {@code mc}'s precision (34
   * significant digits by default, {@link MathContext#DECIMAL128}). When the root is rational
   * (the ratio is the {@code years}-th power of a rational, as 1.331 is of 1.1), the rate is
   * exact if it terminates ({@code 10%}) and rounded to {@code mc} only if it does not.
   *
   * @param first the value at the start, positive
   * @param last the value {@code years} later, positive, in any unit of the same dimension
   * @param years the number of years between them, at least 1
   * @param mc the rounding of the result
   * @return the average yearly rate in %
   * @throws IllegalArgumentException if {@code years < 1}, a value is not positive, or {@code mc}
   *     is unusable
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if the dimensions differ
   */
  public static Quantity cagr(Quantity first, Quantity last, int years, MathContext mc) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Exact.requireContext(mc);
    Exact.requireSameDimension("compare", last.unit(), first.unit());
    if (years < 1) {
      throw new IllegalArgumentException("years (" + years + ") must be >= 1");
    }
    if (first.signum() <= 0 || last.signum() <= 0) {
      throw new IllegalArgumentException("CAGR needs positive values, got first " + first + " and last " + last);
    }
    Rational ratio = Exact.base(last).divide(Exact.base(first));
    Qualifier qualifier = Exact.qualifier(first, last);
    Optional<Rational> exact = Roots.exactRoot(ratio, years);
    if (exact.isPresent()) {
      return Exact.percent(exact.get().subtract(Rational.ONE), mc, qualifier);
    }
    // The approximate root terminates (it has guard digits): round the rate to mc, as documented.
    Rational rate = Roots.root(ratio, years, mc).subtract(Rational.ONE).multiply(Rational.of(100));
    return Quantity.of(rate.toBigDecimal(mc).round(mc), Units.PERCENT, qualifier);
  }

  /**
   * 增长N倍 / 增加N倍: the base increased by N times itself, {@code base × (1 + n)}. NBS usage
   * (增长33.5倍 = 34.5 × the base); compare {@link #timesAs}.
   *
   * @param base the earlier value
   * @param n the multiple stated, not negative (倍 is not used for decreases)
   * @return the later value, in {@code base}'s unit, exact
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static Quantity timesMore(Quantity base, BigDecimal n) {
    requireMultiple(n);
    return scale(base, Rational.ONE.add(Rational.of(n)));
  }

  /**
   * 增长到N倍 / 是…的N倍 / 为N倍: N times the base, {@code base × n}.
   *
   * @param base the earlier value
   * @param n the multiple stated, not negative
   * @return the later value, in {@code base}'s unit, exact
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static Quantity timesAs(Quantity base, BigDecimal n) {
    requireMultiple(n);
    return scale(base, Rational.of(n));
  }

  /**
   * 翻k番: the base doubled {@code k} times, {@code base × 2^k}. 翻一番 = ×2 (= 增长一倍), 翻两番 = ×4
   * (= 增长三倍, not 增长两倍).
   *
   * @param base the earlier value
   * @param k the number of doublings, 0 to 64
   * @return the later value, in {@code base}'s unit, exact
   * @throws IllegalArgumentException if {@code k} is outside 0..64
   */
  public static Quantity doubled(Quantity base, int k) {
    if (k < 0 || k > 64) {
      throw new IllegalArgumentException("number of doublings (" + k + ") must be between 0 and 64");
    }
    return scale(base, Rational.of(TWO.pow(k), BigInteger.ONE));
  }

  /**
   * The multiple {@code current / previous} as a pure number: 增长到N倍 states this N, 增长N倍 states
   * this N minus 1.
   *
   * @param current the value now
   * @param previous the earlier value
   * @param mc the rounding of a result that does not terminate
   * @return a dimensionless quantity ({@link Units#ONE}), rounded to {@code mc} if it does not terminate
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if the dimensions differ
   * @throws IllegalArgumentException if {@code previous} is zero or {@code mc} is unusable
   */
  public static Quantity multiple(Quantity current, Quantity previous, MathContext mc) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
    Exact.requireContext(mc);
    Exact.requireSameDimension("compare", current.unit(), previous.unit());
    if (previous.signum() == 0) {
      throw new IllegalArgumentException("previous value " + previous + " is zero: no multiple");
    }
    return Exact.quantity(Exact.base(current).divide(Exact.base(previous)), Units.ONE, mc,
        Exact.qualifier(current, previous));
  }

  /**
   * {@link #rate(Observation, Observation, MathContext)} with 34 significant digits.
   * @param current the value now
   * @param previous the earlier value
   * @return as {@link #rate(Observation, Observation, MathContext)} with 34 significant digits
   */
  public static Quantity rate(Observation current, Observation previous) {
    return rate(current, previous, Exact.DEFAULT);
  }

  /**
   * The year-on-year growth rate between two observations (同比).
   *
   * @param current the value now
   * @param previous the earlier value
   * @param mc the rounding of a result that does not terminate
   * @return the rate in %
   * @throws IllegalArgumentException if the observations have different indicators, regions or
   *     breakdowns, either period is not dated (a label has no year before it), or {@code
   *     previous.period()} is not {@code current.period().yearEarlier()} (a flow over 2023年1—11月
   *     compares with 2022年1—11月, not with 2022年), or the previous value is zero
   */
  public static Quantity rate(Observation current, Observation previous, MathContext mc) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
    requireComparable(current, previous);
    return rate(current.value(), previous.value(), mc);
  }

  /**
   * {@link #impliedPrevious(Observation, MathContext)} with 34 significant digits.
   * @param current the value now
   * @return as {@link #impliedPrevious(Observation, MathContext)} with 34 significant digits
   */
  public static Quantity impliedPrevious(Observation current) {
    return impliedPrevious(current, Exact.DEFAULT);
  }

  /**
   * The value a year earlier that an observation's stated year-on-year rate implies: 城镇新增就业
   * 2.05万人, 增幅13.37% → 1.808…万人 in 2022.
   *
   * @param current the value now
   * @param mc the rounding of a result that does not terminate
   * @return the implied value for {@code current.period().yearEarlier()}, in the observation's unit
   * @throws IllegalArgumentException if the observation states no year-on-year change as a rate
   *     (a 百分点 or absolute change, or one against a reference, does not imply a base)
   */
  public static Quantity impliedPrevious(Observation current, MathContext mc) {
    Objects.requireNonNull(current, "current");
    Change c = current.change().orElseThrow(() -> new IllegalArgumentException(
        "observation " + current + " states no change: expected a year-on-year rate such as 5.82%"));
    if (c.kind() != Change.Kind.RATE || c.basis() != Change.Basis.YEAR_ON_YEAR) {
      throw new IllegalArgumentException("observation " + current + " states the change " + c
          + ": expected a year-on-year rate such as 5.82%");
    }
    return impliedPrevious(current.value(), c.amount(), mc);
  }

  static void requireComparable(Observation current, Observation previous) {
    if (!current.indicator().code().equals(previous.indicator().code())) {
      throw new IllegalArgumentException("cannot compare observations of different indicators: "
          + current.indicator().code() + " and " + previous.indicator().code());
    }
    if (!current.region().equals(previous.region())) {
      throw new IllegalArgumentException("cannot compare observations of different regions: "
          + current.region().code() + " and " + previous.region().code());
    }
    if (!current.breakdowns().equals(previous.breakdowns())) {
      throw new IllegalArgumentException("cannot compare observations of different breakdowns: {"
          + current.breakdowns() + "} and {" + previous.breakdowns() + "}");
    }
    for (Observation o : new Observation[] {current, previous}) {
      if (!o.period().isDated()) {
        throw new IllegalArgumentException("cannot compare year on year: the period '" + o.period() + "' of " + o
            + " is " + (o.period().isStated() ? "a label" : "not stated") + ", not a dated period");
      }
    }
    if (!previous.period().equals(current.period().yearEarlier())) {
      throw new IllegalArgumentException("previous period " + previous.period() + " must be "
          + current.period().yearEarlier() + ", the same period a year before " + current.period());
    }
  }

  private static void requireMultiple(BigDecimal n) {
    Objects.requireNonNull(n, "n");
    if (n.signum() < 0) {
      throw new IllegalArgumentException("multiple n (" + n.toPlainString()
          + ") must not be negative: 倍 is not used for decreases");
    }
  }

  private static Quantity scale(Quantity base, Rational factor) {
    Objects.requireNonNull(base, "base");
    return Exact.quantity(Rational.of(base.value()).multiply(factor), base.unit(), Exact.DEFAULT, base.qualifier());
  }
}
