package io.github.zhibiao.excel;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.DatasetWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Statistical tables from .xlsx workbooks (统计年鉴, 统计月报, NBS data portal downloads), read
 * only. Id {@code xlsx}, extension {@code .xlsx}, found by the zip signature with a workbook part.
 * Each sheet is one table (or only the sheets {@link ExcelOptions#withSheets} names); a hidden
 * sheet is skipped with a problem unless named.
 *
 * <p>The layout is detected, and {@link ExcelOptions} overrides each guess:
 * <ul>
 *   <li><b>Title, unit and meta lines</b> above the header: the first line of one text is the
 *       title; 单位：万元 (also inside a line, （单位：万元）) is the unit of values whose header names
 *       none; NBS lines 数据库：…, 时间：…, 指标：地区生产总值(亿元), 地区：北京市 give the indicator,
 *       unit and region of the table.
 *   <li><b>The header</b>: from the first row with two cells or more down to the first data row
 *       (a label and a figure, below every merge of the header). Merged cells give their text to
 *       each cell they cover. A column's header parts, top to bottom, are read as a unit in
 *       brackets (总产量(万吨), 增长(%)), a period (2023年, 2023年1—11月, 2020年第一季度), 上年同期 (the
 *       period a year earlier), 本期, a growth (同比增长%, 比上年增长, 增速: the change of the
 *       nearest value column to its left, its basis by {@link io.github.zhibiao.model.Change}), or
 *       a name: the first name is the indicator, the next ones categories of a breakdown (分组 by
 *       default).
 *   <li><b>The label column</b>, the leftmost column of the header; its rows are regions when its
 *       header says 地区 (区域, 省份, 城市, 旗县) or its first label is a region or a total, and
 *       indicators otherwise (指标, 项目; a label 地区生产总值(亿元) gives name and unit, a 单位
 *       column the unit). Region rows are resolved through the read options' registry: 全省, 全市,
 *       全区, 全国, 总计, 合计 are the table's region (the default region of the read options, the
 *       NBS 地区 line, or the region the title names); a label indented (by style or leading
 *       spaces) or marked 其中 or # lies within the row above it, which decides shared names.
 *   <li><b>The period</b> of columns whose header names none: the title's (2023年…).
 *   <li><b>The footer</b>: the last text rows from one that opens with 注, 说明, 资料来源 or
 *       数据来源; they become the note of every observation of the table, and a footnote ① they
 *       define is the note of the figure marked with it.
 * </ul>
 *
 * <p><b>Cells.</b> A number cell is read as Excel keeps it, at most 15 significant digits (a
 * longer stored decimal is rounded half even to 15 digits). A number stored as text is read by
 * {@link io.github.zhibiao.unit.Numbers} and {@link io.github.zhibiao.unit.Quantity#parse}
 * (1,234.5, fullwidth digits, 130亿斤); a footnote mark after it (1234.5①, 1234.5*) is taken off
 * and named in the note. An empty cell, and -, —, … and /, are no figure. A formula without a
 * cached value, an error value, a cell merged inside the body, a figure without a label and a
 * growth without its value are problems naming sheet and cell ({@code 表1!C7}) and the text.
 * Indicator codes are derived from names by {@link io.github.zhibiao.model.Indicator#derivedCode}.
 * The default unit policy is strict, as for CSV.
 *
 * <p><b>Memory.</b> The sheet is streamed: the shared strings, the styles, the merged areas, 40
 * head rows and one row at a time; a 100 MB workbook reads in bounded memory.
 */
public final class XlsxFormat implements DatasetFormat {
  private final DatasetReader reader;

  /** The format with {@link ExcelOptions#defaults()}; ServiceLoader needs this constructor. */
  public XlsxFormat() {
    this(ExcelOptions.defaults());
  }

  /**
   * The format reading with these layout overrides.
   *
   * @param options the overrides; not null
   */
  public XlsxFormat(ExcelOptions options) {
    this.reader = new ExcelReader(XlsxGrid::new, Objects.requireNonNull(options, "options"));
  }

  @Override
  public String id() {
    return "xlsx";
  }

  @Override
  public String name() {
    return "Excel workbook (.xlsx) of statistical tables";
  }

  @Override
  public String mediaType() {
    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("xlsx");
  }

  /** Whether the bytes open a zip whose first part is an Office Open XML part. */
  @Override
  public boolean canRead(byte[] head) {
    if (head.length < 30 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
      return false;
    }
    String start = new String(head, 30, Math.min(head.length - 30, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
    return start.startsWith("[Content_Types].xml") || start.startsWith("xl/") || start.startsWith("_rels/")
        || start.startsWith("docProps/");
  }

  @Override
  public Optional<DatasetReader> reader() {
    return Optional.of(reader);
  }

  @Override
  public Optional<DatasetWriter> writer() {
    return Optional.empty();
  }
}
