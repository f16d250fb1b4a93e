package io.github.zhibiao.calc;

import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Units;
import java.math.MathContext;
import java.util.Objects;

/**
 * The contribution of a component to the growth of an aggregate: its 贡献率 (the component's
 * increase as a share of the aggregate's increase) and its 拉动 (pull: the component's increase as
 * a share of the aggregate's earlier level, in 百分点).
 *
 * <p>For components that make the aggregate, the contributions sum to 100% and the pulls sum to
 * the aggregate's growth rate: {@code Σ pullᵢ (百分点) = Growth.rate(aggregate)} (in %, exactly).
 *
 * <h2>Units</h2>
 * 贡献率 in {@link Units#PERCENT}; 拉动 in {@link Units#PERCENTAGE_POINT}. Components and aggregate
 * may be in any units of one dimension (亿元 and 万元).
 *
 * <h2>Rounding</h2>
 * Exact rational arithmetic; a result that does not terminate is rounded once to the caller's
 * {@link MathContext}, by default {@link MathContext#DECIMAL128} (34 significant digits,
 * half-even). Exact inputs give an exact result, anything else an approximate one.
 */
public final class Contribution {
  private Contribution() {}

  /**
   * {@link #rate(Quantity, Quantity, Quantity, Quantity, MathContext)} with 34 significant digits.
   * @param componentNow the component now
   * @param componentBefore the component before
   * @param aggregateNow the aggregate now
   * @param aggregateBefore the aggregate before
   * @return as {@link #rate(Quantity, Quantity, Quantity, Quantity, MathContext)} with 34 significant digits
   */
  public static Quantity rate(Quantity componentNow, Quantity componentBefore, Quantity aggregateNow,
      Quantity aggregateBefore) {
    return rate(componentNow, componentBefore, aggregateNow, aggregateBefore, Exact.DEFAULT);
  }

  /**
   * 贡献率: {@code (componentNow − componentBefore) / (aggregateNow − aggregateBefore) × 100%}.
   * Negative when the component moved against the aggregate.
   *
   * @param componentNow the component now
   * @param componentBefore the component before
   * @param aggregateNow the aggregate now
   * @param aggregateBefore the aggregate before
   * @param mc the rounding of a result that does not terminate
   * @return the contribution in %
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if the four values are not of one dimension
   * @throws IllegalArgumentException if the aggregate did not change (no contribution to a zero
   *     increase), or {@code mc} is unusable
   */
  public static Quantity rate(Quantity componentNow, Quantity componentBefore, Quantity aggregateNow,
      Quantity aggregateBefore, MathContext mc) {
    requireAll(componentNow, componentBefore, aggregateNow, aggregateBefore);
    Exact.requireContext(mc);
    Rational aggregateDelta = Exact.base(aggregateNow).subtract(Exact.base(aggregateBefore));
    if (aggregateDelta.signum() == 0) {
      throw new IllegalArgumentException("aggregate did not change (" + aggregateBefore + " → " + aggregateNow
          + "): no contribution to a zero increase");
    }
    Rational delta = Exact.base(componentNow).subtract(Exact.base(componentBefore));
    return Exact.percent(delta.divide(aggregateDelta), mc,
        Exact.qualifier(componentNow, componentBefore, aggregateNow, aggregateBefore));
  }

  /**
   * {@link #pull(Quantity, Quantity, Quantity, MathContext)} with 34 significant digits.
   * @param componentNow the component now
   * @param componentBefore the component before
   * @param aggregateBefore the aggregate before
   * @return as {@link #pull(Quantity, Quantity, Quantity, MathContext)} with 34 significant digits
   */
  public static Quantity pull(Quantity componentNow, Quantity componentBefore, Quantity aggregateBefore) {
    return pull(componentNow, componentBefore, aggregateBefore, Exact.DEFAULT);
  }

  /**
   * 拉动: {@code (componentNow − componentBefore) / aggregateBefore × 100}, in 百分点 of the
   * aggregate's growth rate.
   *
   * @param componentNow the component now
   * @param componentBefore the component before
   * @param aggregateBefore the aggregate before
   * @param mc the rounding of a result that does not terminate
   * @return the pull in 百分点
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if the values are not of one dimension
   * @throws IllegalArgumentException if {@code aggregateBefore} is zero or {@code mc} is unusable
   */
  public static Quantity pull(Quantity componentNow, Quantity componentBefore, Quantity aggregateBefore,
      MathContext mc) {
    requireAll(componentNow, componentBefore, aggregateBefore);
    Exact.requireContext(mc);
    if (aggregateBefore.signum() == 0) {
      throw new IllegalArgumentException("aggregate's earlier value " + aggregateBefore + " is zero: no pull on its growth");
    }
    Rational delta = Exact.base(componentNow).subtract(Exact.base(componentBefore));
    return Exact.points(delta.divide(Exact.base(aggregateBefore)), mc,
        Exact.qualifier(componentNow, componentBefore, aggregateBefore));
  }

  private static void requireAll(Quantity... qs) {
    String[] names = {"componentNow", "componentBefore", "aggregateNow", "aggregateBefore"};
    if (qs.length == 3) {
      names = new String[] {"componentNow", "componentBefore", "aggregateBefore"};
    }
    for (int i = 0; i < qs.length; i++) {
      Objects.requireNonNull(qs[i], names[i]);
    }
    for (int i = 1; i < qs.length; i++) {
      Exact.requireSameDimension("compare", qs[0].unit(), qs[i].unit());
    }
  }
}
