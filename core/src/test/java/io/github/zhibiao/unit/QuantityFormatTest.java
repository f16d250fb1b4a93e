package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityFormatTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "22106000头只, 2210.6万头只",
    "2210.6万头只, 2210.6万头只",
    "75449000000元, 754.49亿元",
    "0.5万人, 5000人",
    "5.82%, 5.82%",
    "超8000座, 超8000座",
    "12345, 1.2345万",
    "761.7斤/亩, 761.7斤/亩",
  })
  void chineseAutoMagnitude(String in, String out) {
    assertEquals(out, QuantityFormat.chinese().withAutoMagnitude().format(Quantity.parse(in)));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
    "2210.6万头只 | 22.106 million head",
    "754.49亿元   | 75.449 billion yuan",
    "2.05万人     | 20,500 persons",
    "800余座      | more than 800 structures",
    "5.82%       | 5.82%",
    "7.5个百分点   | 7.5 percentage points",
    "约3.5万人次   | about 35,000 person-times",
    "761.7斤/亩   | 761.7 jin/mu",
    "2万亿元      | 2 trillion yuan",
  })
  void english(String in, String out) {
    assertEquals(out, QuantityFormat.english().format(Quantity.parse(in)));
  }

  @Test
  void callerChosenScale() {
    Quantity ha = Quantity.parse("1706.8万亩").to(Units.of("万公顷"));
    assertEquals("113.79万公顷", QuantityFormat.chinese().withScale(2, RoundingMode.HALF_UP).format(ha));
    assertEquals("113.8万公顷", QuantityFormat.chinese().withScale(1, RoundingMode.HALF_UP).format(ha));
    assertEquals("1.1 million hectares", QuantityFormat.english().withScale(1, RoundingMode.HALF_UP).format(ha));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuantityFormat.chinese().withScale(-1, RoundingMode.HALF_UP));
    assertEquals("decimals (-1) must be >= 0", e.getMessage());
  }

  @Test
  void parseReadsWhatFormatWrites() {
    QuantityFormat f = QuantityFormat.chinese().withAutoMagnitude();
    Quantity q = Quantity.parse("22106000头只");
    assertEquals(true, f.parse(f.format(q)).isEquivalentTo(q));
  }

  @Test
  void reportWritesAtMostTwoDecimalsAndLeavesTheQuantityExact() {
    Quantity hectares = Quantity.parse("12.5万亩").to(Units.of("公顷"));
    assertEquals("8333.333333333333333333333333333333公顷", hectares.toString(), "toString is in full");
    assertEquals("8333.33公顷", QuantityFormat.report().format(hectares));
    assertEquals(hectares, Quantity.parse(hectares.toString()), "the full text parses back to the same value");
    assertEquals("2210.6万头只", QuantityFormat.report().format(Quantity.parse("2210.6万头只")));
    assertEquals("5.82%", QuantityFormat.report().format(Quantity.parse("5.82%")));
    assertEquals("约0.67万公顷", QuantityFormat.report().format(Quantity.parse("约0.666万公顷")), "half up, qualifier kept");
    assertEquals("-0.01%", QuantityFormat.report().format(Quantity.parse("-0.005%")));
    assertEquals("130亿斤", QuantityFormat.report().format(Quantity.parse("130亿斤")));
  }

  @Test
  void withMaxScaleRoundsOnlyLongerValues() {
    QuantityFormat one = QuantityFormat.chinese().withMaxScale(1, RoundingMode.DOWN);
    assertEquals("5.8%", one.format(Quantity.parse("5.89%")));
    assertEquals("5.8%", one.format(Quantity.parse("5.8%")));
    assertEquals("5%", one.format(Quantity.parse("5%")), "no zeros added, where withScale writes 5.0%");
    assertEquals("5.0%", QuantityFormat.chinese().withScale(1, RoundingMode.DOWN).format(Quantity.parse("5%")));
    assertEquals("113.8万公顷", QuantityFormat.chinese().withAutoMagnitude().withMaxScale(1, RoundingMode.HALF_UP)
        .format(Quantity.parse("1706.8万亩").to(Units.of("公顷"))), "rounded after the magnitude is chosen");
    assertEquals("22.11 million head", QuantityFormat.english().withMaxScale(2, RoundingMode.HALF_UP)
        .format(Quantity.parse("2210.6万头只")));
    assertThrows(ArithmeticException.class,
        () -> QuantityFormat.chinese().withMaxScale(1, RoundingMode.UNNECESSARY).format(Quantity.parse("5.82%")));
    assertEquals("5.8%", QuantityFormat.chinese().withMaxScale(1, RoundingMode.UNNECESSARY).format(Quantity.parse("5.8%")));
    assertThrows(IllegalArgumentException.class, () -> QuantityFormat.chinese().withMaxScale(-1, RoundingMode.HALF_UP));
    assertThrows(NullPointerException.class, () -> QuantityFormat.chinese().withMaxScale(1, null));
    assertEquals("6%", QuantityFormat.chinese().withMaxScale(0, RoundingMode.HALF_UP).format(Quantity.parse("5.5%")));
  }
}
