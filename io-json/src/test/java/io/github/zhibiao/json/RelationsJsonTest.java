package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.calc.Consistency;
import io.github.zhibiao.calc.Finding;
import io.github.zhibiao.calc.Relation;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The relations file beside a dataset, and findings as JSON. */
class RelationsJsonTest {

  static List<Relation> read(String json) {
    return RelationsJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "rel.json",
        Regions.builtIn());
  }

  static DatasetReadException bad(String json) {
    return assertThrows(DatasetReadException.class, () -> read(json));
  }

  @Test
  void everyKindReadsToItsRelation() {
    List<Relation> rs = read("""
        {"description": "test", "relations": [
          {"kind": "sum", "total": "T", "parts": ["A", "B"], "note": "why"},
          {"kind": "regionalSum", "indicator": "G", "total": "150400", "parts": ["150402", "150403"]},
          {"kind": "share", "part": "P", "whole": "W"},
          {"kind": "plan", "actual": "A", "target": "A.PLAN"},
          {"kind": "rateOf", "rate": "R", "count": "N"},
          {"kind": "partOf", "part": "P", "whole": "W"},
          {"kind": "oneToOne", "codes": ["X", "Y"]},
          {"kind": "onePerChildRegion", "indicator": "C"},
          {"kind": "parts", "whole": "L", "parts": ["C1", "C2"]}
        ]}""");
    Regions reg = Regions.builtIn();
    assertEquals(List.of(Relation.sum("T", "A", "B"),
        Relation.regionalSum("G", Region.CHIFENG, List.of(reg.require("150402"), reg.require("150403"))),
        Relation.share("P", "W"), Relation.plan("A", "A.PLAN"), Relation.rateOf("R", "N"), Relation.partOf("P", "W"),
        Relation.oneToOne("X", "Y"), Relation.onePerChildRegion("C"), Relation.parts("L", "C1", "C2")), rs);
  }

  @Test
  void theSeedsRelationsFileReads() {
    List<Relation> rs = RelationsJson.read(Path.of("../seeds/chifeng-2023.relations.json"));
    assertEquals(14, rs.size());
    assertTrue(rs.contains(Relation.rateOf("NEW_SIGNED_PROJECTS.COMPLETION_RATE", "SIGNED_PROJECTS")));
  }

  @Test
  void badContentNamesThePathTheTextAndWhatWasExpected() {
    DatasetReadException e = bad("{\"relations\": [{\"kind\": \"sum\", \"total\": \"T\", \"parts\": [\"A\", 3]}]}");
    assertEquals("$.relations[0].parts[1]", e.problem().path().orElseThrow());
    assertEquals("3", e.problem().text().orElseThrow());
    assertTrue(e.getMessage().contains("rel.json") && e.getMessage().contains("a non-blank indicator code"), e.getMessage());

    e = bad("{\"relations\": [{\"kind\": \"subset\", \"part\": \"A\"}]}");
    assertEquals("$.relations[0].kind", e.problem().path().orElseThrow());
    assertTrue(e.getMessage().contains("one of onePerChildRegion, oneToOne, partOf, parts, plan, rateOf, regionalSum,"
        + " share, sum"), e.getMessage());

    e = bad("{\"relations\": [{\"kind\": \"partOf\", \"part\": \"A\", \"hole\": \"B\"}]}");
    assertEquals("$.relations[0].hole", e.problem().path().orElseThrow());

    e = bad("{\"relations\": [{\"kind\": \"partOf\", \"part\": \"A\"}]}");
    assertEquals("$.relations[0].whole", e.problem().path().orElseThrow());

    e = bad("{\"relations\": [{\"kind\": \"regionalSum\", \"indicator\": \"G\", \"total\": \"159999\", \"parts\": [\"150402\"]}]}");
    assertEquals("$.relations[0].total", e.problem().path().orElseThrow());
    assertEquals("159999", e.problem().text().orElseThrow());

    e = bad("{\"relations\": [{\"kind\": \"parts\", \"whole\": \"L\", \"parts\": [\"A\", \"A\"]}]}");
    assertEquals("$.relations[0]", e.problem().path().orElseThrow());
    assertTrue(e.getMessage().contains("repeats"), e.getMessage());

    e = bad("{\"relations\": [{\"kind\": \"oneToOne\", \"codes\": [\"A\"]}]}");
    assertTrue(e.getMessage().contains("exactly two indicator codes"), e.getMessage());

    assertEquals("$.relations", bad("{\"relations\": {}}").problem().path().orElseThrow());
    assertEquals("$.extra", bad("{\"relations\": [], \"extra\": 1}").problem().path().orElseThrow());
    assertEquals("$", bad("[1, 2]").problem().path().orElseThrow());
    assertEquals("$", bad("{\"relations\": [").problem().path().orElseThrow());
  }

  @Test
  void findingsWriteAsJsonAndReadBack() {
    Indicator rate = Indicator.of("R", "竣工率", Units.of("%"), IndicatorKind.RATE);
    Indicator count = Indicator.of("N", "签约项目", Units.of("个"), IndicatorKind.FLOW);
    List<Finding> findings = Consistency.builder().relation(Relation.rateOf("R", "N")).build().run(Dataset.of(List.of(
        Observation.of(rate, Region.CHIFENG, Period.parse("2023"), Quantity.parse("24.3%")),
        Observation.of(count, Region.CHIFENG, Period.parse("2023"), Quantity.parse("598个")))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FindingsJson.write(findings, out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertEquals(json, FindingsJson.toJson(findings));
    assertTrue(json.contains("\"ERROR\" : 1") && json.contains("\"FAILED\" : 1") && json.contains("\"COUNT_RATE\""), json);
    assertEquals(findings, FindingsJson.read(new ByteArrayInputStream(out.toByteArray())));
  }
}
