package io.github.zhibiao.benchmarks;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The io-sdmx reader comparisons of {@link SdmxReadBenchmark} measured in this thread's CPU time
 * rather than wall time, in alternating rounds (zhibiao, Jackson, zhibiao, …), for a machine too
 * busy for JMH's wall-clock scores: other processes take wall time, not this thread's CPU time.
 * Prints, per pair, each side's median CPU seconds per file and the ratio of the medians
 * (Jackson's CPU time over zhibiao's: zhibiao's throughput as a fraction of Jackson's).
 *
 * <p>Usage: {@code SdmxCpuCheck <data dir> [rounds]} (5 rounds after 2 warm-up rounds by default).
 */
public final class SdmxCpuCheck {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static long sink;

  private SdmxCpuCheck() {
  }

  /**
   * Runs the rounds and prints the table.
   *
   * @param args the data dir, and the number of measured rounds
   * @throws Exception if a file cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/target/data");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    System.setProperty("zhibiao.bench.data", dir.toString());
    Path csv = BenchData.file(BenchData.SDMX_CSV);
    Path json = BenchData.file(BenchData.SDMX_JSON);
    Path nbs = BenchData.file(BenchData.NBS_JSON);
    ObjectReader jacksonCsv = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build().readerFor(String[].class);
    JsonFactory factory = new JsonFactory();
    DatasetReader sdmxCsv = Readers.require("sdmx-csv", "zhibiao-io-sdmx");
    DatasetReader sdmxJson = Readers.require("sdmx-json", "zhibiao-io-sdmx");
    DatasetReader nbsJson = Readers.require("nbs-json", "zhibiao-io-sdmx");
    System.out.println("| comparison | zhibiao CPU s/file | Jackson CPU s/file | ratio (Jackson ÷ zhibiao) | rounds |");
    System.out.println("|---|---:|---:|---:|---:|");
    pair("SDMX-CSV → Observation vs Jackson CSV → String[] (" + BenchData.SDMX_CSV_ROWS + " rows)", rounds,
        () -> count(sdmxCsv, csv), () -> {
          long n = 0;
          try (InputStream in = Readers.open(csv); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
              MappingIterator<String[]> rows = jacksonCsv.readValues(r)) {
            while (rows.hasNext()) {
              sink += rows.next().length;
              n++;
            }
          }
          return n - 1;
        }, BenchData.SDMX_CSV_ROWS);
    pair("SDMX-JSON → Observation vs Jackson token walk (" + BenchData.SDMX_JSON_OBS + " observations)", rounds,
        () -> count(sdmxJson, json), () -> walk(factory, json, "dataSets", JsonToken.START_ARRAY, 8),
        BenchData.SDMX_JSON_OBS);
    pair("NBS JSON → Observation vs Jackson token walk (" + BenchData.NBS_NODES + " data nodes)", rounds,
        () -> count(nbsJson, nbs), () -> walk(factory, nbs, "datanodes", JsonToken.START_OBJECT, 4),
        BenchData.NBS_NODES);
    System.out.println("(sink " + (sink & 1) + ")");
  }

  private static void pair(String what, int rounds, Callable<Long> zhibiao, Callable<Long> jackson, long expected)
      throws Exception {
    List<Double> z = new ArrayList<>();
    List<Double> j = new ArrayList<>();
    for (int i = 0; i < rounds + 2; i++) {
      double zs = cpu(zhibiao, expected);
      double js = cpu(jackson, expected);
      if (i >= 2) {
        z.add(zs);
        j.add(js);
      }
    }
    double zm = median(z);
    double jm = median(j);
    System.out.println(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.2f× | %d |", what, zm, jm, jm / zm, rounds));
  }

  private static double cpu(Callable<Long> work, long expected) throws Exception {
    long t0 = THREADS.getCurrentThreadCpuTime();
    long n = work.call();
    long t1 = THREADS.getCurrentThreadCpuTime();
    Checks.rows("cpu check", n, expected);
    return (t1 - t0) / 1e9;
  }

  private static double median(List<Double> xs) {
    double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  }

  private static long count(DatasetReader reader, Path file) {
    long n = 0;
    try (ObservationCursor c = Readers.cursor(reader, file)) {
      while (c.hasNext()) {
        Observation o = c.next();
        sink += o.value().value().signum();
        n++;
      }
    }
    return n;
  }

  private static long walk(JsonFactory factory, Path file, String within, JsonToken counted, int depth)
      throws Exception {
    long n = 0;
    try (InputStream in = Readers.open(file); JsonParser p = factory.createParser(ObjectReadContext.empty(), in)) {
      JsonToken t;
      boolean inside = false;
      while ((t = p.nextToken()) != null) {
        sink += t.ordinal();
        if (t == JsonToken.PROPERTY_NAME && p.streamReadContext().getNestingDepth() == 2) {
          inside = within.equals(p.currentName());
        } else if (t == counted && inside && p.streamReadContext().getNestingDepth() == depth) {
          n++;
        }
      }
    }
    return n;
  }
}
