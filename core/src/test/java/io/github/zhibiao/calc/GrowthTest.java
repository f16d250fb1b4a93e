package io.github.zhibiao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.IncompatibleUnitsException;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class GrowthTest {

  private static Quantity q(String text) {
    return Quantity.parse(text);
  }

  @Test
  void livestockGrowthImpliesAbout2089WanHeadAYearEarlier() {
    Quantity before = Growth.impliedPrevious(q("2210.6万头只"), q("5.82%"));
    assertEquals(Units.of("万头只"), before.unit());
    assertEquals(q("2089.0万头只"), Rounding.asStated(before, q("2210.6万头只")));
    assertTrue(before.value().toPlainString().startsWith("2089.0190"), before.toString());
    assertEquals(q("2089.0万头只"), Rounding.asStated(Growth.impliedPrevious(Seed.livestock()), q("2210.6万头只")));
  }

  @Test
  void employmentGrowthImpliesAbout181WanPersonsAYearEarlier() {
    Quantity before = Growth.impliedPrevious(Seed.employment());
    assertEquals(q("1.81万人"), Rounding.asStated(before, q("2.05万人")));
    // and the rate computed back from that base is the stated one
    assertEquals(q("13.37%"), Rounding.asStated(Growth.rate(q("2.05万人"), before), q("13.37%")));
  }

  @Test
  void rateWorksAcrossUnitsOfOneDimension() {
    Quantity r = Growth.rate(q("2.05万人"), q("18082人"));
    assertEquals(Units.PERCENT, r.unit());
    assertEquals(q("13.37%"), Rounding.asStated(r, q("13.37%")));
    assertEquals(q("50%"), Growth.rate(q("1.5万吨"), q("10000吨")));
    assertEquals(q("-25%"), Growth.rate(q("3亿元"), q("4亿元")));
  }

  @Test
  void rateRoundsOnlyWhenItDoesNotTerminate() {
    assertEquals(new BigDecimal("50"), Growth.rate(q("3亿元"), q("2亿元")).value());
    Quantity third = Growth.rate(q("4亿元"), q("3亿元"), new MathContext(5));
    assertEquals(new BigDecimal("33.333"), third.value());
  }

  @Test
  void pointChangeIsInPercentagePointsAndNotARelativeChange() {
    Quantity d = Growth.pointChange(q("93.6%"), q("92.6%"));
    assertEquals(Units.PERCENTAGE_POINT, d.unit());
    assertEquals(0, d.value().compareTo(BigDecimal.ONE));
    assertEquals(q("3.6百分点").negate(), Growth.pointChange(q("18.2%"), q("21.8%")));
    assertEquals(q("29.1%"), Growth.plusPoints(q("21.6%"), q("7.5百分点")));
    assertThrows(IllegalArgumentException.class, () -> Growth.pointChange(q("93.6%"), q("1百分点")));
    assertThrows(IllegalArgumentException.class, () -> Growth.plusPoints(q("21.6%"), q("7.5%")));
  }

  @Test
  void timesMoreAndTimesAsDiffer() {
    assertEquals(q("600亿元"), Growth.timesAs(q("300亿元"), BigDecimal.valueOf(2)));   // 增长到两倍
    assertEquals(q("900亿元"), Growth.timesMore(q("300亿元"), BigDecimal.valueOf(2))); // 增长两倍
    assertEquals(q("600亿元"), Growth.doubled(q("300亿元"), 1));                        // 翻一番
    assertEquals(q("1200亿元"), Growth.doubled(q("300亿元"), 2));                       // 翻两番 = 增长三倍
    assertEquals(Growth.doubled(q("300亿元"), 2), Growth.timesMore(q("300亿元"), BigDecimal.valueOf(3)));
    assertEquals(0, Growth.multiple(q("1200亿元"), q("300亿元"), MathContext.DECIMAL128).value().compareTo(BigDecimal.valueOf(4)));
    assertThrows(IllegalArgumentException.class, () -> Growth.timesMore(q("300亿元"), BigDecimal.valueOf(-1)));
    assertThrows(IllegalArgumentException.class, () -> Growth.doubled(q("300亿元"), -1));
  }

  @Test
  void cagrMatchesTheNbsReadingOfZengzhangNBei() {
    // GDP 2017 比1978年增长33.5倍, 年均增长9.5%: last = 34.5 × first over 39 years
    Quantity first = q("100亿元");
    Quantity last = Growth.timesMore(first, new BigDecimal("33.5"));
    Quantity cagr = Growth.cagr(first, last, 39);
    assertEquals(Units.PERCENT, cagr.unit());
    assertEquals(q("9.5%"), Rounding.asStated(cagr, q("9.5%")));
    // an exact root is returned exactly
    assertEquals(q("100%"), Growth.cagr(q("1亿元"), q("4亿元"), 2));
    assertEquals(q("10%"), Growth.cagr(q("100亿元"), q("133.1亿元"), 3));
    // the root raised back to the power gives the ratio to 30 digits
    BigDecimal factor = BigDecimal.ONE.add(cagr.value().movePointLeft(2));
    BigDecimal back = factor.pow(39, MathContext.DECIMAL128);
    assertEquals(0, back.round(new MathContext(28)).compareTo(new BigDecimal("34.5")));
    assertThrows(IllegalArgumentException.class, () -> Growth.cagr(q("0亿元"), q("1亿元"), 3));
    assertThrows(IllegalArgumentException.class, () -> Growth.cagr(q("1亿元"), q("2亿元"), 0));
  }

  @Test
  void cagrHasAsManySignificantDigitsAsItsJavadocSays() {
    Quantity first = q("100亿元");
    Quantity last = Growth.timesMore(first, new BigDecimal("33.5"));
    assertEquals(34, Growth.cagr(first, last, 39).value().precision(), "34 digits by default (DECIMAL128)");
    assertEquals(12, Growth.cagr(first, last, 39, new MathContext(12)).value().precision());
    // 34.5^(1/39) − 1 = 0.0950432156332997903822…
    assertEquals(new BigDecimal("9.504322"), Growth.cagr(first, last, 39, new MathContext(7)).value(),
        "rounded half-even, not truncated");
    assertEquals(new BigDecimal("9.504321"), Growth.cagr(first, last, 39, new MathContext(7, RoundingMode.DOWN)).value());
    assertEquals(new BigDecimal("9.504321563329979038221640181017178"), Growth.cagr(first, last, 39).value());
    // a rational root that does not terminate is rounded to the context too: (4/9)^(1/2) − 1 = −1/3
    assertEquals(new BigDecimal("-33.3333"), Growth.cagr(q("9亿元"), q("4亿元"), 2, new MathContext(6)).value());
    assertEquals(34, Growth.cagr(q("9亿元"), q("4亿元"), 2).value().precision());
  }

  @Test
  void badArgumentsAreRefusedWithMessages() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> Growth.rate(q("1万人"), q("0万人")));
    assertTrue(zero.getMessage().contains("zero"), zero.getMessage());
    assertThrows(IncompatibleUnitsException.class, () -> Growth.rate(q("1万人"), q("1万人次")));
    IllegalArgumentException points = assertThrows(IllegalArgumentException.class,
        () -> Growth.impliedPrevious(q("2.05万人"), q("13.37百分点")));
    assertTrue(points.getMessage().contains("百分点"), points.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Growth.impliedPrevious(q("2.05万人"), q("-100%")));
    assertThrows(IllegalArgumentException.class,
        () -> Growth.rate(q("2万人"), q("1万人"), new MathContext(0)));
    assertThrows(NullPointerException.class, () -> Growth.rate(q("2万人"), (Quantity) null));
  }

  @Test
  void qualifiersPropagate() {
    assertEquals(Qualifier.APPROXIMATE, Growth.impliedPrevious(q("800余座"), q("10%")).qualifier());
    assertEquals(Qualifier.EXACT, Growth.impliedPrevious(q("880座"), q("10%")).qualifier());
    assertEquals(q("800座"), Growth.impliedPrevious(q("880座"), q("10%")));
    assertEquals(q("880座"), Growth.impliedCurrent(q("800座"), q("10%")));
  }

  @Test
  void monthRangeFlowsCompareWithTheSameRangeAYearEarlier() {
    Observation now = Seed.obs(Seed.GRAIN, Region.CHIFENG, "2023-01/2023-11", "110亿斤");
    Observation before = Seed.obs(Seed.GRAIN, Region.CHIFENG, "2022-01/2022-11", "100亿斤");
    assertEquals(q("10%"), Growth.rate(now, before));
    Observation wholeYear = Seed.obs(Seed.GRAIN, Region.CHIFENG, "2022", "100亿斤");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Growth.rate(now, wholeYear));
    assertTrue(e.getMessage().contains("2022-01/2022-11"), e.getMessage());
    Observation elsewhere = Seed.obs(Seed.GRAIN, Seed.prefecture("150500"), "2022-01/2022-11", "100亿斤");
    assertThrows(IllegalArgumentException.class, () -> Growth.rate(now, elsewhere));
    Observation area = Seed.obs(Seed.AREA, Region.CHIFENG, "2022-01/2022-11", "100万亩");
    assertThrows(IllegalArgumentException.class, () -> Growth.rate(now, area));
  }

  @Test
  void impliedPreviousNeedsAYearOnYearRate() {
    Observation noChange = Seed.obs(Seed.GRAIN, Region.CHIFENG, "2023", "130亿斤");
    assertThrows(IllegalArgumentException.class, () -> Growth.impliedPrevious(noChange));
    Observation reference = Observation.builder().from(noChange)
        .change(Change.against(q("6.31亿斤"), "近5年平均")).build();
    assertThrows(IllegalArgumentException.class, () -> Growth.impliedPrevious(reference));
    assertEquals(Period.parse("2023"), reference.period());
  }
}
