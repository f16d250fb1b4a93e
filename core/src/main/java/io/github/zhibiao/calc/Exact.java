package io.github.zhibiao.calc;

import io.github.zhibiao.unit.Dimension;
import io.github.zhibiao.unit.IncompatibleUnitsException;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/** Exact helpers shared by the calculators: quantities as rationals, and back. */
final class Exact {
  /** The calculators' default: 34 significant digits, half-even. */
  static final MathContext DEFAULT = MathContext.DECIMAL128;

  static final Rational HUNDRED = Rational.of(100);

  private Exact() {}

  /** The exact amount of {@code q} in the coherent unit of its dimension (5.82% → 291/5000). */
  static Rational base(Quantity q) {
    return Rational.of(q.value()).multiply(q.unit().factor());
  }

  /** The exact amount of {@code q} in {@code unit}. */
  static Rational in(Quantity q, Unit unit) {
    requireSameDimension("convert", q.unit(), unit);
    return base(q).divide(unit.factor());
  }

  /** A quantity of the exact {@code amount} (in {@code unit}), rounded to {@code mc} only if it does not terminate. */
  static Quantity quantity(Rational amount, Unit unit, MathContext mc, Qualifier qualifier) {
    return Quantity.of(decimal(amount, mc), unit, qualifier);
  }

  /** A quantity of {@code coherent} (an amount in the coherent unit of {@code unit}'s dimension) in {@code unit}. */
  static Quantity fromBase(Rational coherent, Unit unit, MathContext mc, Qualifier qualifier) {
    return quantity(coherent.divide(unit.factor()), unit, mc, qualifier);
  }

  /** The decimal of {@code r}: exact when it terminates (trailing zeros removed), else rounded to {@code mc}. */
  static BigDecimal decimal(Rational r, MathContext mc) {
    BigDecimal d = r.toBigDecimal(mc);
    if (r.isTerminating()) {
      d = d.stripTrailingZeros();
      if (d.scale() < 0) {
        d = d.setScale(0, RoundingMode.UNNECESSARY);
      }
    }
    return d;
  }

  /** EXACT when every quantity is exact, else APPROXIMATE. */
  static Qualifier qualifier(Quantity... qs) {
    for (Quantity q : qs) {
      if (!q.isExact()) {
        return Qualifier.APPROXIMATE;
      }
    }
    return Qualifier.EXACT;
  }

  static void requireSameDimension(String operation, Unit a, Unit b) {
    if (!a.isConvertibleTo(b)) {
      throw new IncompatibleUnitsException(operation, a, b);
    }
  }

  /** Requires a dimensionless rate (%, ‰, 成 or a pure number). */
  static void requireRate(Quantity q, String name) {
    Objects.requireNonNull(q, name);
    if (!q.unit().dimension().isNone()) {
      throw new IllegalArgumentException(name + " " + q + " must be a dimensionless rate (%, ‰, 成), not "
          + q.unit().dimension() + (q.unit().dimension().equals(Dimension.PERCENTAGE_POINT)
              ? " (百分点 is a difference of rates, not a rate)" : ""));
    }
  }

  /** Requires a difference of rates in 百分点. */
  static void requirePoints(Quantity q, String name) {
    Objects.requireNonNull(q, name);
    if (!q.unit().isConvertibleTo(Units.PERCENTAGE_POINT)) {
      throw new IllegalArgumentException(name + " " + q + " must be in 百分点, not " + q.unit().dimension());
    }
  }

  static MathContext requireContext(MathContext mc) {
    Objects.requireNonNull(mc, "mc");
    if (mc.getPrecision() == 0 || mc.getRoundingMode() == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("math context " + mc
          + " must have a positive precision and a rounding mode other than UNNECESSARY");
    }
    return mc;
  }

  /** A rate (in the coherent dimensionless unit, 1 = 100%) as a quantity in %. */
  static Quantity percent(Rational ratio, MathContext mc, Qualifier qualifier) {
    return quantity(ratio.multiply(HUNDRED), Units.PERCENT, mc, qualifier);
  }

  /** A difference of rates (1 = 100 百分点) as a quantity in 百分点. */
  static Quantity points(Rational difference, MathContext mc, Qualifier qualifier) {
    return quantity(difference.multiply(HUNDRED), Units.PERCENTAGE_POINT, mc, qualifier);
  }

  /** Plain text of a decimal, for messages. */
  static String plain(BigDecimal d) {
    return d.toPlainString();
  }
}
