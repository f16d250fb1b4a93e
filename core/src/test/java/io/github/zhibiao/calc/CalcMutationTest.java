package io.github.zhibiao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalcMutationTest {

  private static Quantity q(String text) {
    return Quantity.parse(text);
  }


  @Test
  void rankedEqualityAndText() {
    List<Rankings.Ranked> a = Rankings.rank(Seed.grainOfFivePrefectures(), Rankings.Order.DESCENDING, Rankings.Mode.COMPETITION);
    List<Rankings.Ranked> b = Rankings.rank(Seed.grainOfFivePrefectures(), Rankings.Order.DESCENDING, Rankings.Mode.COMPETITION);
    assertEquals(a, b);
    assertEquals(a.get(0).hashCode(), b.get(0).hashCode());
    assertEquals("1: GRAIN_OUTPUT 150500 2023 = 200亿斤", a.get(0).toString());
    assertEquals("2: GRAIN_OUTPUT 150400 2023 = 130亿斤", a.get(1).toString());
    List<Rankings.Ranked> ordinal = Rankings.rank(Seed.grainOfFivePrefectures(), Rankings.Order.DESCENDING, Rankings.Mode.ORDINAL);
    // same observation, another position
    assertEquals(a.get(2).observation(), ordinal.get(2).observation());
    assertNotEquals(a.get(2), ordinal.get(2));
    assertNotEquals(a.get(2).hashCode(), ordinal.get(2).hashCode());
    assertNotEquals(a.get(0), a.get(1));
    assertNotEquals(a.get(0).hashCode(), a.get(1).hashCode());
    assertNotEquals(a.get(0), "1: GRAIN_OUTPUT 150500 2023 = 200亿斤");
  }

  @Test
  void checkTextShowsTiesCompletenessAndVerdict() {
    Observation chifeng = Seed.grainOfFivePrefectures().get(2);
    Rankings.Check tied = Rankings.check(chifeng, Ranking.position(2), Seed.grainOfFivePrefectures(), Rankings.Order.DESCENDING);
    assertEquals(2, tied.bestPosition());
    assertEquals(3, tied.worstPosition());
    assertEquals("Check[2 of GRAIN_OUTPUT 150400 2023 = 130亿斤: positions 2–3 among 5, consistent]", tied.toString());
    Rankings.Check partial = Rankings.check(chifeng, Ranking.position(4).withPeers(12), Seed.grainOfFivePrefectures(),
        Rankings.Order.ASCENDING);
    assertFalse(partial.complete());
    assertEquals(12, partial.peerCount());
    assertEquals(3, partial.bestPosition());
    assertEquals(4, partial.worstPosition());
    assertTrue(partial.consistent(), "one-sided when incomplete: 4 ≥ 3");
    assertEquals("Check[4/12 of GRAIN_OUTPUT 150400 2023 = 130亿斤: positions 3–4 among 5 of 12, consistent]",
        partial.toString());
    Rankings.Check wrong = Rankings.check(Seed.grainOfFivePrefectures().get(1), Ranking.position(2), Seed.grainOfFivePrefectures(), Rankings.Order.DESCENDING);
    assertEquals("Check[2 of GRAIN_OUTPUT 150500 2023 = 200亿斤: positions 1 among 5, inconsistent]", wrong.toString());
    assertFalse(Rankings.check(chifeng, Ranking.position(1).withPeers(12), Seed.grainOfFivePrefectures(), Rankings.Order.DESCENDING).consistent());
  }

  @Test
  void statedPeerCountEqualToTheGivenPeersIsComplete() {
    Observation chifeng = Seed.grainOfFivePrefectures().get(2);
    Rankings.Check exact = Rankings.check(chifeng, Ranking.position(2).withPeers(5), Seed.grainOfFivePrefectures(), Rankings.Order.DESCENDING);
    assertTrue(exact.complete());
    Rankings.Check more = Rankings.check(chifeng, Ranking.position(2).withPeers(6), Seed.grainOfFivePrefectures(), Rankings.Order.DESCENDING);
    assertFalse(more.complete());
    // complete: the stated position must not exceed the worst
    assertFalse(Rankings.check(chifeng, Ranking.position(4).withPeers(5), Seed.grainOfFivePrefectures(), Rankings.Order.DESCENDING).consistent());
    assertTrue(Rankings.check(chifeng, Ranking.position(3).withPeers(5), Seed.grainOfFivePrefectures(), Rankings.Order.DESCENDING).consistent());
    assertTrue(Rankings.check(chifeng, Ranking.position(4).withPeers(6), Seed.grainOfFivePrefectures(), Rankings.Order.DESCENDING).consistent());
  }

  @Test
  void checkRefusesMixedPeers() {
    Observation chifeng = Seed.grainOfFivePrefectures().get(2);
    Observation otherYear = Seed.obs(Seed.GRAIN, Seed.prefecture("150500"), "2022", "190亿斤");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Rankings.check(chifeng, Ranking.first(), List.of(otherYear), Rankings.Order.DESCENDING));
    assertEquals("cannot rank GRAIN_OUTPUT 150500 2022 = 190亿斤 with GRAIN_OUTPUT 150400 2023 = 130亿斤: "
        + "ranked observations must share indicator, period and breakdowns", e.getMessage());
    IllegalArgumentException noRanking = assertThrows(IllegalArgumentException.class,
        () -> Rankings.check(chifeng, Seed.grainOfFivePrefectures(), Rankings.Order.DESCENDING));
    assertEquals("observation GRAIN_OUTPUT 150400 2023 = 130亿斤 states no ranking", noRanking.getMessage());
  }

  @Test
  void findingEqualityAndText() {
    Observation o = Seed.grainOfFivePrefectures().get(2);
    Finding f = new Finding(Finding.Check.SUM, Finding.Outcome.FAILED, Finding.Severity.ERROR, "合计不符",
        "parts do not add up", List.of(o), "100 + 30 ≠ 131");
    assertEquals("ERROR SUM FAILED: parts do not add up [100 + 30 ≠ 131]", f.toString());
    assertFalse(f.passed());
    Finding same = new Finding(Finding.Check.SUM, Finding.Outcome.FAILED, Finding.Severity.ERROR, "合计不符",
        "parts do not add up", List.of(o), "100 + 30 ≠ 131");
    assertEquals(f, same);
    assertEquals(f.hashCode(), same.hashCode());
    List<Finding> others = List.of(
        new Finding(Finding.Check.GROWTH, Finding.Outcome.FAILED, Finding.Severity.ERROR, "合计不符",
            "parts do not add up", List.of(o), "100 + 30 ≠ 131"),
        new Finding(Finding.Check.SUM, Finding.Outcome.PASSED, Finding.Severity.ERROR, "合计不符",
            "parts do not add up", List.of(o), "100 + 30 ≠ 131"),
        new Finding(Finding.Check.SUM, Finding.Outcome.FAILED, Finding.Severity.WARNING, "合计不符",
            "parts do not add up", List.of(o), "100 + 30 ≠ 131"),
        new Finding(Finding.Check.SUM, Finding.Outcome.FAILED, Finding.Severity.ERROR, "合计相符",
            "parts do not add up", List.of(o), "100 + 30 ≠ 131"),
        new Finding(Finding.Check.SUM, Finding.Outcome.FAILED, Finding.Severity.ERROR, "合计不符",
            "parts add up", List.of(o), "100 + 30 ≠ 131"),
        new Finding(Finding.Check.SUM, Finding.Outcome.FAILED, Finding.Severity.ERROR, "合计不符",
            "parts do not add up", List.of(), "100 + 30 ≠ 131"),
        new Finding(Finding.Check.SUM, Finding.Outcome.FAILED, Finding.Severity.ERROR, "合计不符",
            "parts do not add up", List.of(o), "100 + 30 = 130"));
    for (Finding other : others) {
      assertNotEquals(f, other, other.toString());
    }
    assertNotEquals(f.hashCode(), others.get(0).hashCode());
    assertNotEquals(f, "ERROR SUM FAILED");
    assertTrue(new Finding(Finding.Check.SUM, Finding.Outcome.PASSED, Finding.Severity.INFO, "相符", "agree",
        List.of(), "").passed());
  }

  @Test
  void calculatorsRefuseWrongKindsOfFigures() {
    // a rate where a rate is needed, the same dimension where it is needed
    assertThrows(IllegalArgumentException.class, () -> Growth.impliedCurrent(q("2089万头只"), q("5万头只")));
    assertThrows(IllegalArgumentException.class, () -> Growth.pointChange(q("93.6百分点"), q("92.6%")));
    assertThrows(IllegalArgumentException.class, () -> Growth.plusPoints(q("21.6百分点"), q("7.5百分点")));
    assertThrows(IllegalArgumentException.class, () -> Growth.timesAs(q("300亿元"), java.math.BigDecimal.valueOf(-1)));
    assertThrows(IllegalArgumentException.class,
        () -> Growth.multiple(q("1200亿元"), q("300亿斤"), java.math.MathContext.DECIMAL64));
    assertThrows(IllegalArgumentException.class, () -> PlanCompletion.impliedTarget(q("2.05万人"), q("117万人")));
    assertThrows(IllegalArgumentException.class, () -> PlanCompletion.impliedActual(q("1.75万人"), q("117万人")));
    assertThrows(IllegalArgumentException.class, () -> PlanCompletion.surplusPoints(q("117.10百分点")));
  }

  @Test
  void doublingZeroTimesIsTheValue() {
    assertEquals(q("300亿元"), Growth.doubled(q("300亿元"), 0));
    assertEquals(q("300亿元"), Growth.timesAs(q("300亿元"), java.math.BigDecimal.ONE));
    assertEquals(q("300亿元"), Growth.timesMore(q("300亿元"), java.math.BigDecimal.ZERO));
    assertEquals(q("0亿元"), Growth.timesAs(q("300亿元"), java.math.BigDecimal.ZERO));
  }

  @Test
  void calculatorMessagesNameTheFigure() {
    IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
        () -> Growth.impliedCurrent(q("2089万头只"), q("5.82百分点")));
    assertEquals("rate 5.82百分点 must be a dimensionless rate (%, ‰, 成), not PERCENTAGE_POINT "
        + "(百分点 is a difference of rates, not a rate)", rate.getMessage());
    IllegalArgumentException cagrUnits = assertThrows(IllegalArgumentException.class,
        () -> Growth.cagr(q("100亿元"), q("200亿斤"), 5));
    assertEquals("cannot compare 亿斤 and 亿元: MASS ≠ CURRENCY_CNY", cagrUnits.getMessage());
    IllegalArgumentException zeroFirst = assertThrows(IllegalArgumentException.class,
        () -> Growth.cagr(q("0亿元"), q("200亿元"), 5));
    assertEquals("CAGR needs positive values, got first 0亿元 and last 200亿元", zeroFirst.getMessage());
    IllegalArgumentException zeroLast = assertThrows(IllegalArgumentException.class,
        () -> Growth.cagr(q("100亿元"), q("0亿元"), 5));
    assertEquals("CAGR needs positive values, got first 100亿元 and last 0亿元", zeroLast.getMessage());
    IllegalArgumentException noYears = assertThrows(IllegalArgumentException.class,
        () -> Growth.cagr(q("100亿元"), q("121亿元"), 0));
    assertEquals("years (0) must be >= 1", noYears.getMessage());
    assertEquals(q("21%"), Growth.cagr(q("100亿元"), q("121亿元"), 1));
    assertEquals(q("10%"), Growth.cagr(q("100亿元"), q("121亿元"), 2));
    assertEquals(q("1200亿元").unit(), Growth.doubled(q("300亿元"), 64).unit());
    IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> Growth.doubled(q("300亿元"), 65));
    assertEquals("number of doublings (65) must be between 0 and 64", tooMany.getMessage());
    IllegalArgumentException multiple = assertThrows(IllegalArgumentException.class,
        () -> Growth.multiple(q("1200亿元"), q("300亿斤"), java.math.MathContext.DECIMAL64));
    assertEquals("cannot compare 亿元 and 亿斤: CURRENCY_CNY ≠ MASS", multiple.getMessage());
  }

  @Test
  void planCompletionBoundariesAndMessages() {
    assertTrue(PlanCompletion.isFulfilled(q("2.05万人"), q("20500人")));
    assertFalse(PlanCompletion.isFulfilled(q("2.04万人"), q("20500人")));
    assertEquals(q("117.14%"), Rounding.asStated(PlanCompletion.rate(q("2.05万人"), q("1.75万人")), q("117.10%")));
    IllegalArgumentException units = assertThrows(IllegalArgumentException.class,
        () -> PlanCompletion.rate(q("2.05万人"), q("1.75万人次")));
    assertEquals("cannot compare 万人 and 万人次: PERSON ≠ PERSON_TIME", units.getMessage());
    IllegalArgumentException surplus = assertThrows(IllegalArgumentException.class,
        () -> PlanCompletion.surplus(q("2.05万人"), q("1.75万人次")));
    assertEquals("cannot compare 万人 and 万人次: PERSON ≠ PERSON_TIME", surplus.getMessage());
    assertEquals(q("0.3万人"), PlanCompletion.surplus(q("2.05万人"), q("1.75万人")));
    IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
        () -> PlanCompletion.impliedTarget(q("2.05万人"), q("117.10百分点")));
    assertTrue(target.getMessage().startsWith("rate 117.10百分点 must be a dimensionless rate"), target.getMessage());
    IllegalArgumentException actual = assertThrows(IllegalArgumentException.class,
        () -> PlanCompletion.impliedActual(q("1.75万人"), q("117.10万人")));
    assertEquals("rate 117.10万人 must be a dimensionless rate (%, ‰, 成), not PERSON", actual.getMessage());
    assertEquals(q("2.05万人"), PlanCompletion.impliedActual(q("1.75万人"), q("117.1428571428571428571428571428571%"))
        .setScale(2, java.math.RoundingMode.HALF_UP));
    IllegalArgumentException points = assertThrows(IllegalArgumentException.class,
        () -> PlanCompletion.surplusPoints(q("117.10百分点")));
    assertTrue(points.getMessage().startsWith("rate 117.10百分点 must be a dimensionless rate"), points.getMessage());
    assertEquals(q("17.1百分点"), PlanCompletion.surplusPoints(q("117.10%")));
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> PlanCompletion.impliedTarget(Seed.livestock()));
    assertTrue(none.getMessage().endsWith("states no plan completion (such as 117.10%)"), none.getMessage());
  }

  @Test
  void rootsExactAndApproximate() {
    assertEquals(io.github.zhibiao.unit.Rational.of(3, 2), Roots.root(io.github.zhibiao.unit.Rational.of(9, 4), 2,
        java.math.MathContext.DECIMAL64));
    assertEquals(io.github.zhibiao.unit.Rational.of(2), Roots.root(io.github.zhibiao.unit.Rational.of(8), 3,
        java.math.MathContext.DECIMAL64));
    io.github.zhibiao.unit.Rational two = io.github.zhibiao.unit.Rational.of(2);
    assertEquals(two, Roots.root(two, 1, java.math.MathContext.DECIMAL64));
    assertEquals(new java.math.BigDecimal("1.414213562"),
        Roots.root(two, 2, java.math.MathContext.DECIMAL64).toBigDecimal(java.math.MathContext.DECIMAL128).round(new java.math.MathContext(10)));
    assertEquals(new java.math.BigDecimal("1.148698355"),
        Roots.root(two, 5, java.math.MathContext.DECIMAL64).toBigDecimal(java.math.MathContext.DECIMAL128).round(new java.math.MathContext(10)));
    assertEquals(new java.math.BigDecimal("0.7937005260"),
        Roots.root(io.github.zhibiao.unit.Rational.of(1, 2), 3, java.math.MathContext.DECIMAL64)
            .toBigDecimal(java.math.MathContext.DECIMAL128).round(new java.math.MathContext(10)));
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> Roots.root(io.github.zhibiao.unit.Rational.ZERO, 2, java.math.MathContext.DECIMAL64));
    assertEquals("root of 0 of degree 2: need x > 0 and n >= 1", zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Roots.root(two, 0, java.math.MathContext.DECIMAL64));
    assertEquals(java.math.BigInteger.ZERO, Roots.integerRoot(java.math.BigInteger.ZERO, 2));
    assertEquals(java.math.BigInteger.ONE, Roots.integerRoot(java.math.BigInteger.ONE, 3));
    assertEquals(java.math.BigInteger.valueOf(100), Roots.integerRoot(java.math.BigInteger.valueOf(1_000_000), 3));
    assertEquals(java.math.BigInteger.valueOf(99), Roots.integerRoot(java.math.BigInteger.valueOf(999_999), 3));
    assertEquals(java.math.BigInteger.ONE, Roots.integerRoot(java.math.BigInteger.valueOf(3), 2));
    assertEquals(java.math.BigInteger.TWO, Roots.integerRoot(java.math.BigInteger.valueOf(4), 2));
    assertEquals(java.math.BigInteger.TWO, Roots.integerRoot(java.math.BigInteger.valueOf(80), 4));
    assertEquals(java.math.BigInteger.valueOf(3), Roots.integerRoot(java.math.BigInteger.valueOf(81), 4));
  }
}
