package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A status table answers every cell as the codes it was given say, whether the cells are asked for in
 * order (as a reader asks, which the table answers from the entry after the last one found), backwards,
 * repeatedly or at random.
 */
class JsonStatStatusProperties {

  @Test
  void everyLookupGivesTheCodeOfItsCell() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int cells = 1 + random.nextInt(200);
      Map<Long, String> given = new HashMap<>();
      JsonStatStatus s = JsonStatStatus.table();
      // added in order or shuffled, as an object's keys may come
      long[] order = random.longs(cells, 0, cells).distinct().toArray();
      if (random.nextBoolean()) {
        java.util.Arrays.sort(order);
      }
      for (long k : order) {
        if (random.nextInt(3) == 0) {
          String code = random.nextBoolean() ? "." : "e";
          given.put(k, code);
          s.add(k, code);
        }
      }
      assertEquals(-1, s.finish());
      for (int pass = 0; pass < 3; pass++) {
        for (int i = 0; i < 2 * cells; i++) {
          long k = switch (pass) {
            case 0 -> i / 2; // in order, each cell twice
            case 1 -> cells - 1 - i / 2; // backwards
            default -> random.nextInt(cells + 2); // at random, past the last cell too
          };
          assertEquals(given.get(k), s.of(k), "cell " + k + " (pass " + pass + ", seed " + seed + ")");
        }
      }
    });
  }
}
