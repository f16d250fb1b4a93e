package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadReport;
import io.github.zhibiao.unit.Dimension;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitCatalog;
import io.github.zhibiao.unit.UnitPolicy;
import io.github.zhibiao.unit.Units;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unit objects as statistics offices publish them in JSON-stat, read under each unit policy. */
class OfficeUnitsTest {

  private static String dataset(String unitObject) {
    return "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"indicator\",\"region\",\"period\"],\"size\":[1,1,2],"
        + "\"dimension\":{\"indicator\":{\"category\":{\"index\":[\"X\"],\"unit\":{\"X\":" + unitObject + "}}},"
        + "\"region\":{\"category\":{\"index\":[\"150400\"]}},\"period\":{\"category\":{\"index\":[\"2022\",\"2023\"]}}},"
        + "\"value\":[1.5,2]}";
  }

  private static ObservationCursor open(String unitObject, ReadOptions options) {
    byte[] bytes = dataset(unitObject).getBytes(StandardCharsets.UTF_8);
    return new JsonStatFormat().reader().orElseThrow().open(new ByteArrayInputStream(bytes), "units.json", options);
  }

  private static List<String[]> rows() throws Exception {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        OfficeUnitsTest.class.getResourceAsStream("units/office-unit-labels.tsv"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          rows.add(line.split("\t"));
        }
      }
    }
    return rows;
  }

  @Test
  void everyPublishedUnitReadsAsExpectedAndOpaqueLabelsAreCounted() throws Exception {
    List<String[]> rows = rows();
    assertEquals(17, rows.size());
    for (String[] row : rows) {
      ObservationCursor cursor = open(row[1], ReadOptions.defaults());
      List<Observation> read = new ArrayList<>();
      cursor.forEachRemaining(read::add);
      assertEquals(2, read.size(), row[1]);
      Unit unit = read.get(0).value().unit();
      ReadReport report = cursor.report();
      if (row[2].startsWith("opaque:")) {
        assertTrue(unit.isOpaque(), row[0] + " " + row[1] + " gave " + unit);
        assertEquals(row[2].substring("opaque:".length()), unit.symbol(), row[1]);
        assertEquals(Map.of(unit.symbol(), 2L), report.opaqueUnits(), row[1]);
        assertTrue(report.toString().contains("opaque units"), report::toString);
      } else {
        assertEquals(Units.of(row[2]), unit, row[0] + " " + row[1]);
        assertEquals(Map.of(), report.opaqueUnits(), row[1]);
      }
    }
  }

  @Test
  void theStrictPolicyRefusesWhatTheCatalogDoesNotKnow() throws Exception {
    ReadOptions strict = ReadOptions.defaults().withUnitPolicy(UnitPolicy.STRICT);
    int refused = 0;
    for (String[] row : rows()) {
      if (row[2].startsWith("opaque:")) {
        DatasetReadException e = assertThrows(DatasetReadException.class, () -> open(row[1], strict).toDataset());
        assertTrue(e.getMessage().contains("strict unit policy"), e.getMessage());
        refused++;
      } else {
        assertEquals(Units.of(row[2]), open(row[1], strict).toDataset().observations().get(0).value().unit());
      }
    }
    assertEquals(2, refused);
  }

  @Test
  void anEmptyUnitIsNotStatedNeverAPureNumber() {
    Observation o = open("{\"symbol\":\"\",\"label\":\"\"}", ReadOptions.defaults()).toDataset().observations().get(0);
    assertEquals(Units.NOT_STATED, o.value().unit());
    Observation scaled = open("{\"symbol\":\"\",\"multiplier\":3}", ReadOptions.defaults()).toDataset().observations().get(0);
    assertEquals(Unit.opaque("×10^3"), scaled.value().unit(), "the scale stays with the label");
    DatasetReadException e = assertThrows(DatasetReadException.class,
        () -> open("{\"symbol\":\"\"}", ReadOptions.defaults().withUnitPolicy(UnitPolicy.STRICT)).toDataset());
    assertTrue(e.getMessage().contains("the unit has no label, symbol or base"), e.getMessage());
  }

  @Test
  void aUsersCatalogTurnsAnOpaqueLabelIntoAUnit() {
    UnitCatalog mine = UnitCatalog.builtIn()
        .with(Units.PERSON, "personas")
        .with(Unit.of("antal", "number (Swedish)", Dimension.base("COUNT"), Rational.ONE));
    Observation miles = open("{\"label\":\"Miles de personas\"}", ReadOptions.defaults().withUnits(mine))
        .toDataset().observations().get(0);
    assertEquals(Quantity.parse("1.5千人"), miles.value());
    Observation before = open("{\"label\":\"Miles de personas\"}", ReadOptions.defaults()).toDataset().observations().get(0);
    assertTrue(before.value().unit().isOpaque());
    Observation antal = open("{\"label\":\"antal\"}", ReadOptions.defaults().withUnits(mine))
        .toDataset().observations().get(0);
    assertTrue(antal.value().unit().isConvertibleTo(Units.NUMBER));
  }
}
