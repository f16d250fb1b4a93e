package io.github.zhibiao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict reads fail with the reader's message; lenient reads list every skipped record in the problems output. */
class LenientTest {
  static final String HEADER = "indicator,indicator_name,kind,region,region_name,period,value,unit\n";
  @TempDir static Path dir;
  static SparkSession spark;
  static Path bad;

  @BeforeAll
  static void start() throws IOException {
    spark = SparkSessions.shared();
    bad = dir.resolve("bad");
    Files.createDirectories(bad);
    Files.writeString(bad.resolve("mixed.csv"), HEADER
        + "GRAIN,粮食总产量,FLOW,150400,赤峰市,2023,145.6,亿斤\n"                       // line 2: good
        + "CATTLE,牛存栏,STOCK,150400,赤峰市,2023,362.2,万阿巴\n"                        // line 3: unknown unit
        + "GDP,地区生产总值,FLOW,150400,赤峰市,2023,1234567890123456789012345678901,元\n" // line 4: 31 integer digits
        + "RATE,比率,RATE,150400,赤峰市,2023,0.123456789,%\n"                           // line 5: 9 decimals
        + "GDP2,地区生产总值二,FLOW,150400,赤峰市,2023,2160.5,亿元\n", StandardCharsets.UTF_8); // line 6: good
    Files.writeString(bad.resolve("broken.json"), "{\"observations\": [", StandardCharsets.UTF_8);
  }

  @Test
  void strictFailsAtTheFirstBadRecordWithTheReadersMessage() {
    Exception e = assertThrows(Exception.class, () -> spark.read().format("zhibiao").option("format", "csv")
        .load(bad.resolve("mixed.csv").toString()).collectAsList());
    String message = messages(e);
    assertTrue(message.contains("万阿巴") && message.contains("mixed.csv"), message);
  }

  @Test
  void strictRefusesANumberThatDecimal38DoesNotHold() throws IOException {
    Path one = dir.resolve("big");
    Files.createDirectories(one);
    Files.writeString(one.resolve("big.csv"), HEADER + "GDP,地区生产总值,FLOW,150400,赤峰市,2023,1E+31,元\n");
    Exception e = assertThrows(Exception.class,
        () -> spark.read().format("zhibiao").load(one.toString()).collectAsList());
    String message = messages(e);
    assertTrue(message.contains("decimal(38, 8)") && message.contains("10000000000000000000000000000000"), message);
  }

  @Test
  void lenientKeepsTheGoodRecordsAndListsEveryOtherOne() {
    List<Row> rows = spark.read().format("zhibiao").option("mode", "lenient")
        .load(bad.toString()).orderBy("indicator_code").collectAsList();
    assertEquals(List.of("GDP2", "GRAIN"), rows.stream().map(r -> (String) r.getAs("indicator_code")).toList());

    List<Row> problems = spark.read().format("zhibiao").option("mode", "lenient").option("output", "problems")
        .load(bad.toString()).collectAsList();
    assertEquals(4, problems.size(), problems.toString());
    Row unit = find(problems, "万阿巴");
    assertEquals(3L, (long) unit.getAs("line"));
    assertTrue(((String) unit.getAs("source_file")).endsWith("mixed.csv"));
    assertEquals("csv", unit.getAs("source_format"));
    Row big = find(problems, "1234567890123456789012345678901");
    assertEquals("value", big.getAs("field"));
    assertTrue(((String) big.getAs("message")).contains("30 digits before the point"), (String) big.getAs("message"));
    Row decimals = find(problems, "0.123456789");
    assertTrue(((String) decimals.getAs("message")).contains("more than 8 decimals"), (String) decimals.getAs("message"));
    Row broken = problems.stream().filter(r -> ((String) r.getAs("source_file")).endsWith("broken.json"))
        .findFirst().orElseThrow();
    assertTrue(((String) broken.getAs("message")).length() > 0);
  }

  @Test
  void unknownOptionValuesAreRefusedOnTheDriver() {
    Exception e = assertThrows(Exception.class, () -> spark.read().format("zhibiao").option("format", "nosuch")
        .load(bad.toString()).collectAsList());
    assertTrue(messages(e).contains("nosuch") && messages(e).contains("csv"), messages(e));
    Exception mode = assertThrows(Exception.class, () -> spark.read().format("zhibiao").option("mode", "sloppy")
        .load(bad.toString()).collectAsList());
    assertTrue(messages(mode).contains("sloppy"), messages(mode));
  }

  private static Row find(List<Row> problems, String text) {
    return problems.stream().filter(r -> text.equals(r.getAs("text"))).findFirst()
        .orElseThrow(() -> new AssertionError("no problem with text " + text + " in " + problems));
  }

  static String messages(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t.getMessage()).append(" | ");
    }
    return sb.toString();
  }
}
