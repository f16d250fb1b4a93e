package io.github.zhibiao.calc;

import io.github.zhibiao.calc.Finding.Check;
import io.github.zhibiao.calc.Finding.Outcome;
import io.github.zhibiao.calc.Finding.Severity;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Targets from a level and its plan completion, when the data holds no target. Nobody's API.
 *
 * <p>The implied target is {@code T = level / completion}, exact, with the interval the printed
 * level and completion allow. The <em>round figure</em> is {@code T} rounded half up to the fewest
 * significant digits that bring it within one unit of the level's last printed digit (2.05万人 at
 * 117.10% gives 1.750640…万人; 2 and 1.8 miss by more than 0.01万, 1.75 does not). When the round
 * figure lies inside the interval, the printed figures are consistent with a plan of exactly that
 * figure, and the target is reported as it (1.75万人). Otherwise the target is reported as the
 * exact implied figure, with the completion the round figure would give beside it (35.47万人 at
 * 118.26% implies 29.9932…万人; a plan of 30万人 would be 118.23%). Both are INFO findings.
 */
final class Targets {
  private static final MathContext WIDE = new MathContext(40, RoundingMode.HALF_EVEN);

  private Targets() {}

  static Finding implied(Observation o, Quantity completion) {
    List<Observation> obs = List.of(o);
    String zhKey = Consistency.zhKey(o);
    String key = Consistency.key(o);
    if (!o.value().isExact() || !completion.isExact()) {
      return Consistency.skipped(Check.TARGET, obs, zhKey + "：数值或完成率不是精确值，未推算目标。",
          key + ": the level or the completion is not exact; no target implied.");
    }
    if (!completion.unit().dimension().isNone()) {
      return Consistency.skipped(Check.TARGET, obs, zhKey + "：完成率 " + completion + " 不是比率，未推算目标。",
          key + ": the completion " + completion + " is not a rate; no target implied.");
    }
    Interval rate = Interval.stated(completion);
    if (rate.containsZero() || rate.lo().signum() < 0) {
      return Consistency.skipped(Check.TARGET, obs, zhKey + "：完成率 " + completion + " 可能为零，未推算目标。",
          key + ": the completion " + completion + " may be zero; no target implied.");
    }
    Unit u = o.value().unit();
    Rational t = Exact.base(o.value()).divide(Exact.base(completion));
    Interval ti = Interval.stated(o.value()).divide(rate);
    BigDecimal exact = Exact.decimal(t.divide(u.factor()), WIDE);
    BigDecimal ulp = o.value().value().ulp();
    BigDecimal round = roundFigure(exact, ulp);
    Rational roundBase = Rational.of(round).multiply(u.factor());
    String level = Exact.plain(o.value().value());
    String shown = show(exact, o.value().value().scale() + 2);
    String arithmetic = level + " / " + completion + " = " + shown + " " + u.symbol() + " (the printed figures allow "
        + ti.format(u, new MathContext(8, RoundingMode.HALF_EVEN)) + "); round figure " + round.toPlainString() + " "
        + u.symbol();
    if (ti.contains(roundBase)) {
      return new Finding(Check.TARGET, Outcome.PASSED, Severity.INFO,
          zhKey + "：由 " + o.value() + " 与完成率 " + completion + " 推算，计划目标为 " + round.toPlainString() + u.symbol() + "。",
          key + ": " + o.value() + " at " + completion + " of plan gives a target of " + round.toPlainString() + " "
              + u.symbol() + ".", obs, arithmetic + " lies within: the target is " + round.toPlainString() + " "
              + u.symbol());
    }
    int rateScale = Math.max(completion.value().scale(), 0);
    Rational roundRate = Exact.base(o.value()).divide(roundBase).divide(completion.unit().factor());
    String roundCompletion = Exact.decimal(roundRate, WIDE).setScale(rateScale, RoundingMode.HALF_UP).toPlainString()
        + completion.unit().symbol();
    return new Finding(Check.TARGET, Outcome.PASSED, Severity.INFO,
        zhKey + "：由 " + o.value() + " 与完成率 " + completion + " 推算，计划目标为 " + shown + u.symbol() + "，不是取整目标 "
            + round.toPlainString() + u.symbol() + "（若目标为 " + round.toPlainString() + u.symbol() + "，完成率应为 "
            + roundCompletion + "）。",
        key + ": " + o.value() + " at " + completion + " of plan gives a target of " + shown + " " + u.symbol()
            + ", not the round " + round.toPlainString() + " " + u.symbol() + " (which would give " + roundCompletion
            + ").", obs, arithmetic + " lies outside: " + level + " / " + round.toPlainString() + " = "
            + roundCompletion);
  }

  /** {@code exact} to the fewest significant digits within one {@code ulp} of it, half up. */
  static BigDecimal roundFigure(BigDecimal exact, BigDecimal ulp) {
    for (int digits = 1; ; digits++) {
      BigDecimal r = exact.round(new MathContext(digits, RoundingMode.HALF_UP));
      if (r.subtract(exact).abs().compareTo(ulp) < 0) {
        r = r.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0, RoundingMode.UNNECESSARY) : r;
      }
    }
  }

  private static String show(BigDecimal d, int scale) {
    BigDecimal r = d.setScale(Math.max(scale, 0), RoundingMode.HALF_UP);
    return (r.compareTo(d) == 0 ? "" : "≈") + r.toPlainString();
  }
}
