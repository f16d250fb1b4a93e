package io.github.zhibiao.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one iteration of a paired benchmark ({@link PairedReadBenchmark}, {@link PairedMicroBenchmark})
 * measured of each side: its nanoseconds of wall-clock time and of this thread's CPU time, the operations it
 * did (rows, observations, conversions, parses) and the bytes it allocated (this thread's, from {@code
 * ThreadMXBean}). JMH reports each
 * field per iteration as an auxiliary counter; {@link Report} turns them into each iteration's
 * ratio, each side's throughput and its bytes per operation.
 */
@AuxCounters(AuxCounters.Type.EVENTS)
@State(Scope.Thread)
public class PairCounters {
  /** zhibiao's time in the iteration, in nanoseconds. */
  public long zhibiao;
  /** The baseline's time in the iteration, in nanoseconds. */
  public long baseline;
  /** Operations zhibiao did in the iteration. */
  public long zhibiaoOps;
  /** Operations the baseline did in the iteration. */
  public long baselineOps;
  /** Bytes zhibiao allocated in the iteration. */
  public long zhibiaoBytes;
  /** Bytes the baseline allocated in the iteration. */
  public long baselineBytes;
  /** zhibiao's CPU time in the iteration (this thread's, user and system), in nanoseconds. */
  public long zhibiaoCpu;
  /** The baseline's CPU time in the iteration (this thread's), in nanoseconds. */
  public long baselineCpu;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    zhibiao = 0;
    baseline = 0;
    zhibiaoOps = 0;
    baselineOps = 0;
    zhibiaoBytes = 0;
    baselineBytes = 0;
    zhibiaoCpu = 0;
    baselineCpu = 0;
  }
}
