package io.github.zhibiao.calc;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionLevel;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of the calculators over generated figures. */
class CalcProperties {
  private static final List<Unit> UNITS = List.of(Units.of("万人"), Units.of("人"), Units.of("亿元"),
      Units.of("万元"), Units.of("万亩"), Units.of("公顷"), Units.of("亿斤"), Units.of("万吨"), Units.of("万头只"));

  /** Positive decimals of 1 to 12 digits with 0 to 4 decimals, as a report prints them. */
  private static Gen<BigDecimal> positive() {
    return longs().between(1, 999_999_999_999L)
        .zip(integers().between(0, 4), (unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
  }

  private static Gen<Quantity> quantities(Unit unit) {
    return positive().map(v -> Quantity.of(v, unit));
  }

  @Test
  void movingARateByPointsAndBackIsTheIdentityAndAgreesWithPointChange() {
    Gen<BigDecimal> signed = positive().zip(integers().between(0, 1), (v, neg) -> neg == 1 ? v.negate() : v);
    Gen<Unit> rates = Generate.pick(List.of(Units.PERCENT, Units.of("‰"), Units.of("成")));
    qt().forAll(rates, signed, signed).check((unit, r, p) -> {
      Quantity rate = Quantity.of(r, unit);
      Quantity points = Quantity.of(p, Units.PERCENTAGE_POINT);
      Quantity moved = Growth.plusPoints(rate, points);
      return moved.equals(rate.plusPoints(points))
          && moved.minusPoints(points).isEquivalentTo(rate)
          && Growth.pointChange(moved, rate).equals(points);
    });
  }

  @Test
  void theBaseImpliedByAComputedRateGivesBackTheBase() {
    qt().forAll(Generate.pick(UNITS), positive(), positive()).check((unit, now, before) -> {
      Quantity current = Quantity.of(now, unit);
      Quantity previous = Quantity.of(before, unit);
      Quantity rate = Growth.rate(current, previous);
      // at full precision the base comes back to its printed digits
      Quantity back = Growth.impliedPrevious(current, rate);
      boolean full = back.value().setScale(before.scale(), RoundingMode.HALF_UP).compareTo(before) == 0;
      // with the rate printed to two decimals, the base lies in the range that printed rate allows
      Quantity printed = Rounding.rate(rate);
      Interval rates = Interval.stated(printed).add(Interval.point(Rational.ONE));
      if (rates.containsZero()) {
        return full; // a rate printed as -100.00% implies no base (the shrink found 1 against 20000)
      }
      Interval bases = Interval.point(Exact.base(current)).divide(rates);
      Quantity implied = Growth.impliedPrevious(current, printed);
      return full && bases.contains(Exact.base(previous)) && bases.contains(Exact.base(implied));
    });
  }

  @Test
  void sharesOfPartsThatMakeAWholeSumTo100PercentWithinRounding() {
    qt().forAll(lists().of(positive()).ofSizeBetween(1, 8), Generate.pick(UNITS)).check((values, unit) -> {
      List<Quantity> parts = values.stream().map(v -> Quantity.of(v, unit)).collect(Collectors.toList());
      Quantity whole = parts.stream().reduce(Quantity::plus).orElseThrow();
      BigDecimal full = BigDecimal.ZERO;
      BigDecimal printed = BigDecimal.ZERO;
      for (Quantity p : parts) {
        Quantity share = Shares.of(p, whole);
        full = full.add(share.value());
        printed = printed.add(Rounding.toScale(share, 2).value());
      }
      BigDecimal n = BigDecimal.valueOf(parts.size());
      boolean fullOk = full.subtract(BigDecimal.valueOf(100)).abs().compareTo(n.movePointLeft(30)) <= 0;
      boolean printedOk = printed.subtract(BigDecimal.valueOf(100)).abs().compareTo(n.multiply(new BigDecimal("0.005"))) <= 0;
      java.util.Map<String, Quantity> named = new java.util.LinkedHashMap<>();
      for (int i = 0; i < parts.size(); i++) {
        named.put("p" + i, parts.get(i));
      }
      return fullOk && printedOk && Shares.breakdown(named, whole).isComplete();
    });
  }

  @Test
  void rankingModesAgreeWithoutTies() {
    qt().forAll(lists().of(longs().between(-1_000_000, 1_000_000)).ofSizeBetween(0, 15)).check(values -> {
      Set<Long> distinct = new LinkedHashSet<>(values);
      List<Observation> obs = observations(new ArrayList<>(distinct));
      List<List<Integer>> all = new ArrayList<>();
      for (Rankings.Mode mode : Rankings.Mode.values()) {
        for (Rankings.Order order : Rankings.Order.values()) {
          all.add(positionsByRegion(obs, order, mode));
        }
      }
      int n = obs.size();
      boolean agree = all.get(0).equals(all.get(2)) && all.get(0).equals(all.get(4))
          && all.get(1).equals(all.get(3)) && all.get(1).equals(all.get(5));
      boolean mirrored = true;
      for (int i = 0; i < n; i++) {
        mirrored &= all.get(0).get(i) + all.get(1).get(i) == n + 1;
      }
      return agree && mirrored;
    });
  }

  @Test
  void competitionRankIsOneMoreThanTheNumberOfBetterValuesEvenWithTies() {
    qt().forAll(lists().of(longs().between(0, 5)).ofSizeBetween(1, 12)).check(values -> {
      List<Observation> obs = observations(values);
      for (Rankings.Ranked r : Rankings.rank(obs, Rankings.Order.DESCENDING, Rankings.Mode.COMPETITION)) {
        long better = obs.stream().filter(o -> o.value().compareTo(r.observation().value()) > 0).count();
        if (r.position() != better + 1) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void contributionsOfAllPartsSumToTheAggregatesGrowth() {
    qt().forAll(lists().of(positive()).ofSizeBetween(1, 6), lists().of(positive()).ofSizeBetween(6, 6),
        Generate.pick(UNITS)).check((before, after, unit) -> {
      Quantity aggregateBefore = Quantity.zero(unit);
      Quantity aggregateNow = Quantity.zero(unit);
      for (int i = 0; i < before.size(); i++) {
        aggregateBefore = aggregateBefore.plus(Quantity.of(before.get(i), unit));
        aggregateNow = aggregateNow.plus(Quantity.of(after.get(i), unit));
      }
      BigDecimal pulls = BigDecimal.ZERO;
      BigDecimal contributions = BigDecimal.ZERO;
      boolean changed = aggregateNow.compareTo(aggregateBefore) != 0;
      for (int i = 0; i < before.size(); i++) {
        Quantity now = Quantity.of(after.get(i), unit);
        Quantity then = Quantity.of(before.get(i), unit);
        pulls = pulls.add(Contribution.pull(now, then, aggregateBefore).value());
        if (changed) {
          contributions = contributions.add(Contribution.rate(now, then, aggregateNow, aggregateBefore).value());
        }
      }
      BigDecimal growth = Growth.rate(aggregateNow, aggregateBefore).value();
      MathContext cmp = new MathContext(25);
      boolean pullsOk = pulls.subtract(growth).abs().compareTo(growth.abs().max(BigDecimal.ONE).movePointLeft(25)) <= 0;
      boolean contributionsOk = !changed
          || contributions.round(cmp).compareTo(BigDecimal.valueOf(100)) == 0;
      return pullsOk && contributionsOk;
    });
  }

  @Test
  void sumChecksPassForPartsAndTheirPrintedTotal() {
    qt().forAll(lists().of(positive()).ofSizeBetween(1, 6)).check(values -> {
      Indicator total = Indicator.of("T", "合计", Units.of("亿元"), IndicatorKind.STOCK);
      List<Observation> obs = new ArrayList<>();
      List<String> codes = new ArrayList<>();
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < values.size(); i++) {
        Indicator part = Indicator.of("P" + i, "分项" + i, Units.of("亿元"), IndicatorKind.STOCK);
        obs.add(Observation.of(part, Region.CHIFENG, Period.year(2023), Quantity.of(values.get(i), part.unit())));
        codes.add("P" + i);
        sum = sum.add(values.get(i));
      }
      List<Observation> ok = new ArrayList<>(obs);
      ok.add(Observation.of(total, Region.CHIFENG, Period.year(2023), Quantity.of(sum, total.unit())));
      List<Observation> off = new ArrayList<>(obs);
      off.add(Observation.of(total, Region.CHIFENG, Period.year(2023), Quantity.of(sum.add(sum.ulp()), total.unit())));
      Consistency c = Consistency.builder().relation(Relation.sum("T", codes)).build();
      return c.run(io.github.zhibiao.model.Dataset.of(ok)).get(0).passed()
          && !c.run(io.github.zhibiao.model.Dataset.of(off)).get(0).passed();
    });
  }

  private static List<Observation> observations(List<Long> values) {
    Indicator ind = Indicator.of("X", "指标", Units.of("亿元"), IndicatorKind.FLOW);
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Region r = Region.of("R" + i, "地区" + i, "地区" + i, RegionLevel.PREFECTURE);
      obs.add(Observation.of(ind, r, Period.year(2023), Quantity.of(BigDecimal.valueOf(values.get(i)), ind.unit())));
    }
    return obs;
  }

  /** Positions in the order of the observations given. */
  private static List<Integer> positionsByRegion(List<Observation> obs, Rankings.Order order, Rankings.Mode mode) {
    List<Rankings.Ranked> ranked = Rankings.rank(obs, order, mode);
    List<Integer> out = new ArrayList<>();
    for (Observation o : obs) {
      out.add(ranked.stream().filter(r -> r.observation() == o).findFirst().orElseThrow().position());
    }
    return out;
  }
}
