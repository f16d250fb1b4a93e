package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, "Numbers": each silently wrong reading the issue lists, read right or refused, and the
 * new forms (fractions, mixed digits, approximations refused, limits).
 */
class ChineseNumeralTest {

  private static void reads(String text, String value, String unit) {
    Quantity q = Quantity.parse(text);
    Quantity want = Quantity.of(new BigDecimal(value), Units.of(unit), q.qualifier());
    assertTrue(q.isEquivalentTo(want), () -> text + " read as " + q.value().toPlainString() + " " + q.unit()
        + ", expected " + value + " " + unit);
  }

  private static QuantityFormatException refused(String text, String fragment) {
    QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantity.parse(text), text);
    assertTrue(e.getMessage().contains(fragment), e::getMessage);
    assertEquals(text, e.text());
    return e;
  }

  @ParameterizedTest(name = "{0} = {1} {2}")
  @CsvSource(delimiter = '|', value = {
    // a unit whose symbol starts with a magnitude character
    "三万千克          | 30000   | 公斤",
    "六十九千公顷       | 69      | 千公顷",
    "三十千公顷         | 30      | 千公顷",
    "一百万千米         | 100     | 万公里",
    "三千瓦            | 3       | 千瓦",
    "一百三十万千瓦      | 130     | 万千瓦",
    "三千千瓦          | 3000    | 千瓦",
    "三百千克          | 300     | 公斤",
    "三千克            | 3       | 公斤",
    "三万五千克         | 35000   | 克",
    "三千五百克         | 3500    | 克",
    "三百分点          | 3       | 百分点",
    "二十千瓦时         | 20      | 千瓦时",
    // repeated magnitudes, read as the classical forms
    "四万万            | 4       | 亿",
    "四万万五千万       | 450000000 | ''",
    "一亿亿            | 10000000000000000 | ''",
    "二十万亿元         | 20      | 万亿元",
    "一万五千亿元       | 15000   | 亿元",
    "10萬萬            | 10      | 亿",
    // 两: the unit after a numeral, the digit before a magnitude or a unit
    "三十两            | 30      | 两",
    "二两              | 2       | 两",
    "两千两            | 2000    | 两",
    "一万两            | 10000   | 两",
    "两万              | 2       | 万",
    "两千              | 2000    | ''",
    "两个              | 2       | 个",
    "一万两千          | 12000   | ''",
    "倆千两百贰拾二     | 2222    | ''",
    // mixed digits and numerals
    "3万4000          | 34000   | ''",
    "25万6千           | 256000  | ''",
    "1.5亿             | 1.5     | 亿",
    "5亿1万4千6百      | 500014600 | ''",
    "200亿零四千230    | 20000004230 | ''",
    "13万2            | 132000  | ''",
    "3万4000吨        | 34000   | 吨",
    "一百点123         | 100.123 | ''",
    // fractions
    "三分之一          | 0.3333333333333333333333333333333333 | ''",
    "四分之三亩         | 0.75    | 亩",
    "1/3              | 0.3333333333333333333333333333333333 | ''",
    "3/4亩            | 0.75    | 亩",
    "-1/8             | -0.125  | ''",
    "一又二分之一       | 1.5     | ''",
    "负三分之负三       | 1       | ''",
    "万分之三          | 0.0003  | ''",
    "万万分之七         | 0.00000007 | ''",
    "１６分之2225       | 139.0625 | ''",
    // elision at the end, and before 点
    "两千四百五         | 2450    | ''",
    "三万五            | 35000   | ''",
    "两千三点一         | 2300.1  | ''",
    "一千五点五         | 1500.5  | ''",
    "零十              | 10      | ''",
    "一万零百一十一      | 10111   | ''",
    "5亿1万           | 500010000 | ''",
  })
  void readsRight(String text, String value, String unit) {
    reads(text, value, unit);
  }

  @Test
  void theBoundaryKeepsTheUnitTheTextNames() {
    assertEquals(Units.of("千瓦"), Quantity.parse("三千瓦").unit());
    assertEquals(Units.of("两"), Quantity.parse("三十两").unit());
    assertEquals(new BigDecimal("30"), Quantity.parse("三十两").value());
    assertEquals(Units.of("千公顷"), Quantity.parse("六十九千公顷").unit());
    assertEquals(Units.of("克"), Quantity.parse("三千克").unit()); // both readings agree: the numeral keeps 千
    assertEquals(Units.of("公斤"), Quantity.parse("三万千克").unit().withoutMagnitude());
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
    "一千百            | 2  | 百 needs a digit before it",
    "一千百亩          | 2  | 百 needs a digit before it",
    "十一十二          | 2  | unit 十 after a smaller or equal unit",
    "九千九千          | 3  | unit 千 after a smaller or equal unit",
    "负十一十二         | 3  | unit 十 after a smaller or equal unit",
    "七百零九万一千一百一十万吨 | 11 | a second 万 term",
    "三亿万亩          | 1  | 亿万 is a figure of speech",
    "3亿万亩           | 1  | 亿万 is a figure of speech",
    "一亿五千万亿       | 5  | a magnitude written on another (万亿) only in a figure's first term",
    "一百万亿零一百万万   | 8 | only in a figure's first term",
    "万               | 0  | 万 alone is a magnitude, not a number",
    "万人             | 0  | 万 alone is a magnitude",
    "两               | 0  | 两 alone is either the digit 2",
    "两两             | 0  | 两两 (in pairs) is not a number",
    "三十两个          | 2  | 两 after a numeral is the unit 两",
    "两十             | 0  | 两 after a numeral is the unit 两",
    "三千五万          | 2  | is ambiguous (三千五万: 3005万 or 3500万)",
    "三万五万          | 3  | a second 万 term",
    "百十一            | 1  | 十 needs a digit before it",
    "四五             | 1  | may be a range (4 or 5)",
    "三五百            | 1  | two digits in a row",
    "两三个            | 0  | 两 is not a digit inside a string of digits",
    "三四个            | 1  | two digits in a row",
    "12345万6789      | 5  | a coefficient of 万 must be below 10⁴",
    "10.1万零100      | 5  | after a decimal number only 万 or 亿 may follow",
    "一万零一千克       | 4  | ambiguous: reads as 11000克 or as 10001公斤",
    "一万点五万        | 4  | a magnitude after decimals needs a plain number",
    "1/0              | 2  | a fraction's denominator must not be zero",
    "零分之一          | 0  | a fraction's denominator must not be zero",
    "三分之           | 3  | expected a number after 分之",
    "一又二           | 2  | expected a fraction (二分之一) after 又",
    "零十一十          | 3  | unit 十 after a smaller or equal unit",
  })
  void refusesWhatItCannotRead(String text, int index, String fragment) {
    QuantityFormatException e = refused(text, fragment);
    assertEquals(index, e.errorIndex(), e::getMessage);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
    // a coefficient of 万 of 10⁴ or more, with more after it
    "12345万6千        | 5  | a coefficient of 万 must be below 10⁴",
    "12345万六千       | 5  | a coefficient of 万 must be below 10⁴",
    "12345万零6789     | 5  | a coefficient of 万 must be below 10⁴",
    "10000万5         | 5  | a coefficient of 万 must be below 10⁴",
    "100000000亿5     | 9  | a coefficient of 万 must be below 10⁴, and of 亿 below 10⁸",
    // a number after a unit must stay below it
    "3万10000         | 2  | a number after a unit must be below that unit",
    "一千1000         | 2  | a number after a unit must be below that unit",
    "3万4千1230       | 4  | a number after a unit must be below that unit",
    "3万零10000       | 3  | a number after a unit must be below that unit",
    "十23             | 1  | a number after a unit must be below that unit",
    "三百五万          | 2  | is ambiguous (三千五万: 3005万 or 3500万)",
    "约两             | 1  | 两 alone is either the digit 2",
    "1.5万3千         | 4  | after a decimal number only 万 or 亿 may follow",
    "3万1.5           | 2  | a decimal number comes first",
    "二十万亿三千亿零五万亿 | 10 | only in a figure's first term",
  })
  void refusesNumbersBeyondTheirPlace(String text, int index, String fragment) {
    QuantityFormatException e = refused(text, fragment);
    assertEquals(index, e.errorIndex(), e::getMessage);
  }

  @ParameterizedTest(name = "{0} = {1} {2}")
  @CsvSource(delimiter = '|', value = {
    "9999万5          | 99995000   | ''",
    "9999万6789       | 99996789   | ''",
    "3万9999          | 39999      | ''",
    "一千999          | 1999       | ''",
    "3万4千999        | 34999      | ''",
    "三十五万          | 35         | 万",
    "99999999亿5000万 | 9999999950000000 | ''",
    "一点五万万        | 1.5        | 亿",
    "一点五万万万       | 1.5        | 万亿",
    "二十万亿三千亿     | 20300000000000 | ''",
  })
  void readsNumbersAtTheirPlace(String text, String value, String unit) {
    reads(text, value, unit);
  }

  @Test
  void limitMessagesCountTheCharacters() {
    String digits = "7".repeat(QuantityParser.MAX_DIGITS + 1);
    QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantity.parse(digits));
    assertTrue(e.getMessage().endsWith(": a number of 100001 characters; at most 100000 digits are read"), e::getMessage);
    QuantityFormatException d = assertThrows(QuantityFormatException.class, () -> Quantity.parse("1/" + digits));
    assertTrue(d.getMessage().endsWith(": a number of 100001 characters; at most 100000 digits are read"), d::getMessage);
    assertEquals(2 + QuantityParser.MAX_DIGITS, d.errorIndex());
    QuantityFormatException u = assertThrows(QuantityFormatException.class, () -> Quantity.parse("3" + "元".repeat(201)));
    assertTrue(u.getMessage().endsWith(": a unit of 201 characters is longer than the limit of 200"), u::getMessage);
    assertEquals(201, u.errorIndex());
    String numeral = "一" + "零".repeat(QuantityParser.MAX_NUMERAL);
    QuantityFormatException n = assertThrows(QuantityFormatException.class, () -> Quantity.parse(numeral));
    assertEquals(QuantityParser.MAX_NUMERAL, n.errorIndex());
    assertTrue(n.getMessage().endsWith(": a number in Chinese numerals longer than 1000 characters; at most 1000 are read"),
        n::getMessage);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "几               | 0",
    "几十             | 0",
    "十几万           | 1",
    "二十幾萬          | 2",
    "数十             | 0",
    "数万人           | 0",
    "上百             | 0",
    "上万人           | 0",
    "成千上万         | 0",
    "好几千           | 0",
    "近百             | 0",
    "近千亩           | 0",
    "十来个           | 1",
  })
  void approximationsAreRefusedAsRanges(String text, int index) {
    QuantityFormatException e = refused(text, "states a range, not one figure");
    assertEquals(index, e.errorIndex(), e::getMessage);
  }

  @Test
  void boundsAndMoreThanAreStillRead() {
    assertEquals(Qualifier.LESS_THAN, Quantity.parse("近5万人").qualifier());
    assertEquals(Qualifier.MORE_THAN, Quantity.parse("三十多万人").qualifier());
    assertEquals(Qualifier.MORE_THAN, Quantity.parse("超百亿元").qualifier());
    reads("超百亿元", "100", "亿元");
    assertEquals(Qualifier.APPROXIMATE, Quantity.parse("约三分之一").qualifier());
  }

  @Test
  void nonTerminatingFractionsRoundTo34DigitsHalfEven() {
    BigDecimal third = Quantity.parse("三分之二").value();
    assertEquals(34, third.precision());
    assertEquals(new BigDecimal("0.6666666666666666666666666666666667"), third);
    assertEquals(new BigDecimal("0.25"), Quantity.parse("四分之一").value()); // exact, not padded
    assertEquals(new BigDecimal("1010.333333333333333333333333333333"), Quantity.parse("一千零十又3分之1").value());
  }

  @Test
  void aNumeralOf40000MagnitudeWordsIsRefusedAtTheLimit() {
    String text = "一" + "万".repeat(40_000) + "元";
    QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantity.parse(text));
    assertEquals(QuantityParser.MAX_NUMERAL, e.errorIndex());
    assertTrue(e.getMessage().contains("at most 1000 are read"), e::getMessage);
    assertTrue(e.getMessage().contains("(40002 characters)"), e::getMessage);
    assertTrue(e.getMessage().length() < 400, "the message shows an excerpt, not 40000 characters");
    assertEquals(text, e.text());
  }

  @Test
  void aNumeralAtTheLimitIsRead() {
    String numeral = "一" + "零".repeat(QuantityParser.MAX_NUMERAL - 2) + "一";
    assertEquals(QuantityParser.MAX_NUMERAL, numeral.length());
    assertEquals(new BigDecimal("1" + "0".repeat(QuantityParser.MAX_NUMERAL - 2) + "1"), Quantity.parse(numeral).value());
    assertThrows(QuantityFormatException.class, () -> Quantity.parse(numeral + "一"));
  }

  @Test
  void arabicNumbersAreReadUpTo100000Digits() {
    String digits = "7".repeat(QuantityParser.MAX_DIGITS);
    assertEquals(new BigDecimal(digits), Quantity.parse(digits + "万亩").value());
    QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantity.parse(digits + "7万亩"));
    assertEquals(QuantityParser.MAX_DIGITS, e.errorIndex());
    assertTrue(e.getMessage().contains("at most 100000 digits are read"), e::getMessage);
    QuantityFormatException d = assertThrows(QuantityFormatException.class, () -> Quantity.parse("1/" + digits + "7"));
    assertEquals(2 + QuantityParser.MAX_DIGITS, d.errorIndex());
  }

  @Test
  void aUnitChainOf20000SegmentsIsRefusedWithoutRecursing() {
    String chain = "元" + "/人".repeat(20_000);
    QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Units.of(chain));
    assertEquals(UnitCatalog.MAX_UNIT_LENGTH, e.errorIndex());
    assertTrue(e.getMessage().contains("longer than the limit of 200"), e::getMessage);
    QuantityFormatException q = assertThrows(QuantityFormatException.class, () -> Quantity.parse("3" + chain));
    assertEquals(1 + UnitCatalog.MAX_UNIT_LENGTH, q.errorIndex());
  }

  @Test
  void aUnitOfSeventeenShortPartsIsRefusedAtTheSeventeenth() {
    String sixteen = "元" + "/人".repeat(15);
    assertEquals(UnitCatalog.MAX_PARTS, sixteen.split("/").length);
    Units.of(sixteen);
    QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Units.of(sixteen + "/人"));
    assertEquals(sixteen.length(), e.errorIndex());
    assertTrue(e.getMessage().contains("more than 16 parts"), e::getMessage);
    assertThrows(QuantityFormatException.class, () -> Units.of("元" + "·人".repeat(16)));
    assertThrows(QuantityFormatException.class, () -> Quantity.parse("5元" + "/人".repeat(16)));
  }

  @Test
  void aUnitAtTheLengthLimitIsRead() {
    String unit = "元" + " ".repeat(UnitCatalog.MAX_UNIT_LENGTH - 2) + "元";
    UnknownUnitException read = assertThrows(UnknownUnitException.class, () -> Units.of(unit), "read, and unknown");
    assertEquals(0, read.errorIndex());
    QuantityFormatException refused = assertThrows(QuantityFormatException.class, () -> Units.of(unit + "元"));
    assertTrue(refused.getMessage().contains("longer than the limit of 200"), refused::getMessage);
  }

  @Test
  void shortTextsAreQuotedWhole() {
    QuantityFormatException e = refused("一千百", "百 needs");
    assertTrue(e.getMessage().startsWith("cannot parse '一千百' at index 2: "), e::getMessage);
    String longText = "x".repeat(200);
    QuantityFormatException whole = assertThrows(QuantityFormatException.class, () -> Quantity.parse(longText));
    assertTrue(whole.getMessage().startsWith("cannot parse '" + longText + "' at index 0"), whole::getMessage);
    QuantityFormatException cut = assertThrows(QuantityFormatException.class, () -> Quantity.parse(longText + "x"));
    assertTrue(cut.getMessage().startsWith("cannot parse '" + "x".repeat(80) + "…' (201 characters) at index 0"),
        cut::getMessage);
  }
}
