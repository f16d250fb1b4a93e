package io.github.zhibiao.unit;

import java.math.BigDecimal;

/**
 * Reads the quantity forms of Chinese statistical text. Grammar, in order:
 *
 * <pre>
 *   [prefix qualifier] [sign] [百分之 | 千分之 | 万分之] number [余 | 多] [unit] [suffix qualifier]
 *   number = Arabic | Arabic/Arabic | numeral | numeral分之numeral | numeral又numeral分之numeral
 * </pre>
 *
 * where the qualifier words are {@link Qualifier}'s vocabulary (the word read is kept on the
 * quantity), Arabic is {@code 1,532.4} (fullwidth allowed) and numeral is what {@link ChineseNumeral}
 * reads: Chinese numerals ({@code 一百三十}, {@code 十二点五}, {@code 两千}, 大写 digits), alone or
 * mixed with Arabic numbers ({@code 3万4000}). A magnitude written after the number (3.5万,
 * 一百三十亿) becomes the unit's magnitude, so 一百三十亿斤 and 130亿斤 parse to the same quantity.
 *
 * <p>The boundary between number and unit: the run of numeral characters is the number, except
 * that its last character (十 百 千 两) may begin the unit; see {@link #chineseNumber}. Approximate
 * forms are refused before any of this ({@link #refuseApproximation}).
 *
 * <p>Limits: {@link #MAX_DIGITS} characters of one Arabic number, {@link #MAX_NUMERAL} of a number
 * with Chinese numerals, and the unit limits of {@link Units}; each refusal names the index where
 * the limit is passed.
 */
final class QuantityParser {
  private QuantityParser() {}

  /** The qualifier words before a figure and after it, from the one vocabulary in {@link Qualifier}. */
  private static final String[] PREFIXES = Qualifier.words(Qualifier.Placement.BEFORE).toArray(String[]::new);
  private static final String[] SUFFIXES = Qualifier.words(Qualifier.Placement.AFTER).toArray(String[]::new);

  private static final String[] NONE = {};
  /** The last characters of the suffix words (上 下 右 内): a text ending in one is not plain. */
  private static final String SUFFIX_ENDS = String.join("", java.util.Arrays.stream(SUFFIXES)
      .map(w -> w.substring(w.length() - 1)).distinct().toList());

  /** The most characters of one Arabic number that are read: 100 000. */
  static final int MAX_DIGITS = 100_000;
  /** The most characters of a number written with Chinese numerals (alone or mixed) that are read: 1000. */
  static final int MAX_NUMERAL = 1000;

  static Quantity parse(String text) {
    return parse(text, UnitCatalog.builtIn());
  }

  static Quantity parse(String text, UnitCatalog catalog) {
    String s = Normalizer.normalize(text);
    Quantity plain = plainArabic(text, s, catalog);
    return plain != null ? plain : general(text, s, catalog);
  }

  /**
   * The form most figures take, read without the general grammar: [sign] Arabic number [余 | 多 |
   * one magnitude character] [unit], where the text starts with the sign or a digit and does not
   * end in whitespace or a suffix qualifier. Gives exactly what {@link #general} gives, or null
   * when the text is not of this form (then {@code general} reads it, errors included).
   */
  static Quantity plainArabic(String text, String s, UnitCatalog catalog) {
    int end = s.length();
    if (end == 0) {
      return null;
    }
    char last = s.charAt(end - 1);
    if (Character.isWhitespace(last) || SUFFIX_ENDS.indexOf(last) >= 0) {
      return null;
    }
    int start = 0;
    char first = s.charAt(0);
    if (first == '-' || first == '+') {
      start = 1;
    }
    if (start == end || !isAsciiDigit(s.charAt(start))) {
      return null;
    }
    int pos = scanArabic(text, s, start, end);
    if (pos - start > MAX_DIGITS) {
      return null;
    }
    String word = null;
    int unitFrom = pos;
    if (pos < end) {
      char c = s.charAt(pos);
      if (c == '余' || c == '多') {
        word = c == '余' ? "余" : "多";
        unitFrom = pos + 1;
      } else if (isMagnitudeChar(c)) {
        // One magnitude character stays in the unit text (3.5万人); what may follow it in a numeral
        // (a second magnitude, a digit, 又, 两, 分之) is for the general grammar.
        if (pos + 1 < end) {
          char next = s.charAt(pos + 1);
          if (ChineseNumeral.isNumeralChar(next) || isAsciiDigit(next) || next == '又' || next == '分') {
            return null;
          }
        }
      } else if (ChineseNumeral.isNumeralChar(c) || c == '/' || c == '.' || c == ' ' || c == '又' || c == '分'
          || Character.isWhitespace(c)) {
        return null;
      }
    }
    BigDecimal value = arabic(text, s, start, pos);
    Unit unit = catalog.parseCached(text, s, unitFrom, end);
    if (first == '-') {
      value = value.negate();
    }
    return word == null ? Quantity.of(value, unit) : Quantity.withWord(value, unit, Qualifier.MORE_THAN, word);
  }

  /** The whole grammar of the class comment, on normalised text {@code s}. */
  static Quantity general(String text, String s, UnitCatalog catalog) {
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
    String word = "";
    // Every prefix and suffix qualifier is Chinese: text that starts (ends) with an ASCII
    // character has none, and skips the search.
    for (String p : s.charAt(pos) < 0x80 ? NONE : PREFIXES) {
      if (s.startsWith(p, pos)) {
        qualifier = Qualifier.ofWord(p).orElseThrow();
        word = p;
        pos += p.length();
        break;
      }
    }
    for (String p : s.charAt(end - 1) < 0x80 ? NONE : SUFFIXES) {
      if (end - p.length() > pos && s.startsWith(p, end - p.length())) {
        if (qualifier != Qualifier.EXACT) {
          throw new QuantityFormatException(text, end - p.length(),
              "a second qualifier '" + p + "'; a figure takes one qualifier");
        }
        qualifier = Qualifier.ofWord(p).orElseThrow();
        word = p;
        end -= p.length();
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
    boolean perTenThousand = false;
    if (s.startsWith("百分之", pos)) {
      fractionUnit = Units.PERCENT;
      pos += 3;
    } else if (s.startsWith("千分之", pos)) {
      fractionUnit = Units.PER_MILLE;
      pos += 3;
    } else if (s.startsWith("万分之", pos)) {
      fractionUnit = Units.ONE; // 万分之三 is 0.0003
      perTenThousand = true;
      pos += 3;
    }
    if (pos >= end) {
      throw new QuantityFormatException(text, pos, "expected a number");
    }
    refuseApproximation(text, s, pos, end, afterJin(s, pos));
    char c = s.charAt(pos);
    Number number;
    if (isAsciiDigit(c) || c == '.') {
      number = arabicNumber(catalog, text, s, pos, end, fractionUnit == null);
    } else if (ChineseNumeral.isNumeralChar(c) && c != '点') {
      number = chineseNumber(catalog, text, s, pos, end, fractionUnit == null);
    } else if (c == '兆') {
      throw new QuantityFormatException(text, pos, "兆 is ambiguous (10⁶ as a prefix, 10¹² as a numeral); write 百万 or 万亿");
    } else {
      throw new QuantityFormatException(text, pos, "expected a number (Arabic or Chinese digits), found '" + c + "'");
    }
    BigDecimal value = number.value;
    if (number.more) {
      if (qualifier != Qualifier.EXACT) {
        throw new QuantityFormatException(text, number.moreAt, "a second qualifier '" + s.charAt(number.moreAt)
            + "'; a figure takes one qualifier");
      }
      qualifier = Qualifier.MORE_THAN;
      word = String.valueOf(s.charAt(number.moreAt));
    }
    Unit unit;
    if (fractionUnit != null) {
      if (number.unitStart < end) {
        throw new QuantityFormatException(text, number.unitStart, "unexpected text after a 百分之/千分之 figure");
      }
      unit = fractionUnit;
    } else {
      unit = number.unit;
    }
    if (perTenThousand) {
      value = value.movePointLeft(4);
    }
    if (negative) {
      value = value.negate();
    }
    return word.isEmpty() ? Quantity.of(value, unit, qualifier) : Quantity.withWord(value, unit, qualifier, word);
  }

  /** A number read with its unit: the value, the unit, and whether 余 or 多 followed the number. */
  private record Number(BigDecimal value, Unit unit, boolean more, int moreAt, int unitStart) {}

  /** 近 just before {@code pos}: 近百 is an approximation, 近5万 a bound. */
  private static boolean afterJin(String s, int pos) {
    return pos > 0 && s.charAt(pos - 1) == '近';
  }

  private static boolean isMagnitudeChar(char c) {
    return ChineseNumeral.smallExponent(c) > 0 || ChineseNumeral.bigExponent(c) > 0;
  }

  /**
   * Refuses the approximate forms, which state a range rather than a figure: 几 (几十, 十几万), 数十,
   * 数万, 上百, 上万, 成千, 好几, and 近 before a bare 百, 千, 万 or 亿 (近百).
   */
  private static void refuseApproximation(String text, String s, int pos, int end, boolean afterJin) {
    char c = s.charAt(pos);
    char next = pos + 1 < end ? s.charAt(pos + 1) : 0;
    boolean approximate = isApproximate(c)
        || ((c == '数' || c == '數' || c == '上' || c == '成' || c == '好') && (isMagnitudeChar(next) || isApproximate(next)))
        || (afterJin && (ChineseNumeral.smallExponent(c) >= 2 || ChineseNumeral.bigExponent(c) > 0));
    if (approximate) {
      throw approximation(text, s, afterJin && !isApproximate(c) ? pos - 1 : pos);
    }
  }

  /** 几 (幾), an unknown digit: 几十, 十几万. */
  private static boolean isApproximate(char c) {
    return c == '几' || c == '幾';
  }

  private static QuantityFormatException approximation(String text, String s, int at) {
    return new QuantityFormatException(text, at, "'" + s.charAt(at) + "' makes an approximation: the text states a "
        + "range, not one figure (几, 十几万, 数十, 上百, 近百); write the number");
  }

  /** An Arabic number, a fraction a/b, or a number mixing Arabic digits and Chinese numerals. */
  private static Number arabicNumber(UnitCatalog catalog, String text, String s, int start, int end, boolean withUnit) {
    int pos = scanArabic(text, s, start, end);
    if (pos - start > MAX_DIGITS) {
      throw new QuantityFormatException(text, start + MAX_DIGITS, "a number of " + (pos - start)
          + " characters; at most " + MAX_DIGITS + " digits are read");
    }
    if (pos + 1 < end && s.charAt(pos) == '/' && isAsciiDigit(s.charAt(pos + 1))) {
      int denominatorEnd = scanArabic(text, s, pos + 1, end);
      if (denominatorEnd - pos - 1 > MAX_DIGITS) {
        throw new QuantityFormatException(text, pos + 1 + MAX_DIGITS, "a number of " + (denominatorEnd - pos - 1)
            + " characters; at most " + MAX_DIGITS + " digits are read");
      }
      BigDecimal value = quotient(text, pos + 1, arabic(text, s, start, pos), arabic(text, s, pos + 1, denominatorEnd));
      return withUnit(catalog, text, s, value, null, denominatorEnd, end, withUnit);
    }
    int k = pos;
    while (k < end && isMagnitudeChar(s.charAt(k))) {
      k++;
    }
    boolean liang = k < end && s.charAt(k) == '两' && (k + 1 == end || !ChineseNumeral.isNumeralChar(s.charAt(k + 1)));
    // Pairs among the magnitude characters [pos, k) only: the rest of the text is not scanned again.
    boolean stacked = false;
    int yiWan = -1;
    for (int i = pos; i + 1 < k; i++) {
      char a = s.charAt(i);
      char b = s.charAt(i + 1);
      stacked |= a == b && (a == '万' || a == '亿');
      if (yiWan < 0 && a == '亿' && b == '万') {
        yiWan = i;
      }
    }
    if (stacked || s.startsWith("分之", k) || k < end && (s.charAt(k) == '又' || !liang
        && (ChineseNumeral.isNumeralChar(s.charAt(k)) || isAsciiDigit(s.charAt(k))))) {
      return chineseNumber(catalog, text, s, start, end, withUnit); // 3万4000, 25万6千, 1百01
    }
    if (yiWan >= 0) {
      throw new QuantityFormatException(text, yiWan, "亿万 is a figure of speech (countless), not a number; write 万亿 for 10¹²");
    }
    // The magnitude words after the digits stay in the unit text: 3.5万人 is 3.5 of 万人, 5千两 is 5 of 千两.
    return withUnit(catalog, text, s, arabic(text, s, start, pos), null, pos, end, withUnit);
  }

  /** a/b, exact when it terminates, otherwise to 34 significant digits, half-even. */
  private static BigDecimal quotient(String text, int denominatorAt, BigDecimal numerator, BigDecimal denominator) {
    if (denominator.signum() == 0) {
      throw new QuantityFormatException(text, denominatorAt, "a fraction's denominator must not be zero");
    }
    return Rational.of(numerator).divide(Rational.of(denominator)).toBigDecimal(UnitConverter.DEFAULT_CONTEXT);
  }

  /** The end of the run of numeral characters (Chinese numerals and Arabic numbers) from {@code start}. */
  private static int run(String text, String s, int start, int end) {
    int i = start;
    while (i < end) {
      char c = s.charAt(i);
      if (isAsciiDigit(c)) {
        i = scanArabic(text, s, i, end);
      } else if (ChineseNumeral.isNumeralChar(c)) {
        i++;
      } else {
        break;
      }
      if (i - start > MAX_NUMERAL) {
        throw new QuantityFormatException(text, start + MAX_NUMERAL, "a number in Chinese numerals longer than "
            + MAX_NUMERAL + " characters; at most " + MAX_NUMERAL + " are read");
      }
    }
    return i;
  }

  /**
   * A number in Chinese numerals, possibly mixed with Arabic digits, and its unit. Where the numeral
   * ends in 十, 百, 千 or 两 and a unit follows, that character may instead begin the unit:
   *
   * <ul>
   *   <li>a catalog word that starts with it (千克, 千瓦, 千瓦时, 两, 百分点) may always claim it; both
   *       readings are tried, when only one is well formed it is taken, when both are and state the
   *       same amount the whole numeral wins (三千克 is 3000克), and when they state different
   *       amounts the text is refused as ambiguous;
   *   <li>a magnitude of the unit (千 of 千公顷) takes it only when the numeral cannot keep it, and
   *       the numeral then ends in a digit or in a smaller unit (六十九千公顷, 三十千公顷, not
   *       一千百亩).
   * </ul>
   */
  private static Number chineseNumber(UnitCatalog catalog, String text, String s, int start, int end, boolean withUnit) {
    int runEnd = run(text, s, start, end);
    if (runEnd == start) {
      // a decimal point before Chinese numerals (.一千): nothing here is a numeral
      throw new QuantityFormatException(text, start, "expected digits on both sides of the decimal point, or a"
          + " number in Chinese numerals");
    }
    if (runEnd < end && (isApproximate(s.charAt(runEnd)) || "来來数數".indexOf(s.charAt(runEnd)) >= 0)) {
      throw approximation(text, s, runEnd);
    }
    if (s.startsWith("两两", start)) {
      throw new QuantityFormatException(text, start, "两两 (in pairs) is not a number; two liang is written 二两");
    }
    if (s.startsWith("分之", runEnd)) {
      return fraction(catalog, text, s, start, runEnd, end, withUnit, null);
    }
    if (runEnd < end && s.charAt(runEnd) == '又') {
      // 一又二分之一: a whole number and a fraction
      BigDecimal whole = ChineseNumeral.read(text, s, start, runEnd, true, false, false).value();
      int fractionEnd = runEnd + 1 < end ? run(text, s, runEnd + 1, end) : runEnd + 1;
      if (fractionEnd == runEnd + 1 || !s.startsWith("分之", fractionEnd)) {
        throw new QuantityFormatException(text, runEnd + 1, "expected a fraction (二分之一) after 又");
      }
      return fraction(catalog, text, s, runEnd + 1, fractionEnd, end, withUnit, whole);
    }
    Number whole;
    QuantityFormatException wholeError = null;
    try {
      whole = reading(catalog, text, s, start, runEnd, runEnd, end, withUnit);
    } catch (QuantityFormatException e) {
      whole = null;
      wholeError = e;
    }
    char last = s.charAt(runEnd - 1);
    boolean borrowable = withUnit && runEnd - start >= 2
        && (ChineseNumeral.smallExponent(last) > 0 || last == '两')
        && (runEnd == end || (s.charAt(runEnd) != '余' && s.charAt(runEnd) != '多'));
    Number split = null;
    boolean catalogWord = borrowable && startsWithCatalogWord(catalog, s, runEnd - 1, end);
    // A catalog word (千克, 千瓦, 两, 百分点) may always claim the character; a magnitude of the unit
    // (千 of 千公顷) only when the numeral cannot keep it.
    if (borrowable && (catalogWord || whole == null)) {
      try {
        split = reading(catalog, text, s, start, runEnd - 1, runEnd, end, true);
        if (split.unit.withoutMagnitude().symbol().isEmpty()
            || (!catalogWord && !canEndBefore(s.charAt(runEnd - 2), last))) {
          split = null;
        }
      } catch (QuantityFormatException e) {
        split = null;
      }
    }
    if (whole != null && split != null && !sameAmount(whole, split)) {
      throw new QuantityFormatException(text, runEnd - 1, "ambiguous: reads as " + whole.value.toPlainString()
          + whole.unit.symbol() + " or as " + split.value.toPlainString() + split.unit.symbol()
          + "; write the number in Arabic digits");
    }
    if (whole != null) {
      return whole;
    }
    if (split != null) {
      return split;
    }
    throw wholeError;
  }

  /**
   * Whether a numeral ending in {@code before} can hand the magnitude {@code magnitude} to the unit
   * (六十九|千公顷, 三十|千公顷, 三千|千公顷): after a digit, or after a unit the magnitude could not
   * follow inside a numeral anyway. After a larger unit it would be a numeral missing its digit
   * (一千百亩), which is refused.
   */
  private static boolean canEndBefore(char before, char magnitude) {
    int small = ChineseNumeral.smallExponent(before);
    return ChineseNumeral.digit(before) >= 0 || isAsciiDigit(before)
        || small > 0 && small <= ChineseNumeral.smallExponent(magnitude);
  }

  private static boolean sameAmount(Number a, Number b) {
    return a.unit.isConvertibleTo(b.unit)
        && Rational.of(a.value).multiply(a.unit.factor()).equals(Rational.of(b.value).multiply(b.unit.factor()));
  }

  /** Whether a catalog symbol or alias starts at {@code from}: 千克, 千瓦, 两, 百分点. */
  private static boolean startsWithCatalogWord(UnitCatalog catalog, String s, int from, int end) {
    for (int k = from + 1; k <= Math.min(end, from + 8); k++) {
      if (catalog.names().containsKey(s.substring(from, k))) {
        return true;
      }
    }
    return false;
  }

  /** The numeral {@code s[start, numEnd)} and the unit after it. */
  private static Number reading(UnitCatalog catalog, String text, String s, int start, int numEnd, int runEnd, int end, boolean withUnit) {
    ChineseNumeral.Value v = ChineseNumeral.read(text, s, start, numEnd, numEnd == runEnd, numEnd < end, withUnit);
    if (numEnd < runEnd) {
      // The unit starts inside the run (三万|千克): no 余 or 多 between, and no "unit after the magnitude" check.
      return withUnit(catalog, text, s, v.value(), v.magnitude(), numEnd, end, withUnit, true);
    }
    return withUnit(catalog, text, s, v.value(), v.magnitude(), numEnd, end, withUnit, false);
  }

  /**
   * N分之M: M/N, plus {@code whole} when not null (一又二分之一), exact when it terminates, otherwise
   * to 34 significant digits, half-even.
   */
  private static Number fraction(UnitCatalog catalog, String text, String s, int start, int runEnd, int end, boolean withUnit,
      BigDecimal whole) {
    BigDecimal denominator = ChineseNumeral.denominator(text, s, start, runEnd);
    int numStart = runEnd + 2;
    boolean negative = numStart < end && (s.charAt(numStart) == '负' || s.charAt(numStart) == '-');
    if (negative) {
      numStart++;
    }
    int numEnd = numStart < end ? run(text, s, numStart, end) : numStart;
    if (numEnd == numStart) {
      throw new QuantityFormatException(text, numStart, "expected a number after 分之");
    }
    BigDecimal numerator = ChineseNumeral.read(text, s, numStart, numEnd, true, numEnd < end, false).value();
    if (negative) {
      numerator = numerator.negate();
    }
    if (whole != null) {
      numerator = numerator.add(whole.multiply(denominator));
    }
    return withUnit(catalog, text, s, quotient(text, start, numerator, denominator), null, numEnd, end, withUnit);
  }

  /** The value with 余 or 多 and the unit that follow from {@code pos}. */
  private static Number withUnit(UnitCatalog catalog, String text, String s, BigDecimal value, Magnitude magnitude, int pos, int end,
      boolean withUnit) {
    return withUnit(catalog, text, s, value, magnitude, pos, end, withUnit, false);
  }

  private static Number withUnit(UnitCatalog catalog, String text, String s, BigDecimal value, Magnitude magnitude, int pos, int end,
      boolean withUnit, boolean borrowed) {
    boolean more = false;
    int moreAt = pos;
    if (!borrowed && pos < end && (s.charAt(pos) == '余' || s.charAt(pos) == '多')) {
      more = true;
      pos++;
    }
    if (!withUnit) {
      return new Number(value, Units.ONE, more, moreAt, pos);
    }
    int unitStart = pos;
    while (unitStart < end && s.charAt(unitStart) == ' ') {
      unitStart++;
    }
    if (!borrowed && magnitude != null && unitStart < end && ChineseNumeral.isNumeralChar(s.charAt(unitStart))) {
      throw new QuantityFormatException(text, unitStart, "expected a unit after the magnitude");
    }
    Unit parsed = catalog.parseCached(text, s, unitStart, end);
    Unit unit = magnitude == null ? parsed : withMagnitude(catalog, text, unitStart, parsed, magnitude);
    return new Number(value, unit, more, moreAt, end);
  }

  private static Unit withMagnitude(UnitCatalog catalog, String text, int at, Unit unit, Magnitude magnitude) {
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

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Scans digits with optional thousands separators and one decimal point; returns the end. */
  static int scanArabic(String text, String s, int pos, int end) {
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

  static BigDecimal arabic(String text, String s, int start, int end) {
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
}
