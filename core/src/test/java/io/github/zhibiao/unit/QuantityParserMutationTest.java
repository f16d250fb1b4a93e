package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edge cases of {@link QuantityParser}: boundaries of each rule, and the exact error each bad text gets. */
class QuantityParserMutationTest {

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', value = {
    // a bare magnitude word is one of it
    "万人              | -1             | 人",
    "亿元              | -1             | 元",
    "万亿元            | -1             | 元",
    "三万              | 3              | 万",
    // Chinese digits, including 零 at the start and inside a fraction
    "零点五            | 0.5            | ''",
    "十二点零五         | 12.05          | ''",
    "七八九            | 789            | ''",
    "柒捌玖            | 789            | ''",
    "六五四三二一        | 654321         | ''",
    "陆伍肆叁贰壹        | 654321         | ''",
    "幺零八            | 108            | ''",
    "仨                | 3              | ''",
    "俩                | 2              | ''",
    "一百十            | 110            | ''",
    "拾佰              | -1             | ''",
    // elided last units
    "百五              | 150            | ''",
    "一百五            | 150            | ''",
    "十五              | 15             | ''",
    "三万五            | 35000          | ''",
    "三亿五            | 350000000      | ''",
    "一千零五十         | 1050           | ''",
    // 亿 and 万 groups inside a numeral
    "二亿五千万         | 250000000      | ''",
    "一万二千亿三千万    | 1200030000000  | ''",
    "一亿零万          | 100000000      | ''",
    "一千万五千         | 10005000       | ''",
    // 两 after a digit is the mass unit
    "二两              | 2              | 两",
    "三两              | 3              | 两",
    // thousands separators
    "1,234             | 1234           | ''",
    "1,234万           | 1234           | 万",
    "12,345,678.5元    | 12345678.5     | 元",
    // 19 digits: beyond a long
    "9999999999999999999元 | 9999999999999999999 | 元",
    // a tab before a magnitude unit joins the magnitudes
    "'三万\t千公顷'     | 3              | 千万公顷",
    // signs
    "+5.82%            | 5.82           | %",
    "正5.82%           | 5.82           | %",
    "负0.28%           | -0.28          | %",
    "百分之117.1       | 117.1          | %",
    "负百分之五         | -5             | %",
  })
  void reads(String text, String value, String unit) {
    if (value.equals("-1")) {
      assertThrows(QuantityFormatException.class, () -> Quantity.parse(text));
      return;
    }
    Quantity q = Quantity.parse(text);
    assertEquals(0, new BigDecimal(value).compareTo(q.value()), () -> text + " gave " + q);
    assertEquals(Units.of(unit), q.unit(), text);
  }

  @Test
  void nineteenDigitsKeepEveryDigit() {
    assertEquals(new BigDecimal("9999999999999999999"), Quantity.parse("9999999999999999999元").value());
    assertEquals(new BigDecimal("999999999999999999.9"), Quantity.parse("999999999999999999.9元").value());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
    "不低于130亿斤  | AT_LEAST    | 130",
    "不少于5万人    | AT_LEAST    | 5",
    "至少5万人      | AT_LEAST    | 5",
    "不超过3.5%     | AT_MOST     | 3.5",
    "至多3.5%       | AT_MOST     | 3.5",
    "5万人以下      | AT_MOST     | 5",
    "5万人上下      | APPROXIMATE | 5",
    "大约5万人      | APPROXIMATE | 5",
    "多于5万人      | MORE_THAN   | 5",
    "高于5万人      | MORE_THAN   | 5",
    "突破5万人      | MORE_THAN   | 5",
    "逾5万人        | MORE_THAN   | 5",
    "不到5万人      | LESS_THAN   | 5",
    "低于5万人      | LESS_THAN   | 5",
    "少于5万人      | LESS_THAN   | 5",
    "5多万人        | MORE_THAN   | 5",
  })
  void qualifierWords(String text, Qualifier qualifier, String value) {
    Quantity q = Quantity.parse(text);
    assertEquals(qualifier, q.qualifier(), text);
    assertEquals(0, new BigDecimal(value).compareTo(q.value()), text);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
    "以上            | 0 | expected a number (Arabic or Chinese digits), found '以'",
    "约以上          | 1 | expected a number (Arabic or Chinese digits), found '以'",
    "约              | 1 | expected a number",
    "-              | 1 | expected a number",
    "约30万吨以上     | 5 | a second qualifier '以上'; a figure takes one qualifier",
    "abc            | 0 | expected a number (Arabic or Chinese digits), found 'a'",
    "1,23           | 1 | a thousands separator must be followed by three digits",
    "1,2345         | 5 | a thousands separator must be followed by three digits",
    ".5万亩          | 0 | expected digits on both sides of the decimal point",
    "12.万亩         | 0 | expected digits on both sides of the decimal point",
    "十十            | 1 | unit 十 after a smaller or equal unit",
    "十百            | 1 | unit 百 after a smaller or equal unit",
    "百千            | 1 | unit 千 after a smaller or equal unit",
    "十二点五六七八九十 | 8 | expected a digit after 点, found '十'",
    "'三万 五千人'    | 3 | expected a unit after the magnitude",
    "'一万亿\t万元'   | 3 | magnitudes 万亿 and 万 combine beyond 万亿",
    "万分之五元       | 4 | unexpected text after a 百分之/千分之 figure",
    "兆瓦            | 0 | 兆 is ambiguous",
    "约5余万人        | 2 | a second qualifier '余'",
  })
  void errors(String text, int index, String message) {
    QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantity.parse(text));
    assertEquals(index, e.errorIndex(), e::getMessage);
    assertEquals("cannot parse '" + text + "' at index " + index + ": " + message,
        e.getMessage().substring(0, Math.min(e.getMessage().length(),
            ("cannot parse '" + text + "' at index " + index + ": " + message).length())));
  }

  /** Regression: a Chinese numeral's magnitude before a quotient unit was refused, though 3万元/人 parsed. */
  @Test
  void chineseMagnitudeBeforeAQuotientGoesOnTheNumerator() {
    assertEquals(Quantity.parse("3万元/人"), Quantity.parse("三万元/人"));
    assertEquals(Units.of("万元/人"), Quantity.parse("三万元/人").unit());
    assertEquals(Quantity.parse("1.5万元/人"), Quantity.parse("一点五万元/人"));
    assertEquals(Quantity.parse("130亿斤/万亩"), Quantity.parse("一百三十亿斤/万亩"));
    assertEquals(new BigDecimal("761.7"), Quantity.parse("七百六十一点七斤/亩").value());
    QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantity.parse("三万\t千元/人"));
    assertEquals(2, e.errorIndex());
    assertEquals("cannot parse '三万\t千元/人' at index 2: magnitude 万 does not combine with 千元/人", e.getMessage());
  }

}
