package io.github.zhibiao.unit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The one rule for a plain number in a data field, used by every reader (a CSV value, a JSON
 * string value, a JSON-stat value given as a string) and by the binder:
 *
 * <pre>
 *   [sign] digits [. digits] [(e | E) [sign] digits]
 * </pre>
 *
 * <ul>
 *   <li>sign: {@code +} or {@code -}, also the fullwidth forms and the minus sign U+2212;
 *   <li>digits: ASCII or fullwidth, with optional thousands separators {@code ,} (also the
 *       fullwidth comma) between groups of exactly three digits before the point: 1,532.4;
 *   <li>an exponent: {@code 1E3} is 1000 (kept as 1E+3, the digits as written);
 *   <li>magnitude: the value must lie within 10<sup>±{@value #MAX_EXPONENT}</sup> (a figure
 *       beyond is a typing error or an attack, and 1e2147483648 would not fit a BigDecimal), with
 *       at most {@value #MAX_DIGITS} digits; zero keeps its written digits and drops the exponent.
 * </ul>
 *
 * <p>The value keeps the digits as written, scale included: 1.50 has scale 2. No rounding.
 * Chinese numerals, magnitudes (万) and units are not numbers here: {@link Quantity#parse} reads
 * those.
 */
public final class Numbers {
  private Numbers() {}

  /** The largest decimal exponent of a number's leading digit, either way: 100. */
  public static final int MAX_EXPONENT = 100;
  /** The most digits a number may have, before and after the point together: 1000. */
  public static final int MAX_DIGITS = 1000;

  /**
   * Reads a plain number by the rule above.
   *
   * @param text the field's text; surrounding white space is ignored; not null
   * @return the number with the digits and scale as written
   * @throws NullPointerException if {@code text} is null
   * @throws QuantityFormatException if the text is not such a number or lies beyond 10^±100; the
   *     message names the text, the index of the first character at fault and what was expected
   */
  public static BigDecimal parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String original = text.toString();
    String s = Normalizer.normalize(original);
    int end = s.length();
    int i = 0;
    while (i < end && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    while (end > i && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (i == end) {
      throw new QuantityFormatException(original, 0, "expected a number such as 2210.6, found nothing");
    }
    StringBuilder digits = new StringBuilder(end - i);
    if (s.charAt(i) == '-' || s.charAt(i) == '+') {
      if (s.charAt(i) == '-') {
        digits.append('-');
      }
      i++;
    }
    int intStart = i;
    int lastSeparator = -1;
    while (i < end && (isDigit(s.charAt(i)) || s.charAt(i) == ',')) {
      char c = s.charAt(i);
      if (c == ',') {
        if (i == intStart || (lastSeparator >= 0 && i - lastSeparator != 4)
            || (lastSeparator < 0 && i - intStart > 3)) {
          throw new QuantityFormatException(original, i, "a thousands separator must stand between groups of three digits");
        }
        lastSeparator = i;
      } else {
        digits.append(c);
      }
      i++;
    }
    if (lastSeparator >= 0 && i - lastSeparator != 4) {
      throw new QuantityFormatException(original, lastSeparator, "a thousands separator must be followed by three digits");
    }
    int intDigits = i - intStart;
    int fractionDigits = 0;
    if (i < end && s.charAt(i) == '.') {
      digits.append('.');
      i++;
      int f = i;
      while (i < end && isDigit(s.charAt(i))) {
        digits.append(s.charAt(i));
        i++;
      }
      fractionDigits = i - f;
    }
    if (intDigits == 0 && fractionDigits == 0) {
      throw new QuantityFormatException(original, intStart, "expected digits");
    }
    if (intDigits == 0 || (digits.charAt(digits.length() - 1) == '.')) {
      throw new QuantityFormatException(original, intDigits == 0 ? intStart : i - 1,
          "expected digits on both sides of the decimal point");
    }
    long exponent = 0;
    if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int at = i;
      i++;
      boolean negative = false;
      if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        negative = s.charAt(i) == '-';
        i++;
      }
      int e = i;
      while (i < end && isDigit(s.charAt(i))) {
        if (i - e >= 9) {
          throw outOfRange(original, at);
        }
        exponent = exponent * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i == e) {
        throw new QuantityFormatException(original, i, "expected the digits of the exponent after '" + s.charAt(at) + "'");
      }
      if (negative) {
        exponent = -exponent;
      }
    }
    if (i < end) {
      throw new QuantityFormatException(original, i, "unexpected '" + s.charAt(i) + "'; expected a plain number such as "
          + "2210.6, 1,532.4 or 1E3 (a unit or a magnitude such as 万 belongs in the unit)");
    }
    if (intDigits + fractionDigits > MAX_DIGITS) {
      throw new QuantityFormatException(original, intStart, "a number of " + (intDigits + fractionDigits)
          + " digits; at most " + MAX_DIGITS + " are read");
    }
    BigDecimal value = new BigDecimal(digits.toString());
    if (exponent != 0 && value.signum() != 0) {
      value = value.scaleByPowerOfTen((int) exponent);
    }
    if (!inRange(value)) {
      throw outOfRange(original, 0);
    }
    return value;
  }

  /**
   * Checks a number that a reader got already parsed (a JSON number token) against the range of
   * the rule above.
   *
   * @param value the number; not null
   * @return {@code value}, unchanged
   * @throws NullPointerException if {@code value} is null
   * @throws QuantityFormatException if it lies beyond 10^±{@value #MAX_EXPONENT}
   */
  public static BigDecimal check(BigDecimal value) {
    if (!inRange(value)) {
      throw outOfRange(value.toString(), 0);
    }
    return value;
  }

  private static boolean inRange(BigDecimal d) {
    long exponent = (long) d.precision() - d.scale() - 1;
    return d.signum() == 0 || (exponent <= MAX_EXPONENT && exponent >= -MAX_EXPONENT);
  }

  private static QuantityFormatException outOfRange(String text, int at) {
    return new QuantityFormatException(text, at, "the number is out of range; figures must lie within 10^±"
        + MAX_EXPONENT);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
