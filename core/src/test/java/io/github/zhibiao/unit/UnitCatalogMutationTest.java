package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The edges of UnitCatalog: limits at their bounds, letter case, reciprocals and labels. */
class UnitCatalogMutationTest {
  private static final Unit FOO = Unit.of("阿巴", "foo", Dimension.base("FOO"), Rational.ONE);
  private static final Unit BAR = Unit.of("卡达", "bar", Dimension.base("BAR"), Rational.ONE);

  @Test
  void limitsHoldAtTheirBounds() {
    String longest = "阿".repeat(UnitCatalog.MAX_UNIT_LENGTH);
    Unit u = Unit.of(longest, "long", Dimension.base("LONG"), Rational.ONE);
    UnitCatalog c = UnitCatalog.builtIn().with(u);
    assertSame(u, c.parse(longest));
    assertSame(u, c.parse(" " + longest + " "), "surrounding whitespace does not count");
    QuantityFormatException over = assertThrows(QuantityFormatException.class, () -> c.parse(longest + "阿"));
    assertEquals(UnitCatalog.MAX_UNIT_LENGTH, over.errorIndex());
    assertThrows(IllegalArgumentException.class, () -> c.with(FOO, "阿".repeat(UnitCatalog.MAX_UNIT_LENGTH + 1)));
    assertEquals(Unit.opaque(longest), UnitCatalog.builtIn().parseOrOpaque(longest));
    String sixteen = "元" + "·人".repeat(15);
    assertEquals(sixteen, Units.of(sixteen).symbol());
    assertThrows(QuantityFormatException.class, () -> Units.of(sixteen + "*人"));
  }

  @Test
  void englishWordsFoldCaseButSymbolsDoNot() {
    UnitCatalog c = UnitCatalog.builtIn().with(FOO, "ab", "q", "Foo");
    assertSame(FOO, c.parse("AB"), "a word of two letters folds");
    assertSame(FOO, c.parse("q"));
    assertThrows(UnknownUnitException.class, () -> c.parse("Q"), "one letter is a symbol, matched exactly");
    assertSame(FOO, c.parse("FOO"));
    IllegalArgumentException clash = assertThrows(IllegalArgumentException.class, () -> c.with(BAR, "FOO"));
    assertTrue(clash.getMessage().contains("'FOO' already reads as 阿巴"), clash.getMessage());
    assertSame(Units.TONNE, Units.of("Tonnes"));
    assertThrows(UnknownUnitException.class, () -> Units.of("KM²"), "km² is a symbol, not a word");
    assertThrows(UnknownUnitException.class, () -> Units.of("ABC"), "not an ISO 4217 code");
    assertThrows(UnknownUnitException.class, () -> Units.of("nok"), "a code outside the catalog is matched as written");
  }

  @Test
  void reciprocalsCoverTheWholeProduct() {
    Unit perPersonMu = Units.of("每人·亩");
    assertEquals("每人·亩", perPersonMu.symbol());
    assertEquals(Dimension.PERSON.times(Dimension.AREA).pow(-1), perPersonMu.dimension());
    assertEquals(Rational.of(3, 2000), perPersonMu.factor());
    assertEquals(Units.of("每人"), Units.of(" 每人 "));
    UnitCatalog c = UnitCatalog.builtIn().with(Unit.of("每股", "per share", Dimension.base("SHARE"), Rational.ONE));
    assertEquals("每股", c.parse("每股").symbol(), "a name starting with 每 is the name");
    assertEquals(Dimension.base("SHARE"), c.parse("每股·人").dimension().times(Dimension.PERSON.pow(-1)));
    assertEquals(Units.of("亩/人"), Units.ONE.per(Units.of("人/亩")), "the reciprocal of a quotient turns it over");
    assertEquals(Units.PERSON, Units.ONE.per(Units.ONE.per(Units.PERSON)));
    assertEquals("元·亩/人", Units.YUAN.per(Units.of("人/亩")).symbol());
    assertEquals("元·亩/人", Units.of("元/人").times(Units.MU).symbol());
    assertEquals("亩·元/人", Units.MU.times(Units.of("元/人")).symbol());
  }

  @Test
  void labelsNeedAMagnitudeAndAUnit() {
    assertThrows(UnknownUnitException.class, () -> Units.of("thousand"), "a magnitude word alone in a label with no unit");
    assertEquals("千人", Units.of("thousands of persons").symbol());
    assertEquals("千人", Units.of("persons thousands").symbol());
    assertThrows(UnknownUnitException.class, () -> Units.of("thousand million persons"));
    assertThrows(UnknownUnitException.class, () -> Units.of("thousand 万人"));
    assertThrows(UnknownUnitException.class, () -> Units.of("of persons"));
    assertEquals("欧元/人", Units.of("euro per inhabitant").symbol());
    assertThrows(UnknownUnitException.class, () -> Units.of("per inhabitant"));
  }

  @Test
  void separatorsNeedAUnitOnBothSides() {
    for (String bad : new String[] {"/亩", "元/", "元//亩", "·亩", "元·", "元·/亩", "元/ "}) {
      QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Units.of(bad), bad);
      assertTrue(e.getMessage().contains("expected a unit"), bad + ": " + e.getMessage());
    }
    assertEquals(2, assertThrows(QuantityFormatException.class, () -> Units.of("元/")).errorIndex() + 1);
  }

  @Test
  void spacesFollowOneRuleAroundTheMagnitude() {
    Quantity expected = Quantity.parse("3.2亿斤");
    for (String text : new String[] {"3.2亿 斤", "3.2 亿斤", "3.2 亿 斤", "3.2　亿　斤", "三点二亿 斤"}) {
      assertEquals(expected, Quantity.parse(text), text);
    }
    assertEquals("亿斤", Units.of("亿 斤").symbol());
    assertEquals(Quantity.parse("12.5万亩"), Quantity.parse("12.5 万亩"));
    assertThrows(UnknownUnitException.class, () -> Units.of("亿 阿巴"));
  }
}
