package io.github.zhibiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wide CSV and JSON-stat writers put periods in date order ({@link Period#compareTo}: by the
 * day a period ends, then the day it starts, the longer first), whatever order the observations
 * come in. The seed meets its periods as 2023, 2023-12-31, 2023-06-30, 2023-01/2023-11.
 */
class PeriodOrderTest {
  private static final List<String> BY_DATE = List.of("2023-06-30", "2023-01/2023-11", "2023", "2023-12-31");

  private static String written(String id, Dataset d) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DatasetFormats.installed().byId(id).orElseThrow().writer().orElseThrow().write(d, out, WriteOptions.defaults());
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<String> firstSeen(Dataset d) {
    List<String> seen = new ArrayList<>();
    for (Observation o : d.observations()) {
      if (!seen.contains(o.period().toString())) {
        seen.add(o.period().toString());
      }
    }
    return seen;
  }

  private static List<String> wideHeaderPeriods(String csv) {
    List<String> header = Arrays.asList(csv.substring(0, csv.indexOf('\n')).strip().split(","));
    return header.subList(7, header.size());
  }

  private static List<String> jsonStatPeriods(String json) {
    JsonNode index = JsonMapper.builder().build().readTree(json).path("dimension").path("period")
        .path("category").path("index");
    List<String> ids = new ArrayList<>();
    for (JsonNode n : index) {
      ids.add(n.asString());
    }
    return ids;
  }

  @Test
  void theSeedsPeriodsAreWrittenInDateOrderNotAsFirstSeen() throws Exception {
    Dataset seed = DatasetFormats.read(ExamplesTest.SEED);
    assertEquals(List.of("2023", "2023-12-31", "2023-06-30", "2023-01/2023-11"), firstSeen(seed));
    assertEquals(BY_DATE, wideHeaderPeriods(written("csv-wide", seed)));
    assertEquals(BY_DATE, jsonStatPeriods(written("json-stat", seed)));
  }

  @Test
  void reversedInputGivesTheSameOrder() throws Exception {
    Dataset seed = DatasetFormats.read(ExamplesTest.SEED);
    List<Observation> reversed = new ArrayList<>(seed.observations());
    Collections.reverse(reversed);
    Dataset backwards = Dataset.of(reversed);
    assertNotEquals(firstSeen(seed), firstSeen(backwards));
    assertEquals(BY_DATE, wideHeaderPeriods(written("csv-wide", backwards)));
    assertEquals(BY_DATE, jsonStatPeriods(written("json-stat", backwards)));
  }

  @Test
  void dateOrderIsByEndThenStart() {
    List<Period> periods = new ArrayList<>(BY_DATE.stream().map(Period::parse).toList());
    Collections.shuffle(periods, new java.util.Random(7));
    Collections.sort(periods);
    assertEquals(BY_DATE, periods.stream().map(Period::toString).toList());
  }
}
