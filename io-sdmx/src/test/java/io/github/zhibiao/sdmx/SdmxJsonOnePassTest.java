package io.github.zhibiao.sdmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.Quantity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: SDMX-JSON read in one pass when the structures come first, in two when the data sets
 * do, and a data set whose settings follow its series held until its end: the same observations
 * each way.
 */
class SdmxJsonOnePassTest {
  private static final String STRUCTURES = "\"structures\":[{\"links\":[{\"rel\":\"dataflow\","
      + "\"urn\":\"urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=TEST:REG(1.0)\"}],"
      + "\"dimensions\":{\"series\":[{\"id\":\"MEASURE\",\"values\":[{\"id\":\"GDP\"},{\"id\":\"INV\"}]}],"
      + "\"observation\":[{\"id\":\"TIME_PERIOD\",\"values\":[{\"value\":\"2022\"},{\"value\":\"2023\"}]}]},"
      + "\"attributes\":{\"dataSet\":[{\"id\":\"UNIT_MEASURE\",\"values\":[{\"id\":\"CNY\"}]},"
      + "{\"id\":\"UNIT_MULT\",\"values\":[{\"id\":\"4\"},{\"id\":\"8\"}]}],"
      + "\"observation\":[{\"id\":\"OBS_STATUS\",\"values\":[{\"id\":\"A\"},{\"id\":\"E\"}]}]},"
      + "\"measures\":{\"observation\":[{\"id\":\"OBS_VALUE\"}]}}]";
  /** A series object with a brace, a bracket and an escaped quote in a string, which the look at the bytes must pass over. */
  private static final String SERIES = "\"series\":{\"0\":{\"note\":\"a } ] \\\" , \\\"structure\\\": 1\","
      + "\"observations\":{\"0\":[130.5,0],\"1\":[140.25,1]}},\"1\":{\"observations\":{\"1\":[9.75]}}}";
  private static final String SETTINGS = "\"structure\":0,\"action\":\"Information\",\"attributes\":[0,1]";

  private static String message(String data) {
    return "{\"meta\":{\"id\":\"T\"},\"data\":{" + data + "}}";
  }

  private static List<Observation> read(String json, ReadOptions options) {
    List<Observation> out = new ArrayList<>();
    try (ObservationCursor c = new SdmxJsonFormat().reader().orElseThrow().open(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "hand-made", options)) {
      c.forEachRemaining(out::add);
      assertEquals(0, c.report().rejected(), c.report().problems().toString());
    }
    return out;
  }

  @Test
  void structuresFirstDataSetsFirstAndSettingsLastReadTheSame() {
    List<Observation> onePass = read(message(STRUCTURES + ",\"dataSets\":[{" + SETTINGS + "," + SERIES + "}]"),
        ReadOptions.defaults());
    List<Observation> held = read(message(STRUCTURES + ",\"dataSets\":[{" + SERIES + "," + SETTINGS + "}]"),
        ReadOptions.defaults());
    List<Observation> twoPasses = read(message("\"dataSets\":[{" + SERIES + "," + SETTINGS + "}]," + STRUCTURES),
        ReadOptions.defaults());
    assertEquals(3, onePass.size());
    // the data set's attributes: CNY with UNIT_MULT 8, so 亿元, whichever way the message was read
    assertEquals(Quantity.parse("130.5亿元"), onePass.get(0).value());
    assertEquals(Quantity.parse("140.25亿元"), onePass.get(1).value());
    assertEquals(Quantity.parse("9.75亿元"), onePass.get(2).value());
    assertTrue(onePass.get(2).breakdowns().toString().contains("INV"), onePass.get(2).toString());
    assertEquals(onePass, held);
    assertEquals(onePass, twoPasses);
  }

  @Test
  void aSecondDataSetReadsWithItsOwnSettings() {
    String second = "{\"attributes\":[0,0]," + SERIES + "}";
    List<Observation> obs = read(message(STRUCTURES + ",\"dataSets\":[{" + SETTINGS + "," + SERIES + "}," + second
        + "]"), ReadOptions.defaults());
    assertEquals(6, obs.size());
    assertEquals(Quantity.parse("130.5亿元"), obs.get(0).value());
    assertEquals(Quantity.parse("130.5万元"), obs.get(3).value());
  }

  @Test
  void aDeleteDataSetWhoseActionFollowsItsSeriesGivesNoObservationEvenLeniently() {
    String json = message(STRUCTURES + ",\"dataSets\":[{" + SERIES + ",\"action\":\"Delete\"}]");
    List<Observation> got = new ArrayList<>();
    DatasetReadException e = assertThrows(DatasetReadException.class, () -> {
      try (ObservationCursor c = new SdmxJsonFormat().reader().orElseThrow().open(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "hand-made", ReadOptions.defaults().lenient())) {
        c.forEachRemaining(got::add);
      }
    });
    assertTrue(e.getMessage().contains("$.data.dataSets[0].action"), e.getMessage());
    assertTrue(got.isEmpty(), got.toString());
  }

  @Test
  void aDataSetReferringToAMissingStructureIsRefusedInOnePass() {
    DatasetReadException e = assertThrows(DatasetReadException.class, () -> read(message(STRUCTURES
        + ",\"dataSets\":[{\"structure\":3," + SERIES + "}]"), ReadOptions.defaults().lenient()));
    assertTrue(e.getMessage().contains("$.data.dataSets[0].structure"), e.getMessage());
    assertTrue(e.getMessage().contains("refers to structure 3"), e.getMessage());
  }

  @Test
  void whatFollowsTheDataSetsIsStillChecked() {
    DatasetReadException v1 = assertThrows(DatasetReadException.class, () -> read(message(STRUCTURES
        + ",\"dataSets\":[{" + SETTINGS + "," + SERIES + "}],\"structure\":{}"), ReadOptions.defaults()));
    assertTrue(v1.getMessage().contains("$.data.structure") && v1.getMessage().contains("SDMX-JSON 1.0"),
        v1.getMessage());
    DatasetReadException malformed = assertThrows(DatasetReadException.class, () -> read(message(STRUCTURES
        + ",\"dataSets\":[{" + SETTINGS + "," + SERIES + "}],\"meta\":{"), ReadOptions.defaults()));
    assertTrue(malformed.getMessage().contains("malformed JSON"), malformed.getMessage());
  }

  @Test
  void theLookAtTheBytesFindsSettingsAfterCells() {
    assertFalse(after("{\"structure\":0,\"series\":{\"0\":{\"structure\":[1]}}}"));
    assertTrue(after("{\"series\":{},\"structure\":0}"));
    assertTrue(after("{\"observations\":{\"0\":[1]} , \"attributes\":[0]}"));
    assertFalse(after("{\"series\":{\"a\":\"}\\\"\",\"b\":[\"]\"]},\"links\":[]}"));
    assertTrue(after("{\"series\":{},\"\\u0061ction\":\"Delete\"}")); // an escaped key: held, to be safe
    assertTrue(after("{\"series\":{")); // no end: held; the parser reports the malformed JSON
    assertTrue(after("[]"));
  }

  private static boolean after(String json) {
    return SdmxJsonReader.Settings.settingAfterCells(json.getBytes(StandardCharsets.UTF_8), 0);
  }
}
