package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.QuantityFormat;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Lines of random observations show what the observation states, in both languages. */
class ObservationFormatProperties {
  private static final List<Unit> UNITS = List.of(Units.of("亿斤"), Units.of("万亩"), Units.of("万头只"), Units.of("亿元"),
      Units.of("公顷"), Units.of("吨"), Units.of("万人"), Units.PERCENT, Units.of("公斤/亩"));
  private static final List<Region> REGIONS = List.of(Region.CHIFENG, Region.INNER_MONGOLIA,
      Region.CHIFENG.withEnglishName("Chifeng"), Regions.builtIn().require("110105"));

  /** Observations with a random value, unit, qualifier, status and every optional part sometimes. */
  static Gen<Observation> observations() {
    Gen<BigDecimal> values = longs().between(-99_999_999L, 99_999_999L)
        .zip(integers().between(0, 4), BigDecimal::valueOf);
    Gen<Integer> picks = integers().between(0, 1 << 20);
    return values.zip(picks, PeriodGen.periods(), (v, k, period) -> {
      Unit unit = UNITS.get(k % UNITS.size());
      Indicator ind = Indicator.builder().code("I" + k % 7).name("指标" + k % 7).unit(unit).kind(IndicatorKind.FLOW)
          .englishName("Indicator " + k % 7).build();
      Observation.Builder b = Observation.builder().indicator(ind).region(REGIONS.get(k / 9 % REGIONS.size()))
          .period(period).value(Quantity.of(v, unit, Qualifier.values()[k / 37 % Qualifier.values().length]))
          .status(Status.values()[k / 7 % Status.values().length]);
      if (k % 3 == 0) {
        b.change(Change.yearOnYear(Quantity.of(v.movePointLeft(6), Units.PERCENT)));
      } else if (k % 3 == 1) {
        b.change(Change.against(Quantity.of(v, unit), "近5年平均"));
      }
      if (k % 5 == 0) {
        b.ranking(Ranking.position(1 + k % 12).withPeers(12).withScopeWord(RegionScope.REGION));
      }
      if (k % 11 == 0) {
        b.share(Share.of(Quantity.of(BigDecimal.valueOf(k % 10_000, 2), Units.PERCENT), "全区总任务"));
      }
      if (k % 13 == 0) {
        b.planCompletion(Quantity.of(BigDecimal.valueOf(k % 20_000, 2), Units.PERCENT));
      }
      if (k % 17 == 0) {
        b.note("截至6月末");
      }
      return b.build();
    });
  }

  @Test
  void aChineseLineShowsEveryPartTheObservationStates() {
    qt().forAll(observations()).checkAssert(o -> {
      String line = ObservationFormat.chinese().format(o);
      assertTrue(line.startsWith(o.region().name() + " " + o.period().toChinese() + " " + o.indicator().name() + " "
          + o.status().chinese()), line);
      assertTrue(line.contains(QuantityFormat.chinese().format(o.value())), "the value as stated: " + line);
      o.change().ifPresent(c -> assertTrue(line.contains(c.reference().map(r -> "比" + r).orElse("同比"))
          || line.contains("与近5年平均持平"), line));
      o.ranking().ifPresent(r -> assertTrue(line.contains("位居全区第" + r.position().getAsInt() + "位（共12个）"), line));
      o.share().ifPresent(s -> assertTrue(line.contains("占全区总任务的" + QuantityFormat.chinese().format(s.rate())), line));
      o.planCompletion().ifPresent(p -> assertTrue(line.contains("完成计划的" + QuantityFormat.chinese().format(p)), line));
      o.note().ifPresent(n -> assertTrue(line.endsWith("（注：" + n + "）"), line));
      assertFalse(line.contains("\n") || line.contains("Optional") || line.contains("null"), line);
    });
  }

  @Test
  void anEnglishLineShowsEveryPartTheObservationStates() {
    qt().forAll(observations()).checkAssert(o -> {
      String line = ObservationFormat.english().format(o);
      assertTrue(line.startsWith(o.region().englishName().orElse(o.region().name()) + " " + o.period() + " "
          + o.indicator().englishName().orElseThrow() + " "), line);
      assertTrue(line.contains(QuantityFormat.chinese().format(o.value())), "the value as stated: " + line);
      o.change().ifPresent(c -> assertTrue(line.contains(c.reference().map(r -> " vs " + r).orElse(" y/y")), line));
      o.ranking().ifPresent(r -> assertTrue(line.contains(ObservationFormat.ordinal(r.position().getAsInt())
          + " of 12 in the region"), line));
      o.share().ifPresent(s -> assertTrue(line.contains(" of 全区总任务"), line));
      o.planCompletion().ifPresent(p -> assertTrue(line.contains(" of plan"), line));
      o.note().ifPresent(n -> assertTrue(line.endsWith(" (note: " + n + ")"), line));
      assertFalse(line.contains("\n") || line.contains("Optional") || line.contains("null"), line);
    });
  }

  @Test
  void aDatasetHasOneLinePerObservation() {
    qt().forAll(observations(), observations(), observations()).checkAssert((a, b, c) -> {
      List<Observation> all = new ArrayList<>(List.of(a, b, c));
      // one indicator definition per code in a dataset
      all.removeIf(o -> all.stream().anyMatch(x -> x != o && x.indicator().code().equals(o.indicator().code())
          && !x.indicator().equals(o.indicator()) && all.indexOf(x) < all.indexOf(o)));
      Dataset d = Dataset.of(all);
      List<String> lines = ObservationFormat.chinese().lines(d);
      assertEquals(d.size(), lines.size());
      for (int i = 0; i < d.size(); i++) {
        assertEquals(ObservationFormat.chinese().format(d.observations().get(i)), lines.get(i));
      }
      assertEquals(String.join("\n", ObservationFormat.english().lines(d)), ObservationFormat.english().format(d));
    });
  }
}
