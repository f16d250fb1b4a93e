package io.github.zhibiao.spark;

import io.github.zhibiao.spark.examples.Bulletins;
import io.github.zhibiao.spark.examples.RegionalGrowthJob;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark benchmark harness (not a unit test: run it with {@code benchmarks/spark.sh}). Over one
 * generated input it times, in each round: zhibiao's own reader in one thread (every file through
 * {@code DatasetFormats.open}, lenient, observations counted), the data source's read (the plan's
 * rows counted, {@code queryExecution().toRdd().count()}, which builds every column of every row), its
 * {@code count()} (which prunes every column: the files are still read and every number checked) on
 * {@code local[1]} and {@code local[2]}, and
 * the example job's stages on {@code local[1]} and {@code local[2]}. The
 * first round warms up and is not counted. Each ratio is computed within a round (paired), and its
 * mean, standard deviation, minimum and maximum over the rounds are printed.
 *
 * <p>Arguments {@code key=value}: {@code in} (default {@code target/spark-bench/input}, generated when
 * absent), {@code indicators} (400: 5200 table rows a file), {@code from} (2014), {@code to} (2023),
 * {@code rounds} (5 counted rounds), {@code full} ({@code true} to time the whole job as well).
 *
 * <p>Besides the read, each round times the job's stages apart on {@code local[1]} and {@code local[2]}:
 * {@code etl} is {@link RegionalGrowthJob#normalise} (read, {@code zb_convert_value}, Parquet), {@code
 * checks} is {@link ZhibiaoChecks#check} over the Parquet output, counted; throughputs are observations
 * per second of the whole input.
 */
public final class SparkBenchmark {
  private SparkBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args {@code key=value} arguments
   * @throws IOException if the input cannot be generated or listed
   */
  public static void main(String[] args) throws IOException {
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      a.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    Path in = Path.of(a.getOrDefault("in", "target/spark-bench/input"));
    int rounds = Integer.parseInt(a.getOrDefault("rounds", "5"));
    if (!Files.exists(in)) {
      Bulletins.write(in, "150400", Integer.parseInt(a.getOrDefault("from", "2014")),
          Integer.parseInt(a.getOrDefault("to", "2023")), Integer.parseInt(a.getOrDefault("indicators", "400")));
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(in)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    System.out.printf(Locale.ROOT, "input: %d files, %.1f MB in %s; %d cores available%n", files.size(), bytes / 1e6, in,
        Runtime.getRuntime().availableProcessors());
    String out = in.resolveSibling("output").toString();
    boolean full = Boolean.parseBoolean(a.getOrDefault("full", "false"));
    // per round: zhibiao, read1, read2, etl1, etl2, checks1, checks2, job1, job2, count1, count2 (observations/s)
    List<double[]> results = new ArrayList<>();
    for (int round = 0; round <= rounds; round++) {
      double[] r = new double[11];
      long n = 0;
      long t0 = System.nanoTime();
      for (Path f : files) {
        try (ObservationCursor c = DatasetFormats.installed().open(f, ReadOptions.defaults().lenient())) {
          while (c.hasNext()) {
            c.next();
            n++;
          }
        }
      }
      r[0] = n / seconds(t0);
      for (int cores = 1; cores <= 2; cores++) {
        SparkSession spark = session(cores);
        try {
          spark.read().format("zhibiao").load(files.get(0).toString()).count(); // the session's first job
          long t1 = System.nanoTime();
          // every row built whole: the plan's own rows, no column pruned (count() would prune them all)
          long read = spark.read().format("zhibiao").option("mode", "lenient").load(in.toString())
              .queryExecution().toRdd().count();
          r[cores] = read / seconds(t1);
          long t5 = System.nanoTime();
          long counted = spark.read().format("zhibiao").option("mode", "lenient").load(in.toString()).count();
          r[8 + cores] = counted / seconds(t5);
          String o = out + "-" + cores;
          long t2 = System.nanoTime();
          RegionalGrowthJob.normalise(spark, in.toString(), o);
          r[2 + cores] = n / seconds(t2);
          long t3 = System.nanoTime();
          ZhibiaoChecks.check(spark.read().parquet(o + "/observations")).count();
          r[4 + cores] = n / seconds(t3);
          if (full) {
            long t4 = System.nanoTime();
            RegionalGrowthJob.Summary s = RegionalGrowthJob.run(spark, in.toString(), o);
            r[6 + cores] = s.observations() / seconds(t4);
            if (s.observations() != n) {
              throw new IllegalStateException("the job read " + s.observations() + " observations, zhibiao " + n);
            }
          }
          if (read != n || counted != n) {
            throw new IllegalStateException("Spark read " + read + " (counted " + counted + ") observations, zhibiao " + n);
          }
        } finally {
          spark.stop();
        }
      }
      System.out.printf(Locale.ROOT, "%s %d: %d observations/s; zhibiao reader %.0f; read local[1] %.0f, local[2] %.0f;"
          + " count (pruned) local[1] %.0f, local[2] %.0f; etl local[1] %.0f, local[2] %.0f; checks local[1] %.0f,"
          + " local[2] %.0f%s%n", round == 0 ? "warm-up" : "round", round, n, r[0], r[1], r[2], r[9], r[10], r[3], r[4],
          r[5], r[6],
          full ? String.format(Locale.ROOT, "; job local[1] %.0f, local[2] %.0f", r[7], r[8]) : "");
      if (round > 0) {
        results.add(r);
      }
    }
    report("read scaling, local[2] / local[1] (goal >= 1.7)", results, 2, 1);
    report("etl scaling, local[2] / local[1] (goal >= 1.7)", results, 4, 3);
    report("checks scaling, local[2] / local[1]", results, 6, 5);
    report("count (pruned) scaling, local[2] / local[1]", results, 10, 9);
    report("read local[1] / zhibiao reader (goal >= 0.8)", results, 1, 0);
    report("count (pruned) local[1] / zhibiao reader", results, 9, 0);
    report("etl local[1] / zhibiao reader (goal >= 0.8)", results, 3, 0);
    if (full) {
      report("job scaling, local[2] / local[1] (goal >= 1.7)", results, 8, 7);
      report("job local[1] / zhibiao reader", results, 7, 0);
    }
  }

  private static void report(String what, List<double[]> results, int num, int den) {
    double[] ratios = results.stream().mapToDouble(r -> r[num] / r[den]).toArray();
    double mean = java.util.Arrays.stream(ratios).average().orElse(Double.NaN);
    double var = java.util.Arrays.stream(ratios).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, ratios.length - 1);
    System.out.printf(Locale.ROOT, "%-52s mean %.2f, sd %.2f, min %.2f, max %.2f over %d rounds%n", what, mean,
        Math.sqrt(var), java.util.Arrays.stream(ratios).min().orElse(Double.NaN),
        java.util.Arrays.stream(ratios).max().orElse(Double.NaN), ratios.length);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static SparkSession session(int cores) {
    return SparkSession.builder().master("local[" + cores + "]").appName("zhibiao-spark-benchmark")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", Integer.toString(2 * cores))
        .config("spark.driver.host", "127.0.0.1").getOrCreate();
  }
}
