package io.github.zhibiao.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the generated input files live and how big they are. run.sh generates them once with
 * {@link DataGenerator} into {@code benchmarks/target/data}; the benchmarks find that folder
 * through the system property {@code zhibiao.bench.data}.
 */
final class BenchData {
  /** Observations in the long CSV and the native JSON files the reader benchmarks read. */
  static final int ROWS = 1_000_000;
  /** Observations in the CSV that the memory check streams under {@code -Xmx64m}. */
  static final int MEMORY_ROWS = 5_000_000;
  /** Size of the generated prose for the text extraction benchmark, in bytes (about). */
  static final int TEXT_BYTES = 4 * 1024 * 1024;

  /** Observations in the generated SDMX-CSV file (streamed, as the long CSV). */
  static final int SDMX_CSV_ROWS = 1_000_000;
  /** Observations in the generated SDMX-JSON message: smaller, since the reader holds the message's bytes. */
  static final int SDMX_JSON_OBS = 500_000;
  /** Data nodes in the generated NBS portal response: smaller still, since the reader holds its tree. */
  static final int NBS_NODES = 100_000;

  static final String LONG_CSV = "long-1m.csv";
  static final String SDMX_CSV = "sdmx-1m.csv";
  static final String SDMX_JSON = "sdmx-500k.json";
  static final String NBS_JSON = "nbs-100k.json";
  static final String NATIVE_JSON = "native-1m.json";
  static final String MEMORY_CSV = "long-5m.csv";
  static final String PROSE_TXT = "prose.txt";

  private BenchData() {
  }

  static Path dir() {
    return Path.of(System.getProperty("zhibiao.bench.data", "benchmarks/target/data")).toAbsolutePath();
  }

  /** The generated file {@code name}; fails with the command that makes it when it is missing. */
  static Path file(String name) {
    Path p = dir().resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException(p + " is missing: generate it with benchmarks/run.sh or "
          + "java -cp benchmarks/target/benchmarks.jar io.github.zhibiao.benchmarks.DataGenerator " + dir());
    }
    return p;
  }
}
