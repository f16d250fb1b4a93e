package io.github.zhibiao.json;

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
 * A native JSON file several times larger than the heap streams through the reader: a separate JVM with
 * {@code -Xmx64m} reads about 300 MB, counting observations and summing values exactly.
 */
class LargeJsonTest {
  static final int ROWS = 2_500_000;

  @Test
  void aFileFarLargerThanTheHeapStreams() throws Exception {
    Path file = Path.of("target/large-native.json");
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
      w.write("{\"format\":\"zhibiao\",\"version\":1,\"indicators\":[");
      for (int k = 0; k < 4; k++) {
        w.write((k > 0 ? "," : "") + "{\"code\":\"IND_" + k + "\",\"name\":\"指标" + k + "\",\"unit\":\"万亩\"}");
      }
      w.write("],\"observations\":[\n");
      StringBuilder row = new StringBuilder(160);
      for (int i = 0; i < ROWS; i++) {
        row.setLength(0);
        row.append(i > 0 ? ",\n" : "").append("{\"indicator\":\"IND_").append(i % 4).append("\",\"region\":\"")
            .append(codes[i % codes.length]).append("\",\"period\":\"").append(1990 + (i / codes.length) % 60)
            .append(i % 4 == 0 ? "-Q1" : "-Q2").append("\",\"value\":\"").append(i % 100_000 / 10).append('.')
            .append(i % 10).append("\",\"unit\":\"万亩\",\"note\":\"第").append(i).append("条\"}");
        w.append(row);
      }
      w.write("]}\n");
    }
  }
}
