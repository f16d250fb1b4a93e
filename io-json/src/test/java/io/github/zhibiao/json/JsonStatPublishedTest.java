package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadReport;
import io.github.zhibiao.unit.Units;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conventions of JSON-stat as offices publish it (issue 14), each on a small document. */
class JsonStatPublishedTest {
  private static final String DIMS = "\"dimension\":{\"unit\":{\"category\":{\"index\":[\"PC\"],\"label\":{\"PC\":\"Percentage\"}}},"
      + "\"Población\":{\"category\":{\"index\":[\"Total\",\"Mujeres\"]}},\"TIME_PERIOD\":{\"category\":{\"index\":[\"2022\",\"2023\"]}}}";

  private static List<Observation> read(String text, ReadOptions options, ReadReport[] report) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<Observation> out = new ArrayList<>();
    try (ObservationCursor c = new JsonStatFormat().reader().orElseThrow().open(new ByteArrayInputStream(bytes), "t.json", options)) {
      c.forEachRemaining(out::add);
      if (report != null) {
        report[0] = c.report();
      }
    }
    return out;
  }

  @Test
  void eurostatWithoutRolesUnitsAsLabelsMarkersAndOneStatusForAll() {
    String doc = "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"unit\",\"Población\",\"TIME_PERIOD\"],\"size\":[1,2,2],"
        + DIMS + ",\"status\":[\"p\"],\"value\":[1.5,\":\",null,\"2.25\"]}";
    ReadReport[] report = new ReadReport[1];
    List<Observation> read = read(doc, ReadOptions.defaults(), report);
    assertEquals(2, read.size());
    Observation first = read.get(0);
    assertEquals("PC", first.indicator().code());
    assertEquals(Units.PERCENT, first.value().unit());
    assertEquals(Period.year(2022), first.period());
    assertEquals(Region.NOT_STATED, first.region());
    assertEquals(Status.PROVISIONAL, first.status(), "a one-element status array is every cell's");
    assertEquals("Total", first.breakdowns().category("Población").orElseThrow().code());
    assertEquals(0, new java.math.BigDecimal("2.25").compareTo(read.get(1).value().value()));
    assertEquals(Map.of(":", 1L, "null", 1L), report[0].missingValues());
  }

  @Test
  void aRoleInTheOptionsOverridesTheGuess() {
    String doc = "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"unit\",\"Población\",\"TIME_PERIOD\"],\"size\":[1,2,2],"
        + DIMS + ",\"value\":[1,2,3,4]}";
    List<Observation> read = read(doc, ReadOptions.defaults().withDimensionRole("metric", "Población"), null);
    assertEquals("Mujeres", read.get(1).indicator().code().equals("Total") ? read.get(2).indicator().code()
        : read.get(1).indicator().code());
    assertEquals("未注明", read.get(0).value().unit().symbol(), "a metric category without unit: not stated");
    DatasetReadException e = assertThrows(DatasetReadException.class,
        () -> read(doc, ReadOptions.defaults().withDimensionRole("time", "Tiempo"), null));
    assertTrue(e.getMessage().contains("the read options give dimension 'Tiempo' the role time"), e.getMessage());
  }

  @Test
  void anOfficesOwnStatusFlagIsKeptAsANote() {
    String doc = "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"unit\",\"Población\",\"TIME_PERIOD\"],\"size\":[1,2,2],"
        + DIMS + ",\"status\":{\"1\":\"b\"},\"value\":[1,2,3,4]}";
    List<Observation> read = read(doc, ReadOptions.defaults(), null);
    assertEquals("status b", read.get(1).note().orElseThrow());
    assertEquals(Status.NORMAL, read.get(1).status());
  }

  @Test
  void oneXBundlesAndVersions() {
    String v1 = "{\"value\":[1,2],\"dimension\":{\"id\":[\"metric\",\"year\"],\"size\":[\"1\",\"2\"],"
        + "\"metric\":{\"category\":{\"index\":{\"POP\":0},\"unit\":{\"POP\":{\"label\":\"persons\"}}}},"
        + "\"year\":{\"category\":{\"index\":{\"2022\":0,\"2023\":1}}}}}";
    String bundle = "{\"a\":" + v1 + ",\"b\":" + v1.replace("[1,2]", "[3,4]") + "}";
    assertTrue(new JsonStatFormat().canRead(bundle.getBytes(StandardCharsets.UTF_8)));
    assertTrue(!new NativeJsonFormat().canRead(bundle.getBytes(StandardCharsets.UTF_8)));
    List<Observation> read = read(bundle, ReadOptions.defaults(), null);
    assertEquals(4, read.size());
    assertEquals(Units.of("人"), read.get(3).value().unit());
    DatasetReadException future = assertThrows(DatasetReadException.class,
        () -> read(v1.replace("{\"value\"", "{\"version\":\"3.0\",\"value\""), ReadOptions.defaults(), null));
    assertTrue(future.getMessage().contains("JSON-stat version '3.0' is not supported: this reader reads 2.0 datasets"
        + " and collections of embedded datasets, and 1.x bundles and datasets"), future.getMessage());
    DatasetReadException mixed = assertThrows(DatasetReadException.class,
        () -> read(v1.replace("{\"value\"", "{\"version\":\"2.0\",\"value\""), ReadOptions.defaults(), null));
    assertTrue(mixed.getMessage().contains("with the 1.x layout"), mixed.getMessage());
    DatasetReadException own = assertThrows(DatasetReadException.class,
        () -> read("{\"a\":" + v1 + ",\"value\":[1]}", ReadOptions.defaults(), null));
    assertTrue(own.getMessage().contains("a JSON-stat 1.x bundle holds its datasets under their keys"), own.getMessage());
    ReadReport[] report = new ReadReport[1];
    List<Observation> lenient = read("{\"a\":" + v1.replace("[1,2]", "[1,2,3]") + ",\"b\":" + v1 + "}",
        ReadOptions.defaults().lenient(), report);
    assertEquals(2, lenient.size(), "a bad dataset of a bundle is one bad record");
    assertEquals("$.a.value", report[0].problems().get(0).path().orElseThrow());
  }

  /** us-gsp.json: of 51 US states, only Georgia's label names a registry region, the country GE. */
  @Test
  void aStateIsNotTakenForACountryOfTheSameName() throws Exception {
    try (java.io.InputStream in = JsonStatPublishedTest.class.getResourceAsStream("offices/us-gsp.json");
        ObservationCursor c = new JsonStatFormat().reader().orElseThrow().open(in, "us-gsp.json", ReadOptions.defaults())) {
      List<Observation> georgia = new ArrayList<>();
      c.forEachRemaining(o -> {
        if (o.region().name().equals("Georgia")) {
          georgia.add(o);
        }
      });
      assertEquals(4, georgia.size());
      assertEquals("13", georgia.get(0).region().code(), "the state's own code, a region of the document");
    }
    // where most labels name registry regions (OECD's countries), a label is looked up: UK is GB
    try (java.io.InputStream in = JsonStatPublishedTest.class.getResourceAsStream("offices/oecd.json");
        ObservationCursor c = new JsonStatFormat().reader().orElseThrow().open(in, "oecd.json", ReadOptions.defaults())) {
      java.util.Set<String> codes = new java.util.TreeSet<>();
      c.forEachRemaining(o -> codes.add(o.region().code()));
      assertTrue(codes.contains("GB") && !codes.contains("UK"), codes.toString());
    }
  }

  @Test
  void aValidFileOfAnotherVariantSaysWhatIsRead() {
    String dimension = "{\"version\":\"2.0\",\"class\":\"dimension\",\"label\":\"sex\",\"category\":{\"index\":[\"F\",\"M\"]}}";
    DatasetReadException e = assertThrows(DatasetReadException.class, () -> read(dimension, ReadOptions.defaults(), null));
    assertEquals("t.json, line 1, at $.class: JSON-stat class 'dimension' is not read; this reader reads datasets and"
        + " collections of embedded datasets (2.0), bundles and datasets (1.x)", e.getMessage());
  }

  @Test
  void aDatasetWithoutMetricIsOneIndicatorOfUnstatedUnit() {
    String doc = "{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"Demo\",\"id\":[\"commodity\"],\"size\":[2],"
        + "\"dimension\":{\"commodity\":{\"category\":{\"index\":[\"A\",\"B\"]}}},\"value\":[1,2]}";
    List<Observation> read = read(doc, ReadOptions.defaults(), null);
    assertEquals("DATASET", read.get(0).indicator().code());
    assertEquals("Demo", read.get(0).indicator().name());
    assertEquals(Units.NOT_STATED, read.get(0).value().unit());
    DatasetReadException strict = assertThrows(DatasetReadException.class, () -> read(doc,
        ReadOptions.defaults().withUnitPolicy(io.github.zhibiao.unit.UnitPolicy.STRICT), null));
    assertTrue(strict.getMessage().contains("no metric dimension"), strict.getMessage());
  }
}
