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
}
