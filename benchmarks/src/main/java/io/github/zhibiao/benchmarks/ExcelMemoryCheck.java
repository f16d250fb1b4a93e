package io.github.zhibiao.benchmarks;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Issue 15: memory stays bounded on a 100 MB workbook. Writes (once, when it is missing) an .xlsx
 * of at least {@value #TARGET_BYTES} bytes, streamed straight into the zip: one sheet, a title, a
 * unit line, a two-row header with merged cells (地区 over two rows, 粮食产量 over the years), {@value #YEARS} year columns of number cells and
 * region rows whose labels are shared strings, and a 注 footer. Then streams it through the
 * installed {@code xlsx} reader, counting the observations and summing their values exactly, and
 * reports the peak heap. run.sh runs it in its own JVM with {@code -Xmx64m}, as {@link MemoryCheck}.
 *
 * <p>Peak heap is the sum over heap memory pools of {@link MemoryPoolMXBean#getPeakUsage()}
 * (an upper bound). Output: a human line on standard output and {@code key=value} lines in the
 * file given as second argument, with the {@code excel.} prefix.
 *
 * <p>Usage: {@code ExcelMemoryCheck <workbook.xlsx> <result.properties>}.
 */
public final class ExcelMemoryCheck {
  /** The workbook's least size in bytes: 100 MiB. */
  static final long TARGET_BYTES = 100L * 1024 * 1024;
  static final int YEARS = 12;
  private static final String[] NAMES = {"红山区", "元宝山区", "松山区", "阿鲁科尔沁旗", "巴林左旗", "巴林右旗", "林西县",
      "克什克腾旗", "翁牛特旗", "喀喇沁旗", "宁城县", "敖汉旗"};

  private ExcelMemoryCheck() {
  }

  /**
   * Runs the check.
   *
   * @param args the workbook (written when missing) and the properties file to write
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path xlsx = args.length > 0 ? Path.of(args[0]) : BenchData.dir().resolve("yearbook-100mb.xlsx");
    Path out = args.length > 1 ? Path.of(args[1]) : Path.of("benchmarks/target/memory-excel.properties");
    long expected = Files.isRegularFile(xlsx) ? rowsOf(xlsx) : write(xlsx);
    long max = Runtime.getRuntime().maxMemory();
    String status;
    long n = 0;
    BigDecimal sum = BigDecimal.ZERO;
    long t0 = System.nanoTime();
    try {
      DatasetReader reader = Readers.require("xlsx", "zhibiao-io-excel");
      try (ObservationCursor cursor = Readers.cursor(reader, xlsx)) {
        while (cursor.hasNext()) {
          Observation o = cursor.next();
          sum = sum.add(o.value().value());
          n++;
        }
      }
      status = n == expected * YEARS && sum.compareTo(expectedSum(expected)) == 0 ? "ok"
          : "wrong result (" + n + " observations, sum " + sum.toPlainString() + ")";
    } catch (IllegalStateException e) {
      status = "not run: " + e.getMessage();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    String line = String.format(java.util.Locale.ROOT,
        "excel memory check: %s, %d bytes, %d observations in %.1f s, peak heap %.1f MiB of max %.1f MiB",
        status, Files.size(xlsx), n, seconds, peak / 1048576.0, max / 1048576.0);
    System.out.println(line);
    Files.writeString(out, "excel.status=" + status.replace('\n', ' ') + "\nexcel.bytes=" + Files.size(xlsx)
        + "\nexcel.observations=" + n + "\nexcel.seconds=" + String.format(java.util.Locale.ROOT, "%.1f", seconds)
        + "\nexcel.peakHeapBytes=" + peak + "\nexcel.maxHeapBytes=" + max + "\n", StandardCharsets.UTF_8);
  }

  /** The value of row {@code r}, year {@code y}: a figure of up to five digits and one decimal. */
  static long tenths(long r, int y) {
    return (r * 7919 + y * 104729) % 1_000_000;
  }

  private static BigDecimal expectedSum(long rows) {
    long total = 0;
    for (long r = 0; r < rows; r++) {
      for (int y = 0; y < YEARS; y++) {
        total += tenths(r, y);
      }
    }
    return BigDecimal.valueOf(total, 1);
  }

  /** The data rows of a workbook this check wrote: kept in a side file next to it. */
  private static long rowsOf(Path xlsx) throws IOException {
    Path side = xlsx.resolveSibling(xlsx.getFileName() + ".rows");
    return Long.parseLong(Files.readString(side, StandardCharsets.UTF_8).strip());
  }

  /** Writes the workbook until its zip is at least {@link #TARGET_BYTES}; the number of data rows. */
  static long write(Path xlsx) throws IOException {
    Files.createDirectories(xlsx.toAbsolutePath().getParent());
    long rows = 0;
    try (CountingStream counted = new CountingStream(new BufferedOutputStream(Files.newOutputStream(xlsx), 1 << 16));
        ZipOutputStream z = new ZipOutputStream(counted)) {
      put(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
      put(z, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"表1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      put(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      StringBuilder ss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
      for (String name : NAMES) {
        ss.append("<si><t>").append(name).append("</t></si>");
      }
      put(z, "xl/sharedStrings.xml", ss.append("</sst>").toString());
      z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer w = new java.io.OutputStreamWriter(new NonClosing(z), StandardCharsets.UTF_8);
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      w.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>赤峰市各旗县区粮食产量</t></is></c></row>");
      w.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>单位：万吨</t></is></c></row>");
      w.write("<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>地区</t></is></c><c r=\"B3\" t=\"inlineStr\"><is><t>粮食产量"
          + "</t></is></c></row>");
      w.write("<row r=\"4\">");
      for (int y = 0; y < YEARS; y++) {
        w.write("<c r=\"" + column(y + 1) + "4\" t=\"inlineStr\"><is><t>" + (2000 + y) + "年</t></is></c>");
      }
      w.write("</row>");
      StringBuilder row = new StringBuilder(512);
      for (long r = 0; ; r++) {
        long excelRow = r + 5;
        row.setLength(0);
        row.append("<row r=\"").append(excelRow).append("\"><c r=\"A").append(excelRow).append("\" t=\"s\"><v>")
            .append(r % NAMES.length).append("</v></c>");
        for (int y = 0; y < YEARS; y++) {
          long t = tenths(r, y);
          row.append("<c r=\"").append(column(y + 1)).append(excelRow).append("\"><v>").append(t / 10);
          if (t % 10 != 0) {
            row.append('.').append(t % 10);
          }
          row.append("</v></c>");
        }
        w.append(row).append("</row>");
        rows++;
        if (rows % 10_000 == 0) {
          w.flush();
          if (counted.count >= TARGET_BYTES) {
            break;
          }
        }
      }
      w.write("<row r=\"" + (rows + 5) + "\"><c r=\"A" + (rows + 5) + "\" t=\"inlineStr\"><is><t>注：数据为生成的，"
          + "用于内存检查。</t></is></c></row>");
      w.write("</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A3:A4\"/><mergeCell ref=\"B3:"
          + column(YEARS) + "3\"/></mergeCells>"
          + "</worksheet>");
      w.flush();
      z.closeEntry();
    }
    Files.writeString(xlsx.resolveSibling(xlsx.getFileName() + ".rows"), Long.toString(rows), StandardCharsets.UTF_8);
    return rows;
  }

  private static String column(int c) {
    return String.valueOf((char) ('A' + c));
  }

  private static void put(ZipOutputStream z, String name, String text) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(text.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }

  /** Counts the bytes that reach the file. */
  private static final class CountingStream extends java.io.FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }

  /** Leaves the zip open when the sheet's writer is done with it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
