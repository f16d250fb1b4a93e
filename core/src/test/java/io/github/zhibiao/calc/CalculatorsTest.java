package io.github.zhibiao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.unit.IncompatibleUnitsException;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shares, plan completion, contribution, per-unit figures and rounding. */
class CalculatorsTest {

  private static Quantity q(String text) {
    return Quantity.parse(text);
  }

  @Test
  void planOfNewUrbanJobsIsAbout175Wan() {
    Quantity plan = PlanCompletion.impliedTarget(Seed.employment());
    assertEquals(Units.of("万人"), plan.unit());
    assertEquals(q("1.75万人"), Rounding.asStated(plan, q("2.05万人")));
    assertTrue(plan.value().toPlainString().startsWith("1.75064"), plan.toString());
    assertEquals(q("117.10%"), Rounding.asStated(PlanCompletion.rate(q("2.05万人"), plan), q("117.10%")));
    assertEquals(q("17.10百分点"), PlanCompletion.surplusPoints(q("117.10%")));
    assertEquals(q("0.3万人"), PlanCompletion.surplus(q("2.05万人"), q("1.75万人")));
    assertEquals(q("-500人"), PlanCompletion.surplus(q("1500人"), q("0.2万人")));
    assertTrue(PlanCompletion.isFulfilled(q("2.05万人"), q("17500人")));
    assertFalse(PlanCompletion.isFulfilled(q("1.7万人"), q("17500人")));
    assertEquals(q("2.05万人"), PlanCompletion.impliedActual(q("2.5万人"), q("82%")));
    assertThrows(IllegalArgumentException.class, () -> PlanCompletion.rate(q("1万人"), q("0人")));
    assertThrows(IllegalArgumentException.class, () -> PlanCompletion.impliedTarget(q("1万人"), q("0%")));
    assertThrows(IllegalArgumentException.class,
        () -> PlanCompletion.impliedTarget(Seed.obs(Seed.GRAIN, Seed.prefecture("150400"), "2023", "130亿斤")));
  }

  @Test
  void grainYieldIs761point7JinOr380point8KilogramsPerMu() {
    Quantity jin = PerUnit.perArea(q("130亿斤"), q("1706.8万亩"), Units.of("斤/亩"));
    assertEquals(Units.of("斤/亩"), jin.unit());
    assertEquals(new BigDecimal("761.7"), Rounding.toScale(jin, 1).value());
    assertEquals(new BigDecimal("761.66"), Rounding.toScale(jin, 2).value());
    Quantity kg = PerUnit.perArea(q("130亿斤"), q("1706.8万亩"), Units.of("公斤/亩"));
    assertEquals(new BigDecimal("380.8"), Rounding.toScale(kg, 1).value());
    assertEquals(0, jin.compareTo(kg));
    // 650万吨 over 1137866.67公顷 is the same yield in 吨/公顷
    Quantity t = PerUnit.perArea(q("650万吨"), q("1706.8万亩"), Units.of("吨/公顷"));
    assertEquals(new BigDecimal("5.712"), Rounding.toScale(t, 3).value());
    assertThrows(IncompatibleUnitsException.class,
        () -> PerUnit.perArea(q("130亿斤"), q("1706.8万亩"), Units.of("元/人")));
    assertThrows(IncompatibleUnitsException.class,
        () -> PerUnit.perArea(q("130亿元"), q("1706.8万亩"), Units.of("斤/亩")));
    assertThrows(IllegalArgumentException.class,
        () -> PerUnit.perArea(q("130亿斤"), q("0亩"), Units.of("斤/亩")));
  }

  @Test
  void perCapitaInYuanPerPerson() {
    Quantity v = PerUnit.perCapita(q("2亿元"), q("4万人"), Units.of("元/人"));
    assertEquals(q("5000元/人"), v);
    assertEquals(q("0.5万元/人"), PerUnit.perCapita(q("2亿元"), q("4万人"), Units.of("万元/人")));
    assertThrows(IncompatibleUnitsException.class,
        () -> PerUnit.perCapita(q("2亿元"), q("4万人次"), Units.of("元/人")));
  }

  @Test
  void sharesOfAWholeAndTheirInverses() {
    assertEquals(q("17%"), Shares.of(q("17万亩"), q("100万亩")));
    assertEquals(q("17%"), Shares.of(q("170000亩"), q("100万亩")));
    assertEquals(q("17万亩"), Shares.part(q("100万亩"), q("17%")));
    assertEquals(q("100万亩"), Shares.whole(q("17万亩"), q("17%")));
    assertThrows(IncompatibleUnitsException.class, () -> Shares.of(q("17万亩"), q("100万人")));
    assertThrows(IllegalArgumentException.class, () -> Shares.of(q("17万亩"), q("0万亩")));
    assertThrows(IllegalArgumentException.class, () -> Shares.whole(q("17万亩"), q("0%")));
    assertThrows(IllegalArgumentException.class, () -> Shares.part(q("17万亩"), q("3百分点")));
  }

  @Test
  void brandValuesMakeTheirTotalWithNoResidual() {
    Map<String, Quantity> parts = new LinkedHashMap<>();
    for (int i = 0; i < Seed.BRANDS.length; i++) {
      parts.put(Seed.BRANDS[i], q(Seed.BRAND_VALUES[i] + "亿元"));
    }
    Shares.Breakdown b = Shares.breakdown(parts, q("754.49亿元"));
    assertTrue(b.isComplete());
    assertEquals(q("0亿元"), b.residual());
    assertEquals(5, b.sharesWithResidual().size());
    assertEquals(new BigDecimal("36.20"), Rounding.toScale(b.shares().get("AOHAN_MILLET"), 2).value());

    Shares.Breakdown partial = Shares.breakdown(Map.of("A", q("60亿元")), q("80亿元"));
    assertEquals(q("20亿元"), partial.residual());
    assertEquals(q("25%"), partial.residualShare());
    assertEquals(q("25%"), partial.sharesWithResidual().get(Shares.Breakdown.RESIDUAL));
    assertThrows(IllegalArgumentException.class, () -> Shares.breakdown(Map.of("其他", q("1亿元")), q("2亿元")));
  }

  @Test
  void contributionAndPull() {
    // aggregate 100 → 110; component A 40 → 46, B 60 → 64
    assertEquals(q("60%"), Contribution.rate(q("46亿元"), q("40亿元"), q("110亿元"), q("100亿元")));
    assertEquals(q("6百分点"), Contribution.pull(q("46亿元"), q("40亿元"), q("100亿元")));
    assertEquals(q("4百分点"), Contribution.pull(q("640000万元"), q("600000万元"), q("100亿元")));
    assertEquals(Growth.rate(q("110亿元"), q("100亿元")),
        Growth.plusPoints(q("0%"), Contribution.pull(q("46亿元"), q("40亿元"), q("100亿元"))
            .plus(Contribution.pull(q("64亿元"), q("60亿元"), q("100亿元")))));
    assertThrows(IllegalArgumentException.class,
        () -> Contribution.rate(q("46亿元"), q("40亿元"), q("100亿元"), q("100亿元")));
    assertThrows(IncompatibleUnitsException.class,
        () -> Contribution.pull(q("46亿元"), q("40亿元"), q("100万人")));
  }

  @Test
  void roundingFollowsTheStatedFigure() {
    assertEquals(new BigDecimal("13.37"), Rounding.asStated(q("13.3725%"), q("13.37%")).value());
    assertEquals(new BigDecimal("13.4"), Rounding.asStated(q("13.35%"), q("5.8%")).value()); // half up
    assertEquals(q("5.82%"), Rounding.rate(Quantity.of(new BigDecimal("0.058215"), Units.ONE)));
    assertEquals(new BigDecimal("1.00"), Rounding.rate(q("0.999百分点")).value());
    assertTrue(Rounding.agrees(q("754.4900001亿元"), q("754.49亿元")));
    assertFalse(Rounding.agrees(q("754.5亿元"), q("754.49亿元")));
    assertThrows(IllegalArgumentException.class, () -> Rounding.rate(q("3亿元")));
    assertEquals(34, MathContext.DECIMAL128.getPrecision());
  }
}
