package io.github.zhibiao.testkit;

import java.lang.ref.WeakReference;

/**
 * The live heap of this JVM, for {@link DatasetFormatContract#largeInputStreams()}: the used heap
 * right after a full collection, the least of three readings.
 *
 * <p>{@link System#gc()} is a request; a weakly held sentinel shows whether a collection ran. With
 * the default collectors of JDK 17 (G1, Parallel, Serial) it runs a full, compacting collection,
 * so that the used heap is then the live data, plus at most a few regions' worth of noise.
 */
final class Heap {
  private Heap() {}

  /** Whether {@code System.gc()} collects at all in this JVM: false with {@code -XX:+DisableExplicitGC}. */
  static boolean collects() {
    return collect();
  }

  /** The live heap in bytes: the least used heap of three readings, each after a collection. */
  static long live() {
    Runtime runtime = Runtime.getRuntime();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      collect();
      least = Math.min(least, runtime.totalMemory() - runtime.freeMemory());
    }
    return least;
  }

  /** Asks for collections until a fresh sentinel is cleared, at most ten times. */
  private static boolean collect() {
    WeakReference<Object> sentinel = new WeakReference<>(new Object());
    for (int i = 0; i < 10; i++) {
      System.gc();
      if (sentinel.get() == null) {
        return true;
      }
    }
    return false;
  }
}
