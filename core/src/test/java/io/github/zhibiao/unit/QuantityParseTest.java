package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParseTest {

  @ParameterizedTest(name = "{0} → {1} {2} {3}")
  @CsvSource(delimiter = '|', value = {
    "2210.6万头只      | 2210.6       | 万头只 | EXACT",
    "1,532.4亿元       | 1532.4       | 亿元   | EXACT",
    "１２３万亩         | 123          | 万亩   | EXACT",
    "１，５３２．４亿元   | 1532.4       | 亿元   | EXACT",
    "一百三十亿斤       | 130          | 亿斤   | EXACT",
    "两千人            | 2000         | 人     | EXACT",
    "十一              | 11           | ''     | EXACT",
    "800余座           | 800          | 座     | MORE_THAN",
    "约3.5万人          | 3.5          | 万人   | APPROXIMATE",
    "-3.2%             | -3.2         | %      | EXACT",
    "−3.2%             | -3.2         | %      | EXACT",
    "百分之十二点五      | 12.5         | %      | EXACT",
    "千分之二点四        | 2.4          | ‰      | EXACT",
    "7.5个百分点        | 7.5          | 百分点 | EXACT",
    "7成               | 7            | 成     | EXACT",
    "400多万人          | 400          | 万人   | MORE_THAN",
    "30万吨以上         | 30           | 万吨   | AT_LEAST",
    "3.5万人左右        | 3.5          | 万人   | APPROXIMATE",
    "近5万人            | 5            | 万人   | LESS_THAN",
    "超过1200次         | 1200         | 次     | MORE_THAN",
    "两千四百五         | 2450         | ''     | EXACT",
    "一千零五           | 1005         | ''     | EXACT",
    "一万零十二          | 10012        | ''     | EXACT",
    "一万五千亿元        | 15000        | 亿元   | EXACT",
    "二十万亿元          | 20           | 万亿元 | EXACT",
    "一亿五千万          | 150000000    | ''     | EXACT",
    "二〇二三           | 2023         | ''     | EXACT",
    "叁佰陆拾伍天        | 365          | 天     | EXACT",
    "761.7斤/亩         | 761.7        | 斤/亩  | EXACT",
    "3.09万人次         | 3.09         | 万人次 | EXACT",
    "100元/人           | 100          | 元/人  | EXACT",
    "12.5 万元/人       | 12.5         | 万元/人 | EXACT",
    "負3.2%             | -3.2         | %      | EXACT",
    "1.4亿元            | 1.4          | 亿元   | EXACT",
    "362.2萬頭          | 362.2        | 万头   | EXACT",
    "349.15千公顷       | 349.15       | 千公顷 | EXACT",
  })
  void readsTheFormsOfReports(String text, String value, String unit, Qualifier qualifier) {
    Quantity q = Quantity.parse(text);
    assertEquals(0, new BigDecimal(value).compareTo(q.value()), () -> "value of " + text + " was " + q.value());
    assertEquals(Units.of(unit), q.unit());
    assertEquals(qualifier, q.qualifier());
  }

  @Test
  void chineseAndArabicFormsAgree() {
    assertEquals(Quantity.parse("130亿斤"), Quantity.parse("一百三十亿斤"));
    assertEquals(Quantity.parse("1.5万人"), Quantity.parse("一点五万人"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
    "''             | 0 | expected a number, found nothing",
    "亩              | 0 | expected a number",
    "12.3.4万亩      | 4 | unknown unit '.4万亩'",
    "12万阿巴        | 3 | unknown unit '阿巴'",
    "3兆元           | 1 | 兆 is ambiguous",
    "1,23万          | 1 | thousands separator",
    "约800余座       | 4 | a second qualifier",
    "三五百          | 1 | two digits in a row",
    "百分之十二元     | 5 | unexpected text after a 百分之",
    "12.万亩         | 0 | digits on both sides",
    "abc            | 0 | expected a number",
    "十二点          | 2 | expected digits after 点",
  })
  void badTextNamesTextPositionAndExpectation(String text, int index, String fragment) {
    QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantity.parse(text));
    assertEquals(text, e.text());
    assertEquals(index, e.errorIndex(), e::getMessage);
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  @Test
  void unknownUnitIsItsOwnType() {
    UnknownUnitException e = assertThrows(UnknownUnitException.class, () -> Quantity.parse("12万阿巴"));
    assertEquals("阿巴", e.symbol());
  }

  @Test
  void toStringParsesBack() {
    for (String s : new String[] {"2210.6万头只", "超800座", "约3.5万人", "-3.2%", "7.5百分点", "30万吨以上",
        "不足5万人", "11", "130亿", "761.7斤/亩", "20万亿元"}) {
      Quantity q = Quantity.parse(s);
      assertEquals(s, q.toString());
      assertEquals(q, Quantity.parse(q.toString()));
    }
  }
}
