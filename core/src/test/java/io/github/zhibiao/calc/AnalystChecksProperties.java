package io.github.zhibiao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.zhibiao.calc.Finding.Check;
import io.github.zhibiao.calc.Finding.Outcome;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Laws of the analyst's checks: a true figure printed at any precision is never an alarm, and the verdicts are exact. */
class AnalystChecksProperties {
  static final Indicator RATE = Seed.indicator("R", "比率", "%", IndicatorKind.RATE);
  static final Indicator COUNT = Seed.indicator("N", "项目", "个", IndicatorKind.FLOW);
  static final Indicator PART = Seed.indicator("P", "子集投资", "亿元", IndicatorKind.FLOW);
  static final Indicator WHOLE = Seed.indicator("W", "整体投资", "亿元", IndicatorKind.FLOW);
  static final Indicator LEVEL = Seed.indicator("L", "参保人数", "万人", IndicatorKind.STOCK);

  static Observation obs(Indicator i, BigDecimal v, String unit) {
    return Observation.of(i, Region.CHIFENG, Period.parse("2023"), Quantity.of(v, Units.of(unit)));
  }

  static Finding countRate(BigDecimal percent, int n) {
    List<Finding> fs = Consistency.builder().relation(Relation.rateOf("R", "N")).build()
        .run(Dataset.of(List.of(obs(RATE, percent, "%"), obs(COUNT, BigDecimal.valueOf(n), "个"))));
    assertEquals(1, fs.size(), fs.toString());
    assertEquals(Check.COUNT_RATE, fs.get(0).check());
    return fs.get(0);
  }

  /** k/n printed to 0–3 decimals, rounded half up or half even, always passes. */
  @Test
  void aTrueRateOverACountAlwaysPasses() {
    qt().forAll(integers().between(1, 5000), integers().between(0, 10_000), integers().between(0, 3),
        integers().between(0, 1)).checkAssert((n, kk, scale, mode) -> {
          int k = kk % (n + 1);
          BigDecimal pct = BigDecimal.valueOf(k).multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(n), scale, mode == 0 ? RoundingMode.HALF_UP : RoundingMode.HALF_EVEN);
          Finding f = countRate(pct, n);
          assertEquals(Outcome.PASSED, f.outcome(), f.toString());
        });
  }

  /** A printed rate fails exactly when no k/n lies within half a unit of its last digit (checked by brute force). */
  @Test
  void aRateFailsExactlyWhenNoCountGivesIt() {
    qt().forAll(integers().between(1, 400), integers().between(0, 10_000)).checkAssert((n, tenths) -> {
      BigDecimal pct = BigDecimal.valueOf(tenths, 1);
      boolean some = false;
      for (long k = 0; k <= 11L * n && !some; k++) {
        // k/n within ±0.05% of tenths/10 %: |1000 k − tenths n| ≤ n / 2
        some = 2 * Math.abs(1000 * k - (long) tenths * n) <= n;
      }
      assertEquals(some, countRate(pct, n).passed(), pct + "% of " + n);
    });
  }

  /** A subset whose true value is at most the whole's passes whatever precision both are printed at. */
  @Test
  void aTrueSubsetNeverFails() {
    qt().forAll(integers().between(0, 1_000_000), integers().between(0, 1_000_000), integers().between(0, 3),
        integers().between(0, 3)).checkAssert((a, b, sp, sw) -> {
          int part = Math.min(a, b);
          int whole = Math.max(a, b);
          BigDecimal p = BigDecimal.valueOf(part, 3).setScale(sp, RoundingMode.HALF_UP);
          BigDecimal w = BigDecimal.valueOf(whole, 3).setScale(sw, RoundingMode.HALF_UP);
          List<Finding> fs = Consistency.builder().relation(Relation.partOf("P", "W")).build()
              .run(Dataset.of(List.of(obs(PART, p, "亿元"), obs(WHOLE, w, "亿元"))));
          assertEquals(Outcome.PASSED, fs.get(0).outcome(), fs.toString());
        });
  }

  /** A round target, and a level that meets it at a completion printed to two decimals, gives that target back. */
  @Test
  void aRoundTargetIsFoundAgain() {
    qt().forAll(integers().between(1, 99), integers().between(8_000, 15_000)).checkAssert((t, bp) -> {
      BigDecimal target = BigDecimal.valueOf(t).setScale(0);
      BigDecimal completion = BigDecimal.valueOf(bp, 2); // 80.00% … 150.00%
      BigDecimal level = target.multiply(completion).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
      Observation o = obs(LEVEL, level, "万人").withPlanCompletion(Quantity.of(completion, Units.PERCENT));
      Finding f = Consistency.check(Dataset.of(List.of(o))).stream().filter(x -> x.check() == Check.TARGET)
          .findFirst().orElseThrow();
      assertTrue(f.arithmetic().contains("lies within"), f.toString());
      String stated = f.messageEn().substring(f.messageEn().indexOf("a target of ") + 12).replace(" 万人.", "");
      BigDecimal found = new BigDecimal(stated);
      // the round figure found is the target, or one as round that the printed figures cannot tell from it
      assertTrue(found.compareTo(target) == 0 || found.precision() <= target.precision(), f + " for " + target);
    });
  }
}
