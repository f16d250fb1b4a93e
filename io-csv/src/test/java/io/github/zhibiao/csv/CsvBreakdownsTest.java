package io.github.zhibiao.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Breakdown;
import io.github.zhibiao.model.Breakdowns;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Sector;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.testkit.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Breakdown columns (by:CODE:label, 分组:名称) in the long and the wide CSV format. */
class CsvBreakdownsTest {

  private static Dataset read(DatasetFormat f, String csv) {
    return f.reader().orElseThrow().open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv",
        ReadOptions.defaults()).toDataset();
  }

  private static String write(DatasetFormat f, Dataset d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      f.writer().orElseThrow().write(d, out, WriteOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void readsBreakdownColumnsWithChineseAndCodedHeaders() {
    Dataset d = read(new LongCsvFormat(), "指标代码,指标,地区代码,时期,数值,单位,分组:性别,by:INDUSTRY:行业\n"
        + "EMP,就业人员,150400,2023,120,万人,女,C=制造业\n"
        + "EMP,就业人员,150400,2023,130,万人,男,C\n"
        + "EMP,就业人员,150400,2023,250,万人,合计,\n");
    List<Observation> o = d.observations();
    assertEquals(Breakdowns.of(Breakdown.of("性别", "性别"), Category.of("女", "女"), Breakdown.of("INDUSTRY", "行业"),
        Category.of("C", "制造业")), o.get(0).breakdowns());
    assertEquals("制造业", o.get(1).breakdowns().category("INDUSTRY").orElseThrow().label(), "the first row defines the label");
    assertTrue(o.get(2).breakdowns().category("性别").orElseThrow().isTotal());
    assertEquals(1, o.get(2).breakdowns().size(), "an empty cell leaves the breakdown out");
  }

  @Test
  void writesAndReadsBackSexAndIndustry() {
    Observation base = read(new LongCsvFormat(), "indicator,region,period,value,unit\nEMP,150400,2023,120,万人\n")
        .observations().get(0);
    Dataset d = Dataset.of(List.of(
        base.withBreakdowns(Breakdowns.of(Breakdown.SEX, Category.FEMALE, Breakdown.INDUSTRY,
            Category.from(Sector.section('C')))),
        base.withBreakdowns(Breakdowns.of(Breakdown.SEX, Category.MALE))));
    String csv = write(new LongCsvFormat(), d);
    assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",by:SEX:性别|Sex,by:INDUSTRY:行业|Industry"), csv);
    assertTrue(csv.contains(",F=女,C=制造业"), csv);
    assertEquals(d, read(new LongCsvFormat(), csv));
    assertEquals(d, read(new WideCsvFormat(), write(new WideCsvFormat(), d)));
  }

  @Test
  void aCategoryLabelMustStayTheSameAndProblemsNameTheColumn() {
    DatasetReadException e = assertThrows(DatasetReadException.class, () -> read(new LongCsvFormat(),
        "indicator,region,period,value,unit,by:SEX:性别\nE,150400,2023,1,万人,F=女\nE,150400,2022,1,万人,F=男\n"));
    assertEquals("by:SEX:性别", e.problem().field().orElseThrow());
    assertEquals(3L, e.problem().line().orElseThrow());
    e = assertThrows(DatasetReadException.class, () -> read(new LongCsvFormat(),
        "indicator,region,period,value,unit,by:SEX:性别\nE,150400,2023,1,万人,=女\n"));
    assertEquals("by:SEX:性别", e.problem().field().orElseThrow());
    e = assertThrows(DatasetReadException.class, () -> read(new LongCsvFormat(),
        "indicator,region,period,value,unit,by:SEX,分组:SEX\nE,150400,2023,1,万人,F,M\n"));
    assertTrue(e.getMessage().contains("breakdown SEX has two columns"), e.getMessage());
  }

  @Test
  void theWriterRefusesWhatTheConventionCannotHold() {
    Observation base = read(new LongCsvFormat(), "indicator,region,period,value,unit\nEMP,150400,2023,120,万人\n")
        .observations().get(0);
    Dataset d = Dataset.of(List.of(base.withBreakdowns(Breakdowns.of(Breakdown.of("a:b", "x"), Category.of("F", "女")))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(new LongCsvFormat(), d));
    assertTrue(e.getMessage().contains("'a:b'"), e.getMessage());
    Dataset eq = Dataset.of(List.of(base.withBreakdowns(Breakdowns.of(Breakdown.SEX, Category.of("F=1", "女")))));
    assertThrows(IllegalArgumentException.class, () -> write(new WideCsvFormat(), eq));
  }

  @Test
  void qualifierWordsSurviveBothFormats() {
    SplittableRandom random = new SplittableRandom(13);
    for (int i = 0; i < 200; i++) {
      Dataset d = Generators.datasetsWithBreakdowns(20).next(random);
      Dataset back = read(new LongCsvFormat(), write(new LongCsvFormat(), d));
      for (int k = 0; k < d.observations().size(); k++) {
        assertEquals(d.observations().get(k).value().qualifierWord(), back.observations().get(k).value().qualifierWord(),
            d.observations().get(k).toString());
      }
    }
  }
}
