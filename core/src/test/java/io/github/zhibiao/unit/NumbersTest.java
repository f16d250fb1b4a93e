package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one number rule of the readers. */
class NumbersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "2210.6|2210.6", "-3.2|-3.2", "+7|7", "1,532.4|1532.4", "1,234,567|1234567", "1E3|1E+3", "1e-2|0.01",
    "2.5E+4|2.5E+4", "１２３．５|123.5", "－５|-5", "\u22125.82|-5.82", " 12 |12", "0e999999|0", "1.50|1.50",
    "1E100|1E+100", "9.9E-100|9.9E-100",
  })
  void reads(String text, String expected) {
    BigDecimal v = Numbers.parse(text);
    BigDecimal want = new BigDecimal(expected);
    assertEquals(want, v, text); // equals: scale included
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-", ".5", "5.", "1,23", "12,3456", ",123", "1.234,5", "1e", "1e+", "1x", "3万",
      "1e2147483648", "1e-2147483648", "1E101", "1E-102", "12-3", "--1", "1..2", "NaN", "Infinity", "0x10"})
  void refuses(String text) {
    QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Numbers.parse(text));
    assertTrue(e.getMessage().contains("cannot parse"), e.getMessage());
  }

  @Test
  void refusesTooManyDigitsWithoutBuildingThem() {
    assertThrows(QuantityFormatException.class, () -> Numbers.parse("1." + "1".repeat(5000)));
    assertEquals(1000, Numbers.parse("1." + "1".repeat(999)).precision());
  }

  @Test
  void readsBackWhatBigDecimalWrites() {
    qt().withExamples(Math.min(20_000, Integer.getInteger("numerals.examples", 20_000))).forAll(UnitProperties.decimals(), org.quicktheories.generators.SourceDSL.integers()
        .between(-60, 60)).check((v, shift) -> {
          BigDecimal d = v.scaleByPowerOfTen(shift);
          return Numbers.parse(d.toString()).equals(d) && Numbers.parse(d.toPlainString()).equals(new BigDecimal(d.toPlainString()))
              && Numbers.parse(String.format(Locale.ROOT, "%,.3f", d)).compareTo(d.setScale(3, java.math.RoundingMode.HALF_UP)) == 0; // Formatter rounds half up
        });
  }

  @Test
  void checkBoundsParsedNumbers() {
    assertEquals(BigDecimal.TEN, Numbers.check(BigDecimal.TEN));
    assertThrows(QuantityFormatException.class, () -> Numbers.check(new BigDecimal("1E+500")));
  }
}
