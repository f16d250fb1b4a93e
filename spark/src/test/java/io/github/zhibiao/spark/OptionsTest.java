package io.github.zhibiao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charset and delimiter options reach the readers; bad values are refused with the option's name. */
class OptionsTest {
  @TempDir static Path dir;
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.shared();
  }

  @Test
  void delimiterAndCharsetGoToTheReader() throws IOException {
    Path file = dir.resolve("semicolons.csv");
    Files.writeString(file, "indicator;indicator_name;kind;region;region_name;period;value;unit\n"
        + "GRAIN;粮食总产量;FLOW;150400;赤峰市;2023;145.6;亿斤\n", Charset.forName("GB18030"));
    List<Row> rows = spark.read().format("zhibiao").option("format", "csv").option("delimiter", ";")
        .option("charset", "GB18030").load(file.toString()).collectAsList();
    assertEquals(1, rows.size());
    assertEquals("粮食总产量", rows.get(0).getAs("indicator_name"));
    assertEquals("亿斤", rows.get(0).getAs("value_unit"));
  }

  @Test
  void badOptionValuesNameTheOption() {
    for (String[] bad : new String[][] {{"delimiter", ";;"}, {"charset", "no-such-charset"}, {"output", "rows"},
        {"partitioning", "rows"}, {"maxPartitionBytes", "0"}, {"openCostInBytes", "4MB"}}) {
      Exception e = assertThrows(Exception.class,
          () -> spark.read().format("zhibiao").option(bad[0], bad[1]).load(dir.toString()).count());
      String m = LenientTest.messages(e);
      assertTrue(m.contains("option " + bad[0]) && m.contains(bad[1]), m);
    }
  }
}
