package io.github.zhibiao.sdmx;

import static io.github.zhibiao.sdmx.SdmxFixturesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The NBS portal's responses, the SDMX-CSV writer's round trip, and bad input of every format. */
class NbsAndBadInputTest {

  @Test
  void nbsMoneySupplyInYuanAndPercent() {
    List<Observation> obs = read(new NbsJsonFormat(), "nbs/m2-monthly.json", ReadOptions.defaults());
    assertEquals(6, obs.size());
    Observation m2 = obs.get(0);
    assertEquals("A0D0101", m2.indicator().code());
    assertEquals("货币和准货币(M2)供应量_期末值", m2.indicator().name());
    assertEquals(Quantity.parse("2431022.72亿元"), m2.value());
    assertEquals(Period.month(2022, 1), m2.period());
    assertEquals(Units.PERCENT, obs.get(1).value().unit());
    assertEquals(new BigDecimal("9.8"), obs.get(1).value().value());
  }

  @Test
  void nbsCellsWithoutDataAreMissingNotZero() {
    List<Observation> growth = read(new NbsJsonFormat(), "nbs/industry-growth.json", ReadOptions.defaults());
    assertEquals(10, growth.size()); // 12 months, 2 of them without data
    assertEquals(new BigDecimal("6.2"), growth.get(0).value().value());
    assertEquals(0, read(new NbsJsonFormat(), "nbs/cpi-provinces.json", ReadOptions.defaults()).size()); // 403, all hasdata false
  }

  @Test
  void nbsErrorAnswerQuotesThePortal() {
    DatasetReadException e = assertThrows(DatasetReadException.class,
        () -> read(new NbsJsonFormat(), "nbs/invalid-query.json", ReadOptions.defaults()));
    assertTrue(e.getMessage().contains("returncode 501"), e.getMessage());
    assertTrue(e.getMessage().contains("未能找到"), e.getMessage());
  }

  @Test
  void sdmxJson1IsAnUnsupportedVariant() {
    DatasetReadException e = assertThrows(DatasetReadException.class,
        () -> read(new SdmxJsonFormat(), "json/oecd-v1.json", ReadOptions.defaults()));
    assertTrue(e.getMessage().contains("SDMX-JSON 1.0"), e.getMessage());
    assertTrue(e.getMessage().contains("supported are SDMX-JSON 2.0"), e.getMessage());
  }

  @Test
  void sdmxMlIsNotSdmxCsvNorJson() {
    DatasetReadException csv = assertThrows(DatasetReadException.class, () -> csv("<?xml version=\"1.0\"?><message/>",
        ReadOptions.defaults()));
    assertTrue(csv.getMessage().contains("SDMX-ML"), csv.getMessage());
    DatasetReadException json = assertThrows(DatasetReadException.class, () -> new SdmxJsonFormat().reader()
        .orElseThrow().open(new ByteArrayInputStream("<message/>".getBytes(StandardCharsets.UTF_8)), "x.xml",
            ReadOptions.defaults()));
    assertTrue(json.getMessage().contains("SDMX-ML"), json.getMessage());
  }

  static final String HEADER = "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\n";

  static List<Observation> csv(String text, ReadOptions options) {
    List<Observation> out = new ArrayList<>();
    try (ObservationCursor c = new SdmxCsvFormat().reader().orElseThrow().open(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", options)) {
      c.forEachRemaining(out::add);
      if (options.isLenient()) {
        assertEquals(1, c.report().rejected(), c.report().toString());
      }
    }
    return out;
  }

  @Test
  void unitMultiplierIsAppliedExactly() {
    List<Observation> o = csv(HEADER + "XX:DF(1.0),CN,GDP,2023,130,CNY,8,P\n"
        + "XX:DF(1.0),CN,GDP,2023-Q1,2210.6,CNY,4,E\n"
        + "XX:DF2(1.0),CN,GDP,2023-W05,1.5,,6,A\n"
        + "XX:DF(1.0),CN,GDP,2023-01-01/P11M,12.5,CNY,-2,B\n", ReadOptions.defaults());
    assertEquals(Quantity.parse("130亿元"), o.get(0).value());
    assertEquals(io.github.zhibiao.model.Status.PROVISIONAL, o.get(0).status());
    assertEquals(Quantity.parse("2210.6万元"), o.get(1).value());
    assertEquals(0, new BigDecimal("1500000").compareTo(o.get(2).value().value())); // no unit: the value is scaled
    assertEquals(Units.NOT_STATED, o.get(2).value().unit());
    assertEquals(0, new BigDecimal("0.125").compareTo(o.get(3).value().value()));
    assertEquals(Period.months(2023, 1, 11), o.get(3).period());
    assertEquals("OBS_STATUS=B", o.get(3).note().orElseThrow());
  }

  @Test
  void aBadValueNamesLineColumnTextAndExpectation() {
    String text = HEADER + "XX:DF(1.0),CN,GDP,2023,12,CNY,0,A\nXX:DF(1.0),CN,GDP,2023,1O5,CNY,0,A\n";
    DatasetReadException e = assertThrows(DatasetReadException.class, () -> csv(text, ReadOptions.defaults()));
    String m = e.getMessage();
    assertTrue(m.contains("t.csv") && m.contains("line 3") && m.contains("OBS_VALUE") && m.contains("1O5"), m);
    assertEquals(1, csv(text, ReadOptions.defaults().lenient()).size());
    DatasetReadException period = assertThrows(DatasetReadException.class,
        () -> csv(HEADER + "XX:DF(1.0),CN,GDP,2023-W54,1,CNY,0,A\n", ReadOptions.defaults()));
    assertTrue(period.getMessage().contains("TIME_PERIOD") && period.getMessage().contains("2023-W54"),
        period.getMessage());
  }

  @Test
  void quotedFieldsCrlfAndCrAreSplitAsRfc4180() {
    List<Observation> o = csv(HEADER.replace("\n", "\r\n") + "\r\n"
        + "XX:DF(1.0),CN,\"G,\"\"D\"\"P\",2023,130,CNY,0,A\r\n"
        + "XX:DF(1.0),CN,\"两行\",2023,\"1.5\",CNY,0,A\r"
        + "XX:DF(1.0),CN,GDP,2024,2,CNY,0,A", ReadOptions.defaults());
    assertEquals(3, o.size());
    assertEquals("G,\"D\"P", o.get(0).breakdowns().category("INDICATOR").orElseThrow().code());
    assertEquals("两行", o.get(1).breakdowns().category("INDICATOR").orElseThrow().code());
    assertEquals(Quantity.parse("1.5元"), o.get(1).value());
    assertEquals(Period.year(2024), o.get(2).period());
  }

  @Test
  void linesCountTheBreaksInsideQuotedFields() {
    String text = HEADER + "XX:DF(1.0),CN,\"G\nDP\",2023,1,CNY,0,A\n" + "XX:DF(1.0),CN,GDP,2023,1O5,CNY,0,A\n"
        + "XX:DF(1.0),CN,GDP,2023,7,CNY,0,A\n";
    try (ObservationCursor c = new SdmxCsvFormat().reader().orElseThrow().open(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", ReadOptions.defaults().lenient())) {
      List<Observation> out = new ArrayList<>();
      c.forEachRemaining(out::add);
      assertEquals(1, out.size());
      assertEquals(2, c.report().rejected());
      assertEquals(List.of(2L, 4L), c.report().problems().stream().map(p -> p.line().orElseThrow()).toList());
    }
  }

  @Test
  void anUnclosedQuoteEndsTheReadInBothModesNamingItsLine() {
    String text = HEADER + "XX:DF(1.0),CN,GDP,2023,12,CNY,0,A\nXX:DF(1.0),CN,\"GDP,2024,13,CNY,0,A\n";
    for (ReadOptions options : List.of(ReadOptions.defaults(), ReadOptions.defaults().lenient())) {
      DatasetReadException e = assertThrows(DatasetReadException.class, () -> {
        try (ObservationCursor c = new SdmxCsvFormat().reader().orElseThrow().open(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", options)) {
          c.forEachRemaining(x -> { });
        }
      });
      String m = e.getMessage();
      assertTrue(m.contains("t.csv") && m.contains("malformed CSV") && m.contains("line 3") && m.contains("not closed"), m);
    }
  }

  @Test
  void bytesThatAreNotUtf8AreAnErrorNotReplacementCharacters() {
    byte[] head = (HEADER + "XX:DF(1.0),CN,").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",2023,12,CNY,0,A\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3; // a lead byte followed by ASCII: not UTF-8
    bytes[head.length + 1] = 'x';
    System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
    DatasetReadException e = assertThrows(DatasetReadException.class, () -> {
      try (ObservationCursor c = new SdmxCsvFormat().reader().orElseThrow().open(
          new ByteArrayInputStream(bytes), "t.csv", ReadOptions.defaults().lenient())) {
        c.forEachRemaining(x -> { });
      }
    });
    assertTrue(e.getMessage().contains("not valid text") && e.getMessage().contains("line 2")
        && e.getMessage().contains("SDMX-CSV is UTF-8"), e.getMessage());
  }

  @Test
  void labelsNameIsAnUnsupportedVariant() {
    DatasetReadException e = assertThrows(DatasetReadException.class, () -> csv(
        "STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,ACTION,OBS_VALUE\ndataflow,X:Y(1.0),Y,I,1\n", ReadOptions.defaults()));
    assertTrue(e.getMessage().contains("labels=name") && e.getMessage().contains("labels=both"), e.getMessage());
  }

  @Test
  void writtenSdmxCsvReadsBackEqual() throws Exception {
    org.quicktheories.QuickTheory.qt().withExamples(200).forAll(
        org.quicktheories.generators.SourceDSL.longs().between(-99_999_999L, 99_999_999L),
        org.quicktheories.generators.SourceDSL.integers().between(0, 4),
        org.quicktheories.generators.SourceDSL.integers().between(0, 3))
        .checkAssert((unscaled, scale, unitIndex) -> {
          String[] units = {"亿元", "万吨", "%", "元/人"};
          Quantity q = Quantity.of(BigDecimal.valueOf(unscaled, scale), io.github.zhibiao.unit.UnitCatalog.builtIn()
              .parse(units[unitIndex]));
          Observation o = Observation.builder()
              .indicator(io.github.zhibiao.model.Indicator.builder().code("GRAIN").name("粮食, \"产量\"")
                  .unit(q.unit()).build())
              .region(io.github.zhibiao.model.Regions.builtIn().byCode("150400").orElseThrow())
              .period(Period.parse("2023-Q2")).value(q).build();
          Dataset d = Dataset.of(List.of(o));
          try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SdmxCsvFormat().writer().orElseThrow().write(d, out, WriteOptions.defaults());
            List<Observation> back = new ArrayList<>();
            try (ObservationCursor c = new SdmxCsvFormat().reader().orElseThrow().open(
                new ByteArrayInputStream(out.toByteArray()), "w.csv", ReadOptions.defaults())) {
              c.forEachRemaining(back::add);
            }
            assertEquals(d.observations(), back);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }
}
