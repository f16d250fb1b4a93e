package io.github.zhibiao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files packed into partitions: each file exactly once, in order, balanced, large files alone. */
class PackingTest {
  static List<Paths.Listed> files(List<Long> lengths) {
    List<Paths.Listed> files = new ArrayList<>();
    for (int i = 0; i < lengths.size(); i++) {
      files.add(new Paths.Listed(String.format("f%05d", i), lengths.get(i)));
    }
    return files;
  }

  @Test
  void everyFileIsInExactlyOnePartitionInOrderAndThereAreAtLeastAsManyPartitionsAsCoresWhileFilesLast() {
    qt().forAll(lists().of(longs().between(0, 1L << 30)).ofSizeBetween(0, 300), longs().between(1, 1L << 28),
        longs().between(0, 1L << 23), integers().between(1, 16)).check((lengths, max, open, cores) -> {
          List<Paths.Listed> files = files(lengths);
          List<List<String>> packed = Packing.pack(files, max, open, cores);
          List<String> flat = new ArrayList<>();
          for (List<String> p : packed) {
            if (p.isEmpty()) {
              return false;
            }
            flat.addAll(p);
          }
          if (!flat.equals(files.stream().map(Paths.Listed::path).toList())) {
            return false;
          }
          if (packed.size() < Math.min(cores, files.size())) {
            return false;
          }
          // a file of maxPartitionBytes or more is alone in its partition
          for (List<String> p : packed) {
            if (p.size() > 1) {
              for (String f : p) {
                if (lengths.get(Integer.parseInt(f.substring(1))) >= max) {
                  return false;
                }
              }
            }
          }
          return true;
        });
  }

  @Test
  void smallFilesArePackedIntoAMultipleOfTheCores() {
    // 144 files of 70 kB: cost 144 × (70 kB + 4 MB) ≈ 586 MB, 128 MB partitions → 5, rounded up to 6 on 2 cores
    List<Long> lengths = new ArrayList<>();
    for (int i = 0; i < 144; i++) {
      lengths.add(70_000L);
    }
    List<List<String>> packed = Packing.pack(files(lengths), 128L << 20, 4L << 20, 2);
    assertEquals(6, packed.size());
    for (List<String> p : packed) {
      assertEquals(24, p.size());
    }
    assertEquals(2, Packing.pack(files(lengths.subList(0, 3)), 128L << 20, 4L << 20, 2).size());
    assertEquals(1, Packing.pack(files(lengths.subList(0, 1)), 128L << 20, 4L << 20, 2).size());
  }
}
