package io.github.zhibiao.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's verdicts from made-up JMH results: a target holds only when the ratio's whole interval clears it. */
class ReportTest {

  private static String run(String name, double score, double error) {
    return run(name, "{}", score, error);
  }

  private static String run(String name, String params, double score, double error) {
    return "{\"benchmark\":\"io.github.zhibiao.benchmarks." + name + "\",\"params\":" + params
        + ",\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":" + error + "}}";
  }

  private static String table(Path dir, String... runs) throws Exception {
    Path json = dir.resolve("jmh.json");
    Files.writeString(json, "[" + String.join(",", runs) + "]", StandardCharsets.UTF_8);
    Report r = new Report();
    r.load(json);
    return r.table(dir, dir.resolve("memory.properties"));
  }

  @Test
  void aRatioWhoseIntervalClearsTheTargetHolds(@TempDir Path dir) throws Exception {
    String t = table(dir, run("CsvReadBenchmark.zhibiao", 800, 8), run("CsvReadBenchmark.jackson", 1000, 10));
    // 0.80, from 792/1010 = 0.78 to 808/990 = 0.82, all above 0.60
    assertTrue(t.contains("| 0.80× (0.78–0.82), unpaired | ≥ 0.60× | yes |"), t);
  }

  @Test
  void aRatioWhoseIntervalStraddlesTheTargetIsUnclear(@TempDir Path dir) throws Exception {
    String t = table(dir, run("JsonReadBenchmark.zhibiao", 530, 60), run("JsonReadBenchmark.jackson", 1000, 100));
    // 0.53 on its own would hold against 0.50, but 470/1100 = 0.43 … 590/900 = 0.66 straddles it
    assertTrue(t.contains("| 0.53× (0.43–0.66), unpaired | ≥ 0.50× | unclear (the interval straddles the target) |"), t);
    assertTrue(t.contains("0 hold, 0 missed, 1 unclear"), t);
  }

  @Test
  void aRatioWhollyOnTheWrongSideIsMissedAndCostsAreUpperBounds(@TempDir Path dir) throws Exception {
    String t = table(dir, run("JsonReadBenchmark.zhibiao", 300, 3), run("JsonReadBenchmark.jackson", 1000, 10),
        run("ParseBenchmark.zhibiao", "{\"shape\":\"rate\"}", 100, 50),
        run("ParseBenchmark.bigDecimal", "{\"shape\":\"rate\"}", 300, 0));
    assertTrue(t.contains("| 0.30× (0.29–0.31), unpaired | ≥ 0.50× | **no** |"), t);
    // cost 300/100 = 3.00, but 300/150 = 2.00 … 300/50 = 6.00 reaches past 4
    assertTrue(t.contains("| 3.00× cost (2.00–6.00), unpaired | cost ≤ 4.00× | unclear"), t);
  }

  @Test
  void theSdmxReadersHaveTheirRows(@TempDir Path dir) throws Exception {
    String t = table(dir, run("SdmxReadBenchmark.csvZhibiao", 400, 4), run("SdmxReadBenchmark.csvJackson", 1000, 10),
        run("SdmxReadBenchmark.nbsZhibiao", 600, 6), run("SdmxReadBenchmark.nbsJackson", 1000, 10));
    // 0.40, from 396/1010 = 0.39 to 404/990 = 0.41: below 0.50
    assertTrue(t.contains("SDMX-CSV: io-sdmx reader"), t);
    assertTrue(t.contains("| 0.40× (0.39–0.41), unpaired | ≥ 0.50× | **no** |"), t);
    assertTrue(t.contains("| 0.60× (0.59–0.61), unpaired | ≥ 0.50× | yes |"), t);
    assertTrue(t.contains("SDMX-JSON 2.0: io-sdmx reader → Observation vs Jackson 3 token walk (500k observations) | not run"), t);
  }

  private static String paired(String format, double[] zhibiaoNanos, double[] baselineNanos) {
    StringBuilder z = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < zhibiaoNanos.length; i++) {
      z.append(i > 0 ? "," : "").append(zhibiaoNanos[i]);
      b.append(i > 0 ? "," : "").append(baselineNanos[i]);
    }
    return "{\"benchmark\":\"io.github.zhibiao.benchmarks.PairedReadBenchmark.pair\",\"params\":{\"format\":\"" + format
        + "\"},\"primaryMetric\":{\"score\":0.5,\"scoreError\":0.1},\"secondaryMetrics\":{\"zhibiao\":{\"rawData\":[["
        + z + "]]},\"baseline\":{\"rawData\":[[" + b + "]]}}}";
  }

  @Test
  void pairedIterationsGiveTheRatioAndItsIntervalEvenWhenEachSideDrifts(@TempDir Path dir) throws Exception {
    // The machine slows down by half between iterations; each side alone is noisy (±50 %), their ratio is not:
    // 0.80, 0.78, 0.82, 0.80 → mean 0.80, s = 0.01633, 99 % half-width 5.841 · 0.01633 / 2 = 0.0477
    String t = table(dir, run("JsonReadBenchmark.zhibiao", 800, 400), run("JsonReadBenchmark.jackson", 1000, 500),
        paired("json", new double[] {1000, 2000, 1000, 3000}, new double[] {800, 1560, 820, 2400}));
    assertTrue(t.contains("| 0.80× (0.75–0.85), paired, n = 4 | ≥ 0.50× | yes |"), t);
  }

  private static String counters(String benchmark, String param, String value, double[][] perIteration) {
    String[] names = {"zhibiao", "baseline", "zhibiaoOps", "baselineOps", "zhibiaoBytes", "baselineBytes",
        "zhibiaoCpu", "baselineCpu"};
    StringBuilder m = new StringBuilder();
    for (int i = 0; i < perIteration[0].length; i++) {
      StringBuilder raw = new StringBuilder();
      for (int it = 0; it < perIteration.length; it++) {
        raw.append(it > 0 ? "," : "").append(perIteration[it][i]);
      }
      m.append(i > 0 ? "," : "").append('"').append(names[i]).append("\":{\"rawData\":[[").append(raw).append("]]}");
    }
    return "{\"benchmark\":\"io.github.zhibiao.benchmarks." + benchmark + ".pair\",\"params\":{\"" + param + "\":\""
        + value + "\"},\"primaryMetric\":{\"score\":1,\"scoreError\":1},\"secondaryMetrics\":{" + m + "}}";
  }

  @Test
  void aPairedMicroRowIsACostPerOperationWithEachSidesThroughputAndAllocation(@TempDir Path dir) throws Exception {
    // two iterations; zhibiao 20 and 40 parses in 2000 and 4000 ns (100 ns each), the floor 50 and 100 in 2000 and
    // 4000 ns (40 ns each): cost 2.50 in both, so an interval of no width, below the target of 4
    String t = table(dir, counters("PairedMicroBenchmark", "pair", "parse-rate", new double[][] {
        {2000, 2000, 20, 50, 1280, 3500}, {4000, 4000, 40, 100, 2560, 7000}}));
    assertTrue(t.contains("| Quantity.parse(\"5.82%\") vs new BigDecimal(digits) (cost) | 10.00 M ops/s ±0% | 25.00 M ops/s ±0% "
        + "| 2.50× cost (2.50–2.50), paired, n = 2 | cost ≤ 4.00× | yes | 64 B/op | 70 B/op |"), t);
  }

  @Test
  void aPairedReaderRowUsesTheIterationsOwnCountsEvenWhenTheUnpairedScoresSayOtherwise(@TempDir Path dir)
      throws Exception {
    // the unpaired scores alone would give 0.60 (holds); the pairs say 0.20, 0.25, 0.15 → mean 0.20, s = 0.05,
    // 99 % half-width 9.925 · 0.05 / √3 = 0.2865: from -0.09 to 0.49, wholly below 0.50
    String t = table(dir, run("SdmxReadBenchmark.jsonZhibiao", 600, 6), run("SdmxReadBenchmark.jsonJackson", 1000, 10),
        counters("PairedReadBenchmark", "format", "sdmx-json", new double[][] {
            {1000, 200, 500, 500, 5000, 50}, {800, 200, 500, 500, 5000, 50}, {2000, 300, 500, 500, 5000, 50}}));
    assertTrue(t.contains("| 0.20× (-0.09–0.49), paired, n = 3 | ≥ 0.50× | **no** | 10 B/obs | 0 B/obs |"), t);
  }

  @Test
  void withCpuTimesTheRatioIsOfCpuTimeAndTheWallClockOneFollows(@TempDir Path dir) throws Exception {
    // wall clock: 0.25 and 0.75 (another process took the machine during zhibiao's part of the first iteration
    // and during the baseline's part of the second), mean 0.50, s = 0.354, 99 % half-width 63.657 · 0.354 / √2 = 15.9; CPU: 0.40
    // and 0.40, no width
    String t = table(dir, counters("PairedReadBenchmark", "format", "nbs-json", new double[][] {
        {1000, 250, 100, 100, 0, 0, 500, 200}, {1000, 750, 100, 100, 0, 0, 500, 200}}));
    assertTrue(t.contains("| 0.40× (0.40–0.40), paired, n = 2, thread CPU; wall clock 0.50× (-15.41–16.4) | ≥ 0.50× "
        + "| **no** |"), t);
    // throughput per second of CPU time: 200 operations in 1000 ns of zhibiao's CPU
    assertTrue(t.contains("| 200.00 M obs/s ±0% | 500.00 M obs/s ±0% |"), t);
  }

  @Test
  void theStudentQuantilesAreTheTablesOnes() {
    org.junit.jupiter.api.Assertions.assertEquals(3.106, Report.Interval.t995(11), 1e-9);
    org.junit.jupiter.api.Assertions.assertEquals(2.576, Report.Interval.t995(1000), 1e-9);
  }

  @Test
  void theExcelPairAndItsMemoryRow(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("memory-excel.properties"), "excel.status=ok\nexcel.bytes=104857600\n"
        + "excel.observations=18000000\nexcel.seconds=30.5\nexcel.peakHeapBytes=41943040\n", StandardCharsets.UTF_8);
    String t = table(dir, run("ExcelReadBenchmark.zhibiao", 1_500_000, 15_000),
        run("ExcelReadBenchmark.rawCellWalk", 2_500_000, 25_000));
    // 0.60, from 1485000/2525000 = 0.588 to 1515000/2475000 = 0.612
    assertTrue(t.contains("| 7 | Excel: .xlsx yearbook reader"), t);
    assertTrue(t.contains("| 0.60× (0.59–0.61), unpaired | ≥ 0.50× | yes |"), t);
    assertTrue(t.contains("| 8 | Memory: stream a 100 MB .xlsx yearbook sheet, sum the values, `-Xmx64m` | 100 MiB file, "
        + "18,000,000 observations in 30.5 s, peak heap 40.0 MiB | – | – | completes (ok) | yes |"), t);
  }
}
