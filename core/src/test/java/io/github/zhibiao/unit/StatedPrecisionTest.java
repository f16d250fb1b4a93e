package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** A value keeps the digits it was stated with through exact conversions there and back. */
class StatedPrecisionTest {

  @Test
  void onePointFiftyWanMuStaysOnePointFifty() {
    Quantity q = Quantity.parse("1.50万亩");
    Quantity mu = q.to(Units.of("亩"));
    assertEquals("15000亩", mu.toString());
    assertEquals(3, mu.statedDigits());
    assertEquals("1.50万亩", mu.to(Units.of("万亩")).toString());
    assertEquals("1.50万亩", q.to(Units.of("公顷")).to(Units.of("万亩")).toString());
    assertEquals(q, mu.to(Units.of("万亩")), "equal whatever the digits");
  }

  @Test
  void aResultNeedingMoreDigitsKeepsThemAll() {
    assertEquals("1.5万吨", Quantity.parse("0.3亿斤").to(Units.of("万吨")).toString());
    assertEquals("650万吨", Quantity.parse("130亿斤").to(Units.of("万吨")).toString());
  }

  /** Units whose factors are 2^a·5^b apart, so both directions terminate. */
  private static final List<List<String>> PAIRS = List.of(List.of("万亩", "亩"), List.of("亿元", "万元"),
      List.of("亿斤", "万吨"), List.of("公斤", "斤"), List.of("千公顷", "公顷"), List.of("%", "‰"), List.of("万人", "人"));

  @Test
  void exactConversionsThereAndBackGiveTheStatedValueScaleIncluded() {
    qt().withExamples(Math.min(20_000, Integer.getInteger("numerals.examples", 20_000)))
        .forAll(longs().between(-9_999_999_999L, 9_999_999_999L), integers().between(0, 8), Generate.pick(PAIRS))
        .check((unscaled, scale, p) -> {
          String[] pair = p.toArray(String[]::new);
          BigDecimal v = new BigDecimal(BigInteger.valueOf(unscaled), scale);
          Quantity q = Quantity.of(v, Units.of(pair[0]));
          Quantity there = q.to(Units.of(pair[1]));
          Quantity back = there.to(Units.of(pair[0]));
          BigDecimal inverseBack = Quantity.of(v, Units.of(pair[1])).to(Units.of(pair[0])).to(Units.of(pair[1])).value();
          return (v.signum() == 0 || back.value().equals(v)) && there.value().compareTo(v.multiply(
              Units.of(pair[0]).converterTo(Units.of(pair[1])).factor().toBigDecimal(java.math.MathContext.UNLIMITED)))
              == 0 && (v.signum() == 0 || inverseBack.equals(v));
        });
  }
}
