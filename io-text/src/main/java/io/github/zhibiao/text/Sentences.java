package io.github.zhibiao.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences-and-clauses stage. A sentence ends at 。 ! ? (fullwidth forms are normalized
 * already) and at a line break, except after a line that ends in a clause separator (a wrapped
 * line); a clause ends at , ; : (a comma between digits that groups thousands does not count).
 */
final class Sentences {
  private Sentences() {}

  /** A clause: {@code [start, end)} of the normalized text. */
  record Clause(int start, int end) {}

  /** Where the sentence that starts at {@code from} ends: the index of its end mark, or the text's length. */
  static int end(String s, int from) {
    int n = s.length();
    int i = from;
    while (i < n && !endsSentence(s, i)) {
      i++;
    }
    return i;
  }

  private static boolean endsSentence(String s, int i) {
    char c = s.charAt(i);
    if (c != '\n' && c != '\r') {
      return Prose.isSentenceEnd(c);
    }
    int k = i - 1;
    while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || s.charAt(k) == '\n' || s.charAt(k) == '\r')) {
      k--;
    }
    return k < 0 || !(s.charAt(k) == ',' || s.charAt(k) == ';' || s.charAt(k) == ':' || s.charAt(k) == '、');
  }

  /** The clauses of the sentence {@code [a, b)}, in order; at least one. */
  static List<Clause> clauses(String s, int a, int b) {
    List<Clause> out = new ArrayList<>();
    int start = a;
    for (int i = a; i < b; i++) {
      if (Prose.isClauseSeparator(s, i)) {
        out.add(new Clause(start, i));
        start = i + 1;
      }
    }
    out.add(new Clause(start, b));
    return out;
  }
}
