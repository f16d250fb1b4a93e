package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.testkit.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * What the JSON-stat writer writes is a JSON-stat 2.0 dataset by the JSON-stat project's own schema
 * (schema/jsonstat-2.0-dataset.schema.json, see schema/SOURCES.md), which the JSON-stat JavaScript
 * Toolkit and pyjstat read: for generated datasets, and for the real office files read and written
 * back.
 */
class JsonStatSchemaTest {
  private static final Schema SCHEMA = schema();

  private static Schema schema() {
    try (InputStream in = JsonStatSchemaTest.class.getResourceAsStream("schema/jsonstat-2.0-dataset.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String written(Dataset d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new JsonStatFormat().writer().orElseThrow().write(d, out, WriteOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<Error> errors(String json) {
    return SCHEMA.validate(Json.MAPPER.readTree(json));
  }

  @Test
  void theSchemaRefusesWhatIsNotADataset() {
    assertFalse(errors("{\"class\":\"dataset\",\"id\":[\"a\"],\"size\":[1]}").isEmpty(), "no version, no value");
    assertFalse(errors("{\"version\":\"1.0\",\"class\":\"dataset\",\"id\":[\"a\"],\"size\":[1],\"value\":[1],"
        + "\"dimension\":{\"a\":{\"category\":{\"index\":[\"x\"]}}}}").isEmpty(), "version 1.0");
    assertTrue(errors("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"a\"],\"size\":[1],\"value\":[1],"
        + "\"dimension\":{\"a\":{\"category\":{\"index\":[\"x\"]}}}}").isEmpty(), "a minimal dataset");
  }

  @Test
  void generatedDatasetsAreWrittenAsValidJsonStat() {
    AtomicInteger validated = new AtomicInteger();
    Gen<Dataset> datasets = in -> Generators.datasets(30).next(new java.util.SplittableRandom(
        in.next(org.quicktheories.impl.Constraint.none())));
    Gen<Dataset> withBreakdowns = in -> Generators.datasetsWithBreakdowns(30).next(new java.util.SplittableRandom(
        in.next(org.quicktheories.impl.Constraint.none())));
    for (Gen<Dataset> g : List.of(datasets, withBreakdowns)) {
      qt().withExamples(60).forAll(g).checkAssert(d -> {
        String json;
        try {
          json = written(d);
        } catch (IllegalArgumentException refused) {
          return; // a cube the writer refuses, with its message (two observations of one cell …)
        }
        assertEquals(List.of(), errors(json), json.length() > 2000 ? json.substring(0, 2000) : json);
        validated.incrementAndGet();
      });
    }
    assertTrue(validated.get() >= 60, validated + " documents validated");
  }

  @Test
  void officeFilesReadAndWrittenBackAreValidJsonStat() throws Exception {
    int validated = 0;
    List<String> refused = new ArrayList<>();
    for (String file : List.of("canada.json", "galicia.json", "oecd.json", "us-gsp.json", "cso_ie-CIA01.json",
        "29843.json", "eurostat-name_gpd_c.json", "cso_ie-NQQ25.json", "ons-ST1117EWla.json", "icane-cantabria.json",
        "scb-statswe.json", "ssb-api.json", "wsl-volume.json", "hierarchy.json", "oecd-canada.json")) {
      Dataset.Builder b = Dataset.builder();
      try (InputStream in = JsonStatSchemaTest.class.getResourceAsStream("offices/" + file);
          ObservationCursor c = new JsonStatFormat().reader().orElseThrow().open(in, file, ReadOptions.defaults())) {
        c.forEachRemaining(b::add);
      }
      Dataset d = b.build();
      String json;
      try {
        json = written(d);
      } catch (IllegalArgumentException e) {
        refused.add(file + ": " + e.getMessage());
        continue;
      }
      assertEquals(List.of(), errors(json), file);
      List<Observation> back = new ArrayList<>();
      try (ObservationCursor c = new JsonStatFormat().reader().orElseThrow().open(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), file, ReadOptions.defaults())) {
        c.forEachRemaining(back::add);
      }
      assertEquals(d.observations().size(), back.size(), file + " reads back whole");
      validated++;
    }
    // a bundle of two cubes with different breakdowns is no one JSON-stat cube: the writer says so
    assertEquals(1, refused.size(), refused.toString());
    assertTrue(refused.get(0).startsWith("oecd-canada.json"), refused.toString());
    assertEquals(14, validated);
  }
}
