package io.github.zhibiao.calc;

import io.github.zhibiao.calc.Finding.Check;
import io.github.zhibiao.model.Breakdown;
import io.github.zhibiao.model.Breakdowns;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The breakdown-total check of {@link Consistency}: the categories of one breakdown add up to its
 * total category. Nobody's API.
 *
 * <p>Observations are grouped by indicator, region, period, status, the breakdown checked and
 * every other breakdown ({@code 性别=女, 城乡=城镇} and {@code 性别=男, 城乡=城镇} add up to {@code
 * 性别=合计, 城乡=城镇}). A group is checked when it has a total category ({@link Category#isTotal()})
 * and at least one other category, for stocks and flows only. The first observation of each
 * category counts (a second one is a conflict, reported as such).
 */
final class BreakdownTotals {

  private BreakdownTotals() {}

  /** One group: the breakdown checked, its totals and its parts by category code, in dataset order. */
  private static final class Group {
    final Breakdown breakdown;
    final List<Observation> totals = new ArrayList<>(1);
    final Map<String, Observation> parts = new LinkedHashMap<>();

    Group(Breakdown breakdown) {
      this.breakdown = breakdown;
    }
  }

  /** What a group has in common: everything but the category of the breakdown checked. */
  private record Key(String indicator, Region region, Period period, Status status, String breakdown,
      Breakdowns others) {}

  static void check(Dataset dataset, Set<String> partial, List<Finding> out) {
    Map<Key, Group> groups = new LinkedHashMap<>();
    for (Observation o : dataset.observations()) {
      IndicatorKind kind = o.indicator().kind();
      if (kind != IndicatorKind.STOCK && kind != IndicatorKind.FLOW) {
        continue;
      }
      for (Breakdowns.Entry e : o.breakdowns().entries()) {
        String code = e.breakdown().code();
        if (partial.contains(code)) {
          continue;
        }
        Key key = new Key(o.indicator().code(), o.region(), o.period(), o.status(), code,
            o.breakdowns().without(code));
        Group g = groups.computeIfAbsent(key, k -> new Group(e.breakdown()));
        if (e.category().isTotal()) {
          g.totals.add(o);
        } else {
          g.parts.putIfAbsent(e.category().code(), o);
        }
      }
    }
    for (Group g : groups.values()) {
      if (g.parts.isEmpty()) {
        continue;
      }
      for (Observation total : g.totals) {
        out.add(finding(total, g.breakdown, new ArrayList<>(g.parts.values())));
      }
    }
  }

  private static Finding finding(Observation total, Breakdown breakdown, List<Observation> parts) {
    List<Observation> obs = new ArrayList<>(parts.size() + 1);
    obs.add(total);
    obs.addAll(parts);
    Observation inexact = Consistency.firstInexact(obs);
    if (inexact != null) {
      return Consistency.notExact(Check.BREAKDOWN_TOTAL, obs, inexact);
    }
    Unit u = total.value().unit();
    Rational sum = Rational.ZERO;
    Interval sumInterval = Interval.point(Rational.ZERO);
    List<String> terms = new ArrayList<>(parts.size());
    List<String> categories = new ArrayList<>(parts.size());
    for (Observation p : parts) {
      sum = sum.add(Exact.base(p.value()));
      sumInterval = sumInterval.add(Interval.stated(p.value()));
      terms.add(Consistency.show(Exact.base(p.value()), u));
      categories.add(p.breakdowns().category(breakdown.code()).orElseThrow().toString());
    }
    Category totalCategory = total.breakdowns().category(breakdown.code()).orElseThrow();
    String listed = String.join("、", categories);
    return Consistency.additive(Check.BREAKDOWN_TOTAL, obs, total.value(), sum, sumInterval,
        String.join(" + ", terms),
        Consistency.zhKey(total) + "：" + breakdown.label() + "各类别（" + listed + "）之和",
        Consistency.key(total) + ": the categories of " + breakdown.label() + " (" + String.join(", ", categories)
            + ") add up to",
        totalCategory.label(), "the total " + totalCategory);
  }
}
