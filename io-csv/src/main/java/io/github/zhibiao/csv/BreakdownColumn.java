package io.github.zhibiao.csv;

import io.github.zhibiao.model.Breakdown;
import io.github.zhibiao.model.Category;
import java.util.Optional;

/**
 * The CSV convention for breakdowns, in the long and the wide format: one column per breakdown.
 *
 * <ul>
 *   <li>Header: {@code by:<code>}, {@code by:<code>:<label>} or {@code by:<code>:<label>|<English
 *       label>}, or the Chinese prefix {@code 分组:} ({@code by:SEX:性别|Sex}, {@code 分组:性别}); the
 *       label is the code when left out. The code runs to the second colon, so it holds none; the
 *       English label follows the last {@code |}, so the labels hold none.
 *   <li>Cell: {@code <category code>} or {@code <category code>=<category label>} ({@code F=女},
 *       {@code C=制造业}, {@code 城镇}); the label is the code when left out; an empty cell leaves the
 *       row without this breakdown. The code runs to the first {@code =}, so it holds none.
 * </ul>
 *
 * <p>Writers use the long forms ({@code by:SEX:性别|Sex}, {@code F=女}) and leave a label out where
 * it equals its code; they refuse a breakdown code with a colon, a label with {@code |} or a
 * category code with {@code =}, which this convention cannot hold.
 */
final class BreakdownColumn {
  static final String PREFIX = "by:";
  static final String CHINESE_PREFIX = "分组:";

  final String code;
  final String label; // "" for the code
  final String englishLabel; // "" for none

  private BreakdownColumn(String code, String labels) {
    this.code = code;
    int bar = labels.lastIndexOf('|');
    this.label = bar < 0 ? labels : labels.substring(0, bar);
    this.englishLabel = bar < 0 ? "" : labels.substring(bar + 1);
  }

  /** The breakdown a header names, or empty if the header is not a breakdown column. */
  static Optional<BreakdownColumn> of(String header) {
    String h = header.strip();
    String rest;
    if (h.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      rest = h.substring(PREFIX.length());
    } else if (h.startsWith(CHINESE_PREFIX) || h.startsWith("分组：")) {
      rest = h.substring(CHINESE_PREFIX.length());
    } else {
      return Optional.empty();
    }
    int colon = rest.indexOf(':');
    return Optional.of(colon < 0 ? new BreakdownColumn(rest, "") : new BreakdownColumn(rest.substring(0, colon),
        rest.substring(colon + 1)));
  }

  /** The category code of a cell. */
  static String categoryCode(String cell) {
    int eq = cell.indexOf('=');
    return eq < 0 ? cell : cell.substring(0, eq);
  }

  /** The category label of a cell, "" when it has none. */
  static String categoryLabel(String cell) {
    int eq = cell.indexOf('=');
    return eq < 0 ? "" : cell.substring(eq + 1);
  }

  /** The header a writer writes for a breakdown. */
  static String header(Breakdown b) {
    if (b.code().indexOf(':') >= 0) {
      throw new IllegalArgumentException("breakdown code '" + b.code() + "' holds a colon, which the CSV header "
          + "convention by:<code>:<label> cannot hold; give the breakdown a code without one");
    }
    String english = b.englishLabel().orElse("");
    if (b.label().indexOf('|') >= 0 || english.indexOf('|') >= 0) {
      throw new IllegalArgumentException("a label of breakdown " + b.code() + " holds '|', which the CSV header "
          + "convention by:<code>:<label>|<English label> cannot hold");
    }
    if (!english.isEmpty()) {
      return PREFIX + b.code() + ":" + b.label() + "|" + english;
    }
    return PREFIX + b.code() + (b.label().equals(b.code()) ? "" : ":" + b.label());
  }

  /** The cell a writer writes for a category. */
  static String cell(Breakdown b, Category c) {
    if (c.code().indexOf('=') >= 0) {
      throw new IllegalArgumentException("category code '" + c.code() + "' of breakdown " + b.code() + " holds '=', "
          + "which the CSV cell convention <code>=<label> cannot hold; give the category a code without one");
    }
    return c.label().equals(c.code()) ? c.code() : c.code() + "=" + c.label();
  }
}
