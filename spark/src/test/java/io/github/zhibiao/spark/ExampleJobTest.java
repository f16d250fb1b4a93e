package io.github.zhibiao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.spark.examples.Bulletins;
import io.github.zhibiao.spark.examples.RegionalGrowthJob;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example job on a small generated input: what it counts and computes, against zhibiao's own reads. */
class ExampleJobTest {
  @TempDir Path dir;

  @Test
  void theJobReadsEveryObservationAndComputesGrowthExactly() throws IOException {
    SparkSession spark = SparkSessions.shared();
    Path in = dir.resolve("in");
    List<Path> files = Bulletins.write(in, "150400", 2022, 2023, 2);
    long direct = 0;
    for (Path f : files) {
      try (ObservationCursor c = DatasetFormats.installed().open(f, ReadOptions.defaults())) {
        while (c.hasNext()) {
          c.next();
          direct++;
        }
      }
    }
    RegionalGrowthJob.Summary s = RegionalGrowthJob.run(spark, in.toString(), dir.resolve("out").toString());
    assertEquals(direct, s.observations());
    assertEquals(0, s.problems());

    Region county = Regions.builtIn().children(Regions.builtIn().require("150400")).get(0);
    Row g = spark.sql("select * from growth where indicator_code = 'IND_000' and year = 2023 and region_code = '"
        + county.code() + "'").collectAsList().get(0);
    BigDecimal v = new BigDecimal("0").add(g.getAs("value"));
    BigDecimal p = g.getAs("previous");
    BigDecimal expected = v.subtract(p).multiply(BigDecimal.valueOf(100)).divide(p, 2, RoundingMode.HALF_UP);
    assertEquals(0, expected.compareTo(g.getAs("growth_pct")), g.toString());
    long regions = Regions.builtIn().children(Regions.builtIn().require("150400")).size();
    // 2 table indicators and 2 prose indicators with a value in both years, for every county
    assertEquals(4 * regions, s.growth());
    List<Row> firsts = spark.sql("select * from ranks where value_rank = 1").collectAsList();
    assertEquals(4, firsts.size(), firsts.toString());
    assertTrue(firsts.stream().allMatch(r -> (long) r.<Integer>getAs("year") == 2023));
  }
}
