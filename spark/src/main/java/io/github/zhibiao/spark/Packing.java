package io.github.zhibiao.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Files packed into partitions by size, as Spark's own file sources do: a file costs its length
 * plus an open cost, a partition holds about {@code maxPartitionBytes} of cost, and there are at
 * least {@code minPartitions} of them (the default parallelism) while there are files enough, a
 * multiple of it where the files allow, so that every core has as much to do. A file of
 * {@code maxPartitionBytes} or more, or of a partition's share of the cost or more, has a partition
 * of its own. Partitions are runs of the sorted
 * file list, so each file is in exactly one partition and the files keep their order.
 */
final class Packing {
  private Packing() {}

  /** The partitions of {@code files} (in order), each a non-empty run of them. */
  static List<List<String>> pack(List<Paths.Listed> files, long maxPartitionBytes, long openCost, int minPartitions) {
    List<List<String>> partitions = new ArrayList<>();
    if (files.isEmpty()) {
      return partitions;
    }
    double total = 0; // costs are summed as doubles: only where to cut depends on them
    for (Paths.Listed f : files) {
      total += cost(f, openCost);
    }
    int parallelism = Math.max(1, minPartitions);
    long n = Math.max((long) Math.ceil(total / maxPartitionBytes), parallelism);
    n = (n + parallelism - 1) / parallelism * parallelism;
    n = Math.min(n, files.size());
    double width = total / n;
    double at = 0;
    long bin = -1;
    boolean alone = false; // the partition before holds a large file alone
    List<String> current = null;
    for (Paths.Listed f : files) {
      double cost = cost(f, openCost);
      boolean large = f.length() >= maxPartitionBytes || cost >= width;
      long b = Math.min(n - 1, (long) ((at + cost / 2) / width)); // the partition of the file's middle
      if (current == null || b != bin || large || alone) {
        current = new ArrayList<>();
        partitions.add(current);
        bin = b;
      }
      current.add(f.path());
      alone = large;
      at += cost;
    }
    // a large file between small ones can leave a partition empty: split the runs of most files until there are n
    while (partitions.size() < n) {
      int most = 0;
      for (int i = 1; i < partitions.size(); i++) {
        if (partitions.get(i).size() > partitions.get(most).size()) {
          most = i;
        }
      }
      List<String> run = partitions.get(most);
      List<String> second = new ArrayList<>(run.subList(run.size() / 2, run.size()));
      run.subList(run.size() / 2, run.size()).clear();
      partitions.add(most + 1, second);
    }
    List<List<String>> result = new ArrayList<>(partitions.size());
    for (List<String> p : partitions) {
      result.add(List.copyOf(p));
    }
    return result;
  }

  private static double cost(Paths.Listed f, long openCost) {
    return (double) f.length() + openCost;
  }
}
