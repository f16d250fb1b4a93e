package io.github.zhibiao.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.unit.Dimension;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitCatalog;
import io.github.zhibiao.unit.UnitPolicy;
import io.github.zhibiao.unit.Units;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CSV reads units with the catalog and the policy of its read options, and never invents a pure number. */
class CsvUnitsTest {
  private static final String HEAD = "indicator,indicator_name,region,period,value,unit\n";

  private static ObservationCursor open(String csv, ReadOptions options) {
    return new LongCsvFormat().reader().orElseThrow()
        .open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "units.csv", options);
  }

  @Test
  void aUsersUnitsReadThroughTheOptions() {
    UnitCatalog mine = UnitCatalog.builtIn().with(Unit.of("担", "dan", Dimension.MASS, Rational.of(50)))
        .with(Unit.of("车次", "vehicle runs", Dimension.base("VEHICLE_RUN"), Rational.ONE));
    String csv = HEAD + "GRAIN,粮食,150400,2023,3.2,万担\nTRUCKS,货车,150400,2023,1200,车次\nCASH,现金,150400,2023,3万担,\n";
    Dataset d = open(csv, ReadOptions.defaults().withUnits(mine)).toDataset();
    assertEquals(0, Quantity.parse("1600吨").value().compareTo(d.observations().get(0).value().to(Units.TONNE).value()));
    assertEquals("车次", d.observations().get(1).value().unit().symbol());
    assertEquals("万担", d.observations().get(2).value().unit().symbol(), "a unit inside the value reads with the catalog too");
    DatasetReadException builtIn = assertThrows(DatasetReadException.class, () -> open(csv, ReadOptions.defaults()).toDataset());
    assertEquals(2, builtIn.problem().line().orElseThrow());
    assertEquals("unit", builtIn.problem().field().orElseThrow());
    assertEquals("万担", builtIn.problem().text().orElseThrow());
    assertTrue(builtIn.problem().message().contains("unknown unit '担'"), builtIn.problem().message());
  }

  @Test
  void csvIsStrictByDefaultAndOpenWhenAsked() {
    String csv = HEAD + "X,某指标,150400,2023,12,antal\n";
    assertThrows(DatasetReadException.class, () -> open(csv, ReadOptions.defaults()).toDataset());
    ObservationCursor open = open(csv, ReadOptions.defaults().withUnitPolicy(UnitPolicy.OPEN));
    Observation o = open.toDataset().observations().get(0);
    assertEquals(Unit.opaque("antal"), o.value().unit());
    assertEquals(Map.of("antal", 1L), open.report().opaqueUnits());
  }

  @Test
  void anEmptyUnitBesideAPlainNumberIsAProblemNotAPureNumber() {
    String csv = HEAD + "X,某指标,150400,2023,12,\nY,某指标,150400,2023,十二,\nZ,某指标,150400,2023,12,1\n";
    ObservationCursor c = open(csv, ReadOptions.defaults().lenient());
    List<Observation> read = c.toDataset().observations();
    assertEquals(1, read.size());
    assertEquals(Units.ONE, read.get(0).value().unit(), "the unit one, written 1, is a pure number on purpose");
    List<Problem> problems = c.report().problems();
    assertEquals(2, problems.size());
    assertEquals(2, problems.get(0).line().orElseThrow());
    assertTrue(problems.get(0).message().contains("the unit is missing and the value '12' carries none"),
        problems.get(0).message());
    assertEquals(3, problems.get(1).line().orElseThrow());
  }

  @Test
  void theUnitOneWritesAsOneAndReadsBack() throws Exception {
    String csv = HEAD + "Z,某指标,150400,2023,12,1\n";
    Dataset d = open(csv, ReadOptions.defaults()).toDataset();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new LongCsvFormat().writer().orElseThrow().write(d, out, WriteOptions.defaults());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(",12,1,"), out.toString(StandardCharsets.UTF_8));
    Dataset back = open(out.toString(StandardCharsets.UTF_8), ReadOptions.defaults()).toDataset();
    assertEquals(d.observations(), back.observations());
  }
}
