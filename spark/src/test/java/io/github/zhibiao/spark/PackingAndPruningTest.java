package io.github.zhibiao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.spark.examples.Bulletins;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files packed into partitions give every file's observations exactly once, as one partition a file
 * does; pruned columns are the full rows' columns; a pruned count counts what a full read gives.
 */
class PackingAndPruningTest {
  @TempDir static Path dir;
  static SparkSession spark;
  static List<Path> files;
  static long observations;

  @BeforeAll
  static void start() throws IOException {
    spark = SparkSessions.shared();
    files = Bulletins.write(dir.resolve("in"), "150400", 2022, 2023, 2);
    for (Path f : files) {
      try (ObservationCursor c = DatasetFormats.installed().open(f, ReadOptions.defaults().lenient())) {
        while (c.hasNext()) {
          c.next();
          observations++;
        }
      }
    }
  }

  static Dataset<Row> read(String... options) {
    var reader = spark.read().format("zhibiao").option("mode", "lenient");
    for (int i = 0; i < options.length; i += 2) {
      reader = reader.option(options[i], options[i + 1]);
    }
    return reader.load(dir.resolve("in").toString());
  }

  /** (file, record) of every row, checked to hold no duplicate. */
  static Set<String> keys(Dataset<Row> rows) {
    List<String> keys = new ArrayList<>();
    for (Row r : rows.select("source_file", "source_record").collectAsList()) {
      keys.add(r.getString(0) + "#" + r.getLong(1));
    }
    Set<String> set = new HashSet<>(keys);
    assertEquals(keys.size(), set.size(), "a row read twice");
    return set;
  }

  @Test
  void packedPartitionsGiveEveryObservationExactlyOnce() {
    Dataset<Row> packed = read();
    Dataset<Row> perFile = read("partitioning", "file");
    Dataset<Row> tiny = read("maxPartitionBytes", "1"); // every file alone
    Dataset<Row> big = read("maxPartitionBytes", Long.toString(1L << 40), "openCostInBytes", "0");
    assertEquals(files.size(), perFile.rdd().getNumPartitions());
    assertEquals(files.size(), tiny.rdd().getNumPartitions());
    int n = packed.rdd().getNumPartitions();
    assertTrue(n >= 2 && n < files.size() && n % 2 == 0, n + " partitions for " + files.size() + " files on 2 cores");
    assertEquals(2, big.rdd().getNumPartitions());
    Set<String> expected = keys(perFile);
    assertEquals(observations, expected.size());
    assertEquals(expected, keys(packed));
    assertEquals(expected, keys(tiny));
    assertEquals(expected, keys(big));
    Set<String> fileNames = new HashSet<>();
    for (Row r : packed.select("source_file").distinct().collectAsList()) {
      fileNames.add(r.getString(0));
    }
    assertEquals(files.size(), fileNames.size());
  }

  @Test
  void prunedColumnsAreTheFullRowsColumns() {
    String[] columns = {"source_record", "value", "source_file", "period", "breakdowns", "region_name", "base_value",
        "source_line", "change_value", "category_labels"};
    Dataset<Row> full = read();
    List<Row> expected = full.collectAsList();
    List<Row> pruned = read().select(columns[0], java.util.Arrays.copyOfRange(columns, 1, columns.length))
        .collectAsList();
    assertTrue(read().select("value", "source_file").queryExecution().executedPlan().toString().contains("value"));
    assertEquals(expected.size(), pruned.size());
    java.util.Map<String, Row> byKey = new java.util.HashMap<>();
    for (Row r : expected) {
      byKey.put(r.getAs("source_file") + "#" + r.getAs("source_record"), r);
    }
    for (Row p : pruned) {
      Row f = byKey.get(p.getAs("source_file") + "#" + p.getAs("source_record"));
      for (int i = 0; i < columns.length; i++) {
        assertEquals((Object) f.getAs(columns[i]), p.get(i), columns[i]);
      }
    }
    assertEquals(observations, read().count());
  }

  @Test
  void aPrunedCountLeavesOutWhatTheFullReadLeavesOut() throws IOException {
    Path file = dir.resolve("fits").resolve("values.csv");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "indicator,indicator_name,kind,region,region_name,period,value,unit\n"
        + "GRAIN,粮食总产量,FLOW,150400,赤峰市,2022,145.6,亿斤\n"
        + "GRAIN,粮食总产量,FLOW,150400,赤峰市,2023,145.123456789,亿斤\n" // nine decimals: a problem
        + "GRAIN,粮食总产量,FLOW,150400,赤峰市,2021,1" + "0".repeat(30) + ",亿斤\n"); // 31 digits: a problem
    Dataset<Row> rows = spark.read().format("zhibiao").option("mode", "lenient").load(file.toString());
    assertEquals(1, rows.collectAsList().size());
    assertEquals(1, rows.count());
    assertEquals(1, rows.select("region_code").collectAsList().size());
    assertEquals(2, spark.read().format("zhibiao").option("mode", "lenient").option("output", "problems")
        .load(file.toString()).count());
  }
}
