package io.github.zhibiao.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 15: the two sides of {@link ExcelReadBenchmark} in alternating rounds on one thread, timed
 * by that thread's CPU time, so that a shared, busy machine (other processes taking the cores)
 * moves the ratio less than it moves JMH's wall-clock scores. Prints each round's cells per CPU
 * second and the ratio of the medians (zhibiao over the raw cell walk).
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.zhibiao.benchmarks.ExcelCpuCheck [rounds]}
 * (default 8; the first two rounds of each side are warm-up and left out).
 */
public final class ExcelCpuCheck {
  private ExcelCpuCheck() {
  }

  /**
   * Runs the check.
   *
   * @param args the number of rounds (optional)
   * @throws Exception if the workbook cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    ExcelReadBenchmark b = new ExcelReadBenchmark();
    b.setUp();
    Blackhole bh = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double cells = (double) ExcelReadBenchmark.ROWS * ExcelReadBenchmark.YEARS;
    double[] z = new double[rounds];
    double[] raw = new double[rounds];
    for (int k = 0; k < rounds; k++) {
      long t0 = mx.getCurrentThreadCpuTime();
      b.rawCellWalk(bh);
      long t1 = mx.getCurrentThreadCpuTime();
      b.zhibiao(bh);
      long t2 = mx.getCurrentThreadCpuTime();
      raw[k] = cells / ((t1 - t0) / 1e9);
      z[k] = cells / ((t2 - t1) / 1e9);
      System.out.printf("round %d: raw %.0f cells/s, zhibiao %.0f cells/s (CPU time)%n", k + 1, raw[k], z[k]);
    }
    int warm = Math.min(2, rounds - 1);
    double mz = median(z, warm);
    double mr = median(raw, warm);
    System.out.printf("median after %d warm-up rounds: raw %.0f, zhibiao %.0f cells per CPU second; ratio %.2f%n",
        warm, mr, mz, mz / mr);
    bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
  }

  private static double median(double[] a, int from) {
    double[] s = java.util.Arrays.copyOfRange(a, from, a.length);
    java.util.Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
