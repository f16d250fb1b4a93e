package io.github.zhibiao.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Test fixtures: yearbook-shaped workbooks written in memory, as .xlsx (with fastexcel's writer,
 * shared strings and styles as Excel writes them) and as .xls (with POI's HSSF). A cell is a
 * String, a Number, null (no cell), or {@code "=…"} for a formula saved without a cached value.
 */
final class Workbooks {
  private final List<Sheet> sheets = new ArrayList<>();

  static final class Sheet {
    final String name;
    final List<Object[]> rows = new ArrayList<>();
    final List<String> merges = new ArrayList<>();
    final Map<String, Integer> indents = new HashMap<>();
    boolean hidden;

    Sheet(String name) {
      this.name = name;
    }

    Sheet row(Object... cells) {
      rows.add(cells);
      return this;
    }

    Sheet merge(String ref) {
      merges.add(ref);
      return this;
    }

    Sheet indent(String cell, int level) {
      indents.put(cell, level);
      return this;
    }

    Sheet hidden() {
      hidden = true;
      return this;
    }
  }

  Sheet sheet(String name) {
    Sheet s = new Sheet(name);
    sheets.add(s);
    return s;
  }

  private static int[] cell(String ref) {
    int k = 0;
    while (Character.isLetter(ref.charAt(k))) {
      k++;
    }
    return new int[] {Integer.parseInt(ref.substring(k)) - 1, Grid.columnIndex(ref.substring(0, k))};
  }

  byte[] xlsx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook wb = new Workbook(out, "zhibiao-tests", "1.0")) {
      for (Sheet s : sheets) {
        Worksheet ws = wb.newWorksheet(s.name);
        for (int r = 0; r < s.rows.size(); r++) {
          Object[] row = s.rows.get(r);
          for (int c = 0; c < row.length; c++) {
            Object v = row[c];
            if (v instanceof String t && t.startsWith("=")) {
              ws.formula(r, c, t.substring(1));
            } else if (v instanceof String t) {
              ws.value(r, c, t);
            } else if (v instanceof Number n) {
              ws.value(r, c, n);
            }
          }
        }
        for (String m : s.merges) {
          int[] a = cell(m.split(":")[0]);
          int[] b = cell(m.split(":")[1]);
          ws.range(a[0], a[1], b[0], b[1]).merge();
        }
        s.indents.forEach((ref, level) -> {
          int[] a = cell(ref);
          ws.style(a[0], a[1]).indent(level).set();
        });
        if (s.hidden) {
          ws.setVisibilityState(VisibilityState.HIDDEN);
        }
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  byte[] xls() {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      for (Sheet s : sheets) {
        HSSFSheet ws = wb.createSheet(s.name);
        for (int r = 0; r < s.rows.size(); r++) {
          Object[] row = s.rows.get(r);
          HSSFRow xr = ws.createRow(r);
          for (int c = 0; c < row.length; c++) {
            Object v = row[c];
            if (v instanceof String t && t.startsWith("=")) {
              xr.createCell(c).setCellFormula(t.substring(1));
            } else if (v instanceof String t) {
              xr.createCell(c).setCellValue(t);
            } else if (v instanceof Number n) {
              xr.createCell(c).setCellValue(new BigDecimal(n.toString()).doubleValue());
            }
          }
        }
        for (String m : s.merges) {
          ws.addMergedRegion(CellRangeAddress.valueOf(m));
        }
        s.indents.forEach((ref, level) -> {
          int[] a = cell(ref);
          HSSFCellStyle style = wb.createCellStyle();
          style.setIndention(level.shortValue());
          HSSFRow xr = ws.getRow(a[0]);
          (xr.getCell(a[1]) == null ? xr.createCell(a[1]) : xr.getCell(a[1])).setCellStyle(style);
        });
        if (s.hidden) {
          wb.setSheetHidden(wb.getSheetIndex(ws), true);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
