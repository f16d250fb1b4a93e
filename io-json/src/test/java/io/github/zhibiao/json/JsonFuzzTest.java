package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.DatasetWriter;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadReport;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.testkit.Generator;
import io.github.zhibiao.testkit.HostileBytes;
import io.github.zhibiao.testkit.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the native JSON and JSON-stat readers with hostile inputs ({@link HostileBytes}) made from
 * real files (the seeds, the JSON-stat fixtures of statistics offices' shapes, the bad-file corpus)
 * and from what the writers write: only {@link DatasetReadException} and {@link
 * UncheckedIOException} may escape a read, {@code canRead} never throws, and a lenient read
 * accounts for every record — read = accepted + rejected, as many problems as rejections, each
 * naming its JSON path, and as many observations handed out as accepted.
 *
 * <p>Seeded and bounded by a number of runs, not by time. {@code -Dzhibiao.fuzz.seed=…} replays a
 * failure (the message names the seed, the run and the input); {@code -Dzhibiao.fuzz.runs=…} makes a
 * longer campaign.
 */
class JsonFuzzTest {
  static final long SEED = Long.getLong("zhibiao.fuzz.seed", 20260113L);
  static final int RUNS = Integer.getInteger("zhibiao.fuzz.runs", 300);

  static final List<String> JSON_SNIPPETS = List.of("\"\\ud800\"", "\"\\udc00x\"", "\\u0000", "[[[[[[", "{\"a\":",
      "\"version\":4294967297,", "\"version\":\"2.0\",", "\"0\":1,\"+0\":2,", "\"size\":[99999999999],",
      "\"size\":[1000000,1000000,1000000],", "\"value\":[1e2147483648],", "null,", "true,", "{}", "[]",
      "\"multiplier\":4,", "\"multiplier\":99999999999,", "\"unit\":{\"label\":\"元/人\",\"multiplier\":4},",
      "\"status\":\"E\",", "\"extension\":{\"zhibiao\":{\"cells\":{\"0\":{\"qualifier\":\"X\"}}}},", "\"regions\":[],",
      "\"format\":\"zhibiao\",", "\"value\":\"1e-2147483648\",", "\"rank\":\"垃圾首位\",", "1e999999,");

  static List<byte[]> samples(DatasetFormat format, String... resources) throws IOException {
    List<byte[]> out = new ArrayList<>();
    for (String seed : List.of("chifeng-2023.json", "chifeng-2023.stat.json")) {
      out.add(Files.readAllBytes(Path.of("../seeds", seed)));
    }
    for (String r : resources) {
      try (InputStream in = JsonFuzzTest.class.getResourceAsStream(r)) {
        out.add(in.readAllBytes());
      }
    }
    DatasetWriter writer = format.writer().orElseThrow();
    SplittableRandom random = new SplittableRandom(SEED);
    Generator<Dataset> datasets = Generators.datasets(12);
    for (int i = 0; i < 12; i++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      writer.write(datasets.next(random), bytes, i % 2 == 0 ? WriteOptions.defaults()
          : WriteOptions.defaults().withPrettyPrinting(true));
      out.add(bytes.toByteArray());
    }
    return out;
  }

  @Test
  void theNativeReaderLetsOnlyItsDocumentedExceptionsEscape() throws IOException {
    DatasetFormat f = new NativeJsonFormat();
    fuzz(f, samples(f, "bad/exponent.json", "bad/deeply-nested.json", "bad/two-bad-of-three.json",
        "bad/unknown-region.json", "bad/bad-rank.json", "bad/share-over-100.json"));
  }

  @Test
  void theJsonStatReaderLetsOnlyItsDocumentedExceptionsEscape() throws IOException {
    DatasetFormat f = new JsonStatFormat();
    fuzz(f, samples(f, "jsonstat/eurostat-like.json", "jsonstat/pxweb-like.json", "jsonstat/collection.json",
        "jsonstat/sparse-with-status.json"));
  }

  static void fuzz(DatasetFormat format, List<byte[]> samples) {
    HostileBytes inputs = new HostileBytes(new SplittableRandom(SEED), samples, JSON_SNIPPETS);
    for (int run = 0; run < RUNS; run++) {
      byte[] bytes = inputs.next();
      String where = format.id() + " (seed " + SEED + ", run " + run + ") for " + HostileBytes.shown(bytes);
      check(format, bytes, where);
    }
  }

  /** One input read fail-fast and lenient; the contract of the reader checked on both. */
  static void check(DatasetFormat format, byte[] bytes, String where) {
    HostileBytes.checkReader(format, bytes, where);
  }

}
