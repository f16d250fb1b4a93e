package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The oracle for Chinese numerals: values are written as Chinese numerals (小写, 大写, with 两, with
 * elided units, with decimals) and in mixed forms (3万4000, 25万6千, 1.5亿) before every unit of the
 * catalog, with and without magnitudes, and {@link Quantity#parse} must read back the same amount.
 *
 * <p>Units with a magnitude (千公顷, 万人, 十两) need care: written right after a numeral, the
 * numeral may take the magnitude's first character as its own (一千零五 and 十人 make 一千零五十人),
 * and that is then the text's reading; see {@link #separator}. Catalog units whose symbol starts with
 * a numeral character (千瓦, 千瓦时, 两, 百分点) are always written right after the numeral, and the
 * parser must find the boundary (三千瓦, 三十两, 三百分点). Every text must read back to its amount,
 * but for the refusals that {@link #mayRefuse} allows.
 */
class NumeralProperties {

  private static final String LOWER = "零一二三四五六七八九";
  private static final String UPPER = "零壹贰叁肆伍陆柒捌玖";
  private static final BigInteger WAN = BigInteger.TEN.pow(4);
  private static final BigInteger YI = BigInteger.TEN.pow(8);

  /** How a value is written. */
  enum Form { LOWER, UPPER, LIANG, ELIDED, MIXED, DECIMAL_MAGNITUDE, CHINESE_DECIMAL }

  /** A value as text, and the amount it states. */
  record Written(String text, BigDecimal value) {}

  // ---- the writer -------------------------------------------------------------------------

  /** The standard numeral for {@code n} (0 ≤ n < 10¹⁶), 小写 or 大写. */
  static String chinese(BigInteger n, boolean upper) {
    if (n.signum() == 0) {
      return upper ? "零" : "零";
    }
    String digits = upper ? UPPER : LOWER;
    if (n.compareTo(YI) >= 0) {
      BigInteger[] qr = n.divideAndRemainder(YI);
      String hi = chinese(qr[0], upper) + "亿";
      boolean gap = qr[1].compareTo(BigInteger.TEN.pow(7)) < 0 || qr[0].mod(BigInteger.TEN).signum() == 0;
      return qr[1].signum() == 0 ? hi : hi + (gap ? "零" : "") + wan(qr[1], digits, upper);
    }
    return wan(n, digits, upper);
  }

  private static String wan(BigInteger n, String digits, boolean upper) {
    BigInteger[] qr = n.divideAndRemainder(WAN);
    if (qr[0].signum() == 0) {
      return section(qr[1].intValue(), digits, upper);
    }
    String hi = section(qr[0].intValue(), digits, upper) + (upper ? "万" : "万");
    if (qr[1].signum() == 0) {
      return hi;
    }
    boolean gap = qr[1].intValue() < 1000 || qr[0].intValue() % 10 == 0;
    return hi + (gap ? "零" : "") + section(qr[1].intValue(), digits, upper);
  }

  /** 1 ≤ n < 10⁴: 一千零五, 三百二十. */
  private static String section(int n, String digits, boolean upper) {
    String units = upper ? "仟佰拾" : "千百十";
    StringBuilder sb = new StringBuilder();
    int[] places = {1000, 100, 10};
    boolean zero = false;
    for (int k = 0; k < 3; k++) {
      int d = n / places[k] % 10;
      if (d == 0) {
        zero = sb.length() > 0;
        continue;
      }
      if (zero) {
        sb.append('零');
        zero = false;
      }
      sb.append(digits.charAt(d)).append(units.charAt(k));
    }
    int ones = n % 10;
    if (ones > 0) {
      if (zero) {
        sb.append('零');
      }
      sb.append(digits.charAt(ones));
    }
    return sb.toString();
  }

  /** 两 for 二 before 百 and 千, and for a group of 二 before 万 and 亿 (两万, 两亿); a lone 2 before a unit. */
  static String liang(String numeral, boolean unitFollows, boolean unitStartsWithLiang) {
    StringBuilder sb = new StringBuilder(numeral);
    for (int i = 0; i < sb.length(); i++) {
      if (sb.charAt(i) != '二') {
        continue;
      }
      char next = i + 1 < sb.length() ? sb.charAt(i + 1) : 0;
      char before = i > 0 ? sb.charAt(i - 1) : 0;
      boolean groupStart = i == 0 || before == '万' || before == '亿' || before == '零';
      if (next == '百' || next == '千' || (groupStart && (next == '万' || next == '亿'))
          || (sb.length() == 1 && unitFollows && !unitStartsWithLiang)) {
        sb.setCharAt(i, '两');
      }
    }
    return sb.toString();
  }

  /** 三万五千 → 三万五, 两千四百五十 → 两千四百五, 一亿五千万 → 一亿五: the last unit left out. */
  static String elide(String numeral) {
    int n = numeral.length();
    if (n >= 3) {
      char unit = numeral.charAt(n - 1);
      char digit = numeral.charAt(n - 2);
      char before = numeral.charAt(n - 3);
      boolean adjacent = before == '万' && unit == '千' || before == '千' && unit == '百' || before == '百' && unit == '十';
      if (adjacent && LOWER.indexOf(digit) > 0) {
        return numeral.substring(0, n - 1);
      }
    }
    if (n >= 4 && numeral.endsWith("千万") && numeral.charAt(n - 4) == '亿' && LOWER.indexOf(numeral.charAt(n - 3)) > 0) {
      return numeral.substring(0, n - 2);
    }
    return numeral;
  }

  /** 3万4000, 1亿5000万, 25万6千, 3万零5. */
  static String mixed(BigInteger n) {
    if (n.compareTo(YI) >= 0) {
      BigInteger[] qr = n.divideAndRemainder(YI);
      return qr[0] + "亿" + (qr[1].signum() == 0 ? "" : tail(qr[1], YI));
    }
    return n.compareTo(WAN) >= 0 ? tail(n, null) : n.toString();
  }

  private static String tail(BigInteger n, BigInteger above) {
    if (n.compareTo(WAN) >= 0) {
      BigInteger[] qr = n.divideAndRemainder(WAN);
      String hi = qr[0] + "万";
      if (above != null && qr[0].compareTo(BigInteger.valueOf(1000)) < 0) {
        hi = "零" + hi;
      }
      return qr[1].signum() == 0 ? hi : hi + low(qr[1].intValue());
    }
    return "零" + n;
  }

  private static String low(int n) {
    if (n % 1000 == 0 && n / 1000 % 2 == 0) {
      return (n / 1000) + "千"; // 25万6千; 3万3000 stays in digits
    }
    return n < 10 ? "零" + n : Integer.toString(n);
  }

  /** Writes {@code n} (and a decimal part of {@code decimals}) in {@code form} before {@code unit}. */
  static Written write(BigInteger n, int[] decimals, Form form, Unit unit) {
    String symbol = unit.symbol();
    boolean unitFollows = !symbol.isEmpty();
    boolean numeralUnit = unitFollows && ChineseNumeral.isNumeralChar(symbol.charAt(0));
    String fraction = fractionDigits(decimals);
    BigDecimal value = new BigDecimal(n);
    switch (form) {
      case UPPER:
        return new Written(chinese(n, true), value);
      case LIANG:
        return new Written(liang(chinese(n, false), unitFollows, symbol.startsWith("两")), value);
      case ELIDED:
        return new Written(numeralUnit ? chinese(n, false) : elide(liang(chinese(n, false), false, false)), value);
      case MIXED:
        return new Written(mixed(n), value);
      case DECIMAL_MAGNITUDE: {
        // 1.5亿, 2210.6万: a decimal coefficient of 万 or 亿
        int k = n.testBit(0) ? 8 : 4;
        BigDecimal c = new BigDecimal(n.mod(BigInteger.valueOf(100_000)) + (fraction.isEmpty() ? "" : "." + fraction));
        return new Written(c.toPlainString() + (k == 8 ? "亿" : "万"), c.scaleByPowerOfTen(k));
      }
      case CHINESE_DECIMAL: {
        if (fraction.isEmpty()) {
          return new Written(chinese(n, false), value);
        }
        StringBuilder sb = new StringBuilder(chinese(n, false)).append('点');
        for (char ch : fraction.toCharArray()) {
          sb.append(LOWER.charAt(ch - '0'));
        }
        return new Written(sb.toString(), new BigDecimal(n + "." + fraction));
      }
      default:
        return new Written(chinese(n, false), value);
    }
  }

  private static String fractionDigits(int[] decimals) {
    StringBuilder sb = new StringBuilder();
    for (int d : decimals) {
      sb.append((char) ('0' + d));
    }
    return sb.toString();
  }

  // ---- the generators ---------------------------------------------------------------------

  /** Every catalog unit, with and without each magnitude, and the pure number. */
  static List<Unit> units() {
    List<Unit> all = new ArrayList<>();
    all.add(Units.ONE);
    for (Unit u : Units.catalog()) {
      all.add(u);
      for (Magnitude m : Magnitude.values()) {
        all.add(u.withMagnitude(m));
      }
    }
    return all;
  }

  /** Integers below 10¹⁶, their digits mostly zero so that 零 and gaps are common. */
  static Gen<BigInteger> integersWithGaps() {
    return lists().of(integers().between(0, 17)).ofSizeBetween(1, 16).map(ds -> {
      StringBuilder sb = new StringBuilder();
      for (int d : ds) {
        sb.append((char) ('0' + (d > 9 ? 0 : d)));
      }
      return new BigInteger(sb.toString());
    });
  }

  static Gen<int[]> fractions() {
    return lists().of(integers().between(0, 9)).ofSizeBetween(0, 3)
        .map(ds -> ds.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The amount a parse states, exactly: value × factor. */
  private static Rational amount(BigDecimal value, Unit unit) {
    return Rational.of(value).multiply(unit.factor());
  }

  /**
   * A space between a numeral and a unit with a magnitude (十人, 千公顷, 万%), unless the numeral ends
   * in 万 or 亿. Written together they may be another numeral, and that is then the text's reading:
   * 一千零五 and 十人 make 一千零五十人 (1050人), 一亿零一 and 万% make 一亿零一万% (100010000%).
   * After 万 or 亿 they are written together (三万万人, 1.5亿万元, 三万千公顷), and the parser may refuse
   * what it cannot read there; it must never read another amount.
   */
  static String separator(String numeral, Unit unit) {
    return unit.magnitude().isPresent() && !endsInMagnitude(numeral) ? " " : "";
  }

  private static boolean endsInMagnitude(String numeral) {
    char last = numeral.charAt(numeral.length() - 1);
    return last == '万' || last == '亿';
  }

  /**
   * A Chinese numeral ending in 万 or 亿 before a unit that starts with 十 (一百万 and 十%): together
   * they are another numeral (一百万十 = 1000010), and apart the magnitude must not meet a numeral
   * again ("一百万 十%" is refused). No text states this amount this way; it is not generated.
   */
  static boolean unwritable(String numeral, Form form, Unit unit) {
    return form != Form.DECIMAL_MAGNITUDE && unit.magnitude().isPresent()
        && endsInMagnitude(numeral) && "十拾".indexOf(unit.symbol().charAt(0)) >= 0;
  }

  /**
   * Whether a refusal is one of the documented exceptions: a unit with a magnitude after 万 or 亿
   * (三万千公顷, 1.5亿万元); or a numeral whose last character makes a catalog word with the unit
   * (一万亿零一千 and 克 make 千克: 1000000001000克 or 1000000000001公斤, refused as ambiguous).
   */
  static boolean mayRefuse(String numeral, Unit unit) {
    if (unit.magnitude().isPresent() && endsInMagnitude(numeral)) {
      return true;
    }
    String joined = numeral.charAt(numeral.length() - 1) + unit.symbol();
    for (int k = 2; k <= joined.length(); k++) {
      if (Units.atomOrNull(joined.substring(0, k)) != null) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyNumeralBeforeEveryUnitReadsBackToItsAmount() {
    List<Unit> units = units();
    qt().withFixedSeed(Long.getLong("numerals.seed", 20_261_202L)).withExamples(Integer.getInteger("numerals.examples", 20_000))
        .forAll(integersWithGaps(), fractions(), Generate.enumValues(Form.class), Generate.pick(units))
        .check((n, decimals, form, unit) -> {
          Written w = write(n, decimals, form, unit);
          if (unwritable(w.text(), form, unit)) {
            return true;
          }
          String text = w.text() + separator(w.text(), unit) + unit.symbol();
          Quantity q;
          try {
            q = Quantity.parse(text);
          } catch (QuantityFormatException e) {
            if (mayRefuse(w.text(), unit)) {
              return true;
            }
            throw new AssertionError(text + " (" + w.value().toPlainString() + " " + unit + ", " + form + ") refused: "
                + e.getMessage(), e);
          }
          if (!q.unit().isConvertibleTo(unit) || !amount(q.value(), q.unit()).equals(amount(w.value(), unit))) {
            throw new AssertionError(text + " (" + w.value().toPlainString() + " " + unit + ", " + form + ") read as "
                + q.value().toPlainString() + " " + q.unit());
          }
          return true;
        });
  }

  @Test
  void negativeNumeralsReadBackNegated() {
    qt().withFixedSeed(7L).withExamples(5_000)
        .forAll(integersWithGaps(), Generate.pick(List.of("负", "-")))
        .check((n, sign) -> {
          if (n.signum() == 0) {
            return true;
          }
          Quantity q = Quantity.parse(sign + chinese(n, false) + "元");
          return amount(q.value(), q.unit()).equals(amount(new BigDecimal(n).negate(), Units.YUAN));
        });
  }

  @Test
  void theWriterWritesWhatTheReferenceSays() {
    // the writer is test code: it is held to known spellings, so that the oracle is not wrong itself
    assertEquals("一万零八百八十九", chinese(BigInteger.valueOf(10_889), false));
    assertEquals("一亿零三十五万零八十九", chinese(BigInteger.valueOf(100_350_089), false));
    assertEquals("五千万零八千", chinese(BigInteger.valueOf(50_008_000), false));
    assertEquals("九十九万九千九百九十九亿九千九百九十九万九千九百九十九", chinese(new BigInteger("99999999999999"), false));
    assertEquals("一万亿零一千万", chinese(new BigInteger("1000010000000"), false));
    assertEquals("壹仟零贰拾肆", chinese(BigInteger.valueOf(1024), true));
    assertEquals("两千两百二十二", liang(chinese(BigInteger.valueOf(2222), false), false, false));
    assertEquals("两万", liang(chinese(BigInteger.valueOf(20_000), false), false, false));
    assertEquals("三万五", elide("三万五千"));
    assertEquals("两千四百五", elide("两千四百五十"));
    assertEquals("一亿五", elide("一亿五千万"));
    assertEquals("3万3000", mixed(BigInteger.valueOf(33_000)));
    assertEquals("25万6千", mixed(BigInteger.valueOf(256_000)));
    assertEquals("1亿5000万", mixed(BigInteger.valueOf(150_000_000)));
    assertEquals("1亿零500万", mixed(BigInteger.valueOf(105_000_000)));
    assertEquals("3万零5", mixed(BigInteger.valueOf(30_005)));
    assertTrue(units().size() > 13 * Units.catalog().size());
  }
}
