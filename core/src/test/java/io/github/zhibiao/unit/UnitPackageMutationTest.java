package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Boundaries, messages, equality and hashing across the unit package. */
class UnitPackageMutationTest {

  private static Quantity q(String text) {
    return Quantity.parse(text);
  }

  // --- Unit ---------------------------------------------------------------------------------

  @Test
  void unitSymbolMayNotStartWithASeparatorAndFactorMustBePositive() {
    IllegalArgumentException slash = assertThrows(IllegalArgumentException.class,
        () -> Unit.of("/亩", "per mu", Dimension.AREA, Rational.ONE));
    assertEquals("unit symbol '/亩' must not be blank nor contain '/' or '·'", slash.getMessage());
    IllegalArgumentException dot = assertThrows(IllegalArgumentException.class,
        () -> Unit.of("·担", "dan", Dimension.MASS, Rational.of(50)));
    assertEquals("unit symbol '·担' must not be blank nor contain '/' or '·'", dot.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Unit.of(" ", "blank", Dimension.MASS, Rational.of(50)));
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> Unit.of("担", "dan", Dimension.MASS, Rational.ZERO));
    assertEquals("factor of unit 担 (0) must be positive", zero.getMessage());
    Unit dan = Unit.of("担", "dan", Dimension.MASS, Rational.of(50));
    assertEquals(Quantity.of("100", "斤"), Quantity.of(BigDecimal.ONE, dan).to(Units.JIN));
  }

  @Test
  void magnitudeOfAUnit() {
    assertEquals(Optional.of(Magnitude.TEN_THOUSAND), Units.of("万亩").magnitude());
    assertEquals(Optional.of(Magnitude.HUNDRED_MILLION), Units.of("亿斤").magnitude());
    assertEquals(Optional.empty(), Units.MU.magnitude());
    assertSame(Units.MU, Units.of("万亩").withoutMagnitude());
    assertEquals("亿亩", Units.of("万亩").withMagnitude(Magnitude.HUNDRED_MILLION).symbol());
    assertSame(Units.KILOGRAM, Units.GRAM.withMagnitude(Magnitude.THOUSAND));
    assertEquals("10^4 mu", Units.of("万亩").englishName());
  }

  @Test
  void productsAndQuotientsCancel() {
    Unit yield = Units.of("公斤/亩");
    assertSame(Units.KILOGRAM, yield.times(Units.MU));
    assertSame(Units.KILOGRAM, Units.MU.times(yield));
    assertSame(Units.MU, Units.ONE.times(Units.MU));
    assertSame(Units.MU, Units.MU.times(Units.ONE));
    Unit manDays = Units.PERSON.times(Units.DAY);
    assertEquals("人·天", manDays.symbol());
    assertEquals("persons·days", manDays.englishName());
    assertEquals(Dimension.PERSON.times(Dimension.TIME), manDays.dimension());
    assertEquals(Rational.of(86_400), manDays.factor());
    assertSame(Units.MU, Units.MU.per(Units.ONE));
    assertSame(Units.ONE, Units.MU.per(Units.MU));
    Unit perCapita = Units.of("万元").per(Units.PERSON);
    assertEquals("万元/人", perCapita.symbol());
    assertEquals("10^4 yuan/persons", perCapita.englishName());
    assertEquals(Rational.of(10_000), perCapita.factor());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> perCapita.withMagnitude(Magnitude.TEN_THOUSAND));
    assertEquals("cannot put magnitude 万 on the quotient unit 万元/人; put it on its numerator instead", e.getMessage());
  }

  @Test
  void unitEqualityAndHash() {
    assertNotEquals(Units.HEAD, Units.ZHI);
    assertTrue(Units.HEAD.isConvertibleTo(Units.ZHI));
    assertNotEquals(Units.MU.hashCode(), Units.JIN.hashCode());
    assertEquals(Units.of("万亩").hashCode(), Units.MU.withMagnitude(Magnitude.TEN_THOUSAND).hashCode());
    assertEquals(Units.of("万亩"), Units.MU.withMagnitude(Magnitude.TEN_THOUSAND));
    assertNotEquals(Unit.of("亩", "mu", Dimension.AREA, Rational.of(666)), Units.MU);
    assertNotEquals(Unit.of("亩", "mu", Dimension.LENGTH, Rational.of(2000, 3)), Units.MU);
    assertNotEquals(Units.MU, "亩");
    assertEquals("万亩", Units.of("万亩").toString());
  }

  @Test
  void incompatibleConversionNamesBoth() {
    IncompatibleUnitsException e = assertThrows(IncompatibleUnitsException.class,
        () -> Units.PERSON.converterTo(Units.PERSON_TIME));
    assertEquals("cannot convert 人 to 人次: PERSON ≠ PERSON_TIME", e.getMessage());
    assertEquals("人", e.fromSymbol());
    assertEquals("人次", e.toSymbol());
  }

  // --- Units, the uncached parser ----------------------------------------------------------

  private static Unit parse(String text) {
    return UnitCatalog.builtIn().parse(text, Normalizer.normalize(text), 0, text.length());
  }

  @Test
  void uncachedParserReadsEveryShape() {
    assertSame(Units.ONE, parse("  "));
    assertSame(Units.MU, parse(" 亩 "));
    assertSame(Units.KILOGRAM, parse("千克"));
    assertEquals(Units.of("万亩"), parse("万亩"));
    assertEquals("公斤/亩", parse("公斤/亩").symbol());
    assertEquals(Rational.of(3, 2000), parse("公斤/亩").factor());
    assertEquals("千瓦·小时", parse("千瓦*小时").symbol());
    assertEquals(Rational.of(3_600_000), parse("千瓦·小时").factor());
    assertEquals("万元/人", parse("万元／人").symbol());
    assertEquals(Magnitude.TEN_MILLION, parse("千万亩").magnitude().orElseThrow());
    assertEquals(Magnitude.HUNDRED_THOUSAND, parse("十万人").magnitude().orElseThrow());
    assertEquals(Magnitude.TEN_THOUSAND, parse("万").magnitude().orElseThrow());
    assertEquals("千万人次", parse("千万人次").symbol());
  }

  @Test
  void uncachedParserErrorsSayWhere() {
    QuantityFormatException slash = assertThrows(QuantityFormatException.class, () -> parse("/亩"));
    assertEquals(0, slash.errorIndex());
    assertTrue(slash.getMessage().endsWith("expected a unit on both sides of '/'"), slash.getMessage());
    QuantityFormatException trailing = assertThrows(QuantityFormatException.class, () -> parse("公斤/"));
    assertEquals(2, trailing.errorIndex());
    QuantityFormatException star = assertThrows(QuantityFormatException.class, () -> parse("千瓦*"));
    assertEquals(2, star.errorIndex());
    assertTrue(star.getMessage().endsWith("expected a unit on both sides of '*'"), star.getMessage());
    QuantityFormatException leading = assertThrows(QuantityFormatException.class, () -> parse("·时"));
    assertEquals(0, leading.errorIndex());
    UnknownUnitException unknown = assertThrows(UnknownUnitException.class, () -> parse("万阿巴"));
    assertEquals(1, unknown.errorIndex());
    assertEquals("阿巴", unknown.symbol());
    UnknownUnitException whole = assertThrows(UnknownUnitException.class, () -> parse("阿巴"));
    assertEquals(0, whole.errorIndex());
    assertEquals("阿巴", whole.symbol());
    QuantityFormatException zhao = assertThrows(QuantityFormatException.class, () -> parse("亩/兆元"));
    assertEquals(2, zhao.errorIndex());
  }

  @Test
  void catalogListsTheUnitsInOrder() {
    assertEquals(Units.PERCENT, Units.catalog().get(0));
    assertTrue(Units.catalog().contains(Units.HEAD_MIXED));
    assertTrue(Units.catalog().size() > 40, "size " + Units.catalog().size());
    assertThrows(UnsupportedOperationException.class, () -> Units.catalog().add(Units.MU));
  }

  // --- Quantity -----------------------------------------------------------------------------

  @Test
  void withQualifierKeepsTheSameQuantityWhenNothingChanges() {
    Quantity stock = q("2210.6万头只");
    assertSame(stock, stock.withQualifier(Qualifier.EXACT));
    Quantity about = stock.withQualifier(Qualifier.APPROXIMATE);
    assertEquals(q("约2210.6万头只"), about);
    assertEquals(Qualifier.APPROXIMATE, about.qualifier());
    assertFalse(about.isExact());
  }

  @Test
  void arithmeticOfQualifiedFigures() {
    assertEquals(q("4421.2万头只"), q("2210.6万头只").multiply(new BigDecimal("2")));
    assertEquals(q("约4421.2万头只"), q("约2210.6万头只").multiply(new BigDecimal("2")));
    assertEquals(q("约1600座"), q("800余座").multiply(new BigDecimal("2")));
    assertEquals(Qualifier.EXACT, q("130亿斤").times(q("1"  )).qualifier());
    Quantity yield = q("130亿斤").divide(q("1706.8万亩"), new MathContext(5));
    assertEquals(Units.of("亿斤").per(Units.of("万亩")), yield.unit());
    assertEquals(new BigDecimal("0.076166"), yield.value());
    assertEquals(new BigDecimal("2211"), q("2210.6万头只").round(new MathContext(4)).value());
    assertEquals(Units.of("万头只"), q("2210.6万头只").round(new MathContext(4)).unit());
    assertEquals(Qualifier.MORE_THAN, q("800余座").round(new MathContext(1)).qualifier());
    ArithmeticException zero = assertThrows(ArithmeticException.class,
        () -> q("130亿斤").divide(q("0万亩"), MathContext.DECIMAL64));
    assertEquals("division of 130亿斤 by zero (0万亩)", zero.getMessage());
  }

  @Test
  void mismatchedDimensionsNameTheOperation() {
    IncompatibleUnitsException minus = assertThrows(IncompatibleUnitsException.class,
        () -> q("2.05万人").minus(q("3.09万人次")));
    assertEquals("cannot subtract 万人 and 万人次: PERSON ≠ PERSON_TIME", minus.getMessage());
    IncompatibleUnitsException cmp = assertThrows(IncompatibleUnitsException.class,
        () -> q("5.82%").compareTo(q("7.5百分点")));
    assertEquals("cannot compare % and 百分点: NONE ≠ PERCENTAGE_POINT", cmp.getMessage());
    IncompatibleUnitsException plus = assertThrows(IncompatibleUnitsException.class,
        () -> q("5.82%").plus(q("7.5百分点")));
    assertTrue(plus.getMessage().startsWith("cannot add % and 百分点: NONE ≠ PERCENTAGE_POINT; "), plus.getMessage());
  }

  @Test
  void equivalenceNeedsSameAmountDimensionAndQualifier() {
    assertTrue(q("130亿斤").isEquivalentTo(q("650万吨")));
    assertFalse(q("130亿斤").isEquivalentTo(q("651万吨")));
    assertFalse(q("130亿斤").isEquivalentTo(q("约650万吨")));
    assertFalse(q("130亿斤").isEquivalentTo(q("130亿元")));
  }

  @Test
  void equalQuantitiesHashAlikeAndOthersDiffer() {
    assertEquals(q("2.050万人"), q("2.05万人"));
    assertEquals(q("2.050万人").hashCode(), q("2.05万人").hashCode());
    assertEquals(q("0.00万人").hashCode(), q("0万人").hashCode());
    Quantity base = q("2.05万人");
    for (Quantity other : new Quantity[] {q("2.06万人"), q("2.05万户"), q("约2.05万人"), q("20.5万人"), q("0万人"),
        q("-2.05万人"), q("2.05人")}) {
      assertNotEquals(base, other, other.toString());
      assertNotEquals(base.hashCode(), other.hashCode(), other.toString());
    }
  }

  // --- Normalizer and QuantityFormat --------------------------------------------------------

  @Test
  void normalizerMapsOneCharacterToOne() {
    assertEquals("万亿两点负头只吨亩个户贰陆", QuantityFormat.normalize("萬億兩點負頭隻噸畝個戶貳陸"));
    assertEquals("零~· -------", QuantityFormat.normalize("〇〜・\u3000\u2010\u2011\u2012\u2013\u2014\u2015\u2212"));
    assertEquals("!~123,.%+-/", QuantityFormat.normalize("！～１２３，．％＋－／"));
    assertEquals("\u200F\uFF00\uFF5F", QuantityFormat.normalize("\u200F\uFF00\uFF5F"));
    String plain = "2210.6万头只";
    assertSame(plain, Normalizer.normalize(plain));
    assertEquals("", QuantityFormat.normalize(""));
  }

  @Test
  void formatRoundingToWholeNumbers() {
    QuantityFormat whole = QuantityFormat.chinese().withScale(0, RoundingMode.HALF_UP);
    assertEquals("2211万头只", whole.format(q("2210.6万头只")));
    assertEquals("2210万头只", QuantityFormat.chinese().withScale(0, RoundingMode.DOWN).format(q("2210.6万头只")));
    assertEquals("22 million head", QuantityFormat.english().withScale(0, RoundingMode.HALF_UP).format(q("2210.6万头只")));
    assertEquals("5,000 persons", QuantityFormat.english().withScale(0, RoundingMode.HALF_UP).format(q("0.5万人")));
  }

  @Test
  void autoMagnitudeThresholdsAreInclusive() {
    QuantityFormat auto = QuantityFormat.chinese().withAutoMagnitude();
    assertEquals("1亿元", auto.format(q("100000000元")));
    assertEquals("9999.9999万元", auto.format(q("99999999元")));
    assertEquals("1万元", auto.format(q("10000元")));
    assertEquals("9999元", auto.format(q("9999元")));
    assertEquals("-1.5万元", auto.format(q("-15000元")));
    assertEquals("2.4‰", auto.format(q("2.4‰")));
    assertEquals("3万元/人", auto.format(q("3万元/人")));
  }

  @Test
  void englishScaleWordsStartAtTheirPowers() {
    QuantityFormat en = QuantityFormat.english();
    assertEquals("1 trillion yuan", en.format(q("1万亿元")));
    assertEquals("999.99 billion yuan", en.format(q("9999.9亿元")));
    assertEquals("1 billion yuan", en.format(q("10亿元")));
    assertEquals("1 million yuan", en.format(q("100万元")));
    assertEquals("999,999 yuan", en.format(q("999999元")));
    assertEquals("2.4‰", en.format(q("2.4‰")));
    assertEquals("about 2.4‰", en.format(q("约2.4‰")));
    assertEquals("1,234.50 yuan", en.format(q("1234.50元")));
    assertEquals("1,234.5678 yuan", en.format(q("1234.5678元")));
    assertEquals("at least 300,000 tonnes", en.format(q("30万吨以上")));
    assertEquals("761.7 jin/mu", en.format(q("761.7斤/亩")));
  }

  // --- Rational, Dimension, Magnitude, Qualifier --------------------------------------------

  @Test
  void rationalEdges() {
    assertEquals(Rational.of(1, 100), Rational.tenPow(-2));
    assertEquals(Rational.of(100), Rational.tenPow(2));
    assertEquals(Rational.ONE, Rational.tenPow(0));
    assertEquals(Rational.ONE, Rational.ZERO.pow(0));
    assertEquals(Rational.of(9, 4), Rational.of(2, 3).pow(-2));
    assertEquals(BigInteger.ONE, Rational.coprimeToTen(BigInteger.ZERO));
    assertEquals(BigInteger.valueOf(3), Rational.coprimeToTen(BigInteger.valueOf(-1500)));
    assertEquals(Rational.of(1, 2).hashCode(), Rational.of(2, 4).hashCode());
    assertNotEquals(Rational.of(1, 2).hashCode(), Rational.of(2, 1).hashCode());
    assertNotEquals(Rational.of(1, 2).hashCode(), Rational.of(1, 3).hashCode());
    assertNotEquals(Rational.of(3, 2).hashCode(), Rational.of(1, 2).hashCode());
    assertEquals(Rational.of(-1, 2), Rational.of(1, -2));
    assertEquals(Rational.of(12345, 1), Rational.of(new BigDecimal("1.2345E+4")));
    ArithmeticException zero = assertThrows(ArithmeticException.class, () -> Rational.of(3, 0));
    assertEquals("denominator of 3/0 must not be zero", zero.getMessage());
  }

  @Test
  void dimensionsMultiplyAndName() {
    Dimension yield = Dimension.MASS.per(Dimension.AREA);
    assertEquals(Map.of("LENGTH", -2, "MASS", 1), yield.exponents());
    assertEquals("LENGTH⁻²·MASS", yield.toString());
    assertEquals(Dimension.AREA, Dimension.LENGTH.pow(2));
    assertEquals(Map.of("LENGTH", 3), Dimension.VOLUME.exponents());
    assertEquals(Map.of("TIME", -3, "LENGTH", 6), Dimension.TIME.pow(-3).times(Dimension.LENGTH.pow(6)).exponents());
    assertEquals(Dimension.NONE, Dimension.MASS.pow(0));
    assertTrue(Dimension.AREA.per(Dimension.AREA).isNone());
    assertNotEquals(Dimension.AREA.hashCode(), Dimension.VOLUME.hashCode());
    assertEquals(Dimension.base("STRUCTURE"), Units.ZUO.dimension());
    assertEquals("STRUCTURE", Dimension.base("STRUCTURE").toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dimension.base("structure"));
    assertEquals("base dimension name 'structure' must be upper-case letters, digits and underscores", e.getMessage());
  }

  @Test
  void magnitudeLookups() {
    assertEquals(Optional.of(Magnitude.TEN_THOUSAND), Magnitude.ofWord("万"));
    assertEquals(Optional.of(Magnitude.TRILLION), Magnitude.ofWord("万亿"));
    assertEquals(Optional.empty(), Magnitude.ofWord("兆"));
    assertEquals(Optional.of(Magnitude.HUNDRED_MILLION), Magnitude.ofExponent(8));
    assertEquals(Optional.of(Magnitude.TEN), Magnitude.ofExponent(1));
    assertEquals(Optional.empty(), Magnitude.ofExponent(13));
    assertEquals(Optional.empty(), Magnitude.ofExponent(0));
    assertEquals(Rational.of(100_000_000), Magnitude.HUNDRED_MILLION.factor());
  }

  @Test
  void qualifierNegationMirrors() {
    assertEquals(Qualifier.LESS_THAN, Qualifier.MORE_THAN.negate());
    assertEquals(Qualifier.MORE_THAN, Qualifier.LESS_THAN.negate());
    assertEquals(Qualifier.AT_MOST, Qualifier.AT_LEAST.negate());
    assertEquals(Qualifier.AT_LEAST, Qualifier.AT_MOST.negate());
    assertEquals(Qualifier.APPROXIMATE, Qualifier.APPROXIMATE.negate());
    assertEquals(Qualifier.EXACT, Qualifier.EXACT.negate());
    assertEquals(q("不足-800座"), q("超800座").negate());
    assertEquals("less than ", Qualifier.LESS_THAN.englishPrefix());
    assertEquals("以下", Qualifier.AT_MOST.chineseSuffix());
  }

  @Test
  void unitsSharingARecentCacheSlotStayApart() {
    // 场 and 头, and 斤 and 万头, fall into the same slot of the parser's recent-segment table
    for (int i = 0; i < 3; i++) {
      assertSame(Units.CHANG, q("1场").unit());
      assertSame(Units.HEAD, q("1头").unit());
      assertSame(Units.JIN, q("1斤").unit());
      assertEquals(Units.HEAD.withMagnitude(Magnitude.TEN_THOUSAND), q("1万头").unit());
      assertSame(Units.JIN, q("2斤").unit());
    }
  }

  @Test
  void unitsOfFreshTextAreParsedAndCached() {
    Unit first = Units.of("百万平方米");
    assertEquals("百万平方米", first.symbol());
    assertEquals(Rational.of(1_000_000), first.factor());
    assertSame(first, Units.of("百万平方米"));
    assertEquals("十亿千瓦时", Units.of("十亿千瓦时").symbol());
    assertEquals(Rational.of(3_600_000).multiply(Rational.tenPow(9)), Units.of("十亿千瓦时").factor());
  }

}
