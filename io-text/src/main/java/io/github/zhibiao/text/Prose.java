package io.github.zhibiao.text;

/**
 * Character helpers for prose. {@link #normalize} is core's one-to-one normalisation
 * ({@link io.github.zhibiao.unit.QuantityFormat#normalize}), so that indexes in the normalized text
 * are indexes in the caller's text.
 */
final class Prose {
  private Prose() {}

  static String normalize(CharSequence text) {
    return io.github.zhibiao.unit.QuantityFormat.normalize(text);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isHan(char c) {
    return c >= 0x3400 && c <= 0x9FFF;
  }

  static boolean isChineseNumeral(char c) {
    switch (c) {
      case '零': case '一': case '二': case '三': case '四': case '五': case '六': case '七': case '八': case '九':
      case '十': case '百': case '千': case '万': case '亿': case '两':
      case '壹': case '贰': case '叁': case '肆': case '伍': case '陆': case '柒': case '捌': case '玖':
      case '拾': case '佰': case '仟':
        return true;
      default:
        return false;
    }
  }

  /** Ends a sentence: 。 ! ? (fullwidth forms are normalized already) and line breaks. */
  static boolean isSentenceEnd(char c) {
    return c == '。' || c == '!' || c == '?' || c == '\n' || c == '\r';
  }

  /** Separates clauses within a sentence (the comma only when it is not a thousands separator). */
  static boolean isClauseSeparator(String s, int i) {
    char c = s.charAt(i);
    if (c == ';' || c == ':') {
      return true;
    }
    if (c != ',') {
      return false;
    }
    return !(i > 0 && isDigit(s.charAt(i - 1)) && isThousands(s, i));
  }

  /** Whether the comma at {@code i} is followed by exactly three digits. */
  static boolean isThousands(String s, int i) {
    for (int k = 1; k <= 3; k++) {
      if (i + k >= s.length() || !isDigit(s.charAt(i + k))) {
        return false;
      }
    }
    return i + 4 >= s.length() || !isDigit(s.charAt(i + 4));
  }

  /** Small Chinese or Arabic counts as rankings and streaks write them: 3, 十一, 二十, 第一. */
  static int smallNumber(String t) {
    if (t.isEmpty()) {
      return -1;
    }
    if (isDigit(t.charAt(0))) {
      int v = 0;
      for (int i = 0; i < t.length(); i++) {
        if (!isDigit(t.charAt(i)) || v > 100_000) {
          return -1;
        }
        v = v * 10 + (t.charAt(i) - '0');
      }
      return v;
    }
    int value = 0;
    int digit = -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      int d = "零一二三四五六七八九".indexOf(c);
      if (c == '两') {
        d = 2;
      }
      if (d >= 0) {
        digit = d;
      } else if (c == '十') {
        value += (digit < 0 ? 1 : digit) * 10;
        digit = -1;
      } else if (c == '百') {
        value += (digit < 0 ? 1 : digit) * 100;
        digit = -1;
      } else {
        return -1;
      }
    }
    return value + Math.max(digit, 0);
  }
}
