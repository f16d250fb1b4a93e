package io.github.zhibiao.excel;

import io.github.zhibiao.model.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a workbook's tables where the detected layout is not the right one: each guess of
 * the reader (see {@link XlsxFormat}) has its override here. Immutable; {@code with…} returns a
 * copy. Region registry, region policy, the region a table is about (for 全省 and for tables
 * without a region column), units and lenient reading stay in {@link
 * io.github.zhibiao.spi.ReadOptions}.
 *
 * <pre>{@code
 * ExcelOptions o = ExcelOptions.defaults().withSheets("表2-5").withUnit("万元").withPeriod("2023");
 * try (InputStream in = Files.newInputStream(book);
 *     ObservationCursor c = new XlsxFormat(o).reader().orElseThrow().open(in, "yearbook.xlsx", ReadOptions.defaults())) {
 *   Dataset d = c.toDataset();
 * }
 * }</pre>
 */
public final class ExcelOptions {
  private static final ExcelOptions DEFAULTS = new ExcelOptions(List.of(), HiddenSheets.SKIP, null, null, 0, 0, -1,
      Rows.DETECT, null, null, "分组");

  /**
   * What to do with a hidden sheet that {@link #withSheets} does not name. Yearbook workbooks hide
   * helper sheets (lookups, chart data, an older version of a table) more often than tables, so by
   * default a hidden sheet is skipped and the read report says so in a note
   * ({@link io.github.zhibiao.spi.ReadReport#notes()}); a fail-fast read goes on.
   */
  public enum HiddenSheets {
    /** Skip it with a problem: in fail-fast mode the problem ends the read, in lenient mode it is counted. */
    REPORT,
    /** Read it like a visible sheet. */
    READ,
    /** Skip it, with a note in the read report naming the sheet: the default. */
    SKIP
  }

  /** What a table's rows are. */
  public enum Rows {
    /** Regions when the label column's header says 地区 (区域, 省份, 城市) or its labels are regions; else indicators. */
    DETECT,
    /** One region a row (地区 rows of a provincial table). */
    REGIONS,
    /** One indicator a row (指标 rows, periods as columns). */
    INDICATORS
  }

  private final List<String> sheets;
  private final HiddenSheets hidden;
  private final String title;
  private final String unit;
  private final int headerFirstRow; // 1-based, 0: detect
  private final int headerRows; // 0: detect
  private final int labelColumn; // 0-based, -1: detect
  private final Rows rows;
  private final String period;
  private final String indicator;
  private final String breakdown;

  private ExcelOptions(List<String> sheets, HiddenSheets hidden, String title, String unit, int headerFirstRow,
      int headerRows, int labelColumn, Rows rows, String period, String indicator, String breakdown) {
    this.sheets = sheets;
    this.hidden = hidden;
    this.title = title;
    this.unit = unit;
    this.headerFirstRow = headerFirstRow;
    this.headerRows = headerRows;
    this.labelColumn = labelColumn;
    this.rows = rows;
    this.period = period;
    this.indicator = indicator;
    this.breakdown = breakdown;
  }

  /**
   * Every layout guess detected, every visible sheet read, hidden sheets skipped with a note in
   * the read report.
   *
   * @return the defaults
   */
  public static ExcelOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Reads only the named sheets, in this order, hidden or not; a name the workbook lacks is an
   * error.
   *
   * @param names sheet names as the tabs show them; none means every sheet
   * @return a copy with these sheets
   * @throws NullPointerException if a name is null
   */
  public ExcelOptions withSheets(String... names) {
    return new ExcelOptions(List.of(names), hidden, title, unit, headerFirstRow, headerRows, labelColumn, rows, period,
        indicator, breakdown);
  }

  /**
   * What to do with hidden sheets not named by {@link #withSheets}.
   *
   * @param policy {@link HiddenSheets#SKIP} (the default: skipped, with a note in the read report),
   *     {@link HiddenSheets#READ} or {@link HiddenSheets#REPORT} (skipped with a problem); not null
   * @return a copy with this policy
   */
  public ExcelOptions withHiddenSheets(HiddenSheets policy) {
    return new ExcelOptions(sheets, Objects.requireNonNull(policy, "policy"), title, unit, headerFirstRow, headerRows,
        labelColumn, rows, period, indicator, breakdown);
  }

  /**
   * The title of every table read, instead of the detected title line: the reader takes the
   * table's period (2023年) and region (赤峰市) from the title when its header has none.
   *
   * @param newTitle the title, such as 2023年赤峰市各旗县区主要经济指标; not null
   * @return a copy with this title
   */
  public ExcelOptions withTitle(String newTitle) {
    return new ExcelOptions(sheets, hidden, Objects.requireNonNull(newTitle, "title"), unit, headerFirstRow, headerRows,
        labelColumn, rows, period, indicator, breakdown);
  }

  /**
   * The unit of values whose header cell, label or unit column names none, instead of the unit
   * line (单位：万元).
   *
   * @param newUnit a unit label of the read options' catalog, such as 万元; not null
   * @return a copy with this unit
   */
  public ExcelOptions withUnit(String newUnit) {
    return new ExcelOptions(sheets, hidden, title, Objects.requireNonNull(newUnit, "unit"), headerFirstRow, headerRows,
        labelColumn, rows, period, indicator, breakdown);
  }

  /**
   * Where the header is, instead of the detected rows: the rows above it are title, unit and
   * meta lines, the rows below it data.
   *
   * @param firstRow the header's first row, 1-based as Excel numbers rows
   * @param count how many rows the header has, 1 or more
   * @return a copy with this header
   * @throws IllegalArgumentException if a number is below 1
   */
  public ExcelOptions withHeader(int firstRow, int count) {
    if (firstRow < 1 || count < 1) {
      throw new IllegalArgumentException("header first row (" + firstRow + ") and count (" + count + ") must be >= 1");
    }
    return new ExcelOptions(sheets, hidden, title, unit, firstRow, count, labelColumn, rows, period, indicator,
        breakdown);
  }

  /**
   * The column of row labels (regions or indicators), instead of the first column with text.
   *
   * @param column the column's letters, such as {@code A} or {@code B}
   * @return a copy with this label column
   * @throws IllegalArgumentException if the text is not column letters
   */
  public ExcelOptions withLabelColumn(String column) {
    int c = Grid.columnIndex(column.strip().toUpperCase(java.util.Locale.ROOT));
    if (c < 0) {
      throw new IllegalArgumentException("label column '" + column + "' must be column letters such as A or B");
    }
    return new ExcelOptions(sheets, hidden, title, unit, headerFirstRow, headerRows, c, rows, period, indicator,
        breakdown);
  }

  /**
   * What the rows are, instead of detecting it.
   *
   * @param newRows regions or indicators; not null
   * @return a copy
   */
  public ExcelOptions withRows(Rows newRows) {
    return new ExcelOptions(sheets, hidden, title, unit, headerFirstRow, headerRows, labelColumn,
        Objects.requireNonNull(newRows, "rows"), period, indicator, breakdown);
  }

  /**
   * The period of columns whose header names none, instead of the title's (2023年, 2023年1—11月).
   *
   * @param newPeriod a period as {@link Period#parse} reads it; not null
   * @return a copy with this period
   * @throws io.github.zhibiao.model.PeriodFormatException if the text is not a period
   */
  public ExcelOptions withPeriod(String newPeriod) {
    Period.parse(newPeriod);
    return new ExcelOptions(sheets, hidden, title, unit, headerFirstRow, headerRows, labelColumn, rows, newPeriod,
        indicator, breakdown);
  }

  /**
   * The indicator of columns whose header names none (a table of regions by year), instead of
   * the NBS meta line 指标：… or the title.
   *
   * @param name the indicator's name, such as 地区生产总值; its code is derived by {@link
   *     io.github.zhibiao.model.Indicator#derivedCode}
   * @return a copy with this indicator
   */
  public ExcelOptions withIndicator(String name) {
    return new ExcelOptions(sheets, hidden, title, unit, headerFirstRow, headerRows, labelColumn, rows, period,
        Objects.requireNonNull(name, "indicator"), breakdown);
  }

  /**
   * The label of the breakdown that lower header rows make (地区生产总值 over 第一产业, 第二产业),
   * 分组 by default; its code is the label.
   *
   * @param label the breakdown's label, such as 产业; not null
   * @return a copy with this label
   */
  public ExcelOptions withBreakdown(String label) {
    return new ExcelOptions(sheets, hidden, title, unit, headerFirstRow, headerRows, labelColumn, rows, period,
        indicator, Objects.requireNonNull(label, "label"));
  }

  /** @return the sheets to read, empty for every sheet */
  public List<String> sheets() {
    return sheets;
  }

  /** @return the hidden-sheet policy */
  public HiddenSheets hiddenSheets() {
    return hidden;
  }

  /** @return the title override, if set */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** @return the unit override, if set */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /** @return the header's first row, 1-based, or 0 when detected */
  public int headerFirstRow() {
    return headerFirstRow;
  }

  /** @return the header's row count, or 0 when detected */
  public int headerRows() {
    return headerRows;
  }

  /** @return the label column, 0-based, or -1 when detected */
  public int labelColumn() {
    return labelColumn;
  }

  /** @return what the rows are */
  public Rows rows() {
    return rows;
  }

  /** @return the period override, if set */
  public Optional<String> period() {
    return Optional.ofNullable(period);
  }

  /** @return the indicator override, if set */
  public Optional<String> indicator() {
    return Optional.ofNullable(indicator);
  }

  /** @return the breakdown label of lower header rows */
  public String breakdown() {
    return breakdown;
  }
}
