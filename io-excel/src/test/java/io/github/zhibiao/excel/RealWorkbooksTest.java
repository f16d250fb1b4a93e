package io.github.zhibiao.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Real workbooks that users of the NBS data portal committed to public repositories (see
 * {@code real/SOURCES.md}), read in one call with no options, and checked cell by cell against an
 * independent reading of the same file: POI's plain cell walk for .xls, a DOM parse of the sheet
 * part for .xlsx. Every figure cell must give one observation, in row order, with the region or
 * indicator its row names, the period its header names and the value the cell holds; and nothing
 * else may come out.
 */
class RealWorkbooksTest {
  private static final MathContext EXCEL = new MathContext(15, RoundingMode.HALF_EVEN);

  /** A figure cell as the independent reading sees it: row label, column header, value. */
  record Figure(String label, String header, BigDecimal value) {}

  private static InputStream resource(String name) {
    InputStream in = RealWorkbooksTest.class.getResourceAsStream("real/" + name);
    if (in == null) {
      throw new IllegalStateException("missing test resource real/" + name);
    }
    return in;
  }

  private static List<Observation> read(DatasetFormat format, String name) throws IOException {
    List<Observation> out = new ArrayList<>();
    try (InputStream in = resource(name);
        ObservationCursor c = format.reader().orElseThrow().open(in, name, ReadOptions.defaults())) {
      c.forEachRemaining(out::add);
      assertEquals(0, c.report().problems().size(), () -> c.report().problems().toString());
    }
    return out;
  }

  /** POI's plain walk: below the header row (the row whose first cell is {@code corner}), every number cell. */
  private static List<Figure> poiFigures(String name, String corner) throws IOException {
    List<Figure> figures = new ArrayList<>();
    try (InputStream in = resource(name); HSSFWorkbook wb = new HSSFWorkbook(in)) {
      Sheet s = wb.getSheetAt(0);
      Row header = null;
      for (Row r : s) {
        Cell first = r.getCell(0);
        String label = first == null ? "" : first.getStringCellValue();
        if (header == null) {
          header = label.equals(corner) ? r : null;
          continue;
        }
        for (Cell c : r) {
          if (c.getColumnIndex() > 0 && c.getCellType() == CellType.NUMERIC) {
            figures.add(new Figure(label, header.getCell(c.getColumnIndex()).getStringCellValue(),
                new BigDecimal(NumberToTextConverter.toText(c.getNumericCellValue()))));
          }
        }
      }
    }
    return figures;
  }

  /** A DOM parse of the first sheet (inline strings, as these files have): every {@code <v>} number below row 1. */
  private static List<Figure> domFigures(String name) throws Exception {
    Document sheet = null;
    try (ZipInputStream z = new ZipInputStream(resource(name))) {
      for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          sheet = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
              z.readAllBytes()));
        }
      }
    }
    if (sheet == null) {
      throw new IllegalStateException(name + " has no sheet1");
    }
    List<Figure> figures = new ArrayList<>();
    NodeList rows = sheet.getElementsByTagName("row");
    List<String> headers = new ArrayList<>();
    for (int i = 0; i < rows.getLength(); i++) {
      NodeList cells = ((Element) rows.item(i)).getElementsByTagName("c");
      String label = cells.item(0).getTextContent();
      for (int k = 1; k < cells.getLength(); k++) {
        Element c = (Element) cells.item(k);
        if (i == 0) {
          headers.add(c.getTextContent());
        } else if (c.getElementsByTagName("v").getLength() > 0) {
          BigDecimal v = new BigDecimal(c.getElementsByTagName("v").item(0).getTextContent()).round(EXCEL);
          figures.add(new Figure(label, headers.get(k - 1), v));
        }
      }
    }
    return figures;
  }

  private static void sameFigures(List<Figure> expected, List<Observation> read, boolean regionRows) {
    assertEquals(expected.size(), read.size(), "one observation a figure cell");
    for (int i = 0; i < expected.size(); i++) {
      Figure f = expected.get(i);
      Observation o = read.get(i);
      String where = "figure " + i + " " + f + ": " + o;
      if (regionRows) {
        Region r = o.region();
        assertTrue(r.name().equals(f.label()) || r.shortName().equals(f.label()), where);
      } else {
        // 国民总收入(亿元): the indicator 国民总收入 in 亿元
        assertEquals(f.label(), o.indicator().name() + "(" + o.value().unit().label() + ")", where);
      }
      assertEquals(f.header(), o.period() + "年", where);
      assertEquals(0, f.value().compareTo(o.value().value()), where);
    }
  }

  @Test
  void provincialAnnualDownloadAsXls() throws IOException {
    List<Observation> read = read(new XlsFormat(), "分省年度数据.xls");
    sameFigures(poiFigures("分省年度数据.xls", "地区"), read, true);
    assertEquals(31 * 5, read.size());
    Observation first = read.get(0);
    assertEquals("地区生产总值", first.indicator().name()); // from the line 指标：地区生产总值(亿元)
    assertEquals("亿元", first.value().unit().label());
    assertEquals("110000", first.region().code());
    assertEquals(new BigDecimal("35371.28"), first.value().value());
    String note = first.note().orElseThrow();
    assertTrue(note.startsWith("注：1.本表按当年价格计算。") && note.endsWith("\n数据来源：国家统计局"), note);
  }

  @Test
  void citiesAnnualDownloadAsXlsWithEmptyTextCells() throws IOException {
    List<Observation> read = read(new XlsFormat(), "主要城市年度数据.xls");
    // 36 cities by 5 years; 2019 is an empty text cell for the 32 cities that are not provinces
    List<Figure> figures = poiFigures("主要城市年度数据.xls", "地区");
    sameFigures(figures, read, true);
    assertEquals(36 * 5 - 32, read.size());
    assertEquals("210200", read.stream().filter(o -> o.region().shortName().equals("大连")).findFirst().orElseThrow()
        .region().code());
  }

  @Test
  void nationalAnnualDownloadsAsXlsxWithIndicatorRows() throws Exception {
    for (String name : List.of("国内生成总值年度数据.xlsx", "国内旅游情况年度数据.xlsx")) {
      List<Observation> read = read(new XlsxFormat(), name);
      sameFigures(domFigures(name), read, false);
      for (Observation o : read) {
        // the file has no 数据库 line: the region is not stated unless the options give one
        assertEquals(Region.NOT_STATED, o.region(), name);
        assertEquals("数据来源：国家统计局", o.note().orElseThrow(), name);
      }
    }
    assertEquals(6 * 18, read(new XlsxFormat(), "国内生成总值年度数据.xlsx").size());
  }
}
