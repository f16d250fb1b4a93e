package io.github.zhibiao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntervalAndRelationTest {

  private static Rational r(long n, long d) {
    return Rational.of(n, d);
  }

  private static Rational r(long n) {
    return Rational.of(n);
  }

  @Test
  void ofOrdersItsBounds() {
    Interval i = Interval.of(r(5), r(2));
    assertEquals(r(2), i.lo());
    assertEquals(r(5), i.hi());
    Interval j = Interval.of(r(2), r(5));
    assertEquals(i, j);
    Interval p = Interval.of(r(3), r(3));
    assertEquals(r(3), p.lo());
    assertEquals(r(3), p.hi());
    assertEquals(Interval.point(r(3)), p);
  }

  @Test
  void midHalfWidthAndArithmetic() {
    Interval i = Interval.of(r(2), r(5));
    assertEquals(r(7, 2), i.mid());
    assertEquals(r(3, 2), i.halfWidth());
    Interval j = Interval.of(r(-1), r(3));
    assertEquals(Interval.of(r(1), r(8)), i.add(j));
    assertEquals(Interval.of(r(-1), r(6)), i.subtract(j));
    assertEquals(Interval.of(r(-5), r(15)), i.multiply(j));
    assertEquals(Interval.of(r(-15), r(5)), i.multiply(Interval.of(r(-3), r(1))));
    assertEquals(Interval.of(r(-10), r(-4)), i.multiply(r(-2)));
    assertEquals(Interval.of(r(1), r(5, 2)), i.divide(Interval.of(r(2), r(2))));
    assertEquals(Interval.of(r(1, 2), r(5, 2)), i.divide(Interval.of(r(2), r(4))));
    assertEquals(Interval.of(r(-5, 2), r(-1, 2)), i.divide(Interval.of(r(-4), r(-2))));
  }

  @Test
  void zeroBoundsCountAsContainingZero() {
    assertTrue(Interval.of(r(0), r(3)).containsZero());
    assertTrue(Interval.of(r(-3), r(0)).containsZero());
    assertTrue(Interval.of(r(-1), r(1)).containsZero());
    assertFalse(Interval.of(r(1, 1000), r(3)).containsZero());
    assertFalse(Interval.of(r(-3), r(-1, 1000)).containsZero());
    ArithmeticException e = assertThrows(ArithmeticException.class,
        () -> Interval.of(r(1), r(2)).divide(Interval.of(r(0), r(3))));
    assertEquals("interval [0, 3] contains zero", e.getMessage());
  }

  @Test
  void containsAndOverlapsIncludeTheBounds() {
    Interval i = Interval.of(r(2), r(5));
    assertTrue(i.contains(r(2)));
    assertTrue(i.contains(r(5)));
    assertTrue(i.contains(r(3)));
    assertFalse(i.contains(r(199, 100)));
    assertFalse(i.contains(r(501, 100)));
    assertTrue(i.overlaps(Interval.of(r(5), r(7))));
    assertTrue(i.overlaps(Interval.of(r(0), r(2))));
    assertTrue(i.overlaps(Interval.of(r(3), r(4))));
    assertFalse(i.overlaps(Interval.of(r(501, 100), r(7))));
    assertFalse(i.overlaps(Interval.of(r(0), r(199, 100))));
  }

  @Test
  void statedFigureCoversHalfALastDigit() {
    // 754.49亿元 stands for 754.485 … 754.495 亿元
    Interval i = Interval.stated(Quantity.parse("754.49亿元"));
    assertEquals(r(75448500000L), i.lo());
    assertEquals(r(75449500000L), i.hi());
    assertEquals(r(1, 200), Interval.halfUlp(new BigDecimal("754.49")));
    assertEquals(r(1, 2), Interval.halfUlp(new BigDecimal("130")));
    assertEquals("754.485 … 754.495", i.format(io.github.zhibiao.unit.Units.of("亿元"), java.math.MathContext.DECIMAL64));
  }

  @Test
  void aConvertedFigureCoversHalfItsLastStatedDigit() {
    // 1.50万亩 in 亩 is 15000亩 stated with three digits: 14950 … 15050亩, not 14999.5 … 15000.5
    Quantity mu = Quantity.parse("1.50万亩").to(io.github.zhibiao.unit.Units.of("亩"));
    assertEquals("15000亩", mu.toString());
    Interval i = Interval.stated(mu);
    assertEquals(Interval.stated(Quantity.parse("1.50万亩")), i, "the same interval as the figure as stated");
    assertEquals("14950 … 15050", i.format(io.github.zhibiao.unit.Units.of("亩"), java.math.MathContext.DECIMAL64));
    // a figure stated as 15000亩 keeps its own five digits
    assertEquals("14999.5 … 15000.5", Interval.stated(Quantity.parse("15000亩"))
        .format(io.github.zhibiao.unit.Units.of("亩"), java.math.MathContext.DECIMAL64));
  }

  @Test
  void intervalEqualityAndText() {
    Interval i = Interval.of(r(1, 3), r(5));
    assertEquals(Interval.of(r(5), r(1, 3)), i);
    assertEquals(Interval.of(r(5), r(1, 3)).hashCode(), i.hashCode());
    assertNotEquals(Interval.of(r(1, 3), r(6)), i);
    assertNotEquals(Interval.of(r(1, 4), r(5)), i);
    assertNotEquals(i, "[1/3, 5]");
    assertNotEquals(Interval.of(r(1), r(2)).hashCode(), Interval.of(r(2), r(1, 1)).hashCode() + 1);
    assertNotEquals(Interval.of(r(1), r(2)).hashCode(), Interval.of(r(2), r(3)).hashCode());
    assertEquals(r(1).hashCode() * 31 + r(2).hashCode(), Interval.of(r(1), r(2)).hashCode());
    assertEquals("[1/3, 5]", i.toString());
  }

  private static final Region HONGSHAN = Seed.prefecture("150402");
  private static final Region YUANBAOSHAN = Seed.prefecture("150403");

  @Test
  void sumRelation() {
    Relation s = Relation.sum("BRAND_VALUE.TOTAL", "BRAND_VALUE.AOHAN_MILLET", "BRAND_VALUE.CHIFENG_MILLET");
    assertEquals(Relation.Kind.SUM, s.kind());
    assertEquals("BRAND_VALUE.TOTAL", s.code());
    assertEquals(List.of("BRAND_VALUE.AOHAN_MILLET", "BRAND_VALUE.CHIFENG_MILLET"), s.related());
    assertEquals(Optional.empty(), s.totalRegion());
    assertEquals(List.of(), s.partRegions());
    assertEquals("SUM BRAND_VALUE.TOTAL [BRAND_VALUE.AOHAN_MILLET, BRAND_VALUE.CHIFENG_MILLET]", s.toString());
    assertEquals(s, Relation.sum("BRAND_VALUE.TOTAL", List.of("BRAND_VALUE.AOHAN_MILLET", "BRAND_VALUE.CHIFENG_MILLET")));
    assertEquals(s.hashCode(),
        Relation.sum("BRAND_VALUE.TOTAL", "BRAND_VALUE.AOHAN_MILLET", "BRAND_VALUE.CHIFENG_MILLET").hashCode());
    assertNotEquals(s, Relation.sum("BRAND_VALUE.TOTAL", "BRAND_VALUE.AOHAN_MILLET"));
    assertNotEquals(s, Relation.sum("TOTAL2", "BRAND_VALUE.AOHAN_MILLET", "BRAND_VALUE.CHIFENG_MILLET"));
    assertNotEquals(s.hashCode(), Relation.sum("TOTAL2", "BRAND_VALUE.AOHAN_MILLET").hashCode());
    assertNotEquals(s, "SUM BRAND_VALUE.TOTAL");
  }

  @Test
  void sumRefusesBadCodes() {
    IllegalArgumentException blankTotal = assertThrows(IllegalArgumentException.class, () -> Relation.sum(" ", "A"));
    assertEquals("totalCode must not be blank", blankTotal.getMessage());
    IllegalArgumentException blankPart = assertThrows(IllegalArgumentException.class, () -> Relation.sum("T", "A", ""));
    assertEquals("part code must not be blank", blankPart.getMessage());
    IllegalArgumentException repeat = assertThrows(IllegalArgumentException.class, () -> Relation.sum("T", "A", "A"));
    assertEquals("part code 'A' repeats or is the total T", repeat.getMessage());
    IllegalArgumentException self = assertThrows(IllegalArgumentException.class, () -> Relation.sum("T", "T"));
    assertEquals("part code 'T' repeats or is the total T", self.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> Relation.sum("T"));
    assertEquals("sum relation for T needs at least one part", none.getMessage());
  }

  @Test
  void regionalSumRelation() {
    Relation rs = Relation.regionalSum("GRAIN_OUTPUT", Region.CHIFENG, List.of(HONGSHAN, YUANBAOSHAN));
    assertEquals(Relation.Kind.REGIONAL_SUM, rs.kind());
    assertEquals(Optional.of(Region.CHIFENG), rs.totalRegion());
    assertEquals(List.of(HONGSHAN, YUANBAOSHAN), rs.partRegions());
    assertEquals(List.of(), rs.related());
    assertEquals("REGIONAL_SUM GRAIN_OUTPUT 150400 = [150402, 150403]", rs.toString());
    assertEquals(rs, Relation.regionalSum("GRAIN_OUTPUT", Region.CHIFENG, List.of(HONGSHAN, YUANBAOSHAN)));
    assertNotEquals(rs, Relation.regionalSum("GRAIN_OUTPUT", Region.CHIFENG, List.of(HONGSHAN)));
    assertNotEquals(rs, Relation.regionalSum("GRAIN_OUTPUT", Region.INNER_MONGOLIA, List.of(HONGSHAN, YUANBAOSHAN)));
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> Relation.regionalSum("", Region.CHIFENG, List.of(HONGSHAN)));
    assertEquals("code must not be blank", blank.getMessage());
    IllegalArgumentException repeat = assertThrows(IllegalArgumentException.class,
        () -> Relation.regionalSum("G", Region.CHIFENG, List.of(HONGSHAN, HONGSHAN)));
    assertEquals("part region 150402 repeats or is the total 150400", repeat.getMessage());
    IllegalArgumentException self = assertThrows(IllegalArgumentException.class,
        () -> Relation.regionalSum("G", Region.CHIFENG, List.of(Region.CHIFENG)));
    assertEquals("part region 150400 repeats or is the total 150400", self.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> Relation.regionalSum("G", Region.CHIFENG, List.of()));
    assertEquals("regional sum of G in 150400 needs at least one part", none.getMessage());
  }

  @Test
  void shareAndPlanRelations() {
    Relation share = Relation.share("FARMLAND", "FARMLAND_TOTAL");
    assertEquals(Relation.Kind.SHARE, share.kind());
    assertEquals("FARMLAND", share.code());
    assertEquals(List.of("FARMLAND_TOTAL"), share.related());
    assertEquals("SHARE FARMLAND [FARMLAND_TOTAL]", share.toString());
    assertEquals(share, Relation.share("FARMLAND", "FARMLAND_TOTAL"));
    assertNotEquals(share, Relation.plan("FARMLAND", "FARMLAND_TOTAL"));
    assertEquals("partCode must not be blank",
        assertThrows(IllegalArgumentException.class, () -> Relation.share(" ", "W")).getMessage());
    assertEquals("wholeCode must not be blank",
        assertThrows(IllegalArgumentException.class, () -> Relation.share("P", "")).getMessage());

    Relation plan = Relation.plan("URBAN_NEW_EMPLOYMENT", "URBAN_NEW_EMPLOYMENT.TARGET");
    assertEquals(Relation.Kind.PLAN, plan.kind());
    assertEquals("PLAN URBAN_NEW_EMPLOYMENT [URBAN_NEW_EMPLOYMENT.TARGET]", plan.toString());
    assertEquals("actualCode must not be blank",
        assertThrows(IllegalArgumentException.class, () -> Relation.plan("", "T")).getMessage());
    assertEquals("targetCode must not be blank",
        assertThrows(IllegalArgumentException.class, () -> Relation.plan("A", " ")).getMessage());
    IllegalArgumentException same = assertThrows(IllegalArgumentException.class, () -> Relation.plan("A", "A"));
    assertTrue(same.getMessage().startsWith("plan target code must differ from the actual's (A)"), same.getMessage());
  }
}
