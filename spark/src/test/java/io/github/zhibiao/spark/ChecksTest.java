package io.github.zhibiao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.calc.Consistency;
import io.github.zhibiao.calc.Finding;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ObservationBinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consistency checks per group as a Dataset operation, against core's checks run on the same groups. */
class ChecksTest {
  @TempDir static Path dir;
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.shared();
  }

  /** Core's findings of each (region, period) group of {@code dataset}, as sorted "check outcome passed" lines. */
  static List<String> expected(Dataset dataset) {
    Map<String, Dataset.Builder> groups = new LinkedHashMap<>();
    for (Observation o : dataset.observations()) {
      groups.computeIfAbsent(o.region().code() + "|" + ObservationBinder.periodText(o.period()), k -> Dataset.builder())
          .add(o);
    }
    List<String> lines = new ArrayList<>();
    for (Dataset.Builder b : groups.values()) {
      for (Finding f : Consistency.check(b.build())) {
        lines.add(f.check() + " " + f.outcome() + " " + f.passed() + " " + f.messageEn());
      }
    }
    Collections.sort(lines);
    return lines;
  }

  static List<String> actual(List<Row> findings) {
    List<String> lines = new ArrayList<>();
    for (Row r : findings) {
      lines.add(r.getAs("check") + " " + r.getAs("outcome") + " " + r.getAs("passed") + " " + r.getAs("message_en"));
    }
    Collections.sort(lines);
    return lines;
  }

  @Test
  void theSeedsFindingsAreCoresPerGroup() {
    Path file = Fixtures.written(dir.resolve("seed"), "chifeng.csv", "csv");
    List<Row> findings = ZhibiaoChecks.check(spark.read().format("zhibiao").load(file.toString())).collectAsList();
    List<String> expected = expected(DatasetFormats.read(file));
    assertFalse(expected.isEmpty());
    assertEquals(expected, actual(findings));
  }

  @Test
  void aBreakdownThatDoesNotAddUpIsAFailedFinding() throws IOException {
    Path d = dir.resolve("totals");
    Files.createDirectories(d);
    Files.writeString(d.resolve("population.csv"),
        "indicator,indicator_name,kind,region,region_name,period,value,unit,by:SEX:性别\n"
            + "POP,常住人口,STOCK,150400,赤峰市,2023,100,万人,_T=合计\n"
            + "POP,常住人口,STOCK,150400,赤峰市,2023,40,万人,F=女\n"
            + "POP,常住人口,STOCK,150400,赤峰市,2023,50,万人,M=男\n"
            + "POP,常住人口,STOCK,150402,红山区,2023,30,万人,_T=合计\n", StandardCharsets.UTF_8);
    List<Row> findings = ZhibiaoChecks.check(spark.read().format("zhibiao").load(d.toString())).collectAsList();
    assertEquals(expected(DatasetFormats.read(d.resolve("population.csv"))), actual(findings));
    Row total = findings.stream().filter(r -> "BREAKDOWN_TOTAL".equals(r.getAs("check"))).findFirst().orElseThrow();
    assertFalse((boolean) total.getAs("passed"), total.toString());
    assertEquals("150400", total.getAs("region_code"));
    assertEquals("2023", total.getAs("period"));
    assertTrue(total.<String>getAs("arithmetic").contains("90") || total.<String>getAs("arithmetic").contains("100"),
        total.<String>getAs("arithmetic"));
  }
}
