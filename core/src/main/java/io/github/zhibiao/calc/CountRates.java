package io.github.zhibiao.calc;

import io.github.zhibiao.calc.Finding.Check;
import io.github.zhibiao.calc.Finding.Outcome;
import io.github.zhibiao.calc.Finding.Severity;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Units;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Counts behind rates ({@link Relation#rateOf}): a rate over a count of {@code n} is {@code k/n}
 * for a whole number {@code k}, within the rate's printed precision. Nobody's API.
 *
 * <p>The rate printed as 24.3% stands for {@code [24.25%, 24.35%]} (both ends included, so that a
 * half rounded either way counts); the check looks for a whole {@code k} with {@code k/n} inside,
 * that is {@code ⌈lo·n⌉ ≤ ⌊hi·n⌋}. The count must be exact and printed to its last unit (598个):
 * a count printed with a magnitude (7.8万名) or a qualifier (800余) does not give {@code n}, and the
 * check is skipped.
 */
final class CountRates {
  private static final MathContext SHOW = new MathContext(12, RoundingMode.HALF_EVEN);

  private CountRates() {}

  static void check(Dataset dataset, Relation r, List<Finding> out) {
    String countCode = r.related().get(0);
    for (Observation rate : dataset.byIndicator(r.code())) {
      Observation count = Consistency.find(dataset, countCode, rate.region(), rate.period(), rate.breakdowns(),
          rate.status());
      if (count == null) {
        out.add(Consistency.skipped(Check.COUNT_RATE, List.of(rate), Consistency.zhKey(rate) + "：数据中没有同期的计数 "
            + countCode + "，未核对。", Consistency.key(rate) + ": no count " + countCode
            + " for the same region and period; not checked."));
        continue;
      }
      out.add(finding(rate, count));
    }
  }

  static Finding finding(Observation rate, Observation count) {
    List<Observation> obs = List.of(rate, count);
    String zhKey = Consistency.zhKey(rate);
    String key = Consistency.key(rate);
    Observation inexact = Consistency.firstInexact(obs);
    if (inexact != null) {
      return Consistency.notExact(Check.COUNT_RATE, obs, inexact);
    }
    if (!rate.value().unit().dimension().isNone()) {
      return Consistency.skipped(Check.COUNT_RATE, obs, zhKey + "：" + rate.value() + " 不是比率，未核对。",
          key + ": " + rate.value() + " is not a dimensionless rate; not checked.");
    }
    Quantity c = count.value();
    Rational n = Exact.base(c);
    Interval ci = Interval.stated(c);
    boolean whole = n.denominator().equals(BigInteger.ONE) && n.signum() > 0
        && ci.halfWidth().compareTo(Rational.of(1, 2)) <= 0;
    if (!whole) {
      return Consistency.skipped(Check.COUNT_RATE, obs, zhKey + "：计数 " + c + " 不是印刷到个位的整数，未核对。",
          key + ": the count " + c + " is not a whole number printed to its last unit; not checked.");
    }
    Interval ri = Interval.stated(rate.value());
    BigInteger lo = ceil(ri.lo().multiply(n));
    BigInteger hi = floor(ri.hi().multiply(n));
    String nText = n.numerator().toString();
    String stated = rate.value() + " ± " + Exact.plain(Exact.decimal(
        Interval.halfUlp(rate.value().value()), SHOW)) + rate.value().unit().symbol();
    String range = "k/" + nText + " within " + percent(ri.lo()) + " … " + percent(ri.hi()) + " needs "
        + Exact.plain(Exact.decimal(ri.lo().multiply(n), SHOW)) + " ≤ k ≤ " + Exact.plain(Exact.decimal(
            ri.hi().multiply(n), SHOW));
    if (lo.compareTo(hi) <= 0) {
      String ks = lo.equals(hi) ? lo.toString() : lo + "…" + hi;
      String example = lo + "/" + nText + " = " + percent(Rational.of(lo, BigInteger.ONE).divide(n));
      return new Finding(Check.COUNT_RATE, Outcome.PASSED, Severity.INFO,
          zhKey + "：" + rate.value() + " 可由 " + count.indicator().name() + " " + c + " 中的 " + ks + " 个得出（" + example
              + "）。",
          key + ": " + rate.value() + " is k/" + nText + " for k = " + ks + " of " + count.indicator().code() + " "
              + c + " (" + example + ").", obs, range + ": k = " + ks + " (stated " + stated + ")");
    }
    BigInteger below = hi;
    BigInteger above = lo;
    String near = (below.signum() >= 0 ? below + "/" + nText + " = " + percent(Rational.of(below, BigInteger.ONE)
        .divide(n)) + ", " : "") + above + "/" + nText + " = " + percent(Rational.of(above, BigInteger.ONE).divide(n));
    return new Finding(Check.COUNT_RATE, Outcome.FAILED, Severity.ERROR,
        zhKey + "：没有整数 k 使 k/" + nText + " 四舍五入为 " + rate.value() + "（" + near + "），该比率不可能以 "
            + count.indicator().name() + " " + c + " 为基数。",
        key + ": no whole number k gives k/" + nText + " that rounds to " + rate.value() + " (" + near
            + "); the rate cannot be a share of " + count.indicator().code() + " " + c + ".",
        obs, range + ": no whole k (" + near + "; stated " + stated + ")");
  }

  /** A dimensionless ratio in %, to 3 decimals, half up, marked ≈ when rounded. */
  private static String percent(Rational ratio) {
    Rational pct = ratio.multiply(Exact.HUNDRED);
    java.math.BigDecimal d = Exact.decimal(pct, MathContext.DECIMAL128);
    java.math.BigDecimal r = d.setScale(3, RoundingMode.HALF_UP);
    String text = r.compareTo(d) == 0 ? Exact.plain(d.stripTrailingZeros().scale() < 0
        ? d.setScale(0, RoundingMode.UNNECESSARY) : d.stripTrailingZeros()) : "≈" + r.toPlainString();
    return text + Units.PERCENT.symbol();
  }

  static BigInteger floor(Rational r) {
    BigInteger[] qr = r.numerator().divideAndRemainder(r.denominator());
    return r.signum() < 0 && qr[1].signum() != 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  static BigInteger ceil(Rational r) {
    BigInteger[] qr = r.numerator().divideAndRemainder(r.denominator());
    return r.signum() > 0 && qr[1].signum() != 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }
}
