package io.github.zhibiao.json;

import java.util.Arrays;

/**
 * The values of a JSON-stat dataset held until what gives them meaning has been read: the
 * dimensions when the values come first (Eurostat's order), the status and extension when they
 * come after the values. Compact: per entry a cell index, a kind and the characters of its text,
 * about 20 bytes for a short figure. At most {@link JsonStatReader#MAX_HELD} entries.
 */
final class JsonStatHeld {
  private long[] index;
  private byte[] kind;
  private boolean[] sparse;
  private int[] end;
  private char[] text;
  private int size;
  private int used; // chars of text used
  private int next; // the entry replay reaches next

  /** Room for 64 entries to begin with. */
  JsonStatHeld() {
    this(64);
  }

  /**
   * Room for {@code expected} entries of about eight characters to begin with (a dense array whose
   * size is known is held without growing it step by step).
   */
  JsonStatHeld(int expected) {
    int n = Math.max(64, expected);
    index = new long[n];
    kind = new byte[n];
    sparse = new boolean[n];
    end = new int[n];
    text = new char[8 * n];
  }

  int size() {
    return size;
  }

  /** Holds a copy of {@code c}. */
  void add(JsonStatCell c) {
    if (size == index.length) {
      int n = size * 2;
      index = Arrays.copyOf(index, n);
      kind = Arrays.copyOf(kind, n);
      sparse = Arrays.copyOf(sparse, n);
      end = Arrays.copyOf(end, n);
    }
    if (used + c.length > text.length) {
      text = Arrays.copyOf(text, Math.max(text.length * 2, used + c.length));
    }
    System.arraycopy(c.chars, c.offset, text, used, c.length);
    used += c.length;
    index[size] = c.index;
    kind[size] = c.kind;
    sparse[size] = c.sparse;
    end[size] = used;
    size++;
  }

  boolean hasNext() {
    return next < size;
  }

  /** Fills {@code c} with the next entry held, in the order they were added. */
  void next(JsonStatCell c) {
    int from = next == 0 ? 0 : end[next - 1];
    c.set(index[next], sparse[next], kind[next], text, from, end[next] - from);
    next++;
  }

  /** Forgets everything, keeping no memory beyond the first few entries. */
  void clear() {
    index = new long[64];
    kind = new byte[64];
    sparse = new boolean[64];
    end = new int[64];
    text = new char[512];
    size = 0;
    used = 0;
    next = 0;
  }
}
