package io.github.zhibiao.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * An .xls (BIFF8) workbook read whole with Apache POI's HSSF user model. The format holds at most
 * 65,536 rows by 256 columns a sheet, and POI keeps the workbook in memory (about ten times the
 * file's size); larger tables are .xlsx, which {@link XlsxGrid} streams. A number is the decimal
 * Excel shows for its double ({@link NumberToTextConverter}, 15 significant digits).
 */
final class XlsGrid implements Grid {
  private final HSSFWorkbook workbook;
  private final org.apache.poi.ss.usermodel.FormulaEvaluator evaluator;
  private final List<SheetInfo> sheets = new ArrayList<>();

  XlsGrid(InputStream in, String source) {
    try (in) {
      workbook = new HSSFWorkbook(in);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read the .xls workbook: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(source + ": not an .xls workbook POI can read (" + e.getMessage()
          + "); expected an Excel 97–2003 workbook", e);
    }
    evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      sheets.add(new SheetInfo(i, workbook.getSheetName(i), workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)));
    }
  }

  @Override
  public List<SheetInfo> sheets() {
    return sheets;
  }

  @Override
  public SheetRows open(SheetInfo info) {
    Sheet sheet = workbook.getSheetAt(info.index());
    List<Merge> merges = new ArrayList<>();
    for (CellRangeAddress a : sheet.getMergedRegions()) {
      merges.add(new Merge(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
    }
    return new SheetRows() {
      private final Iterator<org.apache.poi.ss.usermodel.Row> rows = sheet.rowIterator();

      @Override
      public List<Merge> merges() {
        return merges;
      }

      @Override
      public List<Row> tail(int n) {
        ArrayDeque<Row> last = new ArrayDeque<>();
        for (int r = sheet.getLastRowNum(); r >= 0 && last.size() < n; r--) {
          org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
          if (row != null) {
            Row x = convert(row);
            if (!x.isEmpty()) {
              last.addFirst(x);
            }
          }
        }
        return List.copyOf(last);
      }

      @Override
      public Row next() {
        while (rows.hasNext()) {
          Row x = convert(rows.next());
          if (!x.isEmpty()) {
            return x;
          }
        }
        return null;
      }

      @Override
      public void close() {}
    };
  }

  /**
   * A formula's cached result in .xls is whatever the writing program stored: a program that does
   * not compute formulas stores 0. The formula is evaluated, and a cached number that disagrees
   * with the result is taken as no cached value (a problem), never as the figure; a formula POI
   * cannot evaluate (an external reference) keeps its cached result.
   */
  private boolean cachedDisagrees(org.apache.poi.ss.usermodel.Cell c) {
    try {
      org.apache.poi.ss.usermodel.CellValue v = evaluator.evaluate(c);
      return v != null && v.getCellType() == CellType.NUMERIC
          && Double.compare(v.getNumberValue(), c.getNumericCellValue()) != 0;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private Row convert(org.apache.poi.ss.usermodel.Row row) {
    int width = Math.max(row.getLastCellNum(), 0);
    Cell[] cells = new Cell[width];
    for (org.apache.poi.ss.usermodel.Cell c : row) {
      int col = c.getColumnIndex();
      int indent = c.getCellStyle() == null ? 0 : c.getCellStyle().getIndention();
      CellType type = c.getCellType();
      boolean formula = type == CellType.FORMULA;
      if (formula) {
        type = c.getCachedFormulaResultType();
        if (type == CellType.NUMERIC && cachedDisagrees(c)) {
          cells[col] = new Cell(col, Kind.FORMULA_WITHOUT_VALUE, "=" + c.getCellFormula(), null, indent);
          continue;
        }
      }
      cells[col] = switch (type) {
        case NUMERIC -> {
          String text = NumberToTextConverter.toText(c.getNumericCellValue());
          yield new Cell(col, Kind.NUMBER, text, Grid.excelNumber(new BigDecimal(text)), indent);
        }
        case STRING -> new Cell(col, Kind.TEXT, c.getStringCellValue(), null, indent);
        case BOOLEAN -> new Cell(col, Kind.BOOLEAN, c.getBooleanCellValue() ? "TRUE" : "FALSE", null, indent);
        case ERROR -> new Cell(col, Kind.ERROR, formula ? FormulaError.forInt(c.getErrorCellValue()).getString()
            : FormulaError.forInt(c.getErrorCellValue()).getString(), null, indent);
        default -> formula ? new Cell(col, Kind.FORMULA_WITHOUT_VALUE, "=" + c.getCellFormula(), null, indent)
            : new Cell(col, Kind.BLANK, "", null, indent);
      };
    }
    return new Row(row.getRowNum(), cells);
  }

  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      // the workbook was read whole from a stream: nothing is left open
    }
  }
}
