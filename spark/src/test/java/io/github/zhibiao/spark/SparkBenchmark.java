package io.github.zhibiao.spark;

import io.github.zhibiao.spark.examples.Bulletins;
import io.github.zhibiao.spark.examples.RegionalGrowthJob;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark benchmark harness (not a unit test: run it with {@code benchmarks/spark.sh}). Over one
 * generated input it times, in each round: zhibiao's own reader in one thread (every file through
 * {@code DatasetFormats.open}, lenient, observations counted) and on two threads of a fixed pool (the same
 * files, each thread taking the next file not yet taken: what this machine's second core gives the plain
 * reader, the ceiling the Spark scaling is held against), the reader with the rows a task builds (each
 * observation a row of every column, copied into an {@code UnsafeRow} by Spark's projection, one thread,
 * no Spark job: what the read costs on one core before Spark's scheduling), the data source's read (the plan's
 * rows counted, {@code queryExecution().toRdd().count()}, which builds every column of every row), its
 * {@code count()} (which prunes every column: the files are still read and every number checked) on
 * {@code local[1]} and {@code local[2]}, and
 * the example job's stages on {@code local[1]} and {@code local[2]}. The
 * first round warms up and is not counted. Each ratio is computed within a round (paired), and its
 * mean, standard deviation, minimum and maximum over the rounds are printed.
 *
 * <p>Arguments {@code key=value}: {@code in} (default {@code target/spark-bench/input}, generated when
 * absent), {@code indicators} (400: 5200 table rows a file), {@code from} (2014), {@code to} (2023),
 * {@code rounds} (5 counted rounds), {@code full} ({@code true} to time the whole job as well), {@code only}
 * (a comma-separated subset of {@code reader2,rows,read,count,etl,checks}; the one-thread reader always runs, since
 * every ratio is paired with it: for a profile of one contender).
 *
 * <p>Each round also prints the bytes allocated and the CPU time per observation (summed over the live
 * threads' HotSpot counters) and the collectors' time of the readers and the full read; the first line names the JVM's
 * garbage collectors. The JVM's options are {@code spark.sh}'s {@code JVM_OPTS} (e.g. {@code
 * -XX:+UseParallelGC}).
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
    Set<String> only = a.containsKey("only") ? Set.of(a.get("only").split(",")) : ALL;
    System.out.printf(Locale.ROOT, "JVM: %s; garbage collectors %s; heap max %d MB; contenders %s%n",
        ManagementFactory.getRuntimeMXBean().getVmVersion(),
        ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList(),
        Runtime.getRuntime().maxMemory() >> 20, only.containsAll(ALL) ? "all" : new TreeSet<>(only));
    // per round: zhibiao, read1, read2, etl1, etl2, checks1, checks2, job1, job2, count1, count2, zhibiao on 2
    // threads (observations/s); then bytes allocated per observation and GC milliseconds of zhibiao, zhibiao on 2
    // threads, read1, read2
    List<double[]> results = new ArrayList<>();
    for (int round = 0; round <= rounds; round++) {
      double[] r = new double[28];
      long n;
      Cost c0 = Cost.start();
      long t0 = System.nanoTime();
      n = readAll(files);
      r[0] = n / seconds(t0);
      c0.end(r, 12, 21, n);
      if (only.contains("reader2")) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Cost c = Cost.start();
        long t = System.nanoTime();
        long n2 = readAll(files, pool, 2);
        r[11] = n2 / seconds(t);
        c.end(r, 14, 22, n2); // before the pool's threads end, so that their counters are still there
        pool.shutdown();
        if (n2 != n) {
          throw new IllegalStateException("zhibiao on 2 threads read " + n2 + " observations, on one " + n);
        }
      }
      if (only.contains("rows")) {
        Cost c = Cost.start();
        long t = System.nanoTime();
        long built = buildAll(files);
        r[20] = built / seconds(t);
        c.end(r, 26, 25, built);
        check("rows", built, n);
      }
      for (int cores = 1; cores <= 2; cores++) {
        SparkSession spark = session(cores);
        try {
          spark.read().format("zhibiao").load(files.get(0).toString()).count(); // the session's first job
          if (only.contains("read")) {
            Cost c = Cost.start();
            long t1 = System.nanoTime();
            // every row built whole: the plan's own rows, no column pruned (count() would prune them all)
            long read = spark.read().format("zhibiao").option("mode", "lenient").load(in.toString())
                .queryExecution().toRdd().count();
            r[cores] = read / seconds(t1);
            c.end(r, 14 + 2 * cores, 22 + cores, read);
            check("read", read, n);
          }
          if (only.contains("count")) {
            long t5 = System.nanoTime();
            long counted = spark.read().format("zhibiao").option("mode", "lenient").load(in.toString()).count();
            r[8 + cores] = counted / seconds(t5);
            check("count", counted, n);
          }
          String o = out + "-" + cores;
          if (only.contains("etl") || only.contains("checks")) {
            long t2 = System.nanoTime();
            RegionalGrowthJob.normalise(spark, in.toString(), o);
            r[2 + cores] = n / seconds(t2);
          }
          if (only.contains("checks")) {
            long t3 = System.nanoTime();
            ZhibiaoChecks.check(spark.read().parquet(o + "/observations")).count();
            r[4 + cores] = n / seconds(t3);
          }
          if (full) {
            long t4 = System.nanoTime();
            RegionalGrowthJob.Summary s = RegionalGrowthJob.run(spark, in.toString(), o);
            r[6 + cores] = s.observations() / seconds(t4);
            check("the job", s.observations(), n);
          }
        } finally {
          spark.stop();
        }
      }
      System.out.printf(Locale.ROOT, "%s %d: %d observations/s; zhibiao reader %.0f, on 2 threads %.0f; read local[1] %.0f,"
          + " local[2] %.0f; count (pruned) local[1] %.0f, local[2] %.0f; etl local[1] %.0f, local[2] %.0f; checks"
          + " local[1] %.0f, local[2] %.0f%s%n", round == 0 ? "warm-up" : "round", round, n, r[0], r[11], r[1], r[2],
          r[9], r[10], r[3], r[4], r[5], r[6],
          full ? String.format(Locale.ROOT, "; job local[1] %.0f, local[2] %.0f", r[7], r[8]) : "");
      if (r[20] > 0) {
        System.out.printf(Locale.ROOT, "  zhibiao reader and the rows Spark's projection makes, one thread: %.0f/s, %.0f B,"
            + " %.0f ms GC, %.2f µs CPU per observation%n", r[20], r[26], r[27], r[25] / 1e3);
      }
      System.out.printf(Locale.ROOT, "  per observation, all threads: bytes allocated, GC time, CPU time: zhibiao reader"
          + " %.0f B, %.0f ms, %.2f µs; on 2 threads %.0f B, %.0f ms, %.2f µs; read local[1] %.0f B, %.0f ms, %.2f µs;"
          + " local[2] %.0f B, %.0f ms, %.2f µs%n", r[12], r[13], r[21] / 1e3, r[14], r[15], r[22] / 1e3, r[16], r[17],
          r[23] / 1e3, r[18], r[19], r[24] / 1e3);
      if (round > 0) {
        results.add(r);
      }
    }
    report("zhibiao reader scaling, 2 threads / 1 thread", results, 11, 0);
    report("read scaling, local[2] / local[1] (goal >= 1.7)", results, 2, 1);
    report("read local[2] / zhibiao reader on 2 threads", results, 2, 11);
    report("etl scaling, local[2] / local[1] (goal >= 1.7)", results, 4, 3);
    report("checks scaling, local[2] / local[1]", results, 6, 5);
    report("count (pruned) scaling, local[2] / local[1]", results, 10, 9);
    report("read local[1] / zhibiao reader (goal >= 0.8)", results, 1, 0);
    report("reader and rows, one thread / zhibiao reader", results, 20, 0);
    report("read local[1] / reader and rows, one thread", results, 1, 20);
    report("count (pruned) local[1] / zhibiao reader", results, 9, 0);
    report("etl local[1] / zhibiao reader (goal >= 0.8)", results, 3, 0);
    if (full) {
      report("job scaling, local[2] / local[1] (goal >= 1.7)", results, 8, 7);
      report("job local[1] / zhibiao reader", results, 7, 0);
    }
  }

  private static final DatasetFormats FORMATS = DatasetFormats.installed();
  private static final Set<String> ALL = Set.of("reader2", "rows", "read", "count", "etl", "checks");

  /**
   * What the data source's read does in a task, without Spark around it: every file through zhibiao's
   * reader, each observation made a row of every column by {@code Rows.Builder} and copied into an
   * {@code UnsafeRow} by Spark's projection, as the plan's {@code ProjectExec} does for a row-based
   * DataSource V2 scan; one thread. The rows are counted.
   */
  private static long buildAll(List<Path> files) throws IOException {
    org.apache.spark.sql.catalyst.expressions.UnsafeProjection project =
        org.apache.spark.sql.catalyst.expressions.UnsafeProjection.create(ZhibiaoSchema.observations());
    Rows.Builder rows = new Rows.Builder(ZhibiaoSchema.observations());
    long n = 0;
    long bytes = 0;
    for (Path f : files) {
      String file = f.toUri().toString();
      String name = f.getFileName().toString();
      try (ObservationCursor c = FORMATS.open(f, ReadOptions.defaults().lenient())) {
        while (c.hasNext()) {
          n++;
          Rows.Place at = new Rows.Place(file, "csv", n, null, null, null);
          bytes += project.apply(rows.observation(c.next(), at, name)).getSizeInBytes();
        }
      }
    }
    if (bytes <= 0) {
      throw new IllegalStateException("no rows built");
    }
    return n;
  }

  private static void check(String what, long counted, long n) {
    if (counted != n) {
      throw new IllegalStateException(what + " counted " + counted + " observations, zhibiao's reader " + n);
    }
  }

  /**
   * Every file through zhibiao's reader, lenient, in this thread; the observations counted. The formats
   * are found once, as a program reading many files would (each {@code installed()} runs the
   * ServiceLoader again, which took a tenth of the harness's reader in a profile).
   */
  private static long readAll(List<Path> files) throws IOException {
    long n = 0;
    for (Path f : files) {
      try (ObservationCursor c = FORMATS.open(f, ReadOptions.defaults().lenient())) {
        while (c.hasNext()) {
          c.next();
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Every file through zhibiao's reader on {@code threads} threads of {@code pool}: each thread takes the
   * next file not yet taken, so the threads share the files as Spark's tasks would at best.
   */
  private static long readAll(List<Path> files, ExecutorService pool, int threads) {
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<Long>> counts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        counts.add(pool.submit(() -> {
          long n = 0;
          for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
            n += readAll(List.of(files.get(i)));
          }
          return n;
        }));
      }
      long n = 0;
      for (Future<Long> f : counts) {
        n += f.get();
      }
      return n;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * What a contender cost besides wall-clock time: the bytes every live thread allocated and the CPU
   * time every live thread used (HotSpot's per-thread counters, so a thread that ends in between is
   * missed; Spark's task threads live as long as the session), and the collectors' time. The CPU time
   * counts what the contender did, not what other jobs on a shared machine took from it.
   */
  private record Cost(Map<Long, Long> allocated, Map<Long, Long> cpu, long gcMillis) {
    static Cost start() {
      return new Cost(allocatedNow(), cpuNow(), gcMillisNow());
    }

    /** Bytes per observation into {@code r[at]}, GC milliseconds into {@code r[at + 1]}, CPU ns per observation into {@code r[cpuAt]}. */
    void end(double[] r, int at, int cpuAt, long observations) {
      r[at] = (double) since(allocated, allocatedNow()) / observations;
      r[cpuAt] = (double) since(cpu, cpuNow()) / observations;
      r[at + 1] = gcMillisNow() - gcMillis;
    }

    private static long since(Map<Long, Long> before, Map<Long, Long> now) {
      long sum = 0;
      for (Map.Entry<Long, Long> e : now.entrySet()) {
        sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
      }
      return sum;
    }

    private static Map<Long, Long> allocatedNow() {
      com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long[] ids = threads.getAllThreadIds();
      return perThread(ids, threads.getThreadAllocatedBytes(ids));
    }

    /** The CPU time of every live thread (the GC's own threads are not Java threads: their time is the GC time). */
    private static Map<Long, Long> cpuNow() {
      java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long[] ids = threads.getAllThreadIds();
      long[] times = new long[ids.length];
      for (int i = 0; i < ids.length; i++) {
        times[i] = threads.getThreadCpuTime(ids[i]);
      }
      return perThread(ids, times);
    }

    private static Map<Long, Long> perThread(long[] ids, long[] values) {
      Map<Long, Long> m = new HashMap<>();
      for (int i = 0; i < ids.length; i++) {
        if (values[i] >= 0) {
          m.put(ids[i], values[i]);
        }
      }
      return m;
    }

    private static long gcMillisNow() {
      return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
          .filter(t -> t > 0).sum();
    }
  }

  private static void report(String what, List<double[]> results, int num, int den) {
    if (results.stream().anyMatch(r -> r[num] == 0 || r[den] == 0)) {
      return; // a contender left out (only=…)
    }
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
