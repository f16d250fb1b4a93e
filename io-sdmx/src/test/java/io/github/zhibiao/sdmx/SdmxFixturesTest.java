package io.github.zhibiao.sdmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.Units;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real messages (see SOURCES.md) read and compared with an independent reading of the same bytes:
 * a split of the CSV lines, a walk of the JSON tree.
 */
class SdmxFixturesTest {

  static byte[] bytes(String name) {
    try (InputStream in = SdmxFixturesTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Observation> read(DatasetFormat f, String name, ReadOptions options) {
    List<Observation> out = new ArrayList<>();
    try (ObservationCursor c = f.reader().orElseThrow().open(new java.io.ByteArrayInputStream(bytes(name)), name,
        options)) {
      c.forEachRemaining(out::add);
      assertEquals(0, c.report().rejected(), c.report().toString());
    }
    return out;
  }

  /** Rows of a CSV without quoted delimiters, split by hand: the independent reading. */
  static List<String[]> rows(String name) {
    List<String[]> rows = new ArrayList<>();
    for (String line : new String(bytes(name), StandardCharsets.UTF_8).split("\r?\n")) {
      if (!line.isEmpty()) {
        rows.add(line.split(",", -1));
      }
    }
    return rows;
  }

  @Test
  void oecdConsumerPricesOfChina() {
    List<Observation> obs = read(new SdmxCsvFormat(), "csv/oecd-g20-prices.csv", ReadOptions.defaults());
    List<String[]> rows = rows("csv/oecd-g20-prices.csv");
    assertEquals(rows.size() - 1, obs.size());
    for (int i = 0; i < obs.size(); i++) {
      String[] r = rows.get(i + 1);
      Observation o = obs.get(i);
      assertEquals(0, new BigDecimal(r[10]).compareTo(o.value().value()), r[10]);
      assertEquals(Period.parse(r[9]), o.period());
      assertEquals("CN", o.region().code()); // CHN, ISO 3166 alpha-3, is China
      assertEquals("DSD_G20_PRICES.DF_G20_PRICES.PA", o.indicator().code()); // UNIT_MEASURE is a dimension here
      assertEquals("PA", o.value().unit().symbol()); // percent per annum, an OECD code: kept opaque
      assertEquals(Status.NORMAL, o.status());
      assertEquals("GY", o.breakdowns().category("TRANSFORMATION").orElseThrow().code());
      assertEquals("CPI", o.breakdowns().category("MEASURE").orElseThrow().code());
    }
    assertEquals(new BigDecimal("-0.8"), obs.get(13).value().value()); // 1998
  }

  @Test
  void bisDerivativesSkipMissingValues() {
    List<String[]> rows = rows("csv/bis-der-v1.csv");
    List<Observation> obs = read(new SdmxCsvFormat(), "csv/bis-der-v1.csv", ReadOptions.defaults());
    List<String[]> filled = new ArrayList<>();
    for (String[] r : rows.subList(1, rows.size())) {
      if (!r[r.length - 1].isEmpty()) {
        filled.add(r);
      }
    }
    assertTrue(filled.size() > 100 && filled.size() < rows.size() - 1);
    assertEquals(filled.size(), obs.size());
    for (int i = 0; i < obs.size(); i++) {
      Observation o = obs.get(i);
      String[] r = filled.get(i);
      assertEquals(0, new BigDecimal(r[20]).compareTo(o.value().value()));
      assertEquals(Region.NOT_STATED, o.region()); // BIS_DER has no REF_AREA: reporting country is a breakdown
      assertEquals(r[9], o.breakdowns().category("DER_CURR_LEG1").orElseThrow().code());
      assertEquals(Units.NOT_STATED, o.value().unit());
      assertEquals("AVAILABILITY=" + r[16] + "; COLLECTION=" + r[17] + "; OBS_CONF=" + r[19], o.note().orElseThrow()); // an attribute kept, not dropped
    }
  }

  @Test
  void sdmxCsv2() {
    List<Observation> v2 = read(new SdmxCsvFormat(), "csv/spec-example-01.csv", ReadOptions.defaults());
    assertEquals(2, v2.size());
    assertEquals(new BigDecimal("10.8"), v2.get(1).value().value());
    assertEquals("2014-01", v2.get(0).breakdowns().category("DIM_3").orElseThrow().code());
    assertEquals("ATTR_2=Y; ATTR_3=Normal, special and other values; ATTR_1=N; UPDATED=2021-01-22T13:15:41Z",
        v2.get(0).note().orElseThrow());
  }

  @Test
  void labelsBothGiveNames() {
    List<Observation> obs = read(new SdmxCsvFormat(), "csv/spec-example-05-labels.csv", ReadOptions.defaults());
    assertEquals(2, obs.size());
    Observation o = obs.get(0);
    assertEquals("NA_MAIN", o.indicator().code());
    assertEquals("National Accounts Main Aggregates", o.indicator().name());
    assertEquals("Value A", o.breakdowns().category("DIM_1").orElseThrow().label());
    assertEquals("Dimension 1", o.breakdowns().entries().get(0).breakdown().label());
    assertEquals(new BigDecimal("12.4"), o.value().value());
    assertTrue(o.note().orElseThrow().contains("ATTR_2=Y"), o.note().orElseThrow());
  }

  @Test
  void ecbExchangeRatesAsSdmxJson() {
    for (String name : List.of("json/exr-time-series.json", "json/exr-flat.json", "json/exr-cross-section.json")) {
      List<Observation> obs = read(new SdmxJsonFormat(), name, ReadOptions.defaults());
      List<BigDecimal> expected = independentValues(name);
      assertEquals(expected.size(), obs.size(), name);
      List<BigDecimal> got = obs.stream().map(o -> o.value().value()).sorted().toList();
      assertEquals(expected.stream().sorted().toList(), got, name);
      for (Observation o : obs) {
        assertEquals("EXR", o.indicator().code(), name);
        assertTrue(o.breakdowns().category("CURRENCY").isPresent(), name);
        assertTrue(o.period().isDated(), name);
      }
    }
  }

  @Test
  void cambodianAgricultureNeedsDimensionGroupAttributes() {
    // its attributes attached to groups of dimensions are not read: refused, saying so, not dropped
    io.github.zhibiao.spi.DatasetReadException e = org.junit.jupiter.api.Assertions.assertThrows(
        io.github.zhibiao.spi.DatasetReadException.class,
        () -> read(new SdmxJsonFormat(), "json/agri.json", ReadOptions.defaults()));
    assertTrue(e.getMessage().contains("dimension-group attributes are not supported"), e.getMessage());
    assertTrue(e.getMessage().contains("$.data.dataSets[0].dimensionGroupAttributes"), e.getMessage());
  }

  /** Every non-null first element of an observation array, by a walk of the tree. */
  static List<BigDecimal> independentValues(String name) {
    JsonNode root = JsonMapper.builder().enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build().readTree(bytes(name));
    List<BigDecimal> out = new ArrayList<>();
    for (JsonNode ds : root.path("data").path("dataSets")) {
      for (JsonNode s : ds.path("series")) {
        for (JsonNode o : s.path("observations")) {
          add(out, o);
        }
      }
      for (JsonNode o : ds.path("observations")) {
        add(out, o);
      }
    }
    return out;
  }

  private static void add(List<BigDecimal> out, JsonNode o) {
    JsonNode v = o.get(0);
    if (v != null && v.isNumber()) {
      out.add(v.decimalValue().stripTrailingZeros());
    } else if (v != null && v.isString() && !v.asString().equals("NaN")) {
      out.add(new BigDecimal(v.asString()).stripTrailingZeros());
    }
  }
}
