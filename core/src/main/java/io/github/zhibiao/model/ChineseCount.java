package io.github.zhibiao.model;

import io.github.zhibiao.ZhibiaoException;

/** Small Chinese counting numbers (一 … 九十九) as rankings and streaks write them. */
final class ChineseCount {
  private ChineseCount() {}

  /** 一 … 九, 十, 十一 … 十九, 二十 … 九十九: one digit, or a digit and 十 and a digit, each optional. */
  private static final java.util.regex.Pattern FORM =
      java.util.regex.Pattern.compile("[一二三四五六七八九两]|[一二三四五六七八九两]?十[一二三四五六七八九]?");

  static int parse(String digits, String context) {
    if (!FORM.matcher(digits).matches()) {
      // 十一十二 and 三五 would otherwise read as 22 and 5
      throw new ZhibiaoException("cannot read '" + digits + "' in '" + context
          + "' as a number from 一 to 九十九");
    }
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
        throw new ZhibiaoException("cannot read '" + digits + "' in '" + context + "' as a number");
      }
    }
    return value + Math.max(pending, 0);
  }
}
