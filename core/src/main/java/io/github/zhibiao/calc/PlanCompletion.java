package io.github.zhibiao.calc;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Units;
import java.math.MathContext;
import java.util.Objects;

/**
 * Plan completion (完成年度计划的117.10%): the rate, the target a stated rate implies, and the
 * over- or under-fulfilment.
 *
 * <h2>Units</h2>
 * The completion rate is in {@link Units#PERCENT}; over-fulfilment as a rate is in
 * {@link Units#PERCENTAGE_POINT} (117.10% is 17.10 百分点 over plan); levels keep the unit of the
 * level given. Actual and target may be in any two units of one dimension.
 *
 * <h2>Rounding</h2>
 * Exact rational arithmetic; a result that does not terminate is rounded once to the caller's
 * {@link MathContext}, by default {@link MathContext#DECIMAL128} (34 significant digits,
 * half-even). Exact inputs give an exact result, anything else an approximate one.
 */
public final class PlanCompletion {
  private PlanCompletion() {}

  /**
   * {@link #rate(Quantity, Quantity, MathContext)} with 34 significant digits.
   * @param actual the actual value
   * @param target the target
   * @return as {@link #rate(Quantity, Quantity, MathContext)} with 34 significant digits
   */
  public static Quantity rate(Quantity actual, Quantity target) {
    return rate(actual, target, Exact.DEFAULT);
  }

  /**
   * The completion rate {@code actual / target × 100%}.
   *
   * @param actual the actual value
   * @param target the target
   * @param mc the rounding of a result that does not terminate
   * @return the rate in %
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if the dimensions differ
   * @throws IllegalArgumentException if the target is zero or {@code mc} is unusable
   */
  public static Quantity rate(Quantity actual, Quantity target, MathContext mc) {
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(target, "target");
    Exact.requireContext(mc);
    Exact.requireSameDimension("compare", actual.unit(), target.unit());
    if (target.signum() == 0) {
      throw new IllegalArgumentException("target " + target + " is zero: no completion rate against it");
    }
    return Exact.percent(Exact.base(actual).divide(Exact.base(target)), mc, Exact.qualifier(actual, target));
  }

  /**
   * {@link #impliedTarget(Quantity, Quantity, MathContext)} with 34 significant digits.
   * @param actual the actual value
   * @param rate the rate, dimensionless (%, ‰)
   * @return as {@link #impliedTarget(Quantity, Quantity, MathContext)} with 34 significant digits
   */
  public static Quantity impliedTarget(Quantity actual, Quantity rate) {
    return impliedTarget(actual, rate, Exact.DEFAULT);
  }

  /**
   * The target a stated completion rate implies: {@code actual / rate}. 2.05万人 at 117.10%
   * implies a plan of 1.7506…万人.
   *
   * @param actual the actual value
   * @param rate the rate, dimensionless (%, ‰)
   * @param mc the rounding of a result that does not terminate
   * @return the target, in {@code actual}'s unit
   * @throws IllegalArgumentException if {@code rate} is not dimensionless or not positive, or
   *     {@code mc} is unusable
   */
  public static Quantity impliedTarget(Quantity actual, Quantity rate, MathContext mc) {
    Objects.requireNonNull(actual, "actual");
    Exact.requireRate(rate, "rate");
    Exact.requireContext(mc);
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("completion rate " + rate + " must be positive to imply a target");
    }
    return Exact.quantity(Rational.of(actual.value()).divide(Exact.base(rate)), actual.unit(), mc,
        Exact.qualifier(actual, rate));
  }

  /**
   * {@link #impliedTarget(Observation, MathContext)} with 34 significant digits.
   * @param actual the actual value
   * @return as {@link #impliedTarget(Observation, MathContext)} with 34 significant digits
   */
  public static Quantity impliedTarget(Observation actual) {
    return impliedTarget(actual, Exact.DEFAULT);
  }

  /**
   * The target implied by an observation's stated plan completion.
   *
   * @param actual the actual value
   * @param mc the rounding of a result that does not terminate
   * @return the target, in the observation's unit
   * @throws IllegalArgumentException if the observation states no plan completion, or it is zero
   */
  public static Quantity impliedTarget(Observation actual, MathContext mc) {
    Objects.requireNonNull(actual, "actual");
    Quantity rate = actual.planCompletion().orElseThrow(() -> new IllegalArgumentException(
        "observation " + actual + " states no plan completion (such as 117.10%)"));
    return impliedTarget(actual.value(), rate, mc);
  }

  /**
   * The actual value a target and a completion rate imply: {@code target × rate}, exact.
   *
   * @param target the target
   * @param rate the rate, dimensionless (%, ‰)
   * @return the actual value, in {@code target}'s unit
   * @throws IllegalArgumentException if {@code rate} is not dimensionless
   */
  public static Quantity impliedActual(Quantity target, Quantity rate) {
    Objects.requireNonNull(target, "target");
    Exact.requireRate(rate, "rate");
    return Exact.quantity(Rational.of(target.value()).multiply(Exact.base(rate)), target.unit(), Exact.DEFAULT,
        Exact.qualifier(target, rate));
  }

  /**
   * Over-fulfilment as a level, {@code actual − target}, exact: positive when the plan is
   * exceeded (超额完成), negative when it is missed.
   *
   * @param actual the actual value
   * @param target the target
   * @return the difference, in {@code actual}'s unit
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if the dimensions differ
   */
  public static Quantity surplus(Quantity actual, Quantity target) {
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(target, "target");
    Exact.requireSameDimension("compare", actual.unit(), target.unit());
    return Exact.fromBase(Exact.base(actual).subtract(Exact.base(target)), actual.unit(), Exact.DEFAULT,
        Exact.qualifier(actual, target));
  }

  /**
   * Over-fulfilment as a rate, {@code rate − 100%}, in 百分点, exact: 117.10% → 17.10 百分点,
   * 95% → −5 百分点.
   *
   * @param rate the rate, dimensionless (%, ‰)
   * @return {@code rate − 100%}, in 百分点
   * @throws IllegalArgumentException if {@code rate} is not dimensionless
   */
  public static Quantity surplusPoints(Quantity rate) {
    Exact.requireRate(rate, "rate");
    return Exact.points(Exact.base(rate).subtract(Rational.ONE), Exact.DEFAULT, rate.qualifier());
  }

  /**
   * Whether the plan is met: {@code actual >= target}, compared exactly across units.
   *
   * @param actual the actual value
   * @param target the target
   * @return true when {@code actual >= target}
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if the dimensions differ
   */
  public static boolean isFulfilled(Quantity actual, Quantity target) {
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(target, "target");
    return actual.compareTo(target) >= 0;
  }
}
