package io.github.zhibiao.text;

/**
 * The first stage: text as it is stored on the web. Fullwidth and ASCII punctuation are made one
 * ({@link Prose#normalize}, one character for one), and the stray spaces of web pages are taken out
 * where they stand inside a figure or a phrase: {@code 1115.2 亿元} is read as 1115.2亿元,
 * {@code 11.1 %} as 11.1%, {@code 截至 10 月末} as 截至10月末, {@code 219 个} as 219个. A run of
 * spaces (space, tab, no-break space, ideographic space) is kept only between two ASCII letters or
 * digits (an English phrase, two numbers; but one space that groups thousands, {@code 21 826.9万亩},
 * is dropped) and as the first or last character of a line; line breaks
 * are always kept. The later stages read the compact text; {@link #caller} maps its indexes back to
 * the caller's, so that spans and texts are the caller's own.
 */
final class WebText {
  /** The caller's text. */
  final String caller;
  /** The caller's characters without the dropped spaces (fullwidth forms stay fullwidth). */
  final String src;
  /** {@link #src} normalized: ASCII punctuation and digits, one character for one. */
  final String s;
  /** Index in {@link #src} → index in the caller's text; null when nothing was dropped. */
  private final int[] map;

  WebText(CharSequence text) {
    this.caller = text.toString();
    String normalized = Prose.normalize(caller);
    int n = normalized.length();
    StringBuilder keptSrc = null;
    StringBuilder keptNorm = null;
    int[] m = null;
    int k = 0;
    int i = 0;
    while (i < n) {
      char c = normalized.charAt(i);
      if (isSpace(c)) {
        int j = i;
        while (j < n && isSpace(normalized.charAt(j))) {
          j++;
        }
        if (droppable(normalized, i, j)) {
          if (keptSrc == null) {
            keptSrc = new StringBuilder(n).append(caller, 0, i);
            keptNorm = new StringBuilder(n).append(normalized, 0, i);
            m = new int[n + 1];
            for (int x = 0; x < i; x++) {
              m[x] = x;
            }
            k = i;
          }
          i = j;
          continue;
        }
        if (keptSrc != null) {
          for (int x = i; x < j; x++) {
            keptSrc.append(caller.charAt(x));
            keptNorm.append(normalized.charAt(x));
            m[k++] = x;
          }
        }
        i = j;
        continue;
      }
      if (keptSrc != null) {
        keptSrc.append(caller.charAt(i));
        keptNorm.append(c);
        m[k++] = i;
      }
      i++;
    }
    if (keptSrc == null) {
      this.src = caller;
      this.s = normalized;
      this.map = null;
    } else {
      m[k] = n;
      this.src = keptSrc.toString();
      this.s = keptNorm.toString();
      this.map = java.util.Arrays.copyOf(m, k + 1);
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  /** Whether the spaces {@code [i, j)} stand inside a line and not between two ASCII letters or digits. */
  private static boolean droppable(String t, int i, int j) {
    if (i == 0 || j == t.length()) {
      return false;
    }
    char before = t.charAt(i - 1);
    char after = t.charAt(j);
    if (before == '\n' || before == '\r' || after == '\n' || after == '\r') {
      return false;
    }
    if (Prose.isDigit(before) && Prose.isDigit(after)) {
      return j - i == 1 && groupsThousands(t, i); // 21 826.9万亩: a space that groups digits
    }
    return !(isAsciiWord(before) && isAsciiWord(after));
  }

  /**
   * Whether the space at {@code i} stands between 1 to 3 digits (after a non-digit, or after another
   * such space) and exactly 3 digits followed by a non-digit or another grouping space.
   */
  private static boolean groupsThousands(String t, int i) {
    int k = i - 1;
    while (k >= 0 && Prose.isDigit(t.charAt(k))) {
      k--;
    }
    int before = i - 1 - k;
    boolean head = k < 0 || (!Prose.isDigit(t.charAt(k)) && t.charAt(k) != '.' && !isSpace(t.charAt(k)))
        || (isSpace(t.charAt(k)) && (before == 3 || afterWord(t, k))); // 为 30 072.1万只: a stray space before it
    if (before < 1 || before > 3 || !head) {
      return false;
    }
    for (int x = 1; x <= 3; x++) {
      if (i + x >= t.length() || !Prose.isDigit(t.charAt(i + x))) {
        return false;
      }
    }
    return i + 4 >= t.length() || !Prose.isDigit(t.charAt(i + 4));
  }

  /** Whether the spaces ending at {@code k} follow a character that is no digit and no point (a word, a sign). */
  private static boolean afterWord(String t, int k) {
    int x = k;
    while (x >= 0 && isSpace(t.charAt(x))) {
      x--;
    }
    return x < 0 || !Prose.isDigit(t.charAt(x)) && t.charAt(x) != '.';
  }

  private static boolean isAsciiWord(char c) {
    return Prose.isDigit(c) || Prose.isAsciiLetter(c);
  }

  /** The caller's index for the compact text's index {@code i} (0 ≤ i ≤ length). */
  int caller(int i) {
    return map == null ? i : map[i];
  }

  /** The caller's index just after the compact text's character {@code end - 1} (an exclusive end). */
  int callerEnd(int end) {
    return map == null || end == 0 ? caller(end) : map[end - 1] + 1;
  }

  /**
   * The caller's text for the compact range {@code [from, to)}, given as caller indexes, as the
   * caller wrote it (with its spaces).
   */
  String callerText(int callerFrom, int callerTo) {
    return caller.substring(callerFrom, callerTo);
  }
}
