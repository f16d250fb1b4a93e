package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.testkit.Generators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema shipped in the jar is valid JSON and describes every property the writer
 * writes (its objects have additionalProperties false, so an undescribed property would be a
 * schema violation).
 */
class SchemaTest {

  private static JsonNode schema() {
    try (InputStream in = NativeJsonFormat.class.getResourceAsStream("zhibiao-dataset.schema.json")) {
      assertNotNull(in, "the schema is in the jar next to the format");
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode written(Dataset d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new NativeJsonFormat().writer().orElseThrow().write(d, out, WriteOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Json.MAPPER.readTree(out.toByteArray());
  }

  /** Every property of the written document is described by the schema; returns how many nested objects it saw. */
  private static int check(JsonNode schema, JsonNode doc) {
    Set<String> top = new TreeSet<>(schema.path("properties").propertyNames());
    Set<String> indicator = new TreeSet<>(schema.path("$defs").path("indicator").path("properties").propertyNames());
    JsonNode observation = schema.path("$defs").path("observation").path("properties");
    assertTrue(top.containsAll(doc.propertyNames()), doc.propertyNames().toString());
    for (JsonNode i : doc.path("indicators").values()) {
      assertTrue(indicator.containsAll(i.propertyNames()), i.toString());
    }
    Set<String> region = new TreeSet<>(schema.path("$defs").path("region").path("properties").propertyNames());
    for (JsonNode r : doc.path("regions").values()) {
      assertTrue(region.containsAll(r.propertyNames()), r.toString());
    }
    int nested = 0;
    for (JsonNode o : doc.path("observations").values()) {
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        JsonNode s = observation.path(e.getKey());
        assertFalse(s.isMissingNode(), "the schema describes observation property " + e.getKey());
        if (e.getValue().isObject()) {
          assertTrue(new TreeSet<>(s.path("properties").propertyNames()).containsAll(e.getValue().propertyNames()),
              e.getKey() + ": " + e.getValue());
          nested++;
        }
      }
    }
    return nested;
  }

  @Test
  void theSchemaIsJsonSchema2020() {
    JsonNode schema = schema();
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asString());
    assertEquals(Set.of("region", "indicator", "observation", "decimal", "quantity", "breakdown"),
        new TreeSet<>(schema.path("$defs").propertyNames()));
  }

  @Test
  void theSeedAsWrittenIsDescribed() {
    Dataset seed = DatasetFormats.read(Path.of("../seeds/chifeng-2023.json"));
    assertTrue(check(schema(), written(seed)) > 10, "the seed has changes, rankings and shares");
  }

  @Test
  void generatedDatasetsAsWrittenAreDescribed() {
    JsonNode schema = schema();
    // the testkit's generator, driven by QuickTheories' randomness (QuickTheories is a test dependency here)
    org.quicktheories.core.Gen<Dataset> datasets =
        in -> Generators.datasets().next(new java.util.SplittableRandom(in.next(org.quicktheories.impl.Constraint.none())));
    qt().withExamples(100).forAll(datasets).checkAssert(d -> check(schema, written(d)));
    org.quicktheories.core.Gen<Dataset> withBreakdowns = in -> Generators.datasetsWithBreakdowns(30)
        .next(new java.util.SplittableRandom(in.next(org.quicktheories.impl.Constraint.none())));
    qt().withExamples(100).forAll(withBreakdowns).checkAssert(d -> check(schema, written(d)));
  }
}
