package io.github.zhibiao.calc;

import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Rounding for presentation. The calculators keep full precision (exact, or 34 significant digits
 * where a result does not terminate); round only when you show a result, with these helpers or
 * {@link Quantity#setScale}.
 *
 * <p>Statistical reports round half up (四舍五入), so every method here uses
 * {@link RoundingMode#HALF_UP}. The default presentation follows the source: a result compared
 * with a stated figure is shown with as many decimals as that figure ({@link #asStated}: 117.10%
 * has two, 5.8% one); a rate without a stated counterpart gets {@value #RATE_SCALE} decimals.
 */
public final class Rounding {
  /** Decimals of a rate (% or 百分点) shown without a stated counterpart: 2 (5.82%). */
  public static final int RATE_SCALE = 2;

  private Rounding() {}

  /**
   * {@code result} in the unit of {@code stated}, rounded half up to as many decimals as
   * {@code stated} prints: a recomputed rate of 13.3724…% against a stated 13.37% gives 13.37%;
   * a base of 2089.0190…万头只 against 2210.6万头只 gives 2089.0万头只.
   *
   * @param result a computed value
   * @param stated the figure as stated
   * @return {@code result} in the unit and at the scale of {@code stated}
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if the dimensions differ
   */
  public static Quantity asStated(Quantity result, Quantity stated) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(stated, "stated");
    return result.to(stated.unit()).setScale(stated.value().scale(), RoundingMode.HALF_UP);
  }

  /**
   * {@code q} rounded half up to {@code scale} decimals, in its unit.
   * @param q the quantity
   * @param scale the number of decimals
   * @return {@code q} rounded half up to {@code scale} decimals, in its unit
   */
  public static Quantity toScale(Quantity q, int scale) {
    Objects.requireNonNull(q, "q");
    return q.setScale(scale, RoundingMode.HALF_UP);
  }

  /**
   * A rate or 百分点 difference rounded half up to {@value #RATE_SCALE} decimals; a
   * dimensionless rate is shown in % (0.0582 → 5.82%).
   *
   * @param rate the rate, dimensionless (%, ‰)
   * @return the rate at {@value #RATE_SCALE} decimals, in % or 百分点
   * @throws IllegalArgumentException if {@code rate} is neither dimensionless nor in 百分点
   */
  public static Quantity rate(Quantity rate) {
    Objects.requireNonNull(rate, "rate");
    if (rate.unit().dimension().isNone()) {
      return rate.to(Units.PERCENT).setScale(RATE_SCALE, RoundingMode.HALF_UP);
    }
    Exact.requirePoints(rate, "rate");
    return rate.to(Units.PERCENTAGE_POINT).setScale(RATE_SCALE, RoundingMode.HALF_UP);
  }

  /**
   * Whether {@code computed}, rounded half up to the last digit of {@code stated}, is
   * {@code stated}: the figure as printed is the computed one.
   *
   * @param computed the computed value
   * @param stated the figure as stated
   * @return true when the computed value rounds to the stated one
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if the dimensions differ
   */
  public static boolean agrees(Quantity computed, Quantity stated) {
    return asStated(computed, stated).value().compareTo(stated.value()) == 0;
  }
}
