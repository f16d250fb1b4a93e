package io.github.zhibiao.excel;

import io.github.zhibiao.excel.Grid.Cell;
import io.github.zhibiao.excel.Grid.Kind;
import io.github.zhibiao.excel.Grid.Merge;
import io.github.zhibiao.excel.Grid.Row;
import io.github.zhibiao.excel.Layout.Column;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationBinder;
import io.github.zhibiao.spi.ObservationBinder.Field;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.RegionResolver;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One sheet's table, row by row: each data row gives one pending entry (an observation or the
 * problem of a cell) for every value column that holds a figure. Growth columns become the
 * change of the value beside them; 上年同期 columns, observations a year earlier.
 */
final class SheetTable {
  /** The most entries each cache of a sheet keeps, so that memory stays bounded on any sheet. */
  static final int CACHE_LIMIT = 4096;
  private final String sheet;
  private final Layout layout;
  private final ObservationBinder binder;
  private final ReadOptions options;
  private final ExcelOptions excel;
  private final RegionResolver resolver;
  private final Map<Integer, List<Column>> growthOf = new HashMap<>();
  private final Map<Integer, String> labelMergeTexts = new HashMap<>();
  /** What is per column, worked out once a sheet: by the position of the column in the layout. */
  private final Prepared[] prepared;
  /** The merged areas that reach below the header: the only ones a body cell can be in. */
  private final List<Merge> bodyMerges = new ArrayList<>();
  /** The indicator and unit of a value column that names neither (options, meta lines, title). */
  private final String fallbackName;
  private final String fallbackUnit;
  /** Resolved region names by name and parent code: a name resolved once a sheet, not once a row. */
  private final Map<String, Region> resolved = new HashMap<>();
  /** Indicator-row labels: name and unit by the label's squeezed text. */
  private final Map<String, String[]> rowLabels = new HashMap<>();
  /** The regions of the rows above, by indent: the parents of the rows below. */
  private final Deque<int[]> indents = new ArrayDeque<>();
  private final Deque<Region> parents = new ArrayDeque<>();
  private Region lastRegion;
  /** Derived codes by name: a digest a name, not one a cell (a sheet has few names). */
  private final Map<String, String> codes = new HashMap<>();
  private int plainIndent;

  SheetTable(String sheet, Layout layout, ObservationBinder binder, ReadOptions options, ExcelOptions excel) {
    this.sheet = sheet;
    this.layout = layout;
    this.binder = binder;
    this.options = options;
    this.excel = excel;
    this.resolver = RegionResolver.of(options);
    for (Column c : layout.columns) {
      if (c.growthBasis() != null) {
        growthOf.computeIfAbsent(c.changeOf(), k -> new ArrayList<>()).add(c);
      }
    }
    for (Merge m : layout.merges) {
      if (m.lastRow() > layout.headerLast) {
        bodyMerges.add(m);
      }
    }
    String name = excel.indicator().orElse(metaIndicator());
    fallbackName = name != null ? name : layout.titleIndicator();
    fallbackUnit = excel.unit().orElse(layout.unitLine != null ? layout.unitLine : metaUnit());
    prepared = new Prepared[layout.columns.size()];
    for (int k = 0; k < prepared.length; k++) {
      prepared[k] = prepare(layout.columns.get(k));
    }
  }

  /**
   * A value column as every cell of it binds: the place prefix (表1!B), the indicator's name and
   * code in region rows, the unit (the header's, else the table's), the period (a year earlier for
   * 上年同期), the categories, and the growth columns that are its change. The same String
   * instances go to the binder for every cell, so that its own caches compare them at once.
   */
  private record Prepared(Column column, String prefix, String name, String code, String unit, Period period,
      List<String> categories, List<Prepared> growth) {}

  private Prepared prepare(Column c) {
    String prefix = sheet + "!" + Grid.columnName(c.column());
    String name = layout.regionRows ? (c.indicator() != null ? c.indicator() : fallbackName) : null;
    String code = name == null ? null : code(name);
    String unit = c.unit() != null ? c.unit() : fallbackUnit;
    Period p = c.period() != null ? c.period() : layout.period;
    if (p != null && c.yearEarlier()) {
      p = p.yearEarlier();
    }
    List<String> categories = c.categories();
    if (!layout.regionRows && c.indicator() != null) {
      List<String> withIndicator = new ArrayList<>(categories);
      withIndicator.add(0, c.indicator()); // in indicator rows, a named column is a category of the row's indicator
      categories = List.copyOf(withIndicator);
    }
    List<Prepared> growth = new ArrayList<>();
    if (c.growthBasis() == null && !c.yearEarlier()) {
      for (Column g : growthOf.getOrDefault(c.column(), List.of())) {
        growth.add(prepare(g));
      }
    }
    return new Prepared(c, prefix, name, code, unit, p, categories, List.copyOf(growth));
  }

  private String place(int row, int column) {
    return sheet + "!" + Grid.address(row, column);
  }

  /** The place of a cell, 表1!B12, from its column's prefix and the row's 1-based number as text. */
  /** The derived code of an indicator name, cached (a sheet names few indicators, but a long one may name many). */
  private String code(String name) {
    String code = codes.get(name);
    if (code == null) {
      code = Indicator.derivedCode(name);
      if (codes.size() < CACHE_LIMIT) {
        codes.put(name, code);
      }
    }
    return code;
  }

  private static String place(Prepared p, String rowNumber) {
    return p.prefix.concat(rowNumber);
  }

  private Merge bodyMergeAt(int row, int column) {
    for (int k = 0, n = bodyMerges.size(); k < n; k++) {
      Merge m = bodyMerges.get(k);
      if (m.contains(row, column)) {
        return m;
      }
    }
    return null;
  }

  private DatasetReadException problem(int row, int column, String text, String message) {
    return binder.begin(0).problemAt(place(row, column), text, message);
  }

  /** Whether the row is past the table: a footer line. */
  boolean isFooter(Row r) {
    return r.index() >= layout.footerFirst;
  }

  /** The entries of one data row, added to {@code out}. */
  void row(Row r, List<Object> out) {
    if (r.index() <= layout.headerLast) {
      return;
    }
    Cell labelCell = r.cell(layout.labelColumn);
    String label = Layout.text(labelCell);
    Merge lm = bodyMerges.isEmpty() ? null : bodyMergeAt(r.index(), layout.labelColumn);
    if (lm != null) {
      if (lm.firstRow() == r.index()) {
        labelMergeTexts.put(lm.firstRow(), label);
      } else {
        label = labelMergeTexts.getOrDefault(lm.firstRow(), label);
      }
    }
    String squeezed = Texts.squeeze(label);
    if (squeezed.isEmpty()) {
      for (Column c : layout.columns) {
        Cell v = r.cell(c.column());
        if (!v.isBlank() && !Texts.isMissingMark(Texts.squeeze(Layout.text(v)))) {
          out.add(problem(r.index(), c.column(), Layout.text(v), "a figure in a row without a label; expected "
              + (layout.regionRows ? "a region" : "an indicator") + " in column " + Grid.columnName(layout.labelColumn)));
          return;
        }
      }
      return;
    }
    if (Texts.isNote(squeezed)) {
      return; // a note line inside the table, kept by the footer when it is one
    }
    Region region;
    String rowIndicator = null;
    String rowUnit = null;
    if (layout.regionRows) {
      try {
        region = region(label, squeezed, labelCell.indent());
      } catch (IllegalArgumentException e) {
        if (e instanceof DatasetReadException d) {
          throw d;
        }
        out.add(problem(r.index(), layout.labelColumn, label, e.getMessage()));
        return;
      }
    } else {
      region = layout.whole != null ? layout.whole : Region.NOT_STATED;
      String[] nameUnit = rowLabels.get(squeezed);
      if (nameUnit == null) {
        nameUnit = indicatorLabel(squeezed);
        if (rowLabels.size() < CACHE_LIMIT) {
          rowLabels.put(squeezed, nameUnit);
        }
      }
      rowIndicator = nameUnit[0];
      rowUnit = nameUnit[1];
      if (layout.unitColumn >= 0) {
        String u = Layout.text(r.cell(layout.unitColumn)).strip();
        if (!u.isEmpty()) {
          rowUnit = u;
        }
      }
    }
    String rowNumber = Integer.toString(r.index() + 1);
    for (Prepared p : prepared) {
      Column c = p.column;
      if (c.growthBasis() != null) {
        if (c.changeOf() < 0 || r.cell(c.changeOf()).isBlank()) {
          Cell g = r.cell(c.column());
          if (!g.isBlank() && !Texts.isMissingMark(Texts.squeeze(Layout.text(g)))) {
            out.add(problem(r.index(), c.column(), Layout.text(g), "a growth rate without the value it is the change of; "
                + "expected a figure in the column to its left"));
          }
        }
        continue;
      }
      Cell v = r.cell(c.column());
      Merge m = bodyMerges.isEmpty() ? null : bodyMergeAt(r.index(), c.column());
      if (m != null) {
        if (m.firstRow() == r.index() && m.firstColumn() == c.column()) {
          out.add(problem(r.index(), c.column(), Layout.text(v), "cells " + m.ref() + " are merged inside the table's "
              + "body; expected one figure a cell (unmerge them)"));
        }
        continue;
      }
      if (v.kind() == Kind.BLANK || (v.kind() == Kind.TEXT && v.text().isBlank())) {
        continue; // an empty cell is no figure
      }
      if (v.kind() == Kind.TEXT && Texts.isMissingMark(Texts.squeeze(v.text()))) {
        continue;
      }
      try {
        out.add(bind(r, rowNumber, p, v, region, rowIndicator, rowUnit));
      } catch (DatasetReadException e) {
        out.add(e);
      }
    }
  }

  private Object bind(Row r, String rowNumber, Prepared p, Cell v, Region region, String rowIndicator, String rowUnit) {
    Column c = p.column;
    String where = place(p, rowNumber);
    ObservationBinder b = binder.begin(0);
    String name;
    String code;
    if (layout.regionRows) {
      name = p.name;
      code = p.code;
    } else {
      name = rowIndicator;
      code = code(name);
    }
    if (name == null) {
      return problem(r.index(), c.column(), c.header(), "no indicator: the header names none; expected a header such "
          + "as 地区生产总值, a line 指标：…, or ExcelOptions.withIndicator");
    }
    String unit = rowUnit != null ? rowUnit : p.unit;
    if (p.period == null) {
      return problem(r.index(), c.column(), c.header(), "no period: neither the header nor the title names one; "
          + "expected a header such as 2023年 or ExcelOptions.withPeriod");
    }
    b.set(Field.INDICATOR, code, where).set(Field.INDICATOR_NAME, name, where);
    if (unit != null) {
      b.set(Field.UNIT, unit, where).set(Field.INDICATOR_UNIT, unit, where);
    }
    b.set(region).set(p.period);
    for (String category : p.categories) {
      b.breakdown(excel.breakdown(), excel.breakdown(), category, category, where);
    }
    List<String> notes = null;
    notes = value(b, v, where, notes);
    for (Prepared gp : p.growth) {
      Column g = gp.column;
      Cell gc = r.cell(g.column());
      if (gc.isBlank()) {
        continue;
      }
      String gt = Layout.text(gc).strip();
      if (Texts.isMissingMark(Texts.squeeze(gt))) {
        continue;
      }
      String gWhere = place(gp, rowNumber);
      if (gc.kind() == Kind.FORMULA_WITHOUT_VALUE || gc.kind() == Kind.ERROR) {
        return problem(r.index(), g.column(), gt, unreadable(gc));
      }
      String[] marked = Texts.footnoteMark(gt);
      if (marked != null) {
        gt = marked[0];
        notes = note(notes, footnote(marked[1]));
      }
      String amount = gc.kind() == Kind.NUMBER ? gc.number().toPlainString() : gt;
      b.set(Field.CHANGE, amount.endsWith("%") || !"%".equals(g.unit()) ? amount : amount + "%", gWhere)
          .set(Field.CHANGE_BASIS, g.growthBasis(), gWhere);
      break;
    }
    if (notes == null) {
      if (!layout.notes.isEmpty()) {
        b.set(Field.NOTE, layout.notes, where);
      }
    } else {
      if (!layout.notes.isEmpty()) {
        notes.add(layout.notes);
      }
      b.set(Field.NOTE, String.join("\n", notes), where);
    }
    return b.bind();
  }

  private static List<String> note(List<String> notes, String note) {
    List<String> list = notes == null ? new ArrayList<>() : notes;
    list.add(note);
    return list;
  }

  /** The indicator name and unit of an indicator row's label: 地区生产总值(亿元) → 地区生产总值, 亿元. */
  private String[] indicatorLabel(String squeezed) {
    String name = Texts.withoutSubMark(squeezed);
    String[] nu = Texts.splitUnit(name == null ? squeezed : name);
    if (!nu[1].isEmpty() && Layout.isUnit(nu[1], options)) {
      return new String[] {nu[0], nu[1]};
    }
    return new String[] {name == null ? squeezed : name, null};
  }

  /** Sets the value of a cell; the notes with the footnote its mark names, if any. */
  private List<String> value(ObservationBinder b, Cell v, String where, List<String> notes) {
    switch (v.kind()) {
      case NUMBER -> b.set(v.number(), where);
      case TEXT -> {
        String t = v.text().strip();
        String[] marked = Texts.footnoteMark(t);
        if (marked != null) {
          t = marked[0];
          notes = note(notes, footnote(marked[1]));
        }
        b.set(Field.VALUE, t, where);
      }
      default -> throw b.problemAt(where, v.text(), unreadable(v));
    }
    return notes;
  }

  private static String unreadable(Cell v) {
    return switch (v.kind()) {
      case FORMULA_WITHOUT_VALUE -> "a formula without a cached value; expected a figure (open and save the "
          + "workbook in Excel, or paste the values)";
      case ERROR -> "an error value; expected a figure";
      case BOOLEAN -> "a TRUE/FALSE cell; expected a figure";
      default -> "expected a figure";
    };
  }

  private String footnote(String mark) {
    String text = layout.footnotes.get(mark.substring(0, 1));
    return text == null ? "footnote " + mark : mark + " " + text;
  }

  private String metaIndicator() {
    String m = layout.meta.get("指标");
    return m == null ? null : Texts.splitUnit(Texts.squeeze(m))[0];
  }

  private String metaUnit() {
    String m = layout.meta.get("指标");
    if (m == null) {
      return null;
    }
    String u = Texts.splitUnit(Texts.squeeze(m))[1];
    return u.isEmpty() ? null : u;
  }

  /**
   * The region of a row label: 全省 and its kin are the table's region; an indented label, or one
   * after 其中 or #, lies within the row above it with a smaller indent.
   */
  private Region region(String label, String squeezed, int styleIndent) {
    int indent = styleIndent + Texts.leadingIndent(label);
    String sub = Texts.withoutSubMark(squeezed);
    String name = sub == null ? squeezed : sub;
    if (sub != null && lastRegion != null) {
      indent = Math.max(indent, plainIndent + 1);
    } else {
      plainIndent = indent;
    }
    while (!indents.isEmpty() && indents.peek()[0] >= indent) {
      indents.pop();
      parents.pop();
    }
    Region region;
    if (Texts.isWhole(name)) {
      if (layout.whole == null) {
        if (name.equals("全国")) {
          region = Region.CHINA;
        } else {
          throw new IllegalArgumentException("a total row, but the table's region is unknown (the title names none); "
              + "expected ReadOptions.withDefaultRegion or a title such as 2023年赤峰市…");
        }
      } else {
        region = layout.whole;
      }
    } else {
      Region parent = parents.isEmpty() ? layout.whole : parents.peek();
      String key = parent == null ? name : name + '\u0000' + parent.code();
      region = resolved.get(key);
      if (region == null) {
        region = resolver.resolve("", name, parent);
        if (resolved.size() < CACHE_LIMIT) {
          resolved.put(key, region);
        }
      }
    }
    indents.push(new int[] {indent});
    parents.push(region);
    lastRegion = region;
    return region;
  }

}
