package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** JSON-stat files in the shapes statistics offices publish give observations with the right units. */
class JsonStatTest {

  private static Dataset read(String name) throws Exception {
    try (InputStream in = JsonStatTest.class.getResourceAsStream("jsonstat/" + name)) {
      byte[] bytes = in.readAllBytes();
      assertTrue(new JsonStatFormat().canRead(bytes), name + " sniffs as JSON-stat");
      assertTrue(!new NativeJsonFormat().canRead(bytes), name + " is not native JSON");
      return new JsonStatFormat().reader().orElseThrow()
          .open(new java.io.ByteArrayInputStream(bytes), name, ReadOptions.defaults()).toDataset();
    }
  }

  @Test
  void statJsonAndJsonstatPickJsonStatByNameWhileJsonStaysNative() {
    DatasetFormats formats = DatasetFormats.installed();
    assertEquals("json-stat", formats.byExtension(java.nio.file.Path.of("target/chifeng.stat.json")).orElseThrow().id());
    assertEquals("json-stat", formats.byExtension(java.nio.file.Path.of("chifeng.JSONSTAT")).orElseThrow().id());
    assertEquals("json", formats.byExtension(java.nio.file.Path.of("chifeng.json")).orElseThrow().id());
  }

  @Test
  void eurostatShapeWithoutRolesAndWithSizeOneDimensions() throws Exception {
    Dataset d = read("eurostat-like.json");
    assertEquals(5, d.size(), "the null cell of 通辽 2022 is no figure");
    Observation chifeng = d.observations().stream().filter(o -> o.region().equals(Region.CHIFENG)
        && o.period().equals(Period.year(2023))).findFirst().orElseThrow();
    assertEquals(Quantity.parse("2210.6万头只"), chifeng.value());
    // freq, a dimension that is neither metric, geo nor time, is a breakdown (of one category here)
    assertEquals(io.github.zhibiao.model.Breakdowns.of(io.github.zhibiao.model.Breakdown.of("freq", "frequency"),
        io.github.zhibiao.model.Category.of("A", "annual")), chifeng.breakdowns());
    assertEquals(Status.PROVISIONAL, chifeng.status());
    assertEquals("锡林郭勒盟", d.observations().get(4).region().name());
  }

  @Test
  void pxwebShapeWithBaseUnitsMultipliersAndMonthCodes() throws Exception {
    Dataset d = read("pxweb-like.json");
    assertEquals(4, d.size(), "four of the eight cells are null");
    Observation grain = d.find("GrainOutput", Region.CHIFENG, Period.month(2023, 12)).get(0);
    assertEquals(Units.of("亿斤"), grain.value().unit());
    assertEquals(Quantity.parse("650万吨"), grain.value().to(Units.of("万吨")));
    Observation meat = d.find("MeatCapacity", Region.CHIFENG, Period.month(2023, 12)).get(0);
    assertEquals(Quantity.parse("116万吨"), meat.value());
    assertEquals("敖汉旗", d.observations().get(3).region().name());
  }

  @Test
  void collectionsOfEmbeddedDatasets() throws Exception {
    Dataset d = read("collection.json");
    assertEquals(3, d.size());
    assertEquals(Quantity.parse("754.49亿元"), d.observations().get(1).value());
    Observation air = d.observations().get(2);
    assertEquals(Quantity.parse("92.6%"), air.value());
    assertEquals(Region.CHIFENG, air.region(), "a region found by its short name");
    assertEquals(Period.months(2023, 1, 11), air.period());
  }

  @Test
  void sparseValuesWithAnEstimate() throws Exception {
    Dataset d = read("sparse-with-status.json");
    assertEquals(2, d.size());
    assertEquals(Quantity.parse("1137.9千公顷"), d.observations().get(0).value());
    assertEquals(Status.ESTIMATED, d.observations().get(0).status());
    assertTrue(d.observations().get(0).value().isEquivalentTo(Quantity.parse("1706.85万亩")));
  }

  @Test
  void theSeedRoundTripsThroughJsonStat() throws Exception {
    Dataset seed = DatasetFormats.read(java.nio.file.Path.of("../seeds/chifeng-2023.json"));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new JsonStatFormat().writer().orElseThrow().write(seed, out, io.github.zhibiao.spi.WriteOptions.defaults());
    Dataset back = new JsonStatFormat().reader().orElseThrow()
        .open(new java.io.ByteArrayInputStream(out.toByteArray()), "seed.json", ReadOptions.defaults()).toDataset();
    assertEquals(JsonStatContract.sorted(seed), JsonStatContract.sorted(back));
  }
}
