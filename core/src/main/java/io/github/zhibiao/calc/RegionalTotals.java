package io.github.zhibiao.calc;

import io.github.zhibiao.calc.Finding.Check;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Regional sums found in the data: where the dataset holds a region's figure and the figures of
 * every child region the {@link Regions} registry lists for it (赤峰市 and its 12 旗县区), for one
 * indicator, period, breakdowns and status, the children add up to the region. Stocks and flows
 * only; judged as {@link Consistency}'s sums are. A region with only some children in the data
 * is not checked (the rest may be missing, or published elsewhere). Nobody's API.
 */
final class RegionalTotals {
  private RegionalTotals() {}

  static void check(Dataset dataset, Regions regions, Set<List<Object>> declared, List<Finding> out) {
    for (Observation total : dataset.observations()) {
      IndicatorKind kind = total.indicator().kind();
      if ((kind != IndicatorKind.STOCK && kind != IndicatorKind.FLOW) || !total.region().isStated()
          || total.status() == Status.TARGET
          || declared.contains(List.of(total.indicator().code(), total.region()))) {
        continue;
      }
      List<Region> children = regions.children(total.region());
      if (children.isEmpty()) {
        continue;
      }
      List<Observation> parts = new ArrayList<>(children.size());
      for (Region child : children) {
        Observation p = Consistency.find(dataset, total.indicator().code(), child, total.period(), total.breakdowns(),
            total.status());
        if (p == null) {
          break;
        }
        parts.add(p);
      }
      if (parts.size() == children.size()) {
        out.add(finding(total, parts));
      }
    }
  }

  private static Finding finding(Observation total, List<Observation> parts) {
    List<Observation> obs = new ArrayList<>(parts.size() + 1);
    obs.add(total);
    obs.addAll(parts);
    Observation inexact = Consistency.firstInexact(obs);
    if (inexact != null) {
      return Consistency.notExact(Check.REGIONAL_TOTAL, obs, inexact);
    }
    Unit u = total.value().unit();
    Rational sum = Rational.ZERO;
    Interval sumInterval = Interval.point(Rational.ZERO);
    List<String> terms = new ArrayList<>(parts.size());
    for (Observation p : parts) {
      sum = sum.add(Exact.base(p.value()));
      sumInterval = sumInterval.add(Interval.stated(p.value()));
      terms.add(Consistency.show(Exact.base(p.value()), u));
    }
    return Consistency.additive(Check.REGIONAL_TOTAL, obs, total.value(), sum, sumInterval, String.join(" + ", terms),
        Consistency.zhKey(total) + "：" + parts.size() + " 个下级地区之和",
        Consistency.key(total) + ": its " + parts.size() + " child regions add up to", total.region().name(),
        "the region's " + total.region().code());
  }
}
