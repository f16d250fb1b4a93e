package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadReport;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitCatalog;
import io.github.zhibiao.unit.Units;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real JSON-stat files from statistics offices and the JSON-stat project (see offices/SOURCES.md),
 * read with the default options, each compared with an independent reading written here with
 * plain Jackson tree walking: which datasets a document holds, where id and size stand (2.0 beside
 * {@code dimension}, 1.x inside it), the categories of each cell by row-major index arithmetic over
 * {@code size}, and its value. Every cell with a figure must come out as one observation, in the
 * file's order, with that value (exactly), its categories and a unit that says what the file says;
 * every cell without one (null, {@code ..}, {@code :}) must be counted as a missing value.
 */
class OfficeFilesTest {
  private static final JsonMapper TREE = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  /** The test's own guesses of roles, for files without {@code role}. */
  private static final Map<String, Set<String>> GUESS = Map.of(
      "metric", Set.of("unit", "contentscode", "indicator", "metric"),
      "geo", Set.of("geo", "region", "area", "country"),
      "time", Set.of("time", "year", "tid", "time_period", "period", "date"));

  private static final List<String> READ_WHOLE = List.of(
      "canada.json", "galicia.json", "oecd.json", "us-labor.json", "us-gsp.json", "hierarchy.json", "cso_ie-CIA01.json",
      "29843.json", "eurostat-name_gpd_c-geo_IT_FR.json", "cso_ie-NQQ25.json", "eurostat-name_gpd_c-geo_IT.json",
      "eurostat-name_gpd_c.json", "eurostat-later-name_gpd_c-geo_IT.json", "eurostat-later-name_gpd_c.json",
      "oecd-canada.json", "oecd-canada-col.json", "ons-CPI15.json", "ons-ST1117EWla.json", "icane-cantabria.json",
      "pyjstat-galicia-2.0.json", "galicia-ds.json", "galicia-bundle.json", "scb-statswe.json", "us-labor-ds.json",
      "ssb-api.json", "ssb-canada.json", "ssb-galicia.json", "ssb-oecd-canada-col.json", "ssb-oecd.json",
      "ssb-us-gsp.json", "ssb-us-labor.json", "hamnis-oecd-canada.json", "rjstat-canada.json", "rjstat-galicia.json",
      "rjstat-hierarchy.json", "rjstat-oecd.json", "rjstat-oecd_tidy.json", "rjstat-us-gsp.json", "rjstat-us-labor.json",
      "wsl-volume.json", "wsl-volume-transposed.json", "wsl-volume-onedim-transposed.json", "lfi-oecd.json");

  @Test
  void atLeastFortyFilesOfEightOfficesInBothVersions() throws Exception {
    Path dir = Path.of(OfficeFilesTest.class.getResource("offices/SOURCES.md").toURI()).getParent();
    try (var files = Files.list(dir)) {
      List<String> all = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
      assertTrue(all.size() >= 40, all.toString());
      String sources = Files.readString(dir.resolve("SOURCES.md"));
      for (String f : all) {
        assertTrue(sources.contains("| " + f + " |"), f + " is listed in SOURCES.md");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "canada.json", "galicia.json", "oecd.json", "us-labor.json", "us-gsp.json", "hierarchy.json", "cso_ie-CIA01.json",
    "29843.json", "eurostat-name_gpd_c-geo_IT_FR.json", "cso_ie-NQQ25.json", "eurostat-name_gpd_c-geo_IT.json",
    "eurostat-name_gpd_c.json", "eurostat-later-name_gpd_c-geo_IT.json", "eurostat-later-name_gpd_c.json",
    "oecd-canada.json", "oecd-canada-col.json", "ons-CPI15.json", "ons-ST1117EWla.json", "icane-cantabria.json",
    "pyjstat-galicia-2.0.json", "galicia-ds.json", "galicia-bundle.json", "scb-statswe.json", "us-labor-ds.json",
    "ssb-api.json", "ssb-canada.json", "ssb-galicia.json", "ssb-oecd-canada-col.json", "ssb-oecd.json",
    "ssb-us-gsp.json", "ssb-us-labor.json", "hamnis-oecd-canada.json", "rjstat-canada.json", "rjstat-galicia.json",
    "rjstat-hierarchy.json", "rjstat-oecd.json", "rjstat-oecd_tidy.json", "rjstat-us-gsp.json", "rjstat-us-labor.json",
    "wsl-volume.json", "wsl-volume-transposed.json", "wsl-volume-onedim-transposed.json", "lfi-oecd.json"})
  void readsWholeAsAnIndependentReadingSays(String file) throws Exception {
    assertTrue(READ_WHOLE.contains(file));
    List<Expected> expected = new ArrayList<>();
    long missing = independentReading(file, expected);
    List<Observation> read = new ArrayList<>();
    ReadReport report;
    byte[] bytes;
    try (InputStream in = OfficeFilesTest.class.getResourceAsStream("offices/" + file)) {
      bytes = in.readAllBytes();
    }
    assertTrue(new JsonStatFormat().canRead(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 4096))),
        "sniffed as JSON-stat");
    try (ObservationCursor c = new JsonStatFormat().reader().orElseThrow()
        .open(new java.io.ByteArrayInputStream(bytes), file, ReadOptions.defaults())) {
      c.forEachRemaining(read::add);
      report = c.report();
    }
    assertEquals(0, report.rejected(), report.problems().toString());
    assertEquals(expected.size(), read.size(), "observations");
    assertEquals(missing, report.missingValues().values().stream().mapToLong(Long::longValue).sum(),
        "cells without a figure: " + report.missingValues());
    Map<String, Period> periods = new HashMap<>();
    Map<Period, String> periodIds = new HashMap<>();
    Map<String, Unit> units = new HashMap<>();
    for (int i = 0; i < read.size(); i++) {
      Observation o = read.get(i);
      Expected e = expected.get(i);
      String at = file + " cell " + e.index + " of " + e.dataset + ": " + o;
      assertEquals(0, e.value.compareTo(o.value().value()), at);
      if (e.metric != null) {
        assertEquals(e.metric.contains(" ") ? io.github.zhibiao.model.Indicator.derivedCode(e.metric) : e.metric,
            o.indicator().code(), at);
      }
      if (e.geo == null) {
        assertEquals(Region.NOT_STATED, o.region(), at);
      } else {
        // the category's code, or a registry region of its label (UK, United Kingdom: GB)
        assertTrue(o.region().code().equals(e.geo) || o.region().name().equals(e.geoLabel)
            || o.region().englishName().orElse("").equalsIgnoreCase(e.geoLabel), at + " region " + e.geo);
      }
      if (e.time == null) {
        assertEquals(Period.NOT_STATED, o.period(), at);
      } else {
        // the same category is the same period, and two categories are two periods
        assertEquals(periods.computeIfAbsent(e.time, k -> o.period()), o.period(), at);
        assertEquals(periodIds.computeIfAbsent(o.period(), k -> e.time), e.time, at);
        if (e.time.matches("(19|20)\\d\\d")) {
          assertEquals(e.time, o.period().toString(), at);
        }
      }
      for (Map.Entry<String, String> b : e.breakdowns.entrySet()) {
        assertEquals(b.getValue(), o.breakdowns().category(b.getKey()).orElseThrow(() -> new AssertionError(
            at + " has no breakdown " + b.getKey())).code(), at);
      }
      assertEquals(e.breakdowns.size(), o.breakdowns().entries().size(), at);
      assertEquals(units.computeIfAbsent(e.dataset + "/" + e.metric, k -> o.value().unit()), o.value().unit(),
          at + ": one unit per metric category");
      checkUnit(e.unitTexts, o.value().unit(), at);
      if (e.status != null && !e.status.isBlank()) {
        assertTrue(o.status() != Status.NORMAL || e.status.equalsIgnoreCase("a") || o.note().isPresent(),
            at + " status " + e.status);
      }
    }
  }

  /** The unit says what the file says: the catalog's unit of one of its texts, that text kept as is, or 未注明. */
  private static void checkUnit(List<String> texts, Unit unit, String at) {
    if (texts.isEmpty()) {
      assertEquals(Units.NOT_STATED, unit, at);
      return;
    }
    if (unit.isOpaque()) {
      assertTrue(texts.stream().anyMatch(t -> unit.symbol().startsWith(t) || unit.symbol().startsWith("×10^")), at);
      return;
    }
    for (String t : texts) {
      try {
        Unit u = UnitCatalog.builtIn().parse(t);
        if (u.dimension().equals(unit.dimension())) {
          return;
        }
      } catch (IllegalArgumentException notInTheCatalog) {
        // try the next text
      }
    }
    fail(at + ": unit " + unit + " is none of " + texts);
  }

  /** One cell with a figure, as the independent reading finds it. */
  private record Expected(String dataset, long index, BigDecimal value, String metric, String geo, String geoLabel,
      String time, Map<String, String> breakdowns, List<String> unitTexts, String status) {}

  /**
   * Reads {@code file} with Jackson's tree: the cells with a figure into {@code out}, in file order.
   *
   * @return the number of cells without a figure (null or a marker)
   */
  private static long independentReading(String file, List<Expected> out) throws Exception {
    JsonNode root;
    try (InputStream in = OfficeFilesTest.class.getResourceAsStream("offices/" + file)) {
      root = TREE.readTree(in);
    }
    List<Map.Entry<String, JsonNode>> datasets = new ArrayList<>();
    if (root.path("link").path("item").isArray()) {
      int i = 0;
      for (JsonNode item : root.path("link").path("item")) {
        datasets.add(Map.entry("$.link.item[" + i++ + "]", item));
      }
    } else if (root.has("dimension")) {
      datasets.add(Map.entry("$", root));
    } else {
      root.properties().forEach(p -> datasets.add(Map.entry("$." + p.getKey(), p.getValue())));
    }
    long missing = 0;
    for (Map.Entry<String, JsonNode> d : datasets) {
      missing += cells(d.getKey(), d.getValue(), out);
    }
    return missing;
  }

  private static long cells(String name, JsonNode ds, List<Expected> out) {
    JsonNode dim = ds.path("dimension");
    JsonNode idNode = ds.has("id") ? ds.path("id") : dim.path("id");
    JsonNode sizeNode = ds.has("size") ? ds.path("size") : dim.path("size");
    JsonNode role = ds.has("role") ? ds.path("role") : dim.path("role");
    int n = idNode.size();
    String[] ids = new String[n];
    int[] size = new int[n];
    List<List<String>> cats = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      ids[d] = idNode.get(d).asString();
      size[d] = Integer.parseInt(sizeNode.get(d).asString());
      JsonNode cat = dim.path(ids[d]).path("category");
      String[] byPos = new String[size[d]];
      if (cat.path("index").isArray()) {
        for (int k = 0; k < size[d]; k++) {
          byPos[k] = cat.path("index").get(k).asString();
        }
      } else if (cat.path("index").isObject()) {
        cat.path("index").properties().forEach(e -> byPos[e.getValue().asInt()] = e.getKey());
      } else {
        byPos[0] = cat.path("label").propertyNames().iterator().next();
      }
      cats.add(List.of(byPos));
    }
    String metric = roleOf(role, "metric", ids);
    String geo = roleOf(role, "geo", ids);
    String time = roleOf(role, "time", ids);
    JsonNode values = ds.path("value");
    JsonNode status = ds.path("status").has("value") ? ds.path("status").path("value") : ds.path("status");
    List<Map.Entry<Long, JsonNode>> entries = new ArrayList<>();
    if (values.isArray()) {
      for (int k = 0; k < values.size(); k++) {
        entries.add(Map.entry((long) k, values.get(k)));
      }
    } else {
      values.properties().forEach(e -> entries.add(Map.entry(Long.parseLong(e.getKey()), e.getValue())));
    }
    long missing = 0;
    for (Map.Entry<Long, JsonNode> entry : entries) {
      JsonNode v = entry.getValue();
      long k = entry.getKey();
      String code = status.isString() ? status.asString() : status.isArray() && status.size() == 1
          ? status.get(0).asString() : status.isArray() ? status.path((int) k).asString(null)
          : status.path(Long.toString(k)).asString(null);
      if (v.isNull() || v.isString() && Set.of(".", "..", ":").contains(v.asString())) {
        missing++;
        continue;
      }
      int[] pos = new int[n];
      long rest = k;
      for (int d = n - 1; d >= 0; d--) {
        pos[d] = (int) (rest % size[d]);
        rest /= size[d];
      }
      Map<String, String> breakdowns = new HashMap<>();
      String m = null;
      String g = null;
      String t = null;
      for (int d = 0; d < n; d++) {
        String c = cats.get(d).get(pos[d]);
        if (ids[d].equals(metric)) {
          m = c;
        } else if (ids[d].equals(geo)) {
          g = c;
        } else if (ids[d].equals(time)) {
          t = c;
        } else {
          breakdowns.put(ids[d], c);
        }
      }
      List<String> unitTexts = new ArrayList<>();
      if (metric != null) {
        JsonNode unit = dim.path(metric).path("category").path("unit").path(m);
        for (String key : List.of("label", "symbol", "base")) {
          if (unit.path(key).isString() && !unit.path(key).asString().isBlank()) {
            unitTexts.add(unit.path(key).asString().strip());
          }
        }
        if (unit.isMissingNode() && metric.equalsIgnoreCase("unit")) {
          unitTexts.add(dim.path(metric).path("category").path("label").path(m).asString(m)); // Eurostat
        }
      }
      String geoLabel = geo == null ? null : dim.path(geo).path("category").path("label").path(g).asString(g);
      out.add(new Expected(name, k, v.decimalValue(), m, g, geoLabel, t, breakdowns, unitTexts, code));
    }
    return missing;
  }

  private static String roleOf(JsonNode role, String which, String[] ids) {
    if (role.path(which).isArray() && !role.path(which).isEmpty()) {
      return role.path(which).get(0).asString();
    }
    for (String id : ids) {
      if (GUESS.get(which).contains(id.toLowerCase(Locale.ROOT))) {
        return id;
      }
    }
    return null;
  }

  /** Files that are valid JSON-stat of a variant this reader does not read, or broken: each says why. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "collection-of-links.json|at $.link.item[0]: only embedded datasets are read; this item has no dimension (a link to fetch?)",
    "pyjstat-collection-of-links.json|at $.link.item[0]: only embedded datasets are read",
    "ons-QS104EW.json|at $.QS104EW.id: id and size must be arrays of the same, non-zero length",
  })
  void saysWhyItCannotRead(String file, String reason) throws Exception {
    try (InputStream in = OfficeFilesTest.class.getResourceAsStream("offices/" + file)) {
      DatasetReadException e = org.junit.jupiter.api.Assertions.assertThrows(DatasetReadException.class, () -> {
        try (ObservationCursor c = new JsonStatFormat().reader().orElseThrow().open(in, file, ReadOptions.defaults())) {
          c.forEachRemaining(o -> { });
        }
      });
      assertTrue(e.getMessage().startsWith(file + ", ") && e.getMessage().contains(reason), e.getMessage());
    }
  }

  /** {@code DatasetFormats.open} finds JSON-stat in every one of them by its content (all are .json). */
  @Test
  void datasetFormatsOpenFindsJsonStat() throws Exception {
    Path dir = Path.of(OfficeFilesTest.class.getResource("offices/SOURCES.md").toURI()).getParent();
    for (String f : READ_WHOLE) {
      try (ObservationCursor c = DatasetFormats.installed().open(dir.resolve(f), ReadOptions.defaults())) {
        assertTrue(c.hasNext() || f.contains("hierarchy"), f);
        assertNotEquals(0, c.report().read() + (f.contains("hierarchy") ? 1 : 0), f);
      }
    }
  }

  @Test
  void strictUnitsRefuseWhatTheCatalogDoesNotKnow() throws Exception {
    try (InputStream in = OfficeFilesTest.class.getResourceAsStream("offices/icane-cantabria.json")) {
      ObservationCursor c = new JsonStatFormat().reader().orElseThrow().open(in, "icane-cantabria.json",
          ReadOptions.defaults().lenient().withUnitPolicy(io.github.zhibiao.unit.UnitPolicy.STRICT));
      c.forEachRemaining(o -> assertTrue(!o.value().unit().isOpaque() && o.value().unit() != Units.NOT_STATED));
      ReadReport r = c.report();
      assertTrue(r.rejected() > 0 && r.opaqueUnits().isEmpty(), r.toString());
      assertTrue(r.problems().get(0).toString().contains("Miles de personas")
          || r.problems().get(0).toString().contains("no label"), r.problems().get(0).toString());
    }
    try (InputStream in = OfficeFilesTest.class.getResourceAsStream("offices/icane-cantabria.json")) {
      ObservationCursor c = new JsonStatFormat().reader().orElseThrow().open(in, "icane-cantabria.json", ReadOptions.defaults());
      c.forEachRemaining(o -> { });
      assertEquals(Map.of("Miles de personas", 3485L), c.report().opaqueUnits());
      assertEquals(Map.of("null", 1195L), c.report().missingValues());
    }
  }
}
