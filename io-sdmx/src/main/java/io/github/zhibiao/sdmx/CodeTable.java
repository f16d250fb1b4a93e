package io.github.zhibiao.sdmx;

import tools.jackson.core.JsonParser;

/**
 * One String per distinct code of a response, found from the parser's characters without making a
 * String for each occurrence: the NBS portal repeats a few hundred codes (zb, reg, sj) in every data
 * node. An open-addressing table of {@value #SLOTS} slots probed linearly; once it holds {@value #LIMIT}
 * codes it takes no more, and a code beyond them is made as a new String each time (still correct).
 */
final class CodeTable {
  static final int SLOTS = 8192;
  static final int LIMIT = SLOTS / 2;
  private final String[] strings = new String[SLOTS];
  private int size;

  /** The text of the parser's current string token, the same instance for the same characters. */
  String get(JsonParser p) {
    char[] buf = p.getStringCharacters();
    int off = p.getStringOffset();
    int len = p.getStringLength();
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + buf[off + i];
    }
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    while (true) {
      String s = strings[slot];
      if (s == null) {
        String made = new String(buf, off, len);
        if (size < LIMIT) {
          strings[slot] = made;
          size++;
        }
        return made;
      }
      if (same(s, buf, off, len)) {
        return s;
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
  }

  /** Whether the parser's current string token is {@code text}, compared without making a String. */
  static boolean is(JsonParser p, String text) {
    return same(text, p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
  }

  private static boolean same(String s, char[] buf, int off, int len) {
    if (s.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (s.charAt(i) != buf[off + i]) {
        return false;
      }
    }
    return true;
  }
}
