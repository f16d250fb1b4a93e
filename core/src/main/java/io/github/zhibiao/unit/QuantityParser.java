package io.github.zhibiao.unit;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads the quantity forms of Chinese statistical text. Grammar, in order:
 *
 * <pre>
 *   [prefix qualifier] [sign] [百分之 | 千分之] number [余 | 多] [unit] [suffix qualifier]
 * </pre>
 *
 * where number is Arabic ({@code 1,532.4}, fullwidth allowed) or Chinese ({@code 一百三十},
 * {@code 十二点五}, {@code 两千}, 大写 digits). A magnitude written after the number (3.5万,
 * 一百三十亿) becomes the unit's magnitude, so 一百三十亿斤 and 130亿斤 parse to the same quantity.
 */
final class QuantityParser {
  private QuantityParser() {}

  private static final String[][] PREFIXES = {
    {"大约", "APPROXIMATE"}, {"约", "APPROXIMATE"},
    {"超过", "MORE_THAN"}, {"多于", "MORE_THAN"}, {"高于", "MORE_THAN"}, {"突破", "MORE_THAN"},
    {"超", "MORE_THAN"}, {"逾", "MORE_THAN"},
    {"不低于", "AT_LEAST"}, {"不少于", "AT_LEAST"}, {"至少", "AT_LEAST"},
    {"不超过", "AT_MOST"}, {"至多", "AT_MOST"},
    {"不到", "LESS_THAN"}, {"不足", "LESS_THAN"}, {"低于", "LESS_THAN"}, {"少于", "LESS_THAN"},
    {"近", "LESS_THAN"},
  };
  private static final String[][] SUFFIXES = {
    {"以上", "AT_LEAST"}, {"以下", "AT_MOST"}, {"左右", "APPROXIMATE"}, {"上下", "APPROXIMATE"},
  };

  private static final String[][] NONE = {};

  static Quantity parse(String text) {
    return parse(text, UnitCatalog.builtIn());
  }

  static Quantity parse(String text, UnitCatalog catalog) {
    String s = Normalizer.normalize(text);
    int end = s.length();
    int pos = 0;
    while (pos < end && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
    while (end > pos && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (pos == end) {
      throw new QuantityFormatException(text, 0, "expected a number, found nothing");
    }
    Qualifier qualifier = Qualifier.EXACT;
    // Every prefix and suffix qualifier is Chinese: text that starts (ends) with an ASCII
    // character has none, and skips the search.
    for (String[] p : s.charAt(pos) < 0x80 ? NONE : PREFIXES) {
      if (s.startsWith(p[0], pos)) {
        qualifier = Qualifier.valueOf(p[1]);
        pos += p[0].length();
        break;
      }
    }
    for (String[] p : s.charAt(end - 1) < 0x80 ? NONE : SUFFIXES) {
      if (end - p[0].length() > pos && s.startsWith(p[0], end - p[0].length())) {
        if (qualifier != Qualifier.EXACT) {
          throw new QuantityFormatException(text, end - p[0].length(),
              "a second qualifier '" + p[0] + "'; a figure takes one qualifier");
        }
        qualifier = Qualifier.valueOf(p[1]);
        end -= p[0].length();
        break;
      }
    }
    boolean negative = false;
    if (pos < end && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
      negative = s.charAt(pos) == '-';
      pos++;
    } else if (pos < end && (s.charAt(pos) == '负' || s.charAt(pos) == '正')) {
      negative = s.charAt(pos) == '负';
      pos++;
    }
    Unit fractionUnit = null;
    if (s.startsWith("百分之", pos)) {
      fractionUnit = Units.PERCENT;
      pos += 3;
    } else if (s.startsWith("千分之", pos)) {
      fractionUnit = Units.PER_MILLE;
      pos += 3;
    } else if (s.startsWith("万分之", pos)) {
      throw new QuantityFormatException(text, pos, "万分之 (basis points) is not supported; write the value in ‰ or %");
    }
    if (pos >= end) {
      throw new QuantityFormatException(text, pos, "expected a number");
    }
    char c = s.charAt(pos);
    BigDecimal value;
    Magnitude magnitude = null;
    if (isAsciiDigit(c) || c == '.') {
      int start = pos;
      pos = scanArabic(text, s, pos, end);
      value = arabic(text, s, start, pos);
    } else if (chineseDigit(c) >= 0 || chineseUnit(c) > 0 || c == '万' || c == '亿') {
      int start = pos;
      while (pos < end && isChineseNumeralChar(s.charAt(pos))) {
        pos++;
      }
      // 两 right after a digit is the mass unit (二两), not a numeral.
      if (pos - start >= 2 && s.charAt(pos - 1) == '两' && chineseDigit(s.charAt(pos - 2)) >= 0
          && s.charAt(pos - 2) != '两') {
        pos--;
      }
      // A trailing 万 / 亿 / 万亿 over a part with no larger section goes to the unit: 一百三十亿 = 130 亿.
      int coreEnd = pos;
      if (fractionUnit == null) {
        if (s.startsWith("万亿", pos - 2) && pos - 2 > start) {
          magnitude = Magnitude.TRILLION;
          coreEnd = pos - 2;
        } else if (pos - 1 > start && s.charAt(pos - 1) == '亿' && s.lastIndexOf('亿', pos - 2) < start) {
          magnitude = Magnitude.HUNDRED_MILLION;
          coreEnd = pos - 1;
        } else if (pos - 1 > start && s.charAt(pos - 1) == '万' && noneOf(s, start, pos - 1, '万', '亿')) {
          magnitude = Magnitude.TEN_THOUSAND;
          coreEnd = pos - 1;
        }
      }
      value = chinese(text, s, start, coreEnd);
    } else if (c == '兆') {
      throw new QuantityFormatException(text, pos, "兆 is ambiguous (10⁶ as a prefix, 10¹² as a numeral); write 百万 or 万亿");
    } else {
      throw new QuantityFormatException(text, pos, "expected a number (Arabic or Chinese digits), found '" + c + "'");
    }
    if (pos < end && (s.charAt(pos) == '余' || s.charAt(pos) == '多')) {
      if (qualifier != Qualifier.EXACT) {
        throw new QuantityFormatException(text, pos, "a second qualifier '" + s.charAt(pos) + "'; a figure takes one qualifier");
      }
      qualifier = Qualifier.MORE_THAN;
      pos++;
    }
    Unit unit;
    if (fractionUnit != null) {
      if (pos < end) {
        throw new QuantityFormatException(text, pos, "unexpected text after a 百分之/千分之 figure");
      }
      unit = fractionUnit;
    } else {
      int unitStart = pos;
      while (unitStart < end && s.charAt(unitStart) == ' ') {
        unitStart++;
      }
      if (magnitude != null && unitStart < end && isChineseNumeralChar(s.charAt(unitStart))) {
        throw new QuantityFormatException(text, unitStart, "expected a unit after the magnitude");
      }
      Unit parsed = catalog.parseCached(text, s, unitStart, end);
      unit = magnitude == null ? parsed : withMagnitude(text, unitStart, parsed, magnitude, catalog);
    }
    if (negative) {
      value = value.negate();
    }
    return Quantity.of(value, unit, qualifier);
  }

  private static Unit withMagnitude(String text, int at, Unit unit, Magnitude magnitude, UnitCatalog catalog) {
    if (unit.magnitude().isPresent()) {
      Magnitude inner = unit.magnitude().get();
      return Magnitude.ofExponent(inner.exponent() + magnitude.exponent())
          .map(m -> unit.withoutMagnitude().withMagnitude(m))
          .orElseThrow(() -> new QuantityFormatException(text, at, "magnitudes " + magnitude.word()
              + " and " + inner.word() + " combine beyond 万亿"));
    }
    if (unit.symbol().indexOf('/') >= 0) {
      // 三万元/人 is 3 of 万元/人, as 3万元/人 is: the magnitude goes on the numerator.
      try {
        return catalog.parse(magnitude.word() + unit.symbol());
      } catch (QuantityFormatException e) {
        throw new QuantityFormatException(text, at, "magnitude " + magnitude.word() + " does not combine with "
            + unit.symbol());
      }
    }
    try {
      return unit.withMagnitude(magnitude);
    } catch (IllegalArgumentException e) {
      throw new QuantityFormatException(text, at, e.getMessage());
    }
  }

  private static boolean noneOf(String s, int from, int to, char a, char b) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == a || c == b) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Scans digits with optional thousands separators and one decimal point; returns the end. */
  private static int scanArabic(String text, String s, int pos, int end) {
    int i = pos;
    boolean point = false;
    while (i < end) {
      char c = s.charAt(i);
      if (isAsciiDigit(c)) {
        i++;
      } else if (c == ',' && !point) {
        // A separator must be followed by exactly three digits.
        for (int k = 1; k <= 3; k++) {
          if (i + k >= end || !isAsciiDigit(s.charAt(i + k))) {
            throw new QuantityFormatException(text, i, "a thousands separator must be followed by three digits");
          }
        }
        if (i + 4 < end && isAsciiDigit(s.charAt(i + 4))) {
          throw new QuantityFormatException(text, i + 4, "a thousands separator must be followed by three digits");
        }
        i += 4;
      } else if (c == '.' && !point) {
        point = true;
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static BigDecimal arabic(String text, String s, int start, int end) {
    // Fast path: up to 18 digits, at most one point, not at either end (scanArabic allows no
    // other characters): the same unscaled value and scale as new BigDecimal(digits).
    char first = s.charAt(start);
    char last = s.charAt(end - 1);
    if (end - start <= 19 && first != '.' && last != '.') {
      long unscaled = 0;
      int digitCount = 0;
      int scale = 0;
      boolean point = false;
      for (int i = start; i < end; i++) {
        char c = s.charAt(i);
        if (c == '.') {
          point = true;
        } else if (c != ',') {
          unscaled = unscaled * 10 + (c - '0');
          digitCount++;
          if (point) {
            scale++;
          }
        }
      }
      if (digitCount <= 18) {
        return BigDecimal.valueOf(unscaled, scale);
      }
    }
    StringBuilder digits = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c != ',') {
        digits.append(c);
      }
    }
    if (digits.length() == 0 || digits.charAt(digits.length() - 1) == '.' || digits.charAt(0) == '.') {
      throw new QuantityFormatException(text, start, "expected digits on both sides of the decimal point");
    }
    return new BigDecimal(digits.toString());
  }

  static int chineseDigit(char c) {
    switch (c) {
      case '零': return 0;
      case '一': case '壹': case '幺': return 1;
      case '二': case '贰': case '两': case '俩': return 2;
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

  static int chineseUnit(char c) {
    switch (c) {
      case '十': case '拾': return 10;
      case '百': case '佰': return 100;
      case '千': case '仟': return 1000;
      default: return 0;
    }
  }

  static boolean isChineseNumeralChar(char c) {
    return chineseDigit(c) >= 0 || chineseUnit(c) > 0 || c == '万' || c == '亿' || c == '点';
  }

  /** Evaluates a Chinese numeral such as 一百三十, 两千四百五, 一万五千, 十二点五, 二〇二三. */
  static BigDecimal chinese(String text, String s, int start, int end) {
    if (start >= end) {
      throw new QuantityFormatException(text, start, "expected a number before the magnitude");
    }
    int point = s.indexOf('点', start);
    if (point >= end) {
      point = -1;
    }
    int intEnd = point < 0 ? end : point;
    BigInteger integer = point == start ? BigInteger.ZERO : chineseInteger(text, s, start, intEnd);
    if (point < 0) {
      return new BigDecimal(integer);
    }
    StringBuilder fraction = new StringBuilder();
    for (int i = point + 1; i < end; i++) {
      int d = chineseDigit(s.charAt(i));
      if (d < 0) {
        throw new QuantityFormatException(text, i, "expected a digit after 点, found '" + s.charAt(i) + "'");
      }
      fraction.append((char) ('0' + d));
    }
    if (fraction.length() == 0) {
      throw new QuantityFormatException(text, point, "expected digits after 点");
    }
    return new BigDecimal(integer + "." + fraction);
  }

  private static BigInteger chineseInteger(String text, String s, int start, int end) {
    boolean anyUnit = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (chineseUnit(c) > 0 || c == '万' || c == '亿') {
        anyUnit = true;
        break;
      }
    }
    if (!anyUnit) {
      // A digit string: 二〇二三 = 2023.
      StringBuilder sb = new StringBuilder();
      for (int i = start; i < end; i++) {
        sb.append((char) ('0' + chineseDigit(s.charAt(i))));
      }
      return new BigInteger(sb.toString());
    }
    BigInteger total = BigInteger.ZERO; // complete 亿 groups
    long wan = 0; // the 万 group being built
    long section = 0; // below 10^4
    long number = -1; // the pending digit, -1 for none
    int lastUnit = 0;
    boolean lastWasUnit = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      int d = chineseDigit(c);
      int u = chineseUnit(c);
      if (d >= 0) {
        if (number > 0 && !lastWasUnit) {
          throw new QuantityFormatException(text, i, "two digits in a row without a unit (十, 百, 千, 万, 亿)");
        }
        number = d;
        if (d == 0) {
          lastUnit = 0;
        }
        lastWasUnit = false;
      } else if (u > 0) {
        if (lastWasUnit && lastUnit > 0 && lastUnit <= u) {
          throw new QuantityFormatException(text, i, "unit " + c + " after a smaller or equal unit");
        }
        long n = number <= 0 ? 1 : number; // 十二 and 一万零十二: a bare 十 is 一十
        section += n * u;
        number = -1;
        lastUnit = u;
        lastWasUnit = true;
      } else if (c == '万') {
        long n = section + Math.max(number, 0);
        if (n == 0 && number < 0 && section == 0) {
          n = 1;
        }
        wan = n;
        section = 0;
        number = -1;
        lastUnit = 10_000;
        lastWasUnit = true;
      } else if (c == '亿') {
        long below = wan * 10_000 + section + Math.max(number, 0);
        if (below == 0 && number < 0) {
          below = 1;
        }
        total = total.multiply(BigInteger.valueOf(100_000_000)).add(BigInteger.valueOf(below));
        if (total.signum() == 0) {
          total = BigInteger.ONE;
        }
        wan = 0;
        section = 0;
        number = -1;
        lastUnit = 100_000_000;
        lastWasUnit = true;
      } else {
        throw new QuantityFormatException(text, i, "unexpected '" + c + "' in a Chinese numeral");
      }
    }
    long tail = Math.max(number, 0);
    // An elided last unit: 两千四百五 = 2450, 三万五 = 35000.
    if (number > 0 && !lastWasUnit && lastUnit >= 100 && end - start >= 2
        && (chineseUnit(s.charAt(end - 2)) > 0 || s.charAt(end - 2) == '万' || s.charAt(end - 2) == '亿')) {
      tail = number * (lastUnit / 10);
    }
    BigInteger rest = BigInteger.valueOf(wan * 10_000 + section);
    return total.multiply(BigInteger.valueOf(100_000_000)).add(rest).add(BigInteger.valueOf(tail));
  }
}
