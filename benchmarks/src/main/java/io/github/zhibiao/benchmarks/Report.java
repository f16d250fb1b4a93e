package io.github.zhibiao.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results ({@code -rf json}) and the memory check's properties into the
 * Markdown table of issue 7: throughput of zhibiao and of its baseline, their ratio, the target,
 * whether it holds (only when the ratio's whole interval clears the target), and the allocation per operation ({@code gc.alloc.rate.norm}, from
 * {@code -prof gc}).
 *
 * <p>Usage: {@code Report <data dir> <memory.properties> <jmh.json>...}; prints the table.
 * Rows whose benchmarks did not run (a reader not installed yet) say so and count as not run.
 */
public final class Report {
  private static final String PKG = "io.github.zhibiao.benchmarks.";

  /** One benchmark result: score in ops/s and bytes allocated per op (or -1 when unknown). */
  record Result(double score, double error, double allocPerOp) {
  }

  private final Map<String, Result> results = new HashMap<>();
  /** Per pair (its {@code format} or {@code pair} parameter): the iterations of a paired benchmark. */
  private final Map<String, Paired> paired = new HashMap<>();
  private final List<String> rows = new ArrayList<>();
  private int passed;
  private int failed;
  private int missing;
  private int unclear;

  Report() {
  }

  /**
   * Prints the table.
   *
   * @param args data dir, memory properties file, then one or more JMH JSON result files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: Report <data dir> <memory.properties> <jmh.json>...");
      System.exit(2);
    }
    Report report = new Report();
    for (int i = 2; i < args.length; i++) {
      report.load(Path.of(args[i]));
    }
    System.out.print(report.table(Path.of(args[0]), Path.of(args[1])));
  }

  void load(Path json) throws IOException {
    if (!Files.isRegularFile(json)) {
      return;
    }
    JsonNode root = JsonMapper.builder().build().readTree(json.toFile());
    for (JsonNode run : root) {
      String name = run.get("benchmark").asString();
      if (name.startsWith(PKG)) {
        name = name.substring(PKG.length());
      }
      TreeMap<String, String> params = new TreeMap<>();
      JsonNode p = run.get("params");
      if (p != null) {
        for (Map.Entry<String, JsonNode> e : p.properties()) {
          params.put(e.getKey(), e.getValue().asString());
        }
      }
      JsonNode primary = run.get("primaryMetric");
      double alloc = -1;
      JsonNode secondary = run.get("secondaryMetrics");
      if (secondary != null && secondary.has("gc.alloc.rate.norm")) {
        alloc = secondary.get("gc.alloc.rate.norm").get("score").asDouble();
      }
      if ((name.equals("PairedReadBenchmark.pair") || name.equals("PairedMicroBenchmark.pair")) && secondary != null
          && secondary.has("zhibiao")) {
        String which = params.containsKey("format") ? params.get("format") : params.get("pair");
        paired.computeIfAbsent(which, k -> new Paired()).add(secondary);
        continue;
      }
      double error = primary.get("scoreError").isNumber() ? primary.get("scoreError").asDouble() : Double.NaN;
      results.put(key(name, params), new Result(primary.get("score").asDouble(), error, alloc));
    }
  }

  /**
   * The iterations of one paired benchmark ({@link PairedReadBenchmark}, {@link PairedMicroBenchmark}):
   * per iteration, each side's nanoseconds, operations and allocated bytes ({@link PairCounters}).
   */
  static final class Paired {
    // per iteration {zhibiao ns, baseline ns, z ops, b ops, z bytes, b bytes, z CPU ns, b CPU ns}
    final List<double[]> iterations = new ArrayList<>();
    private boolean cpu = true; // every iteration has both sides' CPU times

    void add(JsonNode secondary) {
      String[] names = {"zhibiao", "baseline", "zhibiaoOps", "baselineOps", "zhibiaoBytes", "baselineBytes",
          "zhibiaoCpu", "baselineCpu"};
      JsonNode first = secondary.get(names[0]).get("rawData");
      for (int fork = 0; fork < first.size(); fork++) {
        for (int it = 0; it < first.get(fork).size(); it++) {
          double[] row = new double[names.length];
          for (int i = 0; i < names.length; i++) {
            JsonNode m = secondary.get(names[i]);
            // a result of the first paired benchmark had times alone: one operation a side an invocation
            row[i] = m == null ? (i < 4 ? 1 : i < 6 ? -1 : Double.NaN) : m.get("rawData").get(fork).get(it).asDouble();
          }
          cpu &= !Double.isNaN(row[6]) && !Double.isNaN(row[7]) && row[6] > 0 && row[7] > 0;
          iterations.add(row);
        }
      }
    }

    int n() {
      return iterations.size();
    }

    /** Whether the ratios are of CPU time (else of wall-clock time, as the first paired results had). */
    boolean cpu() {
      return cpu;
    }

    /**
     * Each iteration's zhibiao throughput over the baseline's (the baseline's time per operation over
     * zhibiao's), in this thread's CPU time when every iteration has it.
     */
    List<Double> ratios() {
      return ratios(cpu);
    }

    /** As {@link #ratios()}, in wall-clock time. */
    List<Double> wallRatios() {
      return ratios(false);
    }

    private List<Double> ratios(boolean ofCpu) {
      int z = ofCpu ? 6 : 0;
      List<Double> r = new ArrayList<>();
      for (double[] i : iterations) {
        r.add((i[z + 1] / i[3]) / (i[z] / i[2]));
      }
      return r;
    }

    /** Each iteration's zhibiao time per operation over the baseline's (the cost). */
    List<Double> costs() {
      return ratios().stream().map(x -> 1 / x).toList();
    }

    /** As {@link #costs()}, in wall-clock time. */
    List<Double> wallCosts() {
      return wallRatios().stream().map(x -> 1 / x).toList();
    }

    /**
     * One side's throughput over all iterations (operations per second of the time the ratios use) with the
     * relative half-width of the 99 % interval of its iterations' throughputs, as a {@link Result};
     * allocation in bytes per operation.
     */
    Result side(boolean zhibiao) {
      int t = (cpu ? 6 : 0) + (zhibiao ? 0 : 1);
      int o = zhibiao ? 2 : 3;
      double ns = 0;
      double ops = 0;
      double bytes = 0;
      List<Double> rates = new ArrayList<>();
      for (double[] i : iterations) {
        ns += i[t];
        ops += i[o];
        bytes += i[o + 2];
        rates.add(i[o] / i[t] * 1e9);
      }
      Interval spread = rates.size() >= 2 ? Interval.ofPaired(rates) : null;
      double score = ops / ns * 1e9;
      double error = spread == null ? Double.NaN : (spread.high() - spread.ratio()) * score / spread.ratio();
      return new Result(score, error, bytes < 0 ? -1 : bytes / ops);
    }

    /** How the ratio was measured, after its interval: CPU or wall clock, n, and the other clock's figure. */
    String describe(boolean cost) {
      if (!cpu) {
        return ", paired, n = " + n();
      }
      Interval wall = Interval.ofPaired(cost ? wallCosts() : wallRatios());
      return ", paired, n = " + n() + ", thread CPU; wall clock " + wall.show("×");
    }
  }

  private static String key(String name, Map<String, String> params) {
    return params.isEmpty() ? name : name + params;
  }

  private Result get(String name, String param, String value) {
    return results.get(param == null ? name : name + "{" + param + "=" + value + "}");
  }

  String table(Path dataDir, Path memory) throws IOException {
    rows.clear();
    // 1, 2: readers; higher ratio is better. Each row takes its ratio, throughputs and allocation from the
    // paired benchmark when it ran, else from the unpaired benchmarks' scores (run by hand).
    throughput("1", "CSV: long-format reader → Observation vs Jackson 3 CSV → String[] (1M rows)",
        get("CsvReadBenchmark.zhibiao", null, null), get("CsvReadBenchmark.jackson", null, null),
        0.6, "rows/s", "B/row", paired.get("csv"));
    throughput("2", "JSON: native reader → Observation vs Jackson 3 token walk (1M observations)",
        get("JsonReadBenchmark.zhibiao", null, null), get("JsonReadBenchmark.jackson", null, null),
        0.5, "obs/s", "B/obs", paired.get("json"));
    for (String[] office : new String[][] {{"us-labor", "us-labor", "US BLS sample, 2.0, 12880 cells"},
        {"ssb-29843", "ssb", "Statistics Norway, 1.x bundle, 30240 cells"}}) {
      Paired p = paired.get("json-stat-" + office[1]);
      throughput("2b", "JSON-stat: reader → Observation vs Jackson 3 token walk (" + office[2] + ")",
          get("JsonStatReadBenchmark.zhibiao", "file", office[0]), get("JsonStatReadBenchmark.jackson", "file", office[0]),
          0.5, p == null ? "files/s" : "obs/s", p == null ? "B/file" : "B/obs", p);
    }
    String[][] pairs = {{"mu", "万亩 → 公顷"}, {"jin", "亿斤 → 万吨"}, {"yuan", "亿元 → 万元"}};
    for (String[] pair : pairs) {
      throughput("3", "Quantity.to " + pair[1] + " vs Indriya 2.2.4 (to + BigDecimal value)",
          get("ConversionBenchmark.zhibiao", "pair", pair[0]), get("ConversionBenchmark.indriya", "pair", pair[0]),
          20, "ops/s", "B/op", paired.get("to-" + pair[0] + "-indriya"));
    }
    for (String[] pair : pairs) {
      cost("3", "Quantity.to " + pair[1] + " vs bare BigDecimal × num ÷ den (cost)",
          get("ConversionBenchmark.zhibiao", "pair", pair[0]), get("ConversionBenchmark.floor", "pair", pair[0]),
          3, "ops/s", paired.get("to-" + pair[0] + "-floor"));
    }
    for (String[] pair : pairs) {
      info("3", "(info) Indriya `to` alone, " + pair[1] + ", value left as Indriya's number",
          get("ConversionBenchmark.zhibiao", "pair", pair[0]), get("ConversionBenchmark.indriyaToOnly", "pair", pair[0]),
          paired.get("to-" + pair[0] + "-indriyaToOnly"));
    }
    String[][] shapes = {{"livestock", "2210.6万头只"}, {"investment", "1,532.4亿元"}, {"grain", "130亿斤"},
        {"rate", "5.82%"}, {"count", "800余座"}};
    for (String[] shape : shapes) {
      cost("4", "Quantity.parse(\"" + shape[1] + "\") vs new BigDecimal(digits) (cost)",
          get("ParseBenchmark.zhibiao", "shape", shape[0]), get("ParseBenchmark.bigDecimal", "shape", shape[0]),
          4, "ops/s", paired.get("parse-" + shape[0]));
    }
    throughput("8", "SDMX-CSV: io-sdmx reader → Observation vs Jackson 3 CSV → String[] (1M rows)",
        get("SdmxReadBenchmark.csvZhibiao", null, null), get("SdmxReadBenchmark.csvJackson", null, null),
        0.5, "obs/s", "B/obs", paired.get("sdmx-csv"));
    throughput("8", "SDMX-JSON 2.0: io-sdmx reader → Observation vs Jackson 3 token walk (500k observations)",
        get("SdmxReadBenchmark.jsonZhibiao", null, null), get("SdmxReadBenchmark.jsonJackson", null, null),
        0.5, "obs/s", "B/obs", paired.get("sdmx-json"));
    throughput("8", "NBS portal JSON: io-sdmx reader → Observation vs Jackson 3 token walk (100k nodes)",
        get("SdmxReadBenchmark.nbsZhibiao", null, null), get("SdmxReadBenchmark.nbsJackson", null, null),
        0.5, "obs/s", "B/obs", paired.get("nbs-json"));
    memoryRow(memory);
    throughput("7", "Excel: .xlsx yearbook reader → Observation vs JDK StAX cell walk (200k cells)",
        get("ExcelReadBenchmark.zhibiao", null, null), get("ExcelReadBenchmark.rawCellWalk", null, null),
        0.5, "cells/s", "B/cell", paired.get("xlsx"));
    excelMemoryRow(memory.resolveSibling("memory-excel.properties"));
    textRow(get("TextExtractBenchmark.zhibiao", null, null), dataDir.resolve(BenchData.PROSE_TXT));

    StringBuilder out = new StringBuilder();
    out.append("| # | comparison | zhibiao | baseline | ratio | target | holds | zhibiao alloc | baseline alloc |\n");
    out.append("|---|---|---:|---:|---:|---|---|---:|---:|\n");
    rows.forEach(r -> out.append(r).append('\n'));
    out.append('\n').append(String.format(Locale.ROOT,
        "Targets: %d hold, %d missed, %d unclear, %d not run. Ratios show their interval: for a paired row, the"
            + " mean of the paired iterations' ratios (each iteration runs both sides in turn, a read or a batch of"
            + " about 1 ms, or of reads filling about 250 ms, each) with its 99 %% interval over the n iterations shown,"
            + " in this thread's CPU time (the wall-clock figure follows it), and the throughputs (per second of that"
            + " CPU time, ± the 99 %% interval of the iterations') and allocations are each side's own in those"
            + " iterations; for an unpaired"
            + " row, the interval each score's 99.9 %% confidence interval allows. A target holds only when the whole"
            + " interval clears it.%n",
        passed, failed, unclear, missing));
    return out.toString();
  }

  /**
   * zhibiao ÷ baseline throughput, must be at least {@code target}: holds when the whole interval does.
   * With a paired benchmark's iterations, the ratio is the mean of theirs with its 99 % interval and the
   * throughputs and allocations are each side's in those iterations; without, the unpaired scores' quotient
   * with the interval their 99.9 % confidence intervals allow.
   */
  private void throughput(String n, String what, Result z, Result b, double target, String unit, String allocUnit,
      Paired p) {
    boolean isPaired = p != null && p.n() >= 2;
    if (isPaired) {
      z = p.side(true);
      b = p.side(false);
    }
    if (z == null || b == null) {
      notRun(n, what, z, b, "≥ " + fmt(target) + "×", unit);
      return;
    }
    Interval ratio = isPaired ? Interval.ofPaired(p.ratios()) : Interval.quotient(z, b);
    Verdict v = ratio.low() >= target ? Verdict.HOLDS : ratio.high() < target ? Verdict.MISSED : Verdict.UNCLEAR;
    String shown = ratio.show("×") + (isPaired ? p.describe(false) : ", unpaired");
    row(n, what, rate(z, unit), rate(b, unit), shown, "≥ " + fmt(target) + "×", v, alloc(z, allocUnit),
        alloc(b, allocUnit));
  }

  /**
   * zhibiao's cost (time per operation) ÷ the baseline's, must be at most {@code target}: holds when the whole
   * interval does; paired or not as in {@link #throughput}.
   */
  private void cost(String n, String what, Result z, Result b, double target, String unit, Paired p) {
    boolean isPaired = p != null && p.n() >= 2;
    if (isPaired) {
      z = p.side(true);
      b = p.side(false);
    }
    if (z == null || b == null) {
      notRun(n, what, z, b, "cost ≤ " + fmt(target) + "×", unit);
      return;
    }
    Interval ratio = isPaired ? Interval.ofPaired(p.costs()) : Interval.quotient(b, z);
    Verdict v = ratio.high() <= target ? Verdict.HOLDS : ratio.low() > target ? Verdict.MISSED : Verdict.UNCLEAR;
    String shown = ratio.show("× cost") + (isPaired ? p.describe(true) : ", unpaired");
    row(n, what, rate(z, unit), rate(b, unit), shown, "cost ≤ " + fmt(target) + "×", v,
        alloc(z, "B/op"), alloc(b, "B/op"));
  }

  /** Whether a target holds: only when the ratio's whole interval clears it. */
  enum Verdict { HOLDS, MISSED, UNCLEAR }

  /**
   * A ratio of two JMH scores with the interval their 99.9 % confidence intervals allow: the
   * lowest numerator over the highest denominator, up to the highest over the lowest (unbounded
   * when the denominator's interval reaches zero). Without an error, the interval is the ratio.
   */
  record Interval(double ratio, double low, double high) {
    static Interval quotient(Result num, Result den) {
      double en = Double.isNaN(num.error()) ? 0 : num.error();
      double ed = Double.isNaN(den.error()) ? 0 : den.error();
      double low = Math.max(0, num.score() - en) / (den.score() + ed);
      double high = den.score() - ed <= 0 ? Double.POSITIVE_INFINITY : (num.score() + en) / (den.score() - ed);
      return new Interval(num.score() / den.score(), low, high);
    }

    /**
     * The mean of paired ratios with its 99 % interval, mean ± t(0.995, n − 1) · s / √n (Student's t,
     * which the iterations' ratios follow closely enough: each is a ratio of two sums of several reads).
     */
    static Interval ofPaired(List<Double> ratios) {
      int n = ratios.size();
      double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      double ss = 0;
      for (double r : ratios) {
        ss += (r - mean) * (r - mean);
      }
      double half = t995(n - 1) * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
      return new Interval(mean, mean - half, mean + half);
    }

    /** Student's t for a two-sided 99 % interval with {@code df} degrees of freedom. */
    static double t995(int df) {
      double[] table = {63.657, 9.925, 5.841, 4.604, 4.032, 3.707, 3.499, 3.355, 3.250, 3.169, 3.106, 3.055, 3.012,
          2.977, 2.947, 2.921, 2.898, 2.878, 2.861, 2.845, 2.831, 2.819, 2.807, 2.797, 2.787, 2.779, 2.771, 2.763,
          2.756, 2.750};
      return df <= table.length ? table[df - 1] : 2.576;
    }

    String show(String suffix) {
      return fmt(ratio) + suffix + " (" + fmt(low) + "–" + (Double.isInfinite(high) ? "∞" : fmt(high)) + ")";
    }
  }

  private void info(String n, String what, Result z, Result b, Paired p) {
    boolean isPaired = p != null && p.n() >= 2;
    if (isPaired) {
      z = p.side(true);
      b = p.side(false);
    }
    if (z == null || b == null) {
      return;
    }
    String ratio = isPaired ? Interval.ofPaired(p.ratios()).show("×") + p.describe(false)
        : fmt(z.score() / b.score()) + "×, unpaired";
    rows.add("| " + n + " | " + what + " | " + rate(z, "ops/s") + " | " + rate(b, "ops/s") + " | "
        + ratio + " | – | – | " + alloc(z, "B/op") + " | " + alloc(b, "B/op") + " |");
  }

  private void memoryRow(Path memory) throws IOException {
    String what = "Memory: stream 5M-row CSV, count and sum by indicator, `-Xmx64m`";
    if (!Files.isRegularFile(memory)) {
      missing++;
      rows.add("| 5 | " + what + " | not run | – | – | completes | not run | – | – |");
      return;
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(memory, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    String status = p.getProperty("status", "?");
    if (status.startsWith("not run")) {
      missing++;
      rows.add("| 5 | " + what + " | not run (" + status.substring("not run".length()).replaceFirst("^: ", "")
          .replace("|", "/") + ") | – | – | completes | not run | – | – |");
      return;
    }
    boolean ok = status.equals("ok");
    double peakMb = Long.parseLong(p.getProperty("peakHeapBytes", "0")) / 1048576.0;
    String cell = String.format(Locale.ROOT, "%s rows in %s s, peak heap %.1f MiB", grouped(p.getProperty("rows", "0")),
        p.getProperty("seconds", "?"), peakMb);
    row("5", what, cell, "–", "–", "completes (" + status + ")", ok ? Verdict.HOLDS : Verdict.MISSED, "–", "–");
  }

  private void excelMemoryRow(Path memory) throws IOException {
    String what = "Memory: stream a 100 MB .xlsx yearbook sheet, sum the values, `-Xmx64m`";
    if (!Files.isRegularFile(memory)) {
      missing++;
      rows.add("| 8 | " + what + " | not run | – | – | completes | not run | – | – |");
      return;
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(memory, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    String status = p.getProperty("excel.status", "?");
    if (status.startsWith("not run")) {
      missing++;
      rows.add("| 8 | " + what + " | not run (" + status.substring("not run".length()).replaceFirst("^: ", "")
          .replace("|", "/") + ") | – | – | completes | not run | – | – |");
      return;
    }
    double peakMb = Long.parseLong(p.getProperty("excel.peakHeapBytes", "0")) / 1048576.0;
    double fileMb = Long.parseLong(p.getProperty("excel.bytes", "0")) / 1048576.0;
    String cell = String.format(Locale.ROOT, "%.0f MiB file, %s observations in %s s, peak heap %.1f MiB", fileMb,
        grouped(p.getProperty("excel.observations", "0")), p.getProperty("excel.seconds", "?"), peakMb);
    row("8", what, cell, "–", "–", "completes (" + status + ")", status.equals("ok") ? Verdict.HOLDS : Verdict.MISSED,
        "–", "–");
  }

  private void textRow(Result z, Path prose) throws IOException {
    String what = "Text extraction (io-text) over generated report prose";
    if (z == null || !Files.isRegularFile(prose)) {
      missing++;
      rows.add("| 6 | " + what + " | not run (io-text not installed) | – | – | ≥ 1 MB/s | not run | – | – |");
      return;
    }
    double mbPerSecond = z.score() * Files.size(prose) / 1e6;
    boolean ok = mbPerSecond >= 1;
    row("6", what, String.format(Locale.ROOT, "%.2f MB/s", mbPerSecond), "–", "–", "≥ 1 MB/s",
        ok ? Verdict.HOLDS : Verdict.MISSED, alloc(z, "B/file"), "–");
  }

  private void notRun(String n, String what, Result z, Result b, String target, String unit) {
    missing++;
    rows.add("| " + n + " | " + what + " | " + (z == null ? "not run" : rate(z, unit)) + " | "
        + (b == null ? "not run" : rate(b, unit)) + " | – | " + target + " | not run | "
        + (z == null ? "–" : alloc(z, "B/op")) + " | " + (b == null ? "–" : alloc(b, "B/op")) + " |");
  }

  private void row(String n, String what, String z, String b, String ratio, String target, Verdict v, String za,
      String ba) {
    switch (v) {
      case HOLDS -> passed++;
      case MISSED -> failed++;
      default -> unclear++;
    }
    String shown = switch (v) {
      case HOLDS -> "yes";
      case MISSED -> "**no**";
      default -> "unclear (the interval straddles the target)";
    };
    rows.add("| " + n + " | " + what + " | " + z + " | " + b + " | " + ratio + " | " + target + " | "
        + shown + " | " + za + " | " + ba + " |");
  }

  private static String rate(Result r, String unit) {
    double s = r.score();
    String pct = Double.isNaN(r.error()) || s == 0 ? "" : String.format(Locale.ROOT, " ±%.0f%%", 100 * r.error() / s);
    if (s >= 1e6) {
      return String.format(Locale.ROOT, "%.2f M %s%s", s / 1e6, unit, pct);
    } else if (s >= 1e3) {
      return String.format(Locale.ROOT, "%.1f k %s%s", s / 1e3, unit, pct);
    }
    return String.format(Locale.ROOT, "%.2f %s%s", s, unit, pct);
  }

  private static String alloc(Result r, String unit) {
    return r.allocPerOp() < 0 ? "–" : String.format(Locale.ROOT, "%.0f %s", r.allocPerOp(), unit);
  }

  private static String fmt(double d) {
    return d >= 10 ? String.format(Locale.ROOT, "%.1f", d) : String.format(Locale.ROOT, "%.2f", d);
  }

  private static String grouped(String digits) {
    try {
      return String.format(Locale.ROOT, "%,d", Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return digits;
    }
  }
}
