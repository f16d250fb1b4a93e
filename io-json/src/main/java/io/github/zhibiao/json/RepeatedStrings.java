package io.github.zhibiao.json;

import tools.jackson.core.JsonParser;

/**
 * One String per distinct value of the repeating properties, found from the parser's characters
 * without allocating: repeated codes then hash once and compare by identity downstream. An
 * open-addressing table of {@value #SLOTS} slots, probed linearly up to {@value #PROBES} slots;
 * it stops taking new strings when {@value #LIMIT} are held (a file with more distinct codes than
 * that still reads correctly, allocating a String for each value beyond them).
 */
final class RepeatedStrings {
  static final int SLOTS = 4096;
  static final int PROBES = 8;
  static final int LIMIT = SLOTS / 2;
  private final String[] strings = new String[SLOTS];
  // The characters of each held string, compared before the string is returned.
  private final char[][] chars = new char[SLOTS][];
  private int size;

  // The last string returned for each property, tried first: neighbouring records share most of them.
  private final String[] lastStrings = new String[16];
  private final char[][] lastChars = new char[16][];

  /**
   * The string the parser's current text token holds, the same instance for the same characters.
   *
   * @param property the id of the property the text is the value of (below 16), whose last string
   *     is compared first
   */
  String get(JsonParser p, int property) {
    char[] buf = p.getStringCharacters();
    int off = p.getStringOffset();
    int len = p.getStringLength();
    char[] last = lastChars[property];
    if (last != null && same(last, buf, off, len)) {
      return lastStrings[property];
    }
    String s = get(buf, off, len);
    lastStrings[property] = s;
    lastChars[property] = found != null ? found : s.toCharArray();
    return s;
  }

  /** The held characters of the string the last table lookup returned, or null when it holds none. */
  private char[] found;

  private String get(char[] buf, int off, int len) {
    int slot = slot(hash(buf, off, len));
    for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & (SLOTS - 1)) {
      char[] held = chars[slot];
      if (held == null) {
        String s = new String(buf, off, len);
        if (size < LIMIT) {
          put(slot, s);
          found = chars[slot];
        } else {
          found = null;
        }
        return s;
      }
      if (same(held, buf, off, len)) {
        found = held;
        return strings[slot];
      }
    }
    found = null;
    return new String(buf, off, len);
  }

  private static boolean same(char[] held, char[] buf, int off, int len) {
    if (held.length != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (held[i] != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  private static int slot(int h) {
    return (h ^ (h >>> 16)) & (SLOTS - 1);
  }

  private void put(int slot, String s) {
    strings[slot] = s;
    chars[slot] = s.toCharArray();
    size++;
  }

  /**
   * A slot hash of the characters: the length and five characters (the first two, the middle and
   * the last two), which tell apart the codes, periods and units of statistics (110000 from
   * 120000, 2023-Q1 from 2023-Q2) at a fraction of a full hash's cost. Texts it confuses are told
   * apart by the comparison of their characters, at the cost of a probe.
   */
  static int hash(char[] buf, int off, int len) {
    if (len == 0) {
      return 0;
    }
    int last = off + len - 1;
    int h = len;
    h = 31 * h + buf[off];
    h = 31 * h + buf[off + (len > 1 ? 1 : 0)];
    h = 31 * h + buf[off + (len >> 1)];
    h = 31 * h + buf[last - (len > 1 ? 1 : 0)];
    h = 31 * h + buf[last];
    return h * 0x9E3779B9;
  }

  /**
   * Makes {@code s} the instance that {@link #get} returns for its characters, if there is room:
   * seeded with the indicators' codes and unit symbols, the values read compare by identity.
   */
  void seed(String s) {
    char[] cs = s.toCharArray();
    int slot = slot(hash(cs, 0, cs.length)); // the hash that get computes
    for (int probe = 0; probe < PROBES && size < LIMIT; probe++, slot = (slot + 1) & (SLOTS - 1)) {
      String held = strings[slot];
      if (held == null) {
        put(slot, s);
        return;
      }
      if (held.equals(s)) {
        return;
      }
    }
  }
}
