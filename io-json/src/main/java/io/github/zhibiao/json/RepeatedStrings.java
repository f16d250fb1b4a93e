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

  String get(JsonParser p) {
    char[] buf = p.getStringCharacters();
    int off = p.getStringOffset();
    int len = p.getStringLength();
    int slot = slot(hash(buf, off, len));
    for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & (SLOTS - 1)) {
      char[] held = chars[slot];
      if (held == null) {
        String s = new String(buf, off, len);
        if (size < LIMIT) {
          put(slot, s);
        }
        return s;
      }
      if (same(held, buf, off, len)) {
        return strings[slot];
      }
    }
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
    return (h ^ (h >>> 12)) & (SLOTS - 1);
  }

  private void put(int slot, String s) {
    strings[slot] = s;
    chars[slot] = s.toCharArray();
    size++;
  }

  /** {@link String#hashCode()} of the characters, four at a time (31⁴ = 923521). */
  static int hash(char[] buf, int off, int len) {
    int h = 0;
    int i = off;
    for (int end4 = off + (len & ~3); i < end4; i += 4) {
      h = 923521 * h + 29791 * buf[i] + 961 * buf[i + 1] + 31 * buf[i + 2] + buf[i + 3];
    }
    for (int end = off + len; i < end; i++) {
      h = 31 * h + buf[i];
    }
    return h;
  }

  /**
   * Makes {@code s} the instance that {@link #get} returns for its characters, if there is room:
   * seeded with the indicators' codes and unit symbols, the values read compare by identity.
   */
  void seed(String s) {
    int slot = slot(s.hashCode()); // the hash that get computes
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
