package io.github.zhibiao.excel;

import io.github.zhibiao.excel.Grid.Cell;
import io.github.zhibiao.excel.Grid.Kind;
import io.github.zhibiao.excel.Grid.Merge;
import io.github.zhibiao.excel.Grid.Row;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.UnitPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sheet's first rows and last rows say about its table: title, unit line and meta lines,
 * the header rows and what each column holds, the label column and whether its rows are regions
 * or indicators, the table's period and region, and the footer's notes. {@link #detect} decides
 * it once a sheet, from the rows before the first data row; {@link ExcelOptions} overrides each
 * guess.
 */
final class Layout {
  private static final Pattern UNIT_IN_TEXT = Pattern.compile("(?:计量)?单位\\s*[:：]\\s*([^\\s)）,，;；]+)");
  private static final Pattern FOOTNOTE = Pattern.compile("([\\u2460-\\u2473\\u2776-\\u277F*＊※])([^\\u2460-\\u2473\\u2776-\\u277F]+)");

  /** A value column: its header text, and what the header parts named. */
  record Column(int column, String header, String indicator, String unit, Period period, boolean yearEarlier,
      List<String> categories, String growthBasis, int changeOf) {}

  String title;
  String unitLine;
  final Map<String, String> meta = new LinkedHashMap<>();
  int headerFirst = -1;
  int headerLast = -1;
  int labelColumn = -1;
  int unitColumn = -1;
  boolean regionRows;
  Period period;
  Region whole;
  final List<Column> columns = new ArrayList<>();
  int footerFirst = Integer.MAX_VALUE;
  String notes = "";
  final Map<String, String> footnotes = new HashMap<>();
  List<Merge> merges = List.of();

  /** The text a merged area shows at a cell: its top-left cell's, from the rows given. */
  static String mergedText(Map<Integer, Row> rows, List<Merge> merges, int row, int column) {
    for (Merge m : merges) {
      if (m.contains(row, column)) {
        Row top = rows.get(m.firstRow());
        return top == null ? "" : text(top.cell(m.firstColumn()));
      }
    }
    Row r = rows.get(row);
    return r == null ? "" : text(r.cell(column));
  }

  static String text(Cell c) {
    return c.kind() == Kind.BLANK ? "" : c.kind() == Kind.NUMBER ? c.number().toPlainString() : c.text();
  }

  private static final Pattern TITLE_NOISE = Pattern.compile("^[\\d\\-－—.、]+|^表[\\d\\-－—.]*|^各\\S{0,3}?(旗县市区|旗县区|市县区|盟市|市区|市县|县区|地市|市|区|县|州|盟|地区)"
      + "|(情况|统计表|统计|一览表|表)$");

  /** The indicator a title names once its numbering, period, region and 各市… are taken off: 2023年赤峰市各旗县区粮食产量 → 粮食产量. */
  String titleIndicator() {
    if (title == null) {
      return null;
    }
    String t = Texts.squeeze(title);
    t = Pattern.compile(Texts.TITLE_PERIOD.pattern()).matcher(t).replaceAll("");
    t = t.replaceAll("[(（][^)）]*[)）]", "");
    if (whole != null) {
      t = t.replace(whole.name(), "");
    }
    for (int k = 0; k < 3; k++) {
      t = TITLE_NOISE.matcher(t).replaceAll("");
    }
    return t.isEmpty() ? null : t;
  }

  /**
   * Detects the layout from the head rows (up to and including the first data row) and the
   * footer rows.
   *
   * @throws IllegalArgumentException with what was expected when the head holds no table
   */
  static Layout detect(String sheet, List<Row> head, List<Row> tail, List<Merge> merges, ExcelOptions eo,
      ReadOptions ro) {
    Layout l = new Layout();
    l.merges = merges;
    Map<Integer, Row> byIndex = new HashMap<>();
    for (Row r : head) {
      byIndex.put(r.index(), r);
    }
    l.findHeader(head, byIndex, eo);
    l.findColumns(byIndex, head, eo, ro);
    l.findFooter(tail);
    l.findContext(sheet, head, byIndex, eo, ro);
    return l;
  }

  /** Title, unit and meta lines above the header; the header's rows. */
  private void findHeader(List<Row> head, Map<Integer, Row> byIndex, ExcelOptions eo) {
    int i = 0;
    for (; i < head.size(); i++) {
      Row r = head.get(i);
      if (eo.headerFirstRow() > 0 && r.index() >= eo.headerFirstRow() - 1) {
        break;
      }
      int others = 0;
      String other = null;
      for (Cell c : r.cells()) {
        if (c == null || c.isBlank()) {
          continue;
        }
        String t = c.text().strip();
        String[] m = c.kind() == Kind.TEXT ? Texts.meta(t) : null;
        Matcher u = UNIT_IN_TEXT.matcher(t);
        if (m != null) {
          if (m[0].endsWith("单位")) {
            unitLine = m[1];
          } else {
            meta.put(m[0], m[1]);
          }
        } else if (c.kind() == Kind.TEXT && u.find()) {
          unitLine = u.group(1);
          String rest = t.substring(0, u.start()).replaceAll("[(（\\s]+$", "").strip();
          if (!rest.isEmpty()) {
            others++;
            other = rest;
          }
        } else {
          others++;
          other = t;
        }
      }
      if (eo.headerFirstRow() == 0 && others > 1 && !allInOneMerge(r)) {
        break;
      }
      if (others >= 1 && title == null) {
        title = other;
      }
    }
    if (i >= head.size()) {
      throw new IllegalArgumentException("no header row: expected a row with a label column and value columns "
          + "(地区, 2022年, 2023年) below the title and unit lines");
    }
    headerFirst = head.get(i).index();
    headerLast = headerFirst;
    if (eo.headerRows() > 0) {
      headerLast = headerFirst + eo.headerRows() - 1;
      return;
    }
    for (int k = i + 1; k < head.size(); k++) {
      Row r = head.get(k);
      if (isDataRow(r, byIndex)) {
        break;
      }
      headerLast = r.index();
    }
  }

  private boolean allInOneMerge(Row r) {
    Merge found = null;
    for (Cell c : r.cells()) {
      if (c == null || c.isBlank()) {
        continue;
      }
      Merge m = mergeAt(r.index(), c.column());
      if (m == null || (found != null && !found.equals(m)) || m.lastColumn() == m.firstColumn()) {
        return false;
      }
      found = m;
    }
    return true;
  }

  Merge mergeAt(int row, int column) {
    for (Merge m : merges) {
      if (m.contains(row, column)) {
        return m;
      }
    }
    return null;
  }

  /** A data row: a label and a figure, and no merge from the header reaching down into it. */
  private boolean isDataRow(Row r, Map<Integer, Row> byIndex) {
    boolean label = false;
    boolean figure = false;
    for (Cell c : r.cells()) {
      if (c == null || c.isBlank()) {
        continue;
      }
      Merge m = mergeAt(r.index(), c.column());
      if (m != null && m.firstRow() < r.index() && m.firstRow() >= headerFirst) {
        return false;
      }
      if (!label) {
        label = true; // the first non-blank cell is the label
        continue;
      }
      String s = Texts.squeeze(c.text());
      figure |= c.kind() == Kind.NUMBER || c.kind() == Kind.FORMULA_WITHOUT_VALUE || c.kind() == Kind.ERROR
          || Texts.isMissingMark(s) || (!s.isEmpty() && looksNumeric(s));
    }
    for (Merge m : merges) {
      if (m.firstRow() < r.index() && m.lastRow() >= r.index() && m.firstRow() >= headerFirst
          && m.firstRow() <= headerLast) {
        return false;
      }
    }
    return label && figure;
  }

  private static boolean looksNumeric(String s) {
    char c = s.charAt(0);
    return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19') || c == '-' || c == '－' || c == '.';
  }

  /** The label column, the unit column and a {@link Column} for every other column of the header. */
  private void findColumns(Map<Integer, Row> byIndex, List<Row> head, ExcelOptions eo, ReadOptions ro) {
    int width = 0;
    for (Row r : head) {
      if (r.index() >= headerFirst) {
        width = Math.max(width, r.cells().length);
      }
    }
    for (Merge m : merges) {
      if (m.firstRow() <= headerLast && m.lastRow() >= headerFirst) {
        width = Math.max(width, m.lastColumn() + 1);
      }
    }
    labelColumn = eo.labelColumn();
    if (labelColumn < 0) {
      for (int c = 0; c < width && labelColumn < 0; c++) {
        for (int r = headerFirst; r <= headerLast; r++) {
          if (!mergedText(byIndex, merges, r, c).isBlank()) {
            labelColumn = c;
            break;
          }
        }
      }
    }
    if (labelColumn < 0) {
      throw new IllegalArgumentException("the header names no column; expected a label column such as 地区 or 指标");
    }
    for (int c = labelColumn + 1; c < width; c++) {
      List<String> parts = new ArrayList<>();
      for (int r = headerFirst; r <= headerLast; r++) {
        String t = mergedText(byIndex, merges, r, c).strip();
        if (!t.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(t))) {
          parts.add(t);
        }
      }
      if (parts.isEmpty()) {
        continue;
      }
      String first = Texts.squeeze(parts.get(0));
      if (parts.size() == 1 && (first.equals("单位") || first.equals("计量单位"))) {
        unitColumn = c;
        continue;
      }
      columns.add(column(c, parts, ro));
    }
    // 上年同期 and growth columns without a name of their own belong to the named column to their left
    for (int k = 1; k < columns.size(); k++) {
      Column c = columns.get(k);
      if (c.indicator() == null && (c.yearEarlier() || c.growthBasis() != null)) {
        Column left = columns.get(k - 1);
        String unit = c.unit() != null ? c.unit() : left.unit();
        columns.set(k, new Column(c.column(), c.header(), left.indicator(), unit, c.period() != null ? c.period()
            : left.period(), c.yearEarlier(), left.categories(), c.growthBasis(), -1));
      }
    }
    // a growth column is the change of the nearest value column to its left with the same names
    for (int k = 0; k < columns.size(); k++) {
      Column g = columns.get(k);
      if (g.growthBasis() == null) {
        continue;
      }
      int of = -1;
      for (int j = k - 1; j >= 0 && of < 0; j--) {
        Column v = columns.get(j);
        if (v.growthBasis() == null && !v.yearEarlier() && sameNames(v, g)) {
          of = v.column();
        }
      }
      for (int j = k - 1; j >= 0 && of < 0; j--) {
        Column v = columns.get(j);
        if (v.growthBasis() == null && !v.yearEarlier()) {
          of = v.column();
        }
      }
      columns.set(k, new Column(g.column(), g.header(), g.indicator(), g.unit(), g.period(), false, g.categories(),
          g.growthBasis(), of));
    }
  }

  private static boolean sameNames(Column a, Column b) {
    return java.util.Objects.equals(a.indicator(), b.indicator()) && a.categories().equals(b.categories());
  }

  private static Column column(int c, List<String> parts, ReadOptions ro) {
    String indicator = null;
    String unit = null;
    Period period = null;
    boolean earlier = false;
    String growth = null;
    List<String> categories = new ArrayList<>();
    for (String part : parts) {
      String s = Texts.squeeze(part);
      String[] nu = Texts.splitUnit(s);
      String name = nu[0];
      if (!nu[1].isEmpty()) {
        if (isUnit(nu[1], ro)) {
          unit = nu[1];
        } else {
          name = s;
        }
      }
      if (name.isEmpty()) {
        continue;
      }
      Optional<Period> p = Texts.period(name);
      Optional<String> g = Texts.growthBasis(name);
      if (p.isPresent()) {
        period = p.get();
      } else if (Texts.isYearEarlier(name)) {
        earlier = true;
      } else if (Texts.isCurrent(name)) {
        // the table's period
      } else if (g.isPresent()) {
        growth = g.get();
      } else if (indicator == null) {
        indicator = name;
      } else {
        categories.add(name);
      }
    }
    if (growth != null && unit == null) {
      unit = "%";
    }
    return new Column(c, String.join("/", parts), indicator, unit, period, earlier, List.copyOf(categories), growth,
        -1);
  }

  static boolean isUnit(String text, ReadOptions ro) {
    try {
      ro.unit(text, UnitPolicy.STRICT);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The footer: the last rows that hold only text, from a line that opens with 注, 资料来源 or 数据来源. */
  private void findFooter(List<Row> tail) {
    int start = -1;
    for (int k = tail.size() - 1; k >= 0; k--) {
      Row r = tail.get(k);
      boolean textOnly = true;
      String first = null;
      for (Cell c : r.cells()) {
        if (c == null || c.isBlank()) {
          continue;
        }
        if (c.kind() != Kind.TEXT) {
          textOnly = false;
        } else if (first == null) {
          first = Texts.squeeze(c.text());
        }
      }
      if (!textOnly || r.index() <= headerLast) {
        break;
      }
      if (first != null && Texts.isNote(first)) {
        start = k;
      }
    }
    if (start < 0) {
      return;
    }
    footerFirst = tail.get(start).index();
    List<String> lines = new ArrayList<>();
    for (int k = start; k < tail.size(); k++) {
      StringBuilder sb = new StringBuilder();
      for (Cell c : tail.get(k).cells()) {
        if (c != null && !c.isBlank()) {
          sb.append(sb.length() > 0 ? " " : "").append(c.text().strip());
        }
      }
      lines.add(sb.toString());
      Matcher m = FOOTNOTE.matcher(sb);
      while (m.find()) {
        footnotes.putIfAbsent(m.group(1), m.group(2).strip().replaceAll("[;；。]$", ""));
      }
    }
    notes = String.join("\n", lines);
  }

  /** Rows of regions or of indicators; the table's period and region. */
  private void findContext(String sheet, List<Row> head, Map<Integer, Row> byIndex, ExcelOptions eo, ReadOptions ro) {
    String t = eo.title().orElse(title == null ? "" : title);
    title = t.isEmpty() ? null : t;
    if (eo.period().isPresent()) {
      period = Period.parse(eo.period().get());
    } else {
      period = Texts.titlePeriod(t).orElse(null);
      if (period == null && meta.containsKey("时间")) {
        period = Texts.period(Texts.squeeze(meta.get("时间"))).orElse(null);
      }
    }
    Regions regions = ro.regions();
    whole = ro.defaultRegion().orElse(null);
    if (whole == null && meta.containsKey("地区")) {
      whole = regions.byName(Texts.squeeze(meta.get("地区"))).orElse(null);
    }
    if (whole == null && !t.isEmpty()) {
      whole = regionIn(Texts.squeeze(t), regions);
    }
    String database = meta.getOrDefault("数据库", "");
    if (whole == null && (database.equals("年度数据") || database.equals("季度数据") || database.equals("月度数据"))) {
      whole = Region.CHINA; // the NBS portal's national databases
    }
    if (eo.rows() != ExcelOptions.Rows.DETECT) {
      regionRows = eo.rows() == ExcelOptions.Rows.REGIONS;
      return;
    }
    StringBuilder corner = new StringBuilder();
    for (int r = headerFirst; r <= headerLast; r++) {
      corner.append(Texts.squeeze(mergedText(byIndex, merges, r, labelColumn)));
    }
    String c = corner.toString();
    if (c.contains("地区") || c.contains("区域") || c.contains("省份") || c.contains("城市") || c.contains("地市")
        || c.contains("旗县") || c.contains("县区") || c.contains("市县")) {
      regionRows = true;
    } else if (c.contains("指标") || c.contains("项目")) {
      regionRows = false;
    } else {
      Row first = head.get(head.size() - 1);
      String label = Texts.squeeze(text(first.cell(labelColumn)));
      regionRows = Texts.isWhole(label) || !regions.candidates(label).isEmpty();
    }
  }

  /** The region a title names by its full name (2023年赤峰市… → 赤峰市), the longest found first. */
  static Region regionIn(String title, Regions regions) {
    for (int len = Math.min(12, title.length()); len >= 2; len--) {
      for (int i = 0; i + len <= title.length(); i++) {
        String sub = title.substring(i, i + len);
        List<Region> found = regions.candidates(sub);
        if (found.size() == 1 && found.get(0).name().equals(sub)) {
          return found.get(0);
        }
      }
    }
    return null;
  }
}
