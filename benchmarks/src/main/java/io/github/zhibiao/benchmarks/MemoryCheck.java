package io.github.zhibiao.benchmarks;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Issue 7, comparison 5: streams the {@value BenchData#MEMORY_ROWS}-row CSV through the
 * installed {@code csv} reader, counting and summing observations by indicator (values summed
 * in each indicator's own unit, exactly), and reports the peak heap. run.sh runs it in its own
 * JVM with {@code -Xmx64m}.
 *
 * <p>Peak heap is the sum over heap memory pools of {@link MemoryPoolMXBean#getPeakUsage()}
 * (an upper bound: pools peak at different times). Output: a human line on standard output and
 * {@code key=value} lines in the file given as second argument.
 *
 * <p>Usage: {@code MemoryCheck <csv> <result.properties>}.
 */
public final class MemoryCheck {
  private MemoryCheck() {
  }

  /**
   * Runs the check.
   *
   * @param args the CSV to read and the properties file to write
   * @throws IOException if the result cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path csv = args.length > 0 ? Path.of(args[0]) : BenchData.file(BenchData.MEMORY_CSV);
    Path out = args.length > 1 ? Path.of(args[1]) : Path.of("benchmarks/target/memory.properties");
    long max = Runtime.getRuntime().maxMemory();
    String status;
    long rows = 0;
    Map<String, long[]> counts = new HashMap<>();
    Map<String, BigDecimal> sums = new HashMap<>();
    long t0 = System.nanoTime();
    try {
      DatasetReader reader = Readers.require("csv", "zhibiao-io-csv");
      try (ObservationCursor cursor = Readers.cursor(reader, csv)) {
        while (cursor.hasNext()) {
          Observation o = cursor.next();
          String code = o.indicator().code();
          counts.computeIfAbsent(code, k -> new long[1])[0]++;
          sums.merge(code, o.value().value(), BigDecimal::add);
          rows++;
        }
      }
      status = rows == BenchData.MEMORY_ROWS ? "ok" : "wrong row count";
    } catch (IllegalStateException e) {
      status = "not run: " + e.getMessage();
    } catch (OutOfMemoryError e) {
      status = "OutOfMemoryError after " + rows + " rows";
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("memory check: %s, %,d rows, %d indicators, %.1f s, peak heap %.1f MB of max %.1f MB%n",
        status, rows, counts.size(), seconds, peak / 1048576.0, max / 1048576.0);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, "status=" + status.replace('\n', ' ') + "\nrows=" + rows + "\nindicators=" + counts.size()
        + "\nseconds=" + String.format(java.util.Locale.ROOT, "%.1f", seconds) + "\npeakHeapBytes=" + peak
        + "\nmaxHeapBytes=" + max + "\n", StandardCharsets.UTF_8);
    if (!status.equals("ok")) {
      System.exit(status.startsWith("not run") ? 0 : 1);
    }
  }
}
