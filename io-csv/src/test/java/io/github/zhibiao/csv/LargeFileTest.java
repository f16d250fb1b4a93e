package io.github.zhibiao.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.zhibiao.testkit.ForkedRead;
import org.junit.jupiter.api.Test;

/**
 * A CSV file several times larger than the heap streams through the reader: a separate JVM with
 * {@code -Xmx64m} reads about 300 MB, counting observations and summing values exactly.
 */
class LargeFileTest {
  static final int ROWS = 4_500_000;

  @Test
  void aFileFarLargerThanTheHeapStreams() throws Exception {
    Path file = Path.of("target/large-long.csv");
    if (!Files.exists(file) || Files.size(file) < 250_000_000L) {
      write(file);
    }
    assertTrue(Files.size(file) > 250_000_000L, "the file is a few hundred MB");
    ForkedRead.Result r = ForkedRead.run(file, "-Xmx64m");
    assertEquals(ROWS, r.count(), r.output());
    long sum = 0;
    for (int i = 0; i < ROWS; i++) {
      sum += i % 100_000;
    }
    assertEquals(java.math.BigDecimal.valueOf(sum, 1), r.sum(), r.output());
  }

  private static void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    String[] codes = {"150400", "150402", "150403", "150404", "150421", "150422", "150423", "150424"};
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("indicator,indicator_name,kind,region,region_name,period,value,unit,note\n");
      StringBuilder row = new StringBuilder(128);
      for (int i = 0; i < ROWS; i++) {
        int k = i % 4;
        row.setLength(0);
        row.append("IND_").append(k).append(",指标").append(k).append(",FLOW,").append(codes[i % codes.length])
            .append(",,").append(1990 + (i / codes.length) % 60).append('-').append(i % 4 == 0 ? "Q1" : "Q2")
            .append(',').append(i % 100_000 / 10).append('.').append(i % 10).append(",万亩,第").append(i).append("行\n");
        w.append(row);
      }
    }
  }
}
