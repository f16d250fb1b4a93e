package io.github.zhibiao.calc;

import io.github.zhibiao.calc.Finding.Check;
import io.github.zhibiao.calc.Finding.Outcome;
import io.github.zhibiao.calc.Finding.Severity;
import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Parts inside a whole ({@link Relation#parts}): no part, and not their sum, larger than the whole;
 * the remainder they leave, and its implied change. Nobody's API.
 *
 * <p>A part (or the sum of the parts) fails with ERROR when the smallest value it can stand for is
 * above the largest the whole can ({@code lo > hi}): 禽存栏 3629万只 inside 牲畜存栏 2210.6万头只. Otherwise
 * the remainder is {@code whole − Σ parts}, exact from the printed figures, with its interval.
 * When the whole and every part state a year-on-year rate, each value a year earlier is {@code
 * value / (1 + rate)} and the remainder a year earlier is the same difference; its change is
 * INFO when plausible, and WARNING when the remainder a year earlier is negative (its whole
 * interval below zero), or when the change jumps: its whole interval lies outside {@value
 * #JUMP_PERCENT}% either way.
 */
final class Remainders {
  /** A remainder's change beyond this, in per cent either way, is a jump. */
  static final int JUMP_PERCENT = 50;

  private static final MathContext SHOW = new MathContext(12, RoundingMode.HALF_EVEN);
  private static final Rational JUMP = Rational.of(JUMP_PERCENT, 100);

  private Remainders() {}

  static void check(Dataset dataset, Relation r, List<Finding> out) {
    for (Observation whole : dataset.byIndicator(r.code())) {
      List<Observation> parts = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (String code : r.related()) {
        Observation p = Consistency.find(dataset, code, whole.region(), whole.period(), whole.breakdowns(),
            whole.status());
        if (p == null) {
          missing.add(code);
        } else {
          parts.add(p);
        }
      }
      List<Observation> obs = new ArrayList<>();
      obs.add(whole);
      obs.addAll(parts);
      if (!missing.isEmpty()) {
        out.add(Consistency.skipped(Check.REMAINDER, obs, Consistency.zhKey(whole) + "：缺少分项 "
            + String.join("、", missing) + "，未核对。", Consistency.key(whole) + ": parts " + String.join(", ", missing)
            + " are missing; not checked."));
        continue;
      }
      check(whole, parts, out);
    }
  }

  static void check(Observation whole, List<Observation> parts, List<Finding> out) {
    List<Observation> obs = new ArrayList<>();
    obs.add(whole);
    obs.addAll(parts);
    Observation inexact = Consistency.firstInexact(obs);
    if (inexact != null) {
      out.add(Consistency.notExact(Check.REMAINDER, obs, inexact));
      return;
    }
    for (Observation p : parts) {
      if (!p.value().unit().isConvertibleTo(whole.value().unit())) {
        out.add(Consistency.skipped(Check.REMAINDER, obs, Consistency.zhKey(whole) + "：分项 " + p.value()
            + " 与整体量纲不同，未核对。", Consistency.key(whole) + ": the part " + p.value()
            + " has another dimension than the whole; not checked."));
        return;
      }
    }
    Unit u = whole.value().unit();
    Interval w = Interval.stated(whole.value());
    String zhKey = Consistency.zhKey(whole);
    String key = Consistency.key(whole);
    for (Observation p : parts) {
      Interval pi = Interval.stated(p.value());
      if (pi.lo().compareTo(w.hi()) > 0) {
        String excess = Consistency.show(Exact.base(p.value()).subtract(Exact.base(whole.value())), u);
        out.add(new Finding(Check.REMAINDER, Outcome.FAILED, Severity.ERROR,
            zhKey + "：分项" + p.indicator().name() + " " + p.value() + " 大于整体 " + whole.value() + "，不可能包含在内。",
            key + ": the part " + p.indicator().code() + " " + p.value() + " is larger than the whole " + whole.value()
                + "; it cannot be inside it.", List.of(whole, p),
            Consistency.show(Exact.base(p.value()), u) + " > " + Consistency.show(Exact.base(whole.value()), u) + " "
                + u.symbol() + " by " + excess));
        return;
      }
    }
    Rational sum = Rational.ZERO;
    Interval sumI = Interval.point(Rational.ZERO);
    List<String> terms = new ArrayList<>();
    for (Observation p : parts) {
      sum = sum.add(Exact.base(p.value()));
      sumI = sumI.add(Interval.stated(p.value()));
      terms.add(Consistency.show(Exact.base(p.value()), u));
    }
    String sumText = String.join(" + ", terms) + " = " + Consistency.show(sum, u);
    if (sumI.lo().compareTo(w.hi()) > 0) {
      out.add(new Finding(Check.REMAINDER, Outcome.FAILED, Severity.ERROR,
          zhKey + "：分项之和 " + Consistency.show(sum, u) + u.symbol() + " 大于整体 " + whole.value() + "。",
          key + ": the parts add up to " + Consistency.show(sum, u) + " " + u.symbol() + ", more than the whole "
              + whole.value() + ".", obs, sumText + " > " + Consistency.show(Exact.base(whole.value()), u) + " "
              + u.symbol()));
      return;
    }
    Rational rest = Exact.base(whole.value()).subtract(sum);
    Interval restI = w.subtract(sumI);
    String restText = Consistency.show(rest, u) + u.symbol();
    String arithmetic = Consistency.show(Exact.base(whole.value()), u) + " − (" + sumText + ") = " + restText
        + " (the printed figures allow " + restI.format(u, SHOW) + ")";
    Interval before = earlier(whole, w);
    Interval partsBefore = Interval.point(Rational.ZERO);
    for (Observation p : parts) {
      Interval b = before == null ? null : earlier(p, Interval.stated(p.value()));
      if (b == null) {
        before = null;
        break;
      }
      partsBefore = partsBefore.add(b);
    }
    if (before == null) {
      out.add(new Finding(Check.REMAINDER, Outcome.PASSED, Severity.INFO,
          zhKey + "：分项之和 " + Consistency.show(sum, u) + u.symbol() + " 不大于整体，余下 " + restText + "。",
          key + ": the parts add up to " + Consistency.show(sum, u) + " " + u.symbol() + ", within the whole; the rest is "
              + Consistency.show(rest, u) + " " + u.symbol() + ".", obs, arithmetic));
      return;
    }
    Interval restBefore = before.subtract(partsBefore);
    Rational restBeforeMid = mid(whole).subtract(sumMid(parts));
    int scale = whole.value().value().scale() + 1;
    String beforeShown = approx(restBeforeMid, u, scale);
    String beforeText = beforeShown + u.symbol();
    arithmetic += "; a year earlier " + beforeText + " (value / (1 + rate) for each figure; allows "
        + restBefore.format(u, SHOW) + ")";
    if (restBefore.hi().signum() < 0) {
      out.add(new Finding(Check.REMAINDER, Outcome.FAILED, Severity.WARNING,
          zhKey + "：余下 " + restText + "，但按各项同比增速推算，上年同期余下部分为负（" + beforeText + "）。",
          key + ": the rest is " + Consistency.show(rest, u) + " " + u.symbol() + ", but the stated growth rates put the"
              + " rest a year earlier below zero (" + beforeShown + " " + u.symbol() + ").",
          obs, arithmetic));
      return;
    }
    if (restBefore.containsZero()) {
      out.add(new Finding(Check.REMAINDER, Outcome.PASSED, Severity.INFO,
          zhKey + "：余下 " + restText + "；上年同期余下部分可能为零，无法推算其增速。",
          key + ": the rest is " + Consistency.show(rest, u) + " " + u.symbol() + "; a year earlier it may have been zero,"
              + " so its change is not computed.", obs, arithmetic));
      return;
    }
    Rational change = rest.divide(restBeforeMid).subtract(Rational.ONE);
    Interval changeI = restI.divide(restBefore).subtract(Interval.point(Rational.ONE));
    String changeText = percent(change);
    arithmetic += "; change " + Consistency.show(rest, u) + " / " + beforeShown + " − 1 = "
        + changeText + " (allows " + percent(changeI.lo()) + " … " + percent(changeI.hi()) + ")";
    boolean jump = changeI.lo().compareTo(JUMP) > 0 || changeI.hi().compareTo(JUMP.negate()) < 0;
    if (jump) {
      out.add(new Finding(Check.REMAINDER, Outcome.FAILED, Severity.WARNING,
          zhKey + "：余下 " + restText + "，较上年同期（" + beforeText + "）变化 " + changeText + "，幅度超过 ±" + JUMP_PERCENT
              + "%，需核实。",
          key + ": the rest is " + Consistency.show(rest, u) + " " + u.symbol() + ", a change of " + changeText
              + " on a year earlier (" + beforeShown + " " + u.symbol() + "): a jump beyond ±"
              + JUMP_PERCENT + "%.", obs, arithmetic));
      return;
    }
    out.add(new Finding(Check.REMAINDER, Outcome.PASSED, Severity.INFO,
        zhKey + "：余下 " + restText + "，较上年同期（" + beforeText + "）变化 " + changeText + "，在合理范围内。",
        key + ": the rest is " + Consistency.show(rest, u) + " " + u.symbol() + ", a change of " + changeText
            + " on a year earlier (" + beforeShown + " " + u.symbol() + "): plausible.",
        obs, arithmetic));
  }

  /** The interval of the value a year earlier, from a year-on-year rate; null without one. */
  private static Interval earlier(Observation o, Interval now) {
    Rational rate = rate(o);
    if (rate == null) {
      return null;
    }
    Interval factor = Interval.point(Rational.ONE).add(Interval.stated(o.change().orElseThrow().amount()));
    return factor.containsZero() ? null : now.divide(factor);
  }

  private static Rational rate(Observation o) {
    Change c = o.change().orElse(null);
    if (c == null || c.kind() != Change.Kind.RATE || c.basis() != Change.Basis.YEAR_ON_YEAR
        || !c.amount().isExact() || !c.amount().unit().dimension().isNone()) {
      return null;
    }
    return Exact.base(c.amount());
  }

  private static Rational mid(Observation o) {
    return Exact.base(o.value()).divide(Rational.ONE.add(rate(o)));
  }

  private static Rational sumMid(List<Observation> parts) {
    Rational s = Rational.ZERO;
    for (Observation p : parts) {
      s = s.add(mid(p));
    }
    return s;
  }

  /** {@code coherent} in {@code unit} at {@code scale} decimals, half up, marked ≈ when rounded. */
  private static String approx(Rational coherent, Unit unit, int scale) {
    BigDecimal d = Exact.decimal(coherent.divide(unit.factor()), MathContext.DECIMAL128);
    BigDecimal r = d.setScale(Math.max(scale, 0), RoundingMode.HALF_UP);
    return (r.compareTo(d) == 0 ? "" : "≈") + r.toPlainString();
  }

  private static String percent(Rational ratio) {
    BigDecimal d = Exact.decimal(ratio.multiply(Exact.HUNDRED), MathContext.DECIMAL128);
    BigDecimal r = d.setScale(2, RoundingMode.HALF_UP);
    return (r.compareTo(d) == 0 ? "" : "≈") + r.toPlainString() + "%";
  }
}
