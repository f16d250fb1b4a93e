package io.github.zhibiao.benchmarks;

import java.lang.management.ManagementFactory;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs the two sides of a paired benchmark back to back and adds what each took to the counters:
 * both sides meet the same machine within the same few milliseconds or seconds, so the load that
 * drifts on a shared machine falls on both alike and their ratio keeps a small interval.
 */
final class Pairs {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** One side of a pair: does its work once and says how many operations that was. */
  interface Side {
    long run(Blackhole bh) throws Exception;
  }

  private Pairs() {
  }

  /** Runs both sides, {@code zhibiaoFirst} deciding the order (callers alternate it). */
  static void run(PairCounters c, boolean zhibiaoFirst, Side zhibiao, Side baseline, Blackhole bh) throws Exception {
    if (zhibiaoFirst) {
      zhibiao(c, zhibiao, bh);
      baseline(c, baseline, bh);
    } else {
      baseline(c, baseline, bh);
      zhibiao(c, zhibiao, bh);
    }
  }

  private static void zhibiao(PairCounters c, Side s, Blackhole bh) throws Exception {
    long[] m = measure(s, bh);
    c.zhibiao += m[0];
    c.zhibiaoCpu += m[1];
    c.zhibiaoBytes += m[2];
    c.zhibiaoOps += m[3];
  }

  private static void baseline(PairCounters c, Side s, Blackhole bh) throws Exception {
    long[] m = measure(s, bh);
    c.baseline += m[0];
    c.baselineCpu += m[1];
    c.baselineBytes += m[2];
    c.baselineOps += m[3];
  }

  /** One run of {@code s}: its wall time, this thread's CPU time and allocated bytes, and its operations. */
  private static long[] measure(Side s, Blackhole bh) throws Exception {
    long a = THREADS.getCurrentThreadAllocatedBytes();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long t = System.nanoTime();
    long ops = s.run(bh);
    long wall = System.nanoTime() - t;
    long cpuUsed = THREADS.getCurrentThreadCpuTime() - cpu;
    long bytes = THREADS.getCurrentThreadAllocatedBytes() - a;
    return new long[] {wall, cpuUsed, bytes, ops}; // made after the readings, so not counted in them
  }

  /**
   * How many times to repeat {@code s} so that one batch takes about {@code targetNanos}: runs it for
   * about 300 ms (which lets the JIT compile it) and times the last 100 ms of that; at least once and at
   * most 100 000 times a batch.
   */
  static int batch(Side s, Blackhole bh, long targetNanos) throws Exception {
    long warm = System.nanoTime() + 200_000_000L;
    while (System.nanoTime() < warm) {
      s.run(bh);
    }
    long calls = 0;
    long start = System.nanoTime();
    long elapsed;
    do {
      s.run(bh);
      calls++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < 100_000_000L);
    long each = Math.max(1, elapsed / calls);
    return (int) Math.max(1, Math.min(100_000, Math.round((double) targetNanos / each)));
  }

  /**
   * {@code once} repeated in batches of about {@code targetNanos} (see {@link #batch}); each batch
   * gives the operations of all its runs.
   */
  static Side batched(Side once, Blackhole bh, long targetNanos) throws Exception {
    int k = batch(once, bh, targetNanos);
    return sink -> {
      long ops = 0;
      for (int i = 0; i < k; i++) {
        ops += once.run(sink);
      }
      return ops;
    };
  }
}
