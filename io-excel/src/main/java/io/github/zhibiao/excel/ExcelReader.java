package io.github.zhibiao.excel;

import io.github.zhibiao.excel.Grid.Row;
import io.github.zhibiao.excel.Grid.SheetInfo;
import io.github.zhibiao.excel.Grid.SheetRows;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.AbstractObservationCursor;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationBinder;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.UnitPolicy;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/** Reads the tables of a workbook's sheets, one sheet after another, through one binder. */
final class ExcelReader implements DatasetReader {
  /** How many rows the layout may look at before the first data row. */
  static final int HEAD_ROWS = 40;
  /** How many last rows may be the footer. */
  static final int TAIL_ROWS = 20;

  private final BiFunction<InputStream, String, Grid> grids;
  private final ExcelOptions excel;

  ExcelReader(BiFunction<InputStream, String, Grid> grids, ExcelOptions excel) {
    this.grids = grids;
    this.excel = excel;
  }

  @Override
  public ObservationCursor open(InputStream in, String source, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    Grid grid;
    try {
      grid = grids.apply(in, source);
    } catch (IllegalArgumentException e) {
      throw new DatasetReadException(Problem.of(source, e.getMessage()));
    }
    try {
      return new Cursor(source, options, grid, sheets(grid, source));
    } catch (RuntimeException e) {
      grid.close();
      throw e;
    }
  }

  private List<SheetInfo> sheets(Grid grid, String source) {
    if (excel.sheets().isEmpty()) {
      return grid.sheets();
    }
    List<SheetInfo> chosen = new ArrayList<>();
    for (String name : excel.sheets()) {
      SheetInfo found = null;
      for (SheetInfo s : grid.sheets()) {
        if (s.name().equals(name)) {
          found = s;
        }
      }
      if (found == null) {
        List<String> names = new ArrayList<>();
        grid.sheets().forEach(s -> names.add(s.name()));
        throw new DatasetReadException(Problem.of(source, "no sheet named '" + name + "'; the workbook has "
            + String.join(", ", names)).withText(name));
      }
      chosen.add(new SheetInfo(found.index(), found.name(), false));
    }
    return chosen;
  }

  private final class Cursor extends AbstractObservationCursor {
    private final Grid grid;
    private final List<SheetInfo> sheets;
    private final ObservationBinder binder;
    private final List<Object> pending = new ArrayList<>();
    private int next;
    private int sheetIndex;
    private SheetRows rows;
    private SheetTable table;
    private List<Row> head;

    Cursor(String source, ReadOptions options, Grid grid, List<SheetInfo> sheets) {
      super(source, options);
      this.grid = grid;
      this.sheets = sheets;
      this.binder = ObservationBinder.of(source, options, UnitPolicy.STRICT);
    }

    @Override
    protected Observation readRecord() {
      while (next >= pending.size()) {
        pending.clear();
        next = 0;
        if (!fill()) {
          return null;
        }
      }
      Object o = pending.get(next++);
      if (o instanceof DatasetReadException e) {
        throw e;
      }
      return (Observation) o;
    }

    /** Adds the entries of the next data row to pending; false at the end of the last sheet. */
    private boolean fill() {
      while (true) {
        if (rows == null) {
          if (sheetIndex >= sheets.size()) {
            return false;
          }
          SheetInfo s = sheets.get(sheetIndex++);
          if (s.hidden() && excel.hiddenSheets() != ExcelOptions.HiddenSheets.READ) {
            if (excel.hiddenSheets() == ExcelOptions.HiddenSheets.REPORT) {
              reject(Problem.of(source(), "sheet '" + s.name() + "' is hidden and was not read; read it with "
                  + "ExcelOptions.withSheets(\"" + s.name() + "\") or withHiddenSheets(READ), or skip hidden sheets "
                  + "with withHiddenSheets(SKIP)").withText(s.name()));
            } else {
              note("sheet '" + s.name() + "' is hidden and was not read; read it with ExcelOptions.withSheets(\""
                  + s.name() + "\") or withHiddenSheets(READ)");
            }
            continue;
          }
          if (!start(s)) {
            continue;
          }
        }
        if (head != null && !head.isEmpty()) {
          table.row(head.remove(0), pending);
          if (head.isEmpty()) {
            head = null;
          }
          if (!pending.isEmpty()) {
            return true;
          }
          continue;
        }
        Row r = rows.next();
        if (r == null || table.isFooter(r)) {
          rows.close();
          rows = null;
          continue;
        }
        table.row(r, pending);
        if (!pending.isEmpty()) {
          return true;
        }
      }
    }

    /** Opens a sheet and detects its layout; false for an empty sheet. */
    private boolean start(SheetInfo s) {
      rows = grid.open(s);
      List<Row> first = new ArrayList<>();
      for (Row r; first.size() < HEAD_ROWS && (r = rows.next()) != null; ) {
        first.add(r);
      }
      if (first.isEmpty()) {
        rows.close();
        rows = null;
        return false;
      }
      Layout layout;
      try {
        layout = Layout.detect(s.name(), first, rows.tail(TAIL_ROWS), rows.merges(), excel, options());
      } catch (IllegalArgumentException e) {
        rows.close();
        rows = null;
        reject(Problem.of(source(), "sheet '" + s.name() + "': " + e.getMessage()).inField(s.name() + "!A1"));
        return false;
      }
      table = new SheetTable(s.name(), layout, binder, options(), excel);
      head = new ArrayList<>();
      for (Row r : first) {
        if (r.index() > layout.headerLast && !table.isFooter(r)) {
          head.add(r);
        }
      }
      if (first.size() < HEAD_ROWS) {
        // the whole sheet was in the head: nothing further to stream
        rows.close();
        rows = new SheetRows() {
          @Override
          public List<Grid.Merge> merges() {
            return List.of();
          }

          @Override
          public List<Row> tail(int n) {
            return List.of();
          }

          @Override
          public Row next() {
            return null;
          }

          @Override
          public void close() {}
        };
      }
      return true;
    }

    @Override
    public void close() {
      if (rows != null) {
        rows.close();
      }
      grid.close();
    }
  }
}
