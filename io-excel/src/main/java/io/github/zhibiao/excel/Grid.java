package io.github.zhibiao.excel;

import java.io.Closeable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * A workbook as the table reader sees it, whatever the file format: sheets of rows of cells, the
 * merged areas of each sheet known before its rows, and its last rows (the footer) known before
 * its first. {@link XlsxGrid} streams .xlsx; {@link XlsGrid} reads .xls with POI.
 */
interface Grid extends Closeable {

  /** The sheets in workbook order. */
  List<SheetInfo> sheets();

  /** Opens a sheet's rows. */
  SheetRows open(SheetInfo sheet);

  @Override
  void close();

  /** A sheet's name, position and visibility. */
  record SheetInfo(int index, String name, boolean hidden) {}

  /** The rows of one sheet, read once from the top. */
  interface SheetRows extends Closeable {
    /** The merged areas of the sheet. */
    List<Merge> merges();

    /** Up to the last {@code n} non-empty rows of the sheet, in order. */
    List<Row> tail(int n);

    /** The next non-empty row, or null at the end. */
    Row next();

    @Override
    void close();
  }

  /** What a cell holds. */
  enum Kind { BLANK, TEXT, NUMBER, BOOLEAN, ERROR, FORMULA_WITHOUT_VALUE }

  /**
   * A cell: its kind, its text (the string, the error code, the formula of a formula without a
   * cached value), its number, and its indent (the style's indent level).
   */
  record Cell(int column, Kind kind, String text, BigDecimal number, int indent) {
    static final Cell BLANK = new Cell(-1, Kind.BLANK, "", null, 0);

    boolean isBlank() {
      return kind == Kind.BLANK || (kind == Kind.TEXT && text.isBlank());
    }
  }

  /** A row: its 0-based index and its cells by column (null where there is none). */
  record Row(int index, Cell[] cells) {
    Cell cell(int column) {
      Cell c = column < cells.length ? cells[column] : null;
      return c == null ? Cell.BLANK : c;
    }

    boolean isEmpty() {
      for (Cell c : cells) {
        if (c != null && !c.isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  /** A merged area, 0-based and inclusive. */
  record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    boolean contains(int row, int column) {
      return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    String ref() {
      return address(firstRow, firstColumn) + ":" + address(lastRow, lastColumn);
    }
  }

  /** Excel keeps 15 significant digits; a number written with more is rounded there, half even. */
  MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

  /**
   * A number cell's value as Excel holds it, a double shown with at most 15 significant digits: a
   * longer decimal is rounded half even to 15 digits, and trailing zeros after the point go (a
   * double has no scale: 3.0 and 3 are one number cell), so .xlsx and .xls give the same decimal.
   */
  static BigDecimal excelNumber(BigDecimal raw) {
    BigDecimal v = raw.precision() > 15 ? raw.round(EXCEL_PRECISION) : raw;
    v = v.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /**
   * The decimal {@link #excelNumber} gives for a number cell's text, when the text is already in
   * that form: ASCII digits, an optional leading minus and point, at most 15 digits, and no
   * trailing zero after the point (2210.6, -3); null for any other text. Exact: the digits become
   * the unscaled value and the digits after the point the scale, without rounding. Saves the
   * parse, the rounding and the stripping for the usual cell.
   */
  static BigDecimal plainExcelDecimal(String s) {
    int n = s.length();
    int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
    if (i == n || n - i > 16) {
      return null;
    }
    long unscaled = 0;
    int digits = 0;
    int scale = 0;
    boolean point = false;
    for (int k = i; k < n; k++) {
      char c = s.charAt(k);
      if (c == '.') {
        if (point || k == i || k == n - 1) {
          return null;
        }
        point = true;
      } else if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        if (point) {
          scale++;
        }
      } else {
        return null;
      }
    }
    if (digits > 15 || (point && s.charAt(n - 1) == '0')) {
      return null;
    }
    return BigDecimal.valueOf(i == 1 ? -unscaled : unscaled, scale);
  }

  /** B12 for row 11, column 1 (both 0-based). */
  static String address(int row, int column) {
    return columnName(column) + (row + 1);
  }

  /** A, B, …, Z, AA for a 0-based column. */
  static String columnName(int column) {
    StringBuilder sb = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      sb.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return sb.toString();
  }

  /** The 0-based column of a letter reference (B → 1), or -1. */
  static int columnIndex(String letters) {
    int c = 0;
    for (int i = 0; i < letters.length(); i++) {
      char ch = letters.charAt(i);
      if (ch < 'A' || ch > 'Z') {
        return -1;
      }
      c = c * 26 + (ch - 'A' + 1);
    }
    return letters.isEmpty() ? -1 : c - 1;
  }
}
