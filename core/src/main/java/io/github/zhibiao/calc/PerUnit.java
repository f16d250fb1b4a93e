package io.github.zhibiao.calc;

import io.github.zhibiao.unit.IncompatibleUnitsException;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import java.math.MathContext;
import java.util.Objects;

/**
 * Derived per-unit figures: yield (130亿斤 over 1706.8万亩 → 761.67斤/亩 = 380.83公斤/亩),
 * per-capita values (元/人), any quotient of two quantities expressed in a unit of your choice.
 *
 * <h2>Units</h2>
 * The caller names the unit of the result; its dimension must be the numerator's dimension over
 * the denominator's ({@code Units.of("斤/亩")}, {@code Units.of("公斤/亩")}, {@code Units.of("元/人")}).
 *
 * <h2>Rounding</h2>
 * The quotient is exact as a rational; it is rounded once to the caller's {@link MathContext}
 * when it does not terminate, by default {@link MathContext#DECIMAL128} (34 significant digits,
 * half-even). Exact inputs give an exact result, anything else an approximate one.
 */
public final class PerUnit {
  private PerUnit() {}

  /**
   * {@link #of(Quantity, Quantity, Unit, MathContext)} with 34 significant digits.
   * @param numerator the quantity divided
   * @param denominator the quantity divided by
   * @param unit the unit of the result
   * @return as {@link #of(Quantity, Quantity, Unit, MathContext)} with 34 significant digits
   */
  public static Quantity of(Quantity numerator, Quantity denominator, Unit unit) {
    return of(numerator, denominator, unit, Exact.DEFAULT);
  }

  /**
   * {@code numerator / denominator} in {@code unit}.
   *
   * @param numerator the quantity divided
   * @param denominator the quantity divided by
   * @param unit the unit of the result
   * @param mc the rounding of a result that does not terminate
   * @return {@code numerator / denominator} in {@code unit}
   * @throws IncompatibleUnitsException if {@code unit}'s dimension is not the numerator's over
   *     the denominator's (公斤/亩 for a mass over an area); the message names both
   * @throws IllegalArgumentException if the denominator is zero or {@code mc} is unusable
   */
  public static Quantity of(Quantity numerator, Quantity denominator, Unit unit, MathContext mc) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(unit, "unit");
    Exact.requireContext(mc);
    Unit natural = numerator.unit().per(denominator.unit());
    if (!natural.isConvertibleTo(unit)) {
      throw new IncompatibleUnitsException("convert", natural, unit);
    }
    if (denominator.signum() == 0) {
      throw new IllegalArgumentException("denominator " + denominator + " is zero: no per-unit figure");
    }
    Rational coherent = Exact.base(numerator).divide(Exact.base(denominator));
    return Exact.fromBase(coherent, unit, mc, Exact.qualifier(numerator, denominator));
  }

  /**
   * {@link #perArea(Quantity, Quantity, Unit, MathContext)} with 34 significant digits.
   * @param output a mass
   * @param area an area
   * @param unit the unit of the result
   * @return as {@link #perArea(Quantity, Quantity, Unit, MathContext)} with 34 significant digits
   */
  public static Quantity perArea(Quantity output, Quantity area, Unit unit) {
    return perArea(output, area, unit, Exact.DEFAULT);
  }

  /**
   * Yield (单产) per unit of area: 130亿斤 over 1706.8万亩 in 斤/亩 is 761.6592…, in 公斤/亩 380.8296….
   *
   * @param output a mass
   * @param area an area
   * @param unit a unit of mass per area (斤/亩, 公斤/亩, 吨/公顷)
   * @param mc the rounding of a result that does not terminate
   * @return the yield, in {@code unit}
   * @throws IncompatibleUnitsException if {@code output} is not a mass, {@code area} not an area,
   *     or {@code unit} not a mass per area
   * @throws IllegalArgumentException if the area is zero or {@code mc} is unusable
   */
  public static Quantity perArea(Quantity output, Quantity area, Unit unit, MathContext mc) {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(area, "area");
    Exact.requireSameDimension("take the yield of", output.unit(), io.github.zhibiao.unit.Units.KILOGRAM);
    Exact.requireSameDimension("take the yield per", area.unit(), io.github.zhibiao.unit.Units.MU);
    return of(output, area, unit, mc);
  }

  /**
   * {@link #perCapita(Quantity, Quantity, Unit, MathContext)} with 34 significant digits.
   * @param amount the quantity divided per person
   * @param population a number of persons
   * @param unit the unit of the result
   * @return as {@link #perCapita(Quantity, Quantity, Unit, MathContext)} with 34 significant digits
   */
  public static Quantity perCapita(Quantity amount, Quantity population, Unit unit) {
    return perCapita(amount, population, unit, Exact.DEFAULT);
  }

  /**
   * A per-capita figure: 亿元 over 万人 in 元/人.
   *
   * @param amount any quantity
   * @param population a number of persons (人, 万人)
   * @param unit the unit of the result, the amount's dimension per person (元/人, 万元/人)
   * @param mc the rounding of a result that does not terminate
   * @return the per-capita figure, in {@code unit}
   * @throws IncompatibleUnitsException if {@code population} is not in persons or {@code unit}
   *     does not match
   * @throws IllegalArgumentException if the population is zero or {@code mc} is unusable
   */
  public static Quantity perCapita(Quantity amount, Quantity population, Unit unit, MathContext mc) {
    Objects.requireNonNull(population, "population");
    Exact.requireSameDimension("divide per person by", population.unit(), io.github.zhibiao.unit.Units.PERSON);
    return of(amount, population, unit, mc);
  }
}
