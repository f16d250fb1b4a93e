package io.github.zhibiao.json;

/**
 * One entry of a JSON-stat {@code value} as read, before it means anything: its cell index (or the
 * key that is not one), what kind of token it was, and its text. The streaming reader fills one
 * instance from the parser for every entry; {@link JsonStatHeld} fills it from what it holds.
 */
final class JsonStatCell {
  /** A JSON number; {@link #text} holds its characters. */
  static final byte NUMBER = 0;
  /** A JSON string; {@link #text} holds it. */
  static final byte STRING = 1;
  /** Anything else (an object, an array, a boolean); {@link #text} says which. */
  static final byte NOT_A_NUMBER = 2;
  /** A sparse key that is not a canonical cell index ({@code +0}, {@code 01}, {@code x}); {@link #text} holds the key. */
  static final byte BAD_KEY = 3;
  /** A JSON null: a cell without a figure, counted as a missing value with its status. */
  static final byte NULL = 4;

  /** The cell index, 0 or more; -1 for {@link #BAD_KEY}. */
  long index;
  /** Whether the entry comes from a sparse object, where one index may be given twice. */
  boolean sparse;
  byte kind;
  char[] chars;
  int offset;
  int length;

  void set(long index, boolean sparse, byte kind, char[] chars, int offset, int length) {
    this.index = index;
    this.sparse = sparse;
    this.kind = kind;
    this.chars = chars;
    this.offset = offset;
    this.length = length;
  }

  String text() {
    return new String(chars, offset, length);
  }

  /**
   * The cell index a sparse key names: {@code 0} or a digit 1–9 followed by digits (at most 18 in
   * all), as JSON-stat writes them; -1 for anything else, so that {@code "0"} and {@code "+0"}
   * cannot both name cell 0.
   */
  static long canonicalIndex(String key) {
    int n = key.length();
    if (n == 0 || n > 18 || (key.charAt(0) == '0' && n > 1)) {
      return -1;
    }
    long k = 0;
    for (int i = 0; i < n; i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      k = k * 10 + (c - '0');
    }
    return k;
  }
}
