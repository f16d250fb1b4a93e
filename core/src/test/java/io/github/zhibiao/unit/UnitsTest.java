package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void grainInJinIsExactlyTonnes() {
    Quantity q = Quantity.parse("130亿斤").to(Units.of("万吨"));
    assertEquals(Quantity.of("650", "万吨"), q);
  }

  @Test
  void sownAreaInHectaresIsRoundedToThirtyFourDigits() {
    Quantity q = Quantity.parse("1706.8万亩").to(Units.of("万公顷"));
    assertEquals(d("113.7866666666666666666666666666667"), q.value());
    assertEquals(34, q.value().precision());
    Quantity coarse = Quantity.parse("1706.8万亩").to(Units.of("万公顷"), new MathContext(7, RoundingMode.HALF_UP));
    assertEquals(d("113.7867"), coarse.value());
    assertEquals(Quantity.parse("1706.8万亩"), q.to(Units.of("万亩")), "a→b→a gives back the value");
  }

  @Test
  void oneHectareIsFifteenMu() {
    assertEquals(Quantity.of("15", "亩"), Quantity.of("1", "公顷").to(Units.MU));
    assertEquals(Rational.of(15), Units.HECTARE.converterTo(Units.MU).factor());
  }

  @Test
  void livestockAndMoney() {
    assertEquals(d("22106000"), Quantity.parse("2210.6万头只").to(Units.of("头只")).value());
    assertEquals(d("7544900"), Quantity.parse("754.49亿元").to(Units.of("万元")).value());
    assertEquals(d("3622000"), Quantity.parse("362.2万头").to(Units.HEAD_MIXED).value());
    assertTrue(Quantity.parse("362.2万头").isEquivalentTo(Quantity.parse("3622000只")));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "万人, 人次, PERSON ≠ PERSON_TIME",
    "亿元, 万亩, CURRENCY_CNY ≠ LENGTH²",
    "%, 百分点, NONE ≠ PERCENTAGE_POINT",
    "家, 个, ENTERPRISE ≠ ITEM",
    "座, 个, STRUCTURE ≠ ITEM",
    "万辆次, 万辆, VEHICLE_TRIP ≠ VEHICLE",
    "件, 台, PIECE ≠ MACHINE",
  })
  void incompatibleUnitsNameBothUnitsAndDimensions(String from, String to, String dims) {
    IncompatibleUnitsException e = assertThrows(IncompatibleUnitsException.class,
        () -> Quantity.of(BigDecimal.ONE, Units.of(from)).to(Units.of(to)));
    assertEquals("cannot convert " + from + " to " + to + ": " + dims, e.getMessage());
    assertEquals(from, e.fromSymbol());
    assertEquals(to, e.toSymbol());
  }

  @Test
  void percentAndPercentagePointsDoNotAdd() {
    IncompatibleUnitsException e = assertThrows(IncompatibleUnitsException.class,
        () -> Quantity.parse("5.82%").plus(Quantity.parse("7.5个百分点")));
    assertEquals("cannot add % and 百分点: NONE ≠ PERCENTAGE_POINT; to raise a rate by 百分点 use"
        + " rate.plusPoints(points) or Growth.plusPoints(rate, points)", e.getMessage());
  }

  @Test
  void subtractingPercentagePointsFromARateNamesTheOperationThatDoesIt() {
    IncompatibleUnitsException e = assertThrows(IncompatibleUnitsException.class,
        () -> Quantity.parse("78.3%").minus(Quantity.parse("7.5个百分点")));
    assertEquals("cannot subtract % and 百分点: NONE ≠ PERCENTAGE_POINT; to lower a rate by 百分点 use"
        + " rate.minusPoints(points) or Growth.plusPoints(rate, points.negate()), and"
        + " Growth.pointChange(rateNow, rateBefore) for the 百分点 between two rates", e.getMessage());
    IncompatibleUnitsException reversed = assertThrows(IncompatibleUnitsException.class,
        () -> Quantity.parse("7.5个百分点").plus(Quantity.parse("78.3%")));
    assertTrue(reversed.getMessage().endsWith("rate.plusPoints(points) or Growth.plusPoints(rate, points)"),
        reversed.getMessage());
    IncompatibleUnitsException people = assertThrows(IncompatibleUnitsException.class,
        () -> Quantity.parse("78.3%").minus(Quantity.parse("7.5万人")));
    assertEquals("cannot subtract % and 万人: NONE ≠ PERSON", people.getMessage(), "no hint where none applies");
    IncompatibleUnitsException compare = assertThrows(IncompatibleUnitsException.class,
        () -> Quantity.parse("78.3%").compareTo(Quantity.parse("7.5个百分点")));
    assertEquals("cannot compare % and 百分点: NONE ≠ PERCENTAGE_POINT", compare.getMessage());
  }

  @Test
  void aRateMovesByPercentagePoints() {
    assertEquals(Quantity.parse("70.8%"), Quantity.parse("78.3%").minusPoints(Quantity.parse("7.5个百分点")));
    assertEquals(Quantity.parse("78.3%"), Quantity.parse("70.8%").plusPoints(Quantity.parse("7.5个百分点")));
    assertEquals(Quantity.parse("1.5%"), Quantity.parse("5‰").plusPoints(Quantity.parse("1百分点")), "the result is in %");
    assertEquals(Quantity.parse("-2%"), Quantity.parse("1成").minusPoints(Quantity.parse("12百分点")));
    assertEquals(Quantity.parse("约70.8%"), Quantity.parse("约78.3%").minusPoints(Quantity.parse("7.5百分点")));
    assertEquals(Quantity.parse("约70.8%"), Quantity.parse("78.3%").minusPoints(Quantity.parse("超7.5百分点")),
        "exact only when both are");
    assertEquals("70.8%", Quantity.parse("78.30%").minusPoints(Quantity.parse("7.50百分点")).toString(),
        "trailing zeros of a terminating result are dropped");
    IllegalArgumentException notRate = assertThrows(IllegalArgumentException.class,
        () -> Quantity.parse("7.5百分点").plusPoints(Quantity.parse("1百分点")));
    assertEquals("7.5百分点 must be a dimensionless rate (%, ‰, 成) to move by 百分点, not PERCENTAGE_POINT"
        + " (百分点 is a difference of rates; add two of them with plus)", notRate.getMessage());
    IllegalArgumentException people = assertThrows(IllegalArgumentException.class,
        () -> Quantity.parse("2万人").plusPoints(Quantity.parse("1百分点")));
    assertEquals("2万人 must be a dimensionless rate (%, ‰, 成) to move by 百分点, not PERSON", people.getMessage());
    IllegalArgumentException notPoints = assertThrows(IllegalArgumentException.class,
        () -> Quantity.parse("78.3%").minusPoints(Quantity.parse("7.5%")));
    assertEquals("points 7.5% must be in 百分点, not NONE (two rates add with plus)", notPoints.getMessage());
    IllegalArgumentException persons = assertThrows(IllegalArgumentException.class,
        () -> Quantity.parse("78.3%").minusPoints(Quantity.parse("7.5人")));
    assertEquals("points 7.5人 must be in 百分点, not PERSON", persons.getMessage());
    assertThrows(NullPointerException.class, () -> Quantity.parse("78.3%").plusPoints(null));
  }

  @Test
  void quotientUnitsConvert() {
    Quantity yield = Quantity.parse("761.7斤/亩");
    assertEquals(d("380.85"), yield.to(Units.of("公斤/亩")).value());
    assertEquals(d("5712.75"), yield.to(Units.of("公斤/公顷")).value());
    assertEquals(d("12.5"), Quantity.parse("12.5万元/人").value());
    assertEquals(d("125000"), Quantity.parse("12.5万元/人").to(Units.of("元/人")).value());
    assertEquals(Units.KILOGRAM, Units.of("公斤/亩").times(Units.MU));
  }

  @Test
  void everyMagnitudeCombinesWithEveryUnit() {
    for (Magnitude m : Magnitude.values()) {
      for (Unit u : Units.catalog()) {
        if (Units.atomOrNull(m.word() + u.symbol()) != null) {
          continue; // 千克 is the catalog's kilogram, 千米 its kilometre
        }
        Unit scaled = Units.of(m.word() + u.symbol());
        assertEquals(u.factor().multiply(Rational.tenPow(m.exponent())), scaled.factor(), scaled.symbol());
        assertEquals(u.dimension(), scaled.dimension());
        assertEquals(u, scaled.withoutMagnitude(), scaled.symbol());
        assertEquals(scaled, u.withMagnitude(m));
      }
    }
  }

  @Test
  void aliasesAndCatalog() {
    assertEquals(Units.KILOGRAM, Units.of("千克"));
    assertEquals(Units.KILOMETRE, Units.of("千米"));
    assertEquals(Units.KILOWATT_HOUR, Units.of("度"));
    assertEquals(Units.PERCENTAGE_POINT, Units.of("个百分点"));
    assertEquals(Units.PERCENT, Units.of("％"));
    assertEquals(Units.PERSON, Units.MING.withoutMagnitude().converterTo(Units.PERSON).isIdentity() ? Units.PERSON : null);
    for (String s : new String[] {"元", "平方米", "亩", "公顷", "平方公里", "克", "两", "斤", "公斤", "吨", "米", "公里",
        "立方米", "千瓦", "千瓦时", "年", "月", "天", "头", "只", "头只", "人", "人次", "户", "家", "个", "座", "处", "场",
        "条", "项", "所", "名", "种", "辆", "套", "次", "件", "台", "张", "株", "辆次", "%", "‰", "成", "百分点"}) {
      Unit u = Units.of(s);
      assertEquals(s, u.symbol());
      assertFalse(u.englishName().isBlank(), s);
    }
    assertEquals(d("1200000"), Quantity.parse("120万株").to(Units.ZHU).value());
    assertEquals(d("35000"), Quantity.parse("3.5万辆次").to(Units.VEHICLE_TRIP).value());
    assertEquals(Units.of("公斤"), Units.of("千克"));
    assertEquals("千瓦", Units.of("千瓦").symbol(), "千瓦 is kilowatt, not 千 × 瓦");
  }

  @Test
  void unknownUnitsAndAmbiguousMagnitudesAreRefused() {
    UnknownUnitException e = assertThrows(UnknownUnitException.class, () -> Units.of("万阿巴"));
    assertEquals(1, e.errorIndex());
    assertTrue(e.getMessage().startsWith("cannot parse '万阿巴' at index 1: unknown unit '阿巴'"), e.getMessage());
    QuantityFormatException z = assertThrows(QuantityFormatException.class, () -> Units.of("兆元"));
    assertTrue(z.getMessage().contains("兆 is ambiguous"), z.getMessage());
    assertThrows(QuantityFormatException.class, () -> Units.of("元/"));
  }

  @Test
  void userUnitsValidateTheirArguments() {
    Unit dan = Unit.of("担", "dan", Dimension.MASS, Rational.of(50));
    assertEquals(Quantity.of("5000", "斤"), Quantity.of(BigDecimal.valueOf(50), dan).to(Units.JIN));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Unit.of("x", "x", Dimension.MASS, Rational.of(-1)));
    assertEquals("factor of unit x (-1) must be positive", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Unit.of("a/b", "x", Dimension.MASS, Rational.ONE));
    assertThrows(IllegalArgumentException.class, () -> Dimension.base("lower"));
    assertThrows(IllegalArgumentException.class, () -> Units.of("公斤/亩").withMagnitude(Magnitude.TEN_THOUSAND));
  }

  @Test
  void equalityIsScaleBlind() {
    Quantity a = Quantity.of("1.0", "万亩");
    Quantity b = Quantity.of("1.00", "万亩");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertFalse(a.equals(Quantity.of("1", "万公顷")));
    assertTrue(Quantity.of("15", "万亩").isEquivalentTo(Quantity.of("1", "万公顷")));
    assertTrue(Quantity.of("1", "万公顷").compareTo(Quantity.of("14.9", "万亩")) > 0);
  }

  @Test
  void arithmeticIsExactAndQualified() {
    Quantity sum = Quantity.parse("273.15亿元").plus(Quantity.parse("176.36亿元")).plus(Quantity.parse("135.73亿元"))
        .plus(Quantity.parse("106.94亿元")).plus(Quantity.parse("62.31亿元"));
    assertEquals(Quantity.parse("754.49亿元"), sum);
    assertEquals(Qualifier.APPROXIMATE, Quantity.parse("800余座").plus(Quantity.parse("4050座")).qualifier());
    assertEquals(Qualifier.LESS_THAN, Quantity.parse("超3%").negate().qualifier());
    Quantity yield = Quantity.parse("130亿斤").divide(Quantity.parse("1706.8万亩"), MathContext.DECIMAL64);
    assertEquals(d("761.7"), yield.to(Units.of("斤/亩")).value().setScale(1, RoundingMode.HALF_UP));
    assertThrows(ArithmeticException.class, () -> Quantity.parse("1亩").divide(Quantity.parse("0亩"), MathContext.DECIMAL64));
  }

  @Test
  void rationalArithmetic() {
    assertEquals(Rational.of(1, 2), Rational.of(2, 4));
    assertEquals("2000/3", Rational.of(-2000, -3).toString());
    assertTrue(Rational.of(1, 4).isTerminating());
    assertFalse(Rational.of(1, 3).isTerminating());
    assertEquals(d("0.25"), Rational.of(1, 4).toBigDecimal(MathContext.DECIMAL32));
    assertEquals(Rational.of(3, 2), Rational.of(1, 2).add(Rational.ONE));
    assertEquals(Rational.of(9, 4), Rational.of(3, 2).pow(2));
    assertEquals(Rational.of(4, 9), Rational.of(3, 2).pow(-2));
    ArithmeticException e = assertThrows(ArithmeticException.class, () -> Rational.of(1, 0));
    assertEquals("denominator of 1/0 must not be zero", e.getMessage());
  }

  @Test
  void convertersHaveAlgebra() {
    UnitConverter muToHa = Units.MU.converterTo(Units.HECTARE);
    assertEquals(Rational.of(1, 15), muToHa.factor());
    assertTrue(muToHa.andThen(muToHa.inverse()).isIdentity());
    assertEquals(Units.JIN.converterTo(Units.TONNE), Units.JIN.converterTo(Units.KILOGRAM)
        .andThen(Units.KILOGRAM.converterTo(Units.TONNE)));
  }
}
