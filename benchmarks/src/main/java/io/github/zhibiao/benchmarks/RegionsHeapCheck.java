package io.github.zhibiao.benchmarks;

import io.github.zhibiao.model.Regions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap the built-in region registry retains, measured in its own JVM (regions.sh runs it with
 * {@code -XX:+UseSerialGC -Xmx256m}): used heap after full collections, before and after {@code
 * Regions.builtIn()} and a first name lookup (which builds the name index), with the registry still
 * referenced, and again after the first {@code
 * successor} lookup has built the index of changes. Each side is the minimum of five rounds
 * of {@code System.gc()} (with the serial collector a full, compacting collection) and {@link
 * MemoryMXBean#getHeapMemoryUsage()}. The classes loaded for the registry live in metaspace and
 * are not counted; the resource's bytes and text are garbage after the load and are not retained.
 * It also prints the CPU time the loading thread spent in the first {@code Regions.builtIn()} and name lookup
 * ({@code ThreadMXBean.getCurrentThreadCpuTime}), which, unlike wall time, does not grow when other
 * processes share the machine.
 * Goal: under 4 MB.
 *
 * <p>Usage: {@code java -XX:+UseSerialGC -Xmx256m -cp benchmarks/target/benchmarks.jar
 * io.github.zhibiao.benchmarks.RegionsHeapCheck}.
 */
public final class RegionsHeapCheck {
  private RegionsHeapCheck() {
  }

  /**
   * Runs the check and prints one line.
   *
   * @param args none
   */
  public static void main(String[] args) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    // load the classes the measurement itself uses before the first reading
    long warm = used(memory);
    long before = used(memory);
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    Regions regions = Regions.builtIn();
    regions.candidates("朝阳区"); // builds the name index: retained with the registry
    long cpu = threads.getCurrentThreadCpuTime() - cpu0;
    long wall = System.nanoTime() - wall0;
    long after = used(memory);
    boolean found = regions.successor("110103").isPresent(); // builds the index of changes
    long withChanges = used(memory);
    System.out.printf(java.util.Locale.ROOT,
        "regions heap check: %d regions, retained %.2f MB (%d bytes), %.2f MB with the index of changes "
            + "(%d bytes; heap before %d, first reading %d); first use and first name lookup %.1f ms CPU of the "
            + "loading thread, %.1f ms wall%n",
        regions.size(), (after - before) / 1048576.0, after - before, (withChanges - before) / 1048576.0,
        withChanges - before, before, warm, cpu / 1e6, wall / 1e6);
    if (!found) {
      System.exit(1);
    }
    if (regions.size() < 3000) {
      System.exit(1);
    }
  }

  private static long used(MemoryMXBean memory) {
    long min = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      min = Math.min(min, memory.getHeapMemoryUsage().getUsed());
    }
    return min;
  }
}
