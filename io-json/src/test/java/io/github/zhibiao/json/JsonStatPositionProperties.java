package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the categories of a cell follow from its index by dividing by the sizes, the last
 * dimension fastest, whether the reader counts on from the cell before (a dense array, with runs of
 * cells without a figure) or divides (a sparse object in any order, a gap): each cell's value is
 * its own index, and its indicator and breakdown categories must be those of that index.
 */
class JsonStatPositionProperties {

  /** A dataset of dimensions indicator (m categories), a (s1) and b (s2); value k at cell k unless left out. */
  private static String dataset(int m, int s1, int s2, boolean sparse, SplittableRandom random, List<Long> kept) {
    StringBuilder j = new StringBuilder("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"indicator\",\"a\",\"b\"],"
        + "\"size\":[" + m + "," + s1 + "," + s2 + "],\"role\":{\"metric\":[\"indicator\"]},\"dimension\":{");
    j.append("\"indicator\":{\"category\":{\"index\":[");
    for (int i = 0; i < m; i++) {
      j.append(i == 0 ? "" : ",").append("\"I").append(i).append('"');
    }
    j.append("],\"unit\":{");
    for (int i = 0; i < m; i++) {
      j.append(i == 0 ? "" : ",").append("\"I").append(i).append("\":{\"label\":\"万吨\"}");
    }
    j.append("}}},");
    dimension(j, "a", s1).append(',');
    dimension(j, "b", s2).append("},");
    long total = (long) m * s1 * s2;
    List<Long> cells = new ArrayList<>();
    for (long k = 0; k < total; k++) {
      cells.add(k);
    }
    if (sparse) {
      Collections.shuffle(cells, new java.util.Random(random.nextLong()));
    }
    j.append("\"value\":").append(sparse ? '{' : '[');
    boolean first = true;
    for (long k : cells) {
      // runs of cells without a figure, some longer than the reader counts on over
      boolean left = random.nextInt(4) == 0 || (k / 20) % 3 == 1 && random.nextBoolean();
      if (sparse && left) {
        continue;
      }
      j.append(first ? "" : ",");
      first = false;
      if (sparse) {
        j.append('"').append(k).append("\":");
      }
      j.append(left ? "null" : Long.toString(k));
      if (!left) {
        kept.add(k);
      }
    }
    return j.append(sparse ? '}' : ']').append('}').toString();
  }

  private static StringBuilder dimension(StringBuilder j, String id, int size) {
    j.append('"').append(id).append("\":{\"category\":{\"index\":[");
    for (int i = 0; i < size; i++) {
      j.append(i == 0 ? "" : ",").append('"').append(id).append(i).append('"');
    }
    return j.append("]}}");
  }

  @Test
  void everyCellHasTheCategoriesOfItsIndex() {
    qt().withExamples(300).forAll(integers().between(1, 3), integers().between(1, 6), integers().between(1, 7),
        longs().all()).checkAssert((m, s1, s2, seed) -> {
          for (boolean sparse : new boolean[] {false, true}) {
            List<Long> kept = new ArrayList<>();
            String json = dataset(m, s1, s2, sparse, new SplittableRandom(seed), kept);
            List<Observation> obs = new ArrayList<>();
            try (ObservationCursor c = new JsonStatFormat().reader().orElseThrow().open(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t", ReadOptions.defaults())) {
              c.forEachRemaining(obs::add);
            }
            assertEquals(kept.size(), obs.size(), json);
            for (int i = 0; i < obs.size(); i++) {
              Observation o = obs.get(i);
              long k = o.value().value().longValueExact();
              assertEquals(kept.get(i).longValue(), k, json);
              assertEquals(0, BigDecimal.valueOf(k).compareTo(o.value().value()));
              assertEquals("I" + k / ((long) s1 * s2), o.indicator().code(), json);
              assertEquals("a" + (k / s2) % s1, o.breakdowns().category("a").orElseThrow().code(), json);
              assertEquals("b" + k % s2, o.breakdowns().category("b").orElseThrow().code(), json);
            }
          }
        });
  }
}
