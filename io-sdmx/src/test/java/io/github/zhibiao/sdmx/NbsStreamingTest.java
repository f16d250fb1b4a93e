package io.github.zhibiao.sdmx;

import static io.github.zhibiao.sdmx.SdmxFixturesTest.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The NBS reader streams: a response in the portal's order (datanodes before wdnodes) has its
 * cells held and bound after wdnodes; one with wdnodes first is read a cell at a time. Both give
 * what an independent reading of the tree gives.
 */
class NbsStreamingTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static List<Observation> read(byte[] bytes, ReadOptions options) {
    List<Observation> out = new ArrayList<>();
    try (ObservationCursor c = new NbsJsonFormat().reader().orElseThrow().open(new ByteArrayInputStream(bytes), "t.json",
        options)) {
      c.forEachRemaining(out::add);
    }
    return out;
  }

  /** The same response with wdnodes before datanodes. */
  static byte[] wdnodesFirst(byte[] portal) {
    JsonNode root = JSON.readTree(portal);
    ObjectNode data = JSON.createObjectNode();
    data.set("wdnodes", root.path("returndata").path("wdnodes"));
    data.set("datanodes", root.path("returndata").path("datanodes"));
    ObjectNode out = JSON.createObjectNode();
    out.set("returncode", root.path("returncode"));
    out.set("returndata", data);
    return JSON.writeValueAsBytes(out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nbs/m2-monthly.json", "nbs/industry-growth.json", "nbs/beijing-annual.json",
      "nbs/cpi-provinces.json"})
  void bothOrdersGiveWhatTheTreeHolds(String name) {
    byte[] portal = bytes(name);
    String text = new String(portal, StandardCharsets.UTF_8);
    assertTrue(text.indexOf("\"datanodes\"") < text.indexOf("\"wdnodes\""), "the portal's order: " + name);
    List<Observation> held = read(portal, ReadOptions.defaults());
    List<Observation> streamed = read(wdnodesFirst(portal), ReadOptions.defaults());
    assertEquals(held, streamed);
    // the independent reading: every cell with data, in order, its value and codes
    List<JsonNode> cells = new ArrayList<>();
    JSON.readTree(portal).path("returndata").path("datanodes").forEach(c -> {
      if (c.path("data").path("hasdata").asBoolean(true)) {
        cells.add(c);
      }
    });
    assertEquals(cells.size(), held.size());
    for (int i = 0; i < cells.size(); i++) {
      JsonNode c = cells.get(i);
      assertEquals(0, new BigDecimal(c.path("data").path("data").asString()).compareTo(held.get(i).value().value()),
          name + " cell " + i);
      for (JsonNode wd : c.path("wds")) {
        String code = wd.path("valuecode").asString();
        switch (wd.path("wdcode").asString()) {
          case "zb" -> assertEquals(code, held.get(i).indicator().code());
          case "reg" -> assertEquals(code, held.get(i).region().code());
          default -> { }
        }
      }
    }
  }

  private static final String WD = "\"wdnodes\":[{\"nodes\":[{\"cname\":\"国内生产总值\",\"code\":\"A01\",\"unit\":\"亿元\"}],"
      + "\"wdcode\":\"zb\"}]";

  private static String cell(String sj, String data) {
    return "{\"data\":{\"data\":" + data + ",\"hasdata\":true},\"wds\":[{\"valuecode\":\"A01\",\"wdcode\":\"zb\"},"
        + "{\"valuecode\":\"" + sj + "\",\"wdcode\":\"sj\"}]}";
  }

  @Test
  void aFloatIsReadWithItsTrailingZerosStrippedWhateverItsForm() {
    // the reader strips only when the digits before the exponent end in 0; the value and the scale must be those
    // of stripping every float, as the tree reading did
    String[] floats = {"1.50", "2.5", "100.0", "1.0e2", "1.25E-3", "30e1", "7.10E+2", "-4.20", "0.00", "-0.0", "5e0"};
    StringBuilder nodes = new StringBuilder();
    for (int i = 0; i < floats.length; i++) {
      nodes.append(i == 0 ? "" : ",").append(cell(Integer.toString(2000 + i), floats[i]));
    }
    byte[] bytes = ("{\"returncode\":200,\"returndata\":{" + WD + ",\"datanodes\":[" + nodes + "]}}")
        .getBytes(StandardCharsets.UTF_8);
    List<Observation> out = read(bytes, ReadOptions.defaults());
    assertEquals(floats.length, out.size());
    for (int i = 0; i < floats.length; i++) {
      BigDecimal d = new BigDecimal(floats[i]);
      BigDecimal expected = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
      BigDecimal actual = out.get(i).value().value();
      assertEquals(expected, actual, floats[i]);
      assertEquals(expected.scale(), actual.scale(), floats[i]);
    }
  }

  @Test
  void aTruncatedStreamEndsTheReadAfterTheCellsBeforeIt() {
    String text = "{\"returncode\":200,\"returndata\":{" + WD + ",\"datanodes\":[" + cell("2021", "1.50") + ",\n"
        + cell("2022", "2") + ",\n{\"data\":{\"da";
    List<Observation> seen = new ArrayList<>();
    DatasetReadException e = assertThrows(DatasetReadException.class, () -> {
      try (ObservationCursor c = new NbsJsonFormat().reader().orElseThrow().open(
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.json", ReadOptions.defaults().lenient())) {
        c.forEachRemaining(seen::add);
      }
    });
    assertEquals(2, seen.size());
    assertEquals(new BigDecimal("1.5"), seen.get(0).value().value()); // trailing zeros stripped, as before
    assertTrue(e.getMessage().contains("malformed JSON") && e.getMessage().contains("line 3"), e.getMessage());
  }

  @Test
  void badCellsAreCountedInBothOrdersAndContentAfterTheResponseIsRefused() {
    String cells = "\"datanodes\":[" + cell("2021", "1") + "," + cell("2022", "\"x\"") + ","
        + cell("2023", "3").replace("\"sj\"", "\"qq\"") + "," + cell("2024", "4") + "]";
    for (String data : List.of(WD + "," + cells, cells + "," + WD)) {
      byte[] bytes = ("{\"returncode\":200,\"returndata\":{" + data + "}}").getBytes(StandardCharsets.UTF_8);
      try (ObservationCursor c = new NbsJsonFormat().reader().orElseThrow().open(new ByteArrayInputStream(bytes),
          "t.json", ReadOptions.defaults().lenient())) {
        List<Observation> out = new ArrayList<>();
        c.forEachRemaining(out::add);
        assertEquals(2, out.size(), data);
        assertEquals(2, c.report().rejected());
        assertEquals("$.returndata.datanodes[1].data.data", c.report().problems().get(0).path().orElseThrow());
        assertTrue(c.report().problems().get(0).message().contains("expected a number"));
        assertTrue(c.report().problems().get(1).toString().contains("wds[1].wdcode")
            && c.report().problems().get(1).toString().contains("qq"), c.report().problems().get(1).toString());
      }
      byte[] trailing = ("{\"returncode\":200,\"returndata\":{" + data + "}} {}").getBytes(StandardCharsets.UTF_8);
      DatasetReadException e = assertThrows(DatasetReadException.class, () -> read(trailing, ReadOptions.defaults().lenient()));
      assertTrue(e.getMessage().contains("after the response object"), e.getMessage());
    }
    assertFalse(read(("{\"returncode\":200,\"returndata\":{" + WD + ",\"datanodes\":[]}}").getBytes(StandardCharsets.UTF_8),
        ReadOptions.defaults()).iterator().hasNext());
  }
}
