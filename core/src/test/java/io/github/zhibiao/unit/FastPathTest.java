package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser's and the converter's fast paths give exactly what the general paths give. */
class FastPathTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "007", "0.50", "2210.6", "1,532.4", "123456789012345678", "1234567890123456789",
      "12345678901234567.8", "1,234,567,890,123,456,789.25", "0.000000000000000001"})
  void arabicNumbersKeepUnscaledValueAndScale(String digits) {
    BigDecimal expected = new BigDecimal(digits.replace(",", ""));
    BigDecimal parsed = Quantity.parse(digits + "万亩").value();
    assertEquals(expected.unscaledValue(), parsed.unscaledValue(), digits);
    assertEquals(expected.scale(), parsed.scale(), digits);
  }

  @ParameterizedTest
  @ValueSource(strings = {"万头只", "亿元", "公斤/亩", "万元/人"})
  void repeatedUnitsComeFromTheCacheAndEqualTheCatalogs(String unit) {
    Unit first = Quantity.parse("1" + unit).unit();
    assertSame(first, Quantity.parse("2.5" + unit).unit());
    assertEquals(Units.of(unit), first);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1万阿巴", "1万兆元"})
  void unknownUnitsStillFailEveryTime(String text) {
    assertThrows(RuntimeException.class, () -> Quantity.parse(text));
    assertThrows(RuntimeException.class, () -> Quantity.parse(text));
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
    "754.49, 亿元, 万元, 7544900",
    "754.490, 亿元, 万元, 7544900",
    "0.01, 亿元, 万元, 100",
    "7544900, 万元, 亿元, 754.4900",
    "7544900.00, 万元, 亿元, 754.490000",
    "12, 万元, 亿元, 0.0012",
    "0, 亿元, 万元, 0",
    "130, 亿斤, 万吨, 650",
  })
  void powerOfTenConversionsAreScaleChangesWithTheStatedDigits(String value, String from, String to,
      String expected) {
    BigDecimal converted = Quantity.of(new BigDecimal(value), Units.of(from)).to(Units.of(to)).value();
    BigDecimal want = new BigDecimal(expected);
    assertEquals(want.unscaledValue(), converted.unscaledValue());
    assertEquals(want.scale(), converted.scale());
  }
}
