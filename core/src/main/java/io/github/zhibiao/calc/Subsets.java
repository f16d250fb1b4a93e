package io.github.zhibiao.calc;

import io.github.zhibiao.calc.Finding.Check;
import io.github.zhibiao.calc.Finding.Outcome;
import io.github.zhibiao.calc.Finding.Severity;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Subsets and wholes ({@link Relation#partOf}), one-to-one counts ({@link Relation#oneToOne},
 * {@link Relation#onePerChildRegion}). Nobody's API.
 *
 * <p>A subset's figure fails when the smallest value it can stand for is above the largest the
 * whole's can ({@code lo(part) > hi(whole)}): no rounding explains it. It is an ERROR when the
 * subset's period lies within the whole's, and a WARNING when the subset covers time the whole
 * does not (2023 against 2023年1—11月: December could add to the subset only). Two counts declared
 * one-to-one pass when their printed intervals overlap; a count declared one per child region
 * passes when its interval holds the number of children.
 */
final class Subsets {
  private static final MathContext SHOW = new MathContext(12, RoundingMode.HALF_EVEN);

  private Subsets() {}

  static void partOf(Dataset dataset, Relation r, List<Finding> out) {
    String wholeCode = r.related().get(0);
    for (Observation part : dataset.byIndicator(r.code())) {
      Observation whole = Consistency.find(dataset, wholeCode, part.region(), part.period(), part.breakdowns(),
          part.status());
      if (whole == null && part.period().isDated()) {
        whole = dataset.byIndicator(wholeCode).stream()
            .filter(w -> w.region().equals(part.region()) && w.breakdowns().equals(part.breakdowns())
                && w.period().isDated() && w.period().overlaps(part.period()))
            .findFirst().orElse(null);
      }
      if (whole == null) {
        out.add(Consistency.skipped(Check.SUBSET, List.of(part), Consistency.zhKey(part) + "：数据中没有同期的整体 "
            + wholeCode + "，未核对。", Consistency.key(part) + ": no whole " + wholeCode
            + " for the same region and period; not checked."));
        continue;
      }
      out.add(partOf(part, whole));
    }
  }

  static Finding partOf(Observation part, Observation whole) {
    List<Observation> obs = List.of(part, whole);
    String zhKey = Consistency.zhKey(part);
    String key = Consistency.key(part);
    Observation inexact = Consistency.firstInexact(obs);
    if (inexact != null) {
      return Consistency.notExact(Check.SUBSET, obs, inexact);
    }
    if (!part.value().unit().isConvertibleTo(whole.value().unit())) {
      return Consistency.skipped(Check.SUBSET, obs, zhKey + "：" + part.value() + " 与 " + whole.value()
          + " 量纲不同，无法比较。", key + ": " + part.value() + " and " + whole.value()
          + " have different dimensions; not compared.");
    }
    Unit u = whole.value().unit();
    Interval p = Interval.stated(part.value());
    Interval w = Interval.stated(whole.value());
    boolean samePeriod = part.period().equals(whole.period());
    String periods = samePeriod ? "" : "（子集时期 " + part.period().toChinese() + "，整体时期 " + whole.period().toChinese()
        + "）";
    String periodsEn = samePeriod ? "" : " (the subset covers " + part.period() + ", the whole " + whole.period() + ")";
    String partText = Consistency.show(Exact.base(part.value()), u);
    String wholeText = Consistency.show(Exact.base(whole.value()), u);
    if (p.lo().compareTo(w.hi()) <= 0) {
      return new Finding(Check.SUBSET, Outcome.PASSED, Severity.INFO,
          zhKey + "：子集 " + part.value() + " 不大于整体" + whole.indicator().name() + " " + whole.value() + periods + "。",
          key + ": the subset's " + part.value() + " is at most the whole's " + whole.value() + " ("
              + whole.indicator().code() + ")" + periodsEn + ".", obs,
          partText + " ≤ " + wholeText + " " + u.symbol());
    }
    boolean within = samePeriod || within(part.period(), whole.period());
    Severity severity = within ? Severity.ERROR : Severity.WARNING;
    String excess = Consistency.show(Exact.base(part.value()).subtract(Exact.base(whole.value())), u);
    String arithmetic = partText + " > " + wholeText + " " + u.symbol() + " by " + excess + " (the subset allows "
        + p.format(u, SHOW) + ", the whole " + w.format(u, SHOW) + ")";
    String zhWhy = within ? "，子集不可能大于整体。" : "；子集时期超出整体时期，只有整体未覆盖的时间能解释这一差额。";
    String enWhy = within ? "; a subset cannot exceed its whole."
        : "; only the time the whole does not cover could explain it.";
    return new Finding(Check.SUBSET, Outcome.FAILED, severity,
        zhKey + "：子集 " + part.value() + " 大于整体" + whole.indicator().name() + " " + whole.value() + "，超出 " + excess
            + u.symbol() + periods + zhWhy,
        key + ": the subset's " + part.value() + " exceeds the whole's " + whole.value() + " ("
            + whole.indicator().code() + ") by " + excess + " " + u.symbol() + periodsEn + enWhy, obs, arithmetic);
  }

  private static boolean within(Period inner, Period outer) {
    return inner.isDated() && outer.isDated() && !inner.start().isBefore(outer.start())
        && !inner.end().isAfter(outer.end());
  }

  static void oneToOne(Dataset dataset, Relation r, List<Finding> out) {
    String otherCode = r.related().get(0);
    for (Observation a : dataset.byIndicator(r.code())) {
      Observation b = Consistency.find(dataset, otherCode, a.region(), a.period(), a.breakdowns(), a.status());
      if (b == null) {
        out.add(Consistency.skipped(Check.ONE_TO_ONE, List.of(a), Consistency.zhKey(a) + "：数据中没有同期的 "
            + otherCode + "，未核对一一对应。", Consistency.key(a) + ": no " + otherCode
            + " for the same region and period; the one-to-one relation was not checked."));
        continue;
      }
      out.add(oneToOne(a, b));
    }
  }

  static Finding oneToOne(Observation a, Observation b) {
    List<Observation> obs = List.of(a, b);
    String zhKey = Consistency.zhKey(a);
    String key = Consistency.key(a);
    Observation inexact = Consistency.firstInexact(obs);
    if (inexact != null) {
      return Consistency.notExact(Check.ONE_TO_ONE, obs, inexact);
    }
    Rational x = Exact.base(a.value());
    Rational y = Exact.base(b.value());
    String xs = Exact.plain(Exact.decimal(x, SHOW));
    String ys = Exact.plain(Exact.decimal(y, SHOW));
    if (Interval.stated(a.value()).overlaps(Interval.stated(b.value()))) {
      return new Finding(Check.ONE_TO_ONE, Outcome.PASSED, Severity.INFO,
          zhKey + "：" + a.value() + " 与" + b.indicator().name() + " " + b.value() + " 一一对应，数目相符。",
          key + ": " + a.value() + " matches " + b.indicator().code() + " " + b.value() + " one to one.", obs,
          xs + " = " + ys);
    }
    String diff = Exact.plain(Exact.decimal(y.subtract(x), SHOW));
    return new Finding(Check.ONE_TO_ONE, Outcome.FAILED, Severity.ERROR,
        zhKey + "：按一一对应，" + a.value() + " 应与" + b.indicator().name() + " " + b.value() + " 相等，实际相差 " + diff
            + "。",
        key + ": declared one to one with " + b.indicator().code() + ", but " + a.value() + " and " + b.value()
            + " differ by " + diff + ".", obs, xs + " ≠ " + ys + " (difference " + diff + ")");
  }

  static void onePerChild(Dataset dataset, Relation r, Regions regions, List<Finding> out) {
    for (Observation o : dataset.byIndicator(r.code())) {
      Region region = o.region();
      List<Region> children = region.isStated() ? regions.children(region) : List.of();
      if (children.isEmpty()) {
        out.add(Consistency.skipped(Check.ONE_TO_ONE, List.of(o), Consistency.zhKey(o) + "：地区库中没有"
            + region.name() + "的下级地区，未核对。", Consistency.key(o) + ": the region registry has no children of "
            + region.code() + "; not checked."));
        continue;
      }
      out.add(onePerChild(o, children.size()));
    }
  }

  static Finding onePerChild(Observation o, int children) {
    List<Observation> obs = List.of(o);
    String zhKey = Consistency.zhKey(o);
    String key = Consistency.key(o);
    if (!o.value().isExact()) {
      return Consistency.notExact(Check.ONE_TO_ONE, obs, o);
    }
    String value = Exact.plain(Exact.decimal(Exact.base(o.value()), SHOW));
    if (Interval.stated(o.value()).contains(Rational.of(children))) {
      return new Finding(Check.ONE_TO_ONE, Outcome.PASSED, Severity.INFO,
          zhKey + "：" + o.value() + "，与" + o.region().name() + "的 " + children + " 个下级地区一一对应。",
          key + ": " + o.value() + ", one for each of the " + children + " child regions of " + o.region().code() + ".",
          obs, value + " = " + children + " child regions");
    }
    return new Finding(Check.ONE_TO_ONE, Outcome.FAILED, Severity.ERROR,
        zhKey + "：按每个下级地区一个，应为 " + children + "，实际为 " + o.value() + "。",
        key + ": declared one per child region, " + children + " for " + o.region().code() + ", but stated as "
            + o.value() + ".", obs, value + " ≠ " + children + " child regions");
  }
}
