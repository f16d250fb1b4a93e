package io.github.zhibiao.calc;

import io.github.zhibiao.calc.Finding.Check;
import io.github.zhibiao.calc.Finding.Outcome;
import io.github.zhibiao.calc.Finding.Severity;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.unit.Unit;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Duplicates with different qualifiers: two values of one indicator, region, period and breakdowns
 * where one is a variant of the other that says how it differs. Nobody's API.
 *
 * <p>A variant is an observation whose code is the other's code with a suffix ({@code
 * AIR_GOOD_DAYS_RATIO.EXCL_DUST} of {@code AIR_GOOD_DAYS_RATIO}) and whose name is the other's name
 * with a parenthesised remark (环境空气质量优良天数比例（剔除沙尘影响）), or the same name with a different
 * note. Parts of a breakdown (区域公用品牌价值（敖汉小米）, 区域公用品牌价值（赤峰小米）) are no variants: a name that
 * ends in a remark of its own is never the plain figure. Values that agree within their printed precision pass; values
 * that differ remain a conflict, a WARNING whose message names the difference in wording (the
 * remark may explain the gap, as a different method does, but a reader must choose one).
 */
final class Duplicates {
  private static final MathContext SHOW = new MathContext(12, RoundingMode.HALF_EVEN);

  private Duplicates() {}

  static void check(Dataset dataset, List<Finding> out) {
    for (Observation b : dataset.observations()) {
      String code = b.indicator().code();
      for (int dot = code.lastIndexOf('.'); dot > 0; dot = code.lastIndexOf('.', dot - 1)) {
        for (Observation a : dataset.byIndicator(code.substring(0, dot))) {
          if (a.region().equals(b.region()) && a.period().equals(b.period())
              && a.breakdowns().equals(b.breakdowns()) && a.status() == b.status()) {
            wording(a, b).ifPresent(w -> out.add(finding(a, b, w)));
          }
        }
      }
    }
  }

  /** What the variant {@code b} says beyond {@code a}, or empty when it is no variant of it. */
  static Optional<String> wording(Observation a, Observation b) {
    String n = a.indicator().name();
    String m = b.indicator().name();
    if (n.endsWith(")") || n.endsWith("）")) {
      return Optional.empty(); // a name with a remark of its own is a part of a breakdown, not a plain figure
    }
    if (m.length() > n.length() + 2 && m.startsWith(n)) {
      String rest = m.substring(n.length());
      char open = rest.charAt(0);
      char close = rest.charAt(rest.length() - 1);
      if ((open == '（' && close == '）') || (open == '(' && close == ')')) {
        String remark = rest.substring(1, rest.length() - 1);
        if (!remark.isBlank() && remark.indexOf('(') < 0 && remark.indexOf('（') < 0) {
          return Optional.of(remark);
        }
      }
      return Optional.empty();
    }
    if (n.equals(m) && !Objects.equals(a.note(), b.note()) && b.note().isPresent()) {
      return Optional.of(b.note().get());
    }
    return Optional.empty();
  }

  static Finding finding(Observation a, Observation b, String remark) {
    List<Observation> obs = List.of(a, b);
    String zhKey = Consistency.zhKey(a);
    String key = Consistency.key(a);
    if (!a.value().isExact() || !b.value().isExact()) {
      return Consistency.notExact(Check.DUPLICATE, obs, a.value().isExact() ? b : a);
    }
    if (!a.value().unit().isConvertibleTo(b.value().unit())) {
      return Consistency.skipped(Check.DUPLICATE, obs, zhKey + "：" + a.value() + " 与 " + b.value() + " 量纲不同，未比较。",
          key + ": " + a.value() + " and " + b.value() + " have different dimensions; not compared.");
    }
    Unit u = a.value().unit();
    Interval ia = Interval.stated(a.value());
    Interval ib = Interval.stated(b.value());
    String arithmetic = a.value() + " (" + ia.format(u, SHOW) + ") vs " + b.value() + " (" + ib.format(u, SHOW) + ")";
    if (ia.overlaps(ib)) {
      return new Finding(Check.DUPLICATE, Outcome.PASSED, Severity.INFO,
          zhKey + "：" + a.value() + " 与注明“" + remark + "”的 " + b.value() + " 在印刷精度内一致。",
          key + ": " + a.value() + " and " + b.value() + " (" + b.indicator().code() + ", worded “" + remark
              + "”) agree within their printed precision.", obs, arithmetic + ": intervals overlap");
    }
    String diff = Consistency.show(Exact.base(b.value()).subtract(Exact.base(a.value())), u);
    return new Finding(Check.DUPLICATE, Outcome.FAILED, Severity.WARNING,
        zhKey + "有两个不同的数值：" + a.value() + " 与 " + b.value() + "（相差 " + diff + u.symbol() + "），后者注明“" + remark
            + "”，前者没有；措辞不同，但同一指标、地区与时期，仍是冲突。",
        key + " has two different values: " + a.value() + " and " + b.value() + " (off by " + diff + " " + u.symbol()
            + "); the second is worded “" + remark + "”, the first is not. One indicator, region and period: still a"
            + " conflict.", obs, arithmetic + ": intervals do not overlap; wording differs by “" + remark + "”");
  }
}
