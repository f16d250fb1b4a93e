package io.github.zhibiao.benchmarks;

import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 15: the .xlsx yearbook reader producing {@code Observation}s against a raw cell walk of
 * the same library (the JDK's StAX parser over the same sheet part: every {@code <c>} and its
 * {@code <v>} text, no layout, no binding). Goal: at least 0.5 of the baseline's cells per second.
 *
 * <p>The workbook is written once in setup: a yearbook table of {@value #ROWS} region rows (赤峰市's
 * districts, repeated) by {@value #YEARS} year columns, numbers as number cells, under a title, a
 * unit line and a header. One operation is one value cell.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExcelReadBenchmark {
  static final int ROWS = 20_000;
  static final int YEARS = 10;
  private static final String[] NAMES = {"红山区", "元宝山区", "松山区", "阿鲁科尔沁旗", "巴林左旗", "巴林右旗", "林西县",
      "克什克腾旗", "翁牛特旗", "喀喇沁旗", "宁城县", "敖汉旗"};
  Path file;
  DatasetReader zhibiao;

  /** Writes the workbook. */
  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("zhibiao-bench-", ".xlsx");
    file.toFile().deleteOnExit();
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
      put(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
      put(z, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"表1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      put(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      sb.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>赤峰市各旗县区粮食产量</t></is></c></row>");
      sb.append("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>单位：万吨</t></is></c></row>");
      sb.append("<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>地区</t></is></c>");
      for (int y = 0; y < YEARS; y++) {
        sb.append("<c t=\"inlineStr\"><is><t>").append(2014 + y).append("年</t></is></c>");
      }
      sb.append("</row>");
      for (int r = 0; r < ROWS; r++) {
        sb.append("<row r=\"").append(r + 4).append("\"><c t=\"inlineStr\"><is><t>").append(NAMES[r % NAMES.length])
            .append("</t></is></c>");
        for (int y = 0; y < YEARS; y++) {
          sb.append("<c><v>").append(100 + (r * 7 + y * 13) % 900).append('.').append((r + y) % 10).append("</v></c>");
        }
        sb.append("</row>");
      }
      sb.append("</sheetData></worksheet>");
      put(z, "xl/worksheets/sheet1.xml", sb.toString());
    }
  }

  private static void put(ZipOutputStream z, String name, String text) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(text.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }

  /** zhibiao: every value cell read into an {@code Observation}, fail-fast. */
  @Benchmark
  @OperationsPerInvocation(ROWS * YEARS)
  public void zhibiao(Blackhole bh) {
    if (zhibiao == null) {
      zhibiao = Readers.require("xlsx", "zhibiao-io-excel");
    }
    long n = 0;
    try (ObservationCursor cursor = Readers.cursor(zhibiao, file)) {
      while (cursor.hasNext()) {
        bh.consume(cursor.next());
        n++;
      }
    }
    Checks.rows("xlsx observations", n, (long) ROWS * YEARS);
  }

  /** The baseline: the JDK's StAX walk of the sheet part, every cell's value text. */
  @Benchmark
  @OperationsPerInvocation(ROWS * YEARS)
  public void rawCellWalk(Blackhole bh) throws Exception {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
      XMLStreamReader r = f.createXMLStreamReader(in, "UTF-8");
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && (r.getLocalName().equals("v") || r.getLocalName().equals("t"))) {
          bh.consume(r.getElementText());
        }
      }
    }
  }
}
