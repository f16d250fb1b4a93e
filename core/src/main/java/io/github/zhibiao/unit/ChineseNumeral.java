package io.github.zhibiao.unit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The grammar of one written number in Chinese numerals, alone or mixed with Arabic digits:
 * 一百三十, 两千四百五, 一万零十二, 二〇二三, 十二点五, 3万4000, 25万6千, 四万万.
 *
 * <p>Design. A numeral is read left to right as tokens: digits (零 … 九, 大写, 两, 幺, 仨, 俩),
 * Arabic numbers, the small units 十 百 千, the magnitudes 万 and 亿, and 点 with its decimals.
 * The rules, each a refusal where the text breaks it, never a guess:
 *
 * <ul>
 *   <li>Within a section (below 万) the small units strictly decrease: 九千九千, 十一十二 and 一千百
 *       are refused. A small unit takes one digit before it; a bare 十 (一十) is allowed at the
 *       start of a section, after 零 and after 百 with its digit (一百十一, not 百十一, which is
 *       "about a hundred"); a bare 百 or 千 at the start or after 零 (一万零百一十一 = 10111).
 *   <li>Magnitudes strictly decrease too: each 万 or 亿 term must be smaller than the one before,
 *       so 七百零九万一千一百一十万 is refused. 亿 takes the 万 terms before it (一万五千亿 = 15000 亿);
 *       a magnitude written directly after another multiplies it: 万万 = 亿 (四万万 = 4亿), 万亿 =
 *       10¹², 亿亿 = 10¹⁶, in the first term only (一百万亿零一百万万 is refused: its last 万 may be
 *       the unit's). 亿万 (a figure of speech, "countless") is refused.
 *   <li>A lone digit right after 百, 千, 万 or 亿 is an elided unit (两千四百五 = 2450, 三万五 =
 *       35000) only when nothing numeral follows it in the text; anywhere else it needs 零 before
 *       it.
 *   <li>两 is the digit 2 only before 百, 千, 万 or 亿, or alone before a unit (两个); elsewhere it
 *       is the unit 两, and a numeral ending in it is refused here (the caller reads 三十两 as 30两).
 *   <li>A string of digits without units (二〇二三, 一二三) is read digit by digit; two digits alone
 *       (四五) are refused, since they may be a range (4 or 5).
 *   <li>Arabic numbers mix in where a digit or a section stands: 25万6千, 3万4000, 200亿零四千230. A
 *       coefficient of 十, 百 or 千 is a single digit; a value after a unit is below it; an Arabic
 *       decimal only before the last magnitudes (1.5亿).
 * </ul>
 *
 * <p>When the numeral is one coefficient followed by magnitudes (一百三十亿, 十万, 一万五千亿, 四万万),
 * the magnitude is returned apart, for the unit (130 亿斤); otherwise the value is the whole number.
 */
final class ChineseNumeral {

  /** The value read, and the magnitude that goes to the unit (null when there is none). */
  record Value(BigDecimal value, Magnitude magnitude) {}

  private final String text;
  private final String s;
  private final int from;
  private final int to;
  private final boolean atRunEnd;
  private boolean bareMagnitude;

  /** Committed magnitude terms, full values, levels strictly decreasing. */
  private final List<BigInteger> termValues = new ArrayList<>();
  private final List<Integer> termLevels = new ArrayList<>();
  /** The coefficient of the only term, when the numeral is a coefficient and magnitudes. */
  private BigDecimal firstCoefficient;
  private boolean oneCoefficient = true;
  private BigDecimal decimalCoefficient;
  private BigInteger section = BigInteger.ZERO;
  private int sectionExp = 4; // the last small unit's exponent; 4 when none yet
  private BigInteger pending; // a digit or Arabic integer not yet placed
  private int pendingDigits; // 1 for a Chinese digit, the digit count for an Arabic integer
  private int pendingAt;
  private boolean zero; // 零 since the last unit
  private int lastExp; // exponent of the last unit token, 0 before any
  private char lastToken; // 'd' digit, 'a' Arabic, 's' small unit, 'b' magnitude, 0 none
  private char lastBig;
  private boolean tokens;
  private int oversizedAt = -1;
  private boolean bareSmall; // the last small unit had no digit before it (百 in 百十一)

  private ChineseNumeral(String text, String s, int from, int to, boolean atRunEnd) {
    this.text = text;
    this.s = s;
    this.from = from;
    this.to = to;
    this.atRunEnd = atRunEnd;
  }

  /**
   * Reads {@code s[from, to)}.
   *
   * @param text the caller's text, for errors
   * @param s its normalised form
   * @param atRunEnd whether no numeral character follows {@code to} (an elided unit is allowed)
   * @param unitFollows whether a unit follows (a lone 两 is then the digit 2)
   * @param moveMagnitude whether trailing magnitudes may go to the unit
   */
  static Value read(String text, String s, int from, int to, boolean atRunEnd, boolean unitFollows,
      boolean moveMagnitude) {
    if (from >= to) {
      throw new QuantityFormatException(text, from, "expected a number before the magnitude");
    }
    if (to - from == 1 && s.charAt(from) == '两' && !unitFollows) {
      throw new QuantityFormatException(text, from,
          "两 alone is either the digit 2, which needs a unit after it (两个), or the unit 两, which needs a number");
    }
    Value digits = digitString(text, s, from, to);
    if (digits != null) {
      return digits;
    }
    return new ChineseNumeral(text, s, from, to, atRunEnd).read(moveMagnitude);
  }

  static boolean isTwo(char c) {
    return c == '两' || c == '俩' || c == '倆';
  }

  /** Reads the denominator of N分之M, where a bare magnitude is one of it (万分之三, 万万分之七). */
  static BigDecimal denominator(String text, String s, int from, int to) {
    if (from < to && bigExponent(s.charAt(from)) > 0) {
      ChineseNumeral n = new ChineseNumeral(text, s, from, to, true);
      n.bareMagnitude = true;
      return n.read(false).value();
    }
    return read(text, s, from, to, true, false, false).value();
  }

  static int digit(char c) {
    switch (c) {
      case '零': return 0;
      case '一': case '壹': case '幺': return 1;
      case '二': case '贰': case '两': case '俩': case '倆': return 2;
      case '三': case '叁': case '仨': return 3;
      case '四': case '肆': return 4;
      case '五': case '伍': return 5;
      case '六': case '陆': return 6;
      case '七': case '柒': return 7;
      case '八': case '捌': return 8;
      case '九': case '玖': return 9;
      default: return -1;
    }
  }

  /** 1, 2, 3 for 十 百 千 (and 拾 佰 仟); 0 otherwise. */
  static int smallExponent(char c) {
    switch (c) {
      case '十': case '拾': return 1;
      case '百': case '佰': return 2;
      case '千': case '仟': return 3;
      default: return 0;
    }
  }

  /** 4 for 万, 8 for 亿; 0 otherwise. */
  static int bigExponent(char c) {
    return c == '万' ? 4 : c == '亿' ? 8 : 0;
  }

  static boolean isNumeralChar(char c) {
    return digit(c) >= 0 || smallExponent(c) > 0 || bigExponent(c) > 0 || c == '点';
  }

  /** Digits without any unit or Arabic digit (二〇二三, 十二点五 is not one): digit by digit. */
  private static Value digitString(String text, String s, int from, int to) {
    int point = -1;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '点' && point < 0) {
        point = i;
      } else if (digit(c) < 0) {
        return null;
      }
    }
    int intEnd = point < 0 ? to : point;
    if (intEnd - from < 2) {
      return null; // one digit, with or without decimals: the token reader handles it
    }
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < intEnd; i++) {
      char c = s.charAt(i);
      if (isTwo(c)) {
        throw new QuantityFormatException(text, i, "两 is not a digit inside a string of digits");
      }
      sb.append((char) ('0' + digit(c)));
    }
    if (point < 0 && intEnd - from == 2 && digit(s.charAt(from)) != 0 && digit(s.charAt(from + 1)) != 0) {
      throw new QuantityFormatException(text, from + 1, "two digits in a row without a unit (十, 百, 千, 万, 亿): '"
          + s.substring(from, to) + "' may be a range (" + digit(s.charAt(from)) + " or " + digit(s.charAt(from + 1))
          + "); write 十 for the tens");
    }
    if (point >= 0) {
      sb.append('.').append(fraction(text, s, point, to));
    }
    return new Value(new BigDecimal(sb.toString()), null);
  }

  /** The decimals after 点 at {@code point}, up to {@code to}, as ASCII digits. */
  private static String fraction(String text, String s, int point, int to) {
    StringBuilder sb = new StringBuilder(to - point);
    for (int i = point + 1; i < to; i++) {
      char c = s.charAt(i);
      int d = c >= '0' && c <= '9' ? c - '0' : isTwo(c) ? -1 : digit(c);
      if (d < 0) {
        throw new QuantityFormatException(text, i, "expected a digit after 点, found '" + c + "'");
      }
      sb.append((char) ('0' + d));
    }
    if (sb.length() == 0) {
      throw new QuantityFormatException(text, point, "expected digits after 点");
    }
    return sb.toString();
  }

  private Value read(boolean moveMagnitude) {
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        i = arabic(i);
        continue;
      }
      if (c == '点') {
        return decimal(i, moveMagnitude);
      }
      int d = digit(c);
      if (d >= 0) {
        digitToken(i, c, d);
      } else if (smallExponent(c) > 0) {
        small(i, c, smallExponent(c));
      } else if (bigExponent(c) > 0) {
        big(i, c, bigExponent(c));
      } else {
        throw new QuantityFormatException(text, i, "unexpected '" + c + "' in a Chinese numeral");
      }
      tokens = true;
      i++;
    }
    if (decimalCoefficient != null) {
      return coefficientAndMagnitudes(decimalCoefficient, moveMagnitude);
    }
    BigInteger tail = commitPending(atRunEnd);
    if (lastToken == 'b' && oneCoefficient && termValues.size() == 1 && firstCoefficient != null) {
      return coefficientAndMagnitudes(firstCoefficient, moveMagnitude);
    }
    return new Value(new BigDecimal(sum().add(section).add(tail)), null);
  }

  private BigInteger sum() {
    BigInteger total = BigInteger.ZERO;
    for (BigInteger v : termValues) {
      total = total.add(v);
    }
    return total;
  }

  /** A coefficient times the level of the last term: the magnitude goes to the unit when it has a name. */
  private Value coefficientAndMagnitudes(BigDecimal coefficient, boolean moveMagnitude) {
    int level = termLevels.isEmpty() ? 0 : termLevels.get(termLevels.size() - 1);
    Magnitude m = level == 0 || !moveMagnitude ? null : Magnitude.ofExponent(level).orElse(null);
    if (m != null) {
      return new Value(coefficient, m);
    }
    return new Value(coefficient.scaleByPowerOfTen(level), null);
  }

  private int arabic(int i) {
    int end = QuantityParser.scanArabic(text, s, i, to);
    BigDecimal a = QuantityParser.arabic(text, s, i, end);
    if (pending != null) {
      throw new QuantityFormatException(text, i, "two numbers in a row without a unit (十, 百, 千, 万, 亿)");
    }
    boolean hasPoint = s.lastIndexOf('.', end - 1) >= i;
    if (hasPoint) {
      if (tokens) {
        throw new QuantityFormatException(text, i, "a decimal number comes first, before its magnitude (1.5亿)");
      }
      for (int k = end; k < to; k++) {
        if (bigExponent(s.charAt(k)) == 0) {
          throw new QuantityFormatException(text, k, "after a decimal number only 万 or 亿 may follow (1.5亿)");
        }
      }
      decimalCoefficient = a;
    } else {
      pending = a.toBigIntegerExact();
      int digits = 0;
      for (int k = i; k < end; k++) {
        if (s.charAt(k) != ',') {
          digits++;
        }
      }
      pendingDigits = digits;
      pendingAt = i;
      checkOversized(i);
    }
    lastToken = 'a';
    tokens = true;
    return end;
  }

  /** Refuses more after a magnitude whose Arabic coefficient is not below its place: 12345万6789. */
  private void checkOversized(int i) {
    if (oversizedAt >= 0) {
      throw new QuantityFormatException(text, oversizedAt, "a coefficient of 万 must be below 10⁴, and of 亿 below "
          + "10⁸, when more of the number follows");
    }
  }

  private void digitToken(int i, char c, int d) {
    if (pending != null) {
      throw new QuantityFormatException(text, i, "two digits in a row without a unit (十, 百, 千, 万, 亿); '"
          + s.substring(pendingAt, i + 1) + "' may be a range");
    }
    if (isTwo(c)) {
      char next = i + 1 < to ? s.charAt(i + 1) : 0;
      if (smallExponent(next) < 2 && bigExponent(next) == 0 && (i > from || i + 1 < to)) {
        throw new QuantityFormatException(text, i, "两 after a numeral is the unit 两; as the digit 2 it comes before "
            + "百, 千, 万 or 亿 (两千, 两万) or alone before a unit (两个)");
      }
    }
    if (d == 0) {
      if (!tokens) {
        pending = BigInteger.ZERO;
        pendingDigits = 1;
        pendingAt = i;
      }
      zero = true;
      lastToken = 'd';
      return;
    }
    pending = BigInteger.valueOf(d);
    pendingDigits = 1;
    pendingAt = i;
    checkOversized(i);
    lastToken = 'd';
  }

  private void small(int i, char c, int e) {
    if (e >= sectionExp) {
      throw new QuantityFormatException(text, i, "unit " + c + " after a smaller or equal unit");
    }
    checkOversized(i);
    BigInteger coefficient;
    boolean bare = false;
    if (pending != null && pending.signum() == 0 && pendingAt == from && section.signum() == 0) {
      pending = null; // a leading 零: 零十 is 十
    }
    if (pending != null) {
      if (pending.signum() == 0) {
        throw new QuantityFormatException(text, i, "零 before " + c);
      }
      if (pendingDigits != 1) {
        throw new QuantityFormatException(text, pendingAt, "the coefficient of " + c + " is one digit from 1 to 9");
      }
      coefficient = pending;
    } else if (!tokens || zero || (e == 1 && (lastToken == 'b' || (lastToken == 's' && sectionExp == 2 && !bareSmall)))) {
      coefficient = BigInteger.ONE; // 十二, 百五, 一百十一, 一千零十, 一万零百一十一
      bare = true;
    } else {
      throw new QuantityFormatException(text, i, c + " needs a digit before it (一" + c + ")");
    }
    section = section.add(coefficient.multiply(BigInteger.TEN.pow(e)));
    sectionExp = e;
    bareSmall = bare;
    pending = null;
    zero = false;
    lastExp = e;
    lastToken = 's';
  }

  private void big(int i, char c, int e) {
    if (lastToken == 'b') {
      if (lastBig == '亿' && c == '万') {
        throw new QuantityFormatException(text, i - 1,
            "亿万 is a figure of speech (countless), not a number; write 万亿 for 10¹²");
      }
      int last = termValues.size() - 1;
      int level = termLevels.get(last) + e;
      if (last > 0) {
        // 一百万亿零一百万万: 一百万万 (100亿) inside the figure, or 一百万亿零一百万 of a unit 万…
        throw new QuantityFormatException(text, i, "a magnitude written on another (" + lastBig + c
            + ") only in a figure's first term (四万万, 二十万亿); here it is ambiguous");
      }
      termValues.set(last, termValues.get(last).multiply(BigInteger.TEN.pow(e)));
      termLevels.set(last, level);
      lastExp = level;
      lastBig = c;
      return;
    }
    if (decimalCoefficient != null) {
      termValues.add(BigInteger.ZERO);
      termLevels.add(e);
      lastToken = 'b';
      lastBig = c;
      return;
    }
    if (!tokens && !bareMagnitude) {
      throw new QuantityFormatException(text, i, c + " alone is a magnitude, not a number; write 一" + c);
    }
    if (!tokens) {
      pending = BigInteger.ONE; // 万万分之七: the denominator 一万万
      pendingDigits = 1;
      pendingAt = i;
    }
    boolean explicitZero = pending != null && pending.signum() == 0;
    BigInteger group = section.add(commitBeforeMagnitude(c));
    if (group.signum() == 0 && !zero && !explicitZero) {
      throw new QuantityFormatException(text, i, c + " needs a number before it");
    }
    BigDecimal coefficient = new BigDecimal(group);
    while (!termLevels.isEmpty() && termLevels.get(termLevels.size() - 1) < e) {
      int last = termLevels.size() - 1;
      group = group.add(termValues.remove(last));
      termLevels.remove(last);
      coefficient = new BigDecimal(group);
      oneCoefficient = termValues.isEmpty();
    }
    if (!termLevels.isEmpty() && termLevels.get(termLevels.size() - 1) <= e) {
      throw new QuantityFormatException(text, i, "a second " + c + " term: magnitudes must decrease ("
          + "七百零九万一千 is one figure; 七百零九万一千一百一十万 is not)");
    }
    if (!termLevels.isEmpty()) {
      oneCoefficient = false;
    }
    if (group.compareTo(BigInteger.TEN.pow(e == 4 ? 4 : 8)) >= 0) {
      oversizedAt = i;
    }
    termValues.add(group.multiply(BigInteger.TEN.pow(e)));
    termLevels.add(e);
    firstCoefficient = termValues.size() == 1 ? coefficient : null;
    section = BigInteger.ZERO;
    sectionExp = 4;
    zero = false;
    lastExp = e;
    lastToken = 'b';
    lastBig = c;
  }

  /**
   * Places the pending digit or number before 万 or 亿: it is that magnitude's coefficient (5亿1万,
   * 一千万五千万 is refused elsewhere). Right after 百 or 千 it is ambiguous (三千五万: 3005万, or 3500万
   * with 百 elided) and refused.
   */
  private BigInteger commitBeforeMagnitude(char c) {
    if (pending != null && !zero && (lastToken == 'd' || lastToken == 'a') && lastExp >= 2 && lastExp < 4) {
      throw new QuantityFormatException(text, pendingAt, "a lone digit between " + s.charAt(pendingAt - 1) + " and "
          + c + " is ambiguous (三千五万: 3005万 or 3500万); write 零 before it or the unit after it");
    }
    if (pending == null) {
      return BigInteger.ZERO;
    }
    BigInteger p = pending;
    pending = null;
    if (lastExp > 0 && p.compareTo(BigInteger.TEN.pow(Math.min(lastExp, sectionLimit()))) >= 0) {
      throw new QuantityFormatException(text, pendingAt, "a number after a unit must be below that unit");
    }
    return p;
  }

  /** Places the pending digit or number at the end of the integer part; an elided unit is allowed there. */
  private BigInteger commitPending(boolean atEnd) {
    if (pending == null) {
      return BigInteger.ZERO;
    }
    BigInteger p = pending;
    pending = null;
    boolean rightAfterUnit = !zero && (lastToken == 'd' || lastToken == 'a') && lastExp > 0;
    if (rightAfterUnit && lastExp >= 2 && pendingDigits == 1) {
      if (atEnd) {
        return p.multiply(BigInteger.TEN.pow(lastExp - 1)); // 两千四百五, 三万五
      }
      throw new QuantityFormatException(text, pendingAt, "a lone digit right after a unit is an elided unit (三千五 = "
          + "3500) only at the end of a figure; elsewhere write 零 before it (三千零五)");
    }
    if (lastExp > 0 && p.compareTo(BigInteger.TEN.pow(Math.min(lastExp, sectionLimit()))) >= 0) {
      throw new QuantityFormatException(text, pendingAt, "a number after a unit must be below that unit");
    }
    return p;
  }

  /** The place a value after the last unit must stay below: the last small unit, or 10⁴ after 万 and 亿. */
  private int sectionLimit() {
    return sectionExp < 4 ? sectionExp : 4;
  }

  private Value decimal(int point, boolean moveMagnitude) {
    if (!tokens) {
      throw new QuantityFormatException(text, point, "expected a number before 点");
    }
    BigInteger integer = sum().add(section).add(commitPending(true));
    boolean hadTerms = !termValues.isEmpty();
    int fractionEnd = point + 1;
    while (fractionEnd < to && bigExponent(s.charAt(fractionEnd)) == 0) {
      fractionEnd++;
    }
    String fraction = fraction(text, s, point, fractionEnd);
    BigDecimal value = new BigDecimal(integer + "." + fraction);
    if (fractionEnd == to) {
      return new Value(value, null);
    }
    if (hadTerms) {
      throw new QuantityFormatException(text, fractionEnd, "a magnitude after decimals needs a plain number before "
          + "点 (一点五万)");
    }
    decimalCoefficient = value; // no terms yet: hadTerms is false
    tokens = true;
    for (int i = fractionEnd; i < to; i++) {
      char c = s.charAt(i);
      big(i, c, bigExponent(c));
    }
    return coefficientAndMagnitudes(value, moveMagnitude);
  }
}
