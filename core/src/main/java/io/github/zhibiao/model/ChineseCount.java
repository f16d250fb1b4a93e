package io.github.zhibiao.model;

/** Small Chinese counting numbers (一 … 九十九) as rankings and streaks write them. */
final class ChineseCount {
  private ChineseCount() {}

  static int parse(String digits, String context) {
    String d = "零一二三四五六七八九";
    int value = 0;
    int pending = -1;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c == '两') {
        c = '二';
      }
      int k = d.indexOf(c);
      if (k >= 0) {
        pending = k;
      } else if (c == '十') {
        value += (pending < 0 ? 1 : pending) * 10;
        pending = -1;
      } else {
        throw new IllegalArgumentException("cannot read '" + digits + "' in '" + context + "' as a number");
      }
    }
    return value + Math.max(pending, 0);
  }
}
