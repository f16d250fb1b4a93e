package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitCatalogTest {

  private static final Unit DAN = Unit.of("担", "dan", Dimension.MASS, Rational.of(50));

  @Test
  void aUserCatalogReadsItsOwnUnitsEverywhere() {
    UnitCatalog mine = UnitCatalog.builtIn().with(DAN, "市担");
    assertEquals(DAN, mine.parse("担"));
    assertEquals(DAN, mine.parse("市担"));
    assertEquals("万担", mine.parse("万担").symbol());
    assertEquals(Rational.of(500_000), mine.parse("万担").factor());
    Quantity q = Quantity.parse("3万担", mine);
    assertEquals(new BigDecimal("1500"), q.to(Units.TONNE).value().stripTrailingZeros().setScale(0));
    assertEquals("担/亩", mine.parse("担/亩").symbol());
    // the built-in catalog is unchanged
    assertThrows(UnknownUnitException.class, () -> Units.of("担"));
    assertThrows(UnknownUnitException.class, () -> Quantity.parse("3万担"));
    assertTrue(mine.units().contains(DAN));
    assertFalse(UnitCatalog.builtIn().units().contains(DAN));
    assertEquals(UnitCatalog.builtIn().units().size() + 1, mine.units().size());
  }

  @Test
  void aliasesOfCatalogUnitsAddNamesOnly() {
    UnitCatalog mine = UnitCatalog.builtIn().with(Units.PERSON, "personas");
    assertSame(Units.PERSON, mine.parse("personas"));
    assertEquals(UnitCatalog.builtIn().units().size(), mine.units().size());
    assertEquals("千人", mine.parse("Miles de personas").symbol());
    assertEquals(Units.PERSON.withMagnitude(Magnitude.THOUSAND), mine.parse("Miles de personas"));
  }

  @Test
  void namesThatAlreadyReadAsAnotherUnitAreRefused() {
    IllegalArgumentException kilo = assertThrows(IllegalArgumentException.class,
        () -> UnitCatalog.builtIn().with(Unit.of("千克", "kilo", Dimension.MASS, Rational.of(2))));
    assertTrue(kilo.getMessage().contains("'千克' already reads as 公斤 (MASS)"), kilo.getMessage());
    IllegalArgumentException hundred = assertThrows(IllegalArgumentException.class,
        () -> UnitCatalog.builtIn().with(Unit.of("百羽", "long hundred birds", Dimension.ANIMAL, Rational.of(120))));
    assertTrue(hundred.getMessage().contains("'百羽' already reads as 百羽"), hundred.getMessage());
    UnitCatalog once = UnitCatalog.builtIn().with(DAN);
    assertThrows(IllegalArgumentException.class,
        () -> once.with(Unit.of("担", "dan", Dimension.MASS, Rational.of(60))));
    assertEquals(once.units().size(), once.with(DAN).units().size(), "registering the same unit twice is harmless");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"''", "' 担'", "担/亩", "3担", "担=1"})
  void malformedNamesAreRefused(String alias) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UnitCatalog.builtIn().with(DAN, alias));
    assertTrue(e.getMessage().startsWith("unit name '" + alias + "' must not"), e.getMessage());
  }

  @Test
  void onlyPlainUnitsAreRegistered() {
    for (Unit u : new Unit[] {Units.of("万亩"), Units.of("公斤/亩"), Unit.opaque("antal"), Units.ONE}) {
      assertThrows(IllegalArgumentException.class, () -> UnitCatalog.builtIn().with(u), u::symbol);
    }
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
    "微克/立方米   | 微克/立方米 | 1/1000000000",
    "μg/m³        | 微克/立方米 | 1/1000000000",
    "毫克/立方米   | 毫克/立方米 | 1/1000000",
    "百羽          | 百羽       | 100",
    "万羽          | 万羽       | 10000",
    "匹            | 匹         | 1",
    "亿吨公里      | 亿吨公里    | 100000000000000",
    "亿人公里      | 亿人公里    | 100000000000",
    "亿千瓦时      | 亿千瓦时    | 360000000000000",
    "万吨标准煤    | 万吨标准煤  | 10000000",
    "万千瓦        | 万千瓦      | 10000000",
    "兆瓦          | 兆瓦       | 1000000",
    "MW           | 兆瓦       | 1000000",
    "头(只)        | 头只       | 1",
    "头（只）       | 头只       | 1",
    "万标准箱      | 万标准箱    | 10000",
    "TEU          | 标准箱      | 1",
    "persons      | 人         | 1",
    "People       | 人         | 1",
    "per cent     | %          | 1/100",
    "Percent      | %          | 1/100",
    "ha           | 公顷       | 10000",
    "km²          | 平方公里    | 1000000",
    "t            | 吨         | 1000",
    "kg           | 公斤       | 1",
    "thousand persons | 千人    | 1000",
    "Euro Million | 百万欧元    | 1000000",
    "million USD  | 百万美元    | 1000000",
    "Thousands of tonnes | 千吨 | 1000000",
    "亿美元        | 亿美元      | 100000000",
    "万港元        | 万港元      | 10000",
    "$            | 美元       | 1",
    "€            | 欧元       | 1",
    "HK$          | 港元       | 1",
    "澳门元        | 澳门元      | 1",
    "MOP          | 澳门元      | 1",
    "新台币        | 新台币      | 1",
    "英镑          | 英镑       | 1",
    "韩元          | 韩元       | 1",
    "JPY          | 日元       | 1",
    "CHF          | 瑞士法郎    | 1",
    "万元/人       | 万元/人     | 10000",
  })
  void officesUnitsRead(String text, String symbol, String factor) {
    Unit u = Units.of(text);
    assertEquals(symbol, u.symbol());
    String[] f = factor.split("/");
    Rational expected = f.length == 1 ? Rational.of(new BigDecimal(f[0]))
        : Rational.of(new java.math.BigInteger(f[0]), new java.math.BigInteger(f[1]));
    assertEquals(expected, u.factor(), text);
  }

  @Test
  void englishNamesArePublished() {
    assertEquals("US dollars", Units.US_DOLLAR.englishName());
    assertEquals("TEU", Units.TEU.englishName());
    assertEquals("tonne-kilometres", Units.TONNE_KILOMETRE.englishName());
    assertEquals("head of poultry", Units.YU.englishName());
    assertTrue(Units.currency("NOK").englishName().toLowerCase(java.util.Locale.ROOT).contains("norwegian krone"),
        Units.currency("NOK").englishName());
  }

  @Test
  void currenciesAreCountedApart() {
    assertEquals(Dimension.currency("USD"), Units.US_DOLLAR.dimension());
    assertEquals(Dimension.CURRENCY, Units.YUAN.dimension());
    assertEquals("CNY", Units.of("亿元").dimension().currencyCode().orElseThrow());
    assertEquals("USD", Units.of("亿美元").dimension().currencyCode().orElseThrow());
    assertTrue(Units.of("美元/人").dimension().currencyCode().isEmpty());
    assertFalse(Units.US_DOLLAR.isConvertibleTo(Units.YUAN));
    IncompatibleUnitsException e = assertThrows(IncompatibleUnitsException.class,
        () -> Quantity.parse("3亿美元").to(Units.of("亿元")));
    assertEquals("cannot convert 亿美元 to 亿元: CURRENCY_USD ≠ CURRENCY_CNY; two currencies convert only"
        + " with an ExchangeRate (Quantity.to(unit, rate))", e.getMessage());
    // the rest of ISO 4217 by code, with its English name
    Unit nok = Units.of("NOK");
    assertEquals(Dimension.currency("NOK"), nok.dimension());
    assertSame(nok, Units.currency("NOK"));
    assertSame(Units.US_DOLLAR, Units.currency("USD"));
    assertEquals("万NOK", Units.of("万NOK").symbol());
    assertThrows(UnknownUnitException.class, () -> Units.of("XYZ"));
    assertThrows(IllegalArgumentException.class, () -> Units.currency("XYZ"));
    assertThrows(IllegalArgumentException.class, () -> Units.currency("usd"));
    assertThrows(IllegalArgumentException.class, () -> Dimension.currency("US"));
  }

  @Test
  void exchangeRatesConvertBothWaysExactly() {
    ExchangeRate usd = ExchangeRate.of("USD", "CNY", new BigDecimal("7.0827"), LocalDate.of(2023, 12, 29));
    assertEquals("1美元 = 7.0827元 (USD/CNY, 2023-12-29)", usd.toString());
    assertEquals(new BigDecimal("21.2481"), Quantity.parse("3亿美元").to(Units.of("亿元"), usd).value());
    assertEquals(new BigDecimal("212481"), Quantity.parse("3亿美元").to(Units.of("万元"), usd).value()
        .stripTrailingZeros().setScale(0));
    assertEquals(0, new BigDecimal("3").compareTo(Quantity.parse("21.2481亿元").to(Units.of("亿美元"), usd).value()));
    assertEquals(0, new BigDecimal("7.0827").compareTo(Quantity.parse("1美元/人").to(Units.of("元/人"), usd).value()));
    // a non-terminating inverse gives 34 significant digits
    BigDecimal back = Quantity.parse("1元").to(Units.US_DOLLAR, usd).value();
    assertEquals(34, back.precision());
    // 100 yen priced in yuan
    ExchangeRate yen = ExchangeRate.of(Units.of("百日元"), Units.YUAN, new BigDecimal("5.0"), LocalDate.of(2023, 12, 29));
    assertEquals(0, new BigDecimal("50").compareTo(Quantity.parse("1000日元").to(Units.YUAN, yen).value()));
    assertThrows(IncompatibleUnitsException.class, () -> Quantity.parse("3欧元").to(Units.YUAN, usd));
    assertThrows(IncompatibleUnitsException.class, () -> Quantity.parse("3美元").to(Units.TONNE, usd));
    assertThrows(IllegalArgumentException.class,
        () -> ExchangeRate.of("USD", "USD", BigDecimal.ONE, LocalDate.of(2023, 1, 1)));
    assertThrows(IllegalArgumentException.class,
        () -> ExchangeRate.of("USD", "CNY", BigDecimal.ZERO, LocalDate.of(2023, 1, 1)));
    assertThrows(IllegalArgumentException.class,
        () -> ExchangeRate.of(Units.TONNE, Units.YUAN, BigDecimal.ONE, LocalDate.of(2023, 1, 1)));
    assertEquals(usd, ExchangeRate.of(Units.US_DOLLAR, Units.YUAN, new BigDecimal("7.0827"), LocalDate.of(2023, 12, 29)));
    assertNotEquals(usd, ExchangeRate.of("USD", "CNY", new BigDecimal("7.0827"), LocalDate.of(2023, 12, 28)));
    assertEquals("USD", usd.baseCurrency());
    assertEquals("CNY", usd.quoteCurrency());
    assertEquals(new BigDecimal("7.0827"), usd.rate());
    assertEquals(LocalDate.of(2023, 12, 29), usd.date());
  }

  @Test
  void indicesKeepTheirBase() {
    Unit previousYear = Units.of("上年=100");
    assertEquals("上年=100", previousYear.symbol());
    assertSame(previousYear, Units.of("(上年=100)"));
    assertSame(previousYear, Units.of("（上年＝100）"));
    assertSame(previousYear, Units.index("上年"));
    assertEquals("index (previous year = 100)", previousYear.englishName());
    Unit y2015 = Units.of("Index 2015=100");
    assertEquals("2015=100", y2015.symbol());
    assertSame(y2015, Units.of("2015=100"));
    assertSame(y2015, Units.of("指数(2015年=100)"));
    assertSame(Units.of("上季=100"), Units.of("上季度=100"));
    assertFalse(previousYear.isConvertibleTo(y2015));
    assertFalse(previousYear.isConvertibleTo(Units.PERCENT));
    assertFalse(previousYear.isConvertibleTo(Units.ONE));
    assertFalse(Units.INDEX.isConvertibleTo(Units.PERCENT));
    assertFalse(previousYear.isConvertibleTo(Units.of("上年同月=100")));
    assertEquals(new BigDecimal("105.2"), Quantity.parse("105.2(上年=100)").value());
    assertEquals(previousYear, Quantity.parse("105.2(上年=100)").unit());
    QuantityFormatException bad = assertThrows(QuantityFormatException.class, () -> Units.of("前年=100"));
    assertTrue(bad.getMessage().contains("unknown index base '前年'"), bad.getMessage());
    assertThrows(QuantityFormatException.class, () -> Units.of("上年=120"));
    assertThrows(IllegalArgumentException.class, () -> Units.index("前年"));
  }

  @Test
  void opaqueUnitsConvertOnlyToThemselves() {
    Unit antal = UnitCatalog.builtIn().parseOrOpaque(" antal ");
    assertTrue(antal.isOpaque());
    assertEquals("antal", antal.symbol());
    assertEquals(Unit.opaque("antal"), antal);
    assertTrue(antal.isConvertibleTo(Unit.opaque("antal")));
    assertFalse(antal.isConvertibleTo(Unit.opaque("Antal")));
    assertFalse(antal.isConvertibleTo(Units.ONE));
    assertFalse(antal.isConvertibleTo(Units.NUMBER));
    assertThrows(IllegalArgumentException.class, () -> antal.withMagnitude(Magnitude.THOUSAND));
    Unit miles = UnitCatalog.builtIn().parseOrOpaque("Miles de personas");
    assertTrue(miles.isOpaque(), "before personas is registered the label is kept whole");
    assertSame(Units.PERSON, UnitCatalog.builtIn().parseOrOpaque("persons"), "a known label is not opaque");
    assertEquals(Unit.opaque("kg/"), UnitCatalog.builtIn().parseOrOpaque("kg/"));
    assertThrows(IllegalArgumentException.class, () -> Unit.opaque(" "));
    assertThrows(IllegalArgumentException.class, () -> Unit.opaque(" a"));
    assertThrows(IllegalArgumentException.class, () -> Unit.opaque("a".repeat(UnitCatalog.MAX_UNIT_LENGTH + 1)));
  }

  @Test
  void thePolicyDecidesAndAnEmptyUnitIsNeverDimensionless() {
    UnitCatalog c = UnitCatalog.builtIn();
    assertThrows(UnknownUnitException.class, () -> c.resolve("antal", UnitPolicy.STRICT));
    assertEquals(Unit.opaque("antal"), c.resolve("antal", UnitPolicy.OPEN));
    for (UnitPolicy p : UnitPolicy.values()) {
      QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> c.resolve(" ", p));
      assertTrue(e.getMessage().contains("the unit is empty; expected a unit, or 未注明 where none is stated"),
          e.getMessage());
      assertSame(Units.TONNE, c.resolve("t", p));
    }
    assertSame(Units.NOT_STATED, Units.of("未注明"));
    assertFalse(Units.NOT_STATED.isConvertibleTo(Units.ONE));
  }

  @Test
  void unitTextsReadBack() {
    assertEquals("万元/万元/人", Units.of("万元/万元/人").symbol());
    assertEquals("3万元/万元/人", Quantity.parse("3万元/万元/人").toString());
    assertEquals("万/万/万", Units.of("万/万/万").symbol());
    assertEquals(Rational.of(1, 10_000), Units.of("万/万/万").factor());
    Unit perPerson = Units.ONE.per(Units.PERSON);
    assertEquals("每人", perPerson.symbol());
    assertEquals(perPerson, Units.of("每人"));
    assertEquals(Units.PERSON.dimension().pow(-1), Units.of("每人").dimension());
    assertEquals("每万人", Units.ONE.per(Units.of("万人")).symbol());
    assertEquals(Units.ONE.per(Units.of("万人")), Units.of(Units.ONE.per(Units.of("万人")).symbol()));
  }

  @Test
  void longAndDeepUnitTextsAreRefusedWithAMessage() {
    String chain = "元" + "/人".repeat(20_000);
    QuantityFormatException deep = assertThrows(QuantityFormatException.class, () -> Units.of(chain));
    assertTrue(deep.getMessage().contains("longer than the limit of 200"), deep.getMessage());
    String parts = "元" + "/人".repeat(16);
    QuantityFormatException many = assertThrows(QuantityFormatException.class, () -> Units.of(parts));
    assertTrue(many.getMessage().contains("more than 16 parts"), many.getMessage());
    assertEquals(1 + 2 * 15, many.errorIndex());
    assertEquals("元" + "/人".repeat(15), Units.of("元" + "/人".repeat(15)).symbol());
    assertThrows(QuantityFormatException.class, () -> UnitCatalog.builtIn().parseOrOpaque(chain));
    assertThrows(QuantityFormatException.class, () -> Quantity.parse("3" + chain));
  }

  @Test
  void namesAreListed() {
    assertSame(Units.US_DOLLAR, UnitCatalog.builtIn().names().get("$"));
    assertSame(Units.KILOGRAM, UnitCatalog.builtIn().names().get("千克"));
    assertTrue(UnitCatalog.builtIn().toString().startsWith("UnitCatalog["));
  }
}
