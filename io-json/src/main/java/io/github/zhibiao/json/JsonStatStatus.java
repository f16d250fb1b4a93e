package io.github.zhibiao.json;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code status} of a JSON-stat dataset: one code for every cell (a string), or codes by cell
 * index (an array in cell order, or an object keyed by index), held sorted by index and looked up
 * from the entry after the last one found (cells are read in order), else by binary search. At most {@link JsonStatReader#MAX_HELD} entries; codes are shared.
 */
final class JsonStatStatus {
  /** No status: every cell is normal. */
  static final JsonStatStatus NONE = new JsonStatStatus(null);

  private final String all;
  private long[] index = new long[16];
  private String[] code = new String[16];
  private int size;
  private boolean sorted = true;
  private final Map<String, String> codes = new HashMap<>();

  private JsonStatStatus(String all) {
    this.all = all;
  }

  /** The same code for every cell. */
  static JsonStatStatus ofAll(String code) {
    return new JsonStatStatus(code);
  }

  /** A table to {@link #add} codes to. */
  static JsonStatStatus table() {
    return new JsonStatStatus(null);
  }

  int size() {
    return size;
  }

  void add(long k, String c) {
    if (size == index.length) {
      index = Arrays.copyOf(index, size * 2);
      code = Arrays.copyOf(code, size * 2);
    }
    sorted &= size == 0 || index[size - 1] < k;
    index[size] = k;
    code[size++] = codes.size() < 256 ? codes.computeIfAbsent(c, x -> x) : c;
  }

  /**
   * Sorts the table by index.
   *
   * @return the first index given twice, or -1
   */
  long finish() {
    if (!sorted) {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Long.compare(index[a], index[b]));
      long[] i2 = new long[size];
      String[] c2 = new String[size];
      for (int i = 0; i < size; i++) {
        i2[i] = index[order[i]];
        c2[i] = code[order[i]];
      }
      index = i2;
      code = c2;
      sorted = true;
    }
    for (int i = 1; i < size; i++) {
      if (index[i] == index[i - 1]) {
        return index[i];
      }
    }
    return -1;
  }

  /**
   * The code of cell {@code k}, or null when it has none. Cells are asked for in increasing order as a
   * rule, so the entry after the last one found is tried first, and a binary search made only when
   * {@code k} is not at or just before it.
   */
  String of(long k) {
    if (all != null) {
      return all;
    }
    int at = cursor;
    if ((at == 0 || index[at - 1] < k) && (at == size || index[at] >= k)) {
      if (at == size || index[at] != k) {
        return null; // between the entry before and this one, or after the last
      }
    } else {
      at = Arrays.binarySearch(index, 0, size, k);
      if (at < 0) {
        cursor = -at - 1;
        return null;
      }
    }
    cursor = at + 1;
    return code[at];
  }

  /** Where the next lookup looks first: after the entry found last. */
  private int cursor;
}
