package io.github.zhibiao.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionLevel;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadReport;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: what CSV writes reads back equal, or the writer refuses it with a message that says
 * what would be lost; lenient reads account for every row and cell.
 */
class CsvRoundTripTest {
  static final Indicator TONNES = Indicator.builder().code("GRAIN").name("粮食总产量").unit(Units.of("万吨"))
      .englishName("Grain output").description("全年粮食总产量, 含大豆").build();

  static byte[] write(DatasetFormat format, Dataset d, WriteOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.writer().orElseThrow().write(d, out, options);
    return out.toByteArray();
  }

  static Dataset read(DatasetFormat format, byte[] bytes) {
    return format.reader().orElseThrow().open(new ByteArrayInputStream(bytes), "t.csv", ReadOptions.defaults())
        .toDataset();
  }

  static Dataset roundTrip(DatasetFormat format, Dataset d) throws IOException {
    return read(format, write(format, d, WriteOptions.defaults()));
  }

  @Test
  void anIndicatorKeepsItsUnitEnglishNameAndDescriptionWhateverItsFirstRowSays() throws IOException {
    Dataset d = Dataset.of(List.of(
        Observation.of(TONNES, Region.CHIFENG, Period.year(2022), Quantity.parse("6500000吨")),
        Observation.of(TONNES, Region.CHIFENG, Period.year(2023), Quantity.parse("650万吨"))));
    Dataset back = roundTrip(new LongCsvFormat(), d);
    assertEquals(d, back);
    assertEquals(Units.of("万吨"), back.indicators().get("GRAIN").unit());
    assertEquals("Grain output", back.indicators().get("GRAIN").englishName().orElseThrow());
  }

  @Test
  void theWideFormatKeepsEnglishNameAndDescriptionAndConvertsExactlyOrRefuses() throws IOException {
    Dataset d = Dataset.of(List.of(
        Observation.of(TONNES, Region.CHIFENG, Period.year(2022), Quantity.parse("1吨")),
        Observation.of(TONNES, Region.CHIFENG, Period.year(2023), Quantity.parse("650万吨"))));
    Dataset back = roundTrip(new WideCsvFormat(), d);
    assertEquals(TONNES, back.indicators().get("GRAIN"));
    assertEquals(Quantity.parse("0.0001万吨"), back.find("GRAIN", Region.CHIFENG, Period.year(2022)).get(0).value());
    Indicator hectares = Indicator.of("AREA", "面积", Units.of("公顷"), IndicatorKind.STOCK);
    Dataset mu = Dataset.of(List.of(Observation.of(hectares, Region.CHIFENG, Period.year(2023), Quantity.parse("1亩"))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> write(new WideCsvFormat(), mu, WriteOptions.defaults()));
    assertTrue(e.getMessage().contains("would be rounded"), e.getMessage());
    assertEquals(mu, roundTrip(new LongCsvFormat(), mu), "the long format keeps 1亩 as it is");
  }

  @Test
  void aRowThatGivesItsIndicatorAnotherUnitOrEnglishNameIsABadRow() {
    String csv = "indicator,region,period,value,unit,indicator_unit,indicator_english_name\n"
        + "G,150400,2021,1,万吨,万吨,Grain\n"
        + "G,150400,2022,2,万吨,吨,Grain\n"
        + "G,150400,2023,3,万吨,万吨,Cereal\n"
        + "G,150400,2024,4,吨,,Grain\n";
    List<Observation> read = new ArrayList<>();
    ReadReport r = lenient(new LongCsvFormat(), csv, read);
    assertEquals(2, r.accepted(), r.problems().toString());
    assertEquals(List.of(3L, 4L), r.problems().stream().map(p -> p.line().orElseThrow()).toList());
    assertEquals("indicator_unit", r.problems().get(0).field().orElseThrow());
    assertEquals("indicator_english_name", r.problems().get(1).field().orElseThrow());
    assertEquals(Quantity.parse("4吨"), read.get(1).value(), "a value may be in another unit than its indicator");
  }

  static final Indicator G = Indicator.of("G", "粮食", Units.of("亿斤"), IndicatorKind.FLOW);

  @Test
  void aRegionOfYourOwnIsWrittenAsCodeAndNameOrRefused() throws IOException {
    Region simple = Region.of("150400-GXQ", "赤峰高新区", "赤峰高新区", RegionLevel.OTHER);
    Dataset ok = Dataset.of(List.of(Observation.of(G, simple, Period.year(2023), Quantity.parse("1亿斤"))));
    assertEquals(ok, roundTrip(new LongCsvFormat(), ok));
    assertEquals(ok, roundTrip(new WideCsvFormat(), ok));
    Region zone = Region.of("ZONE1", "赤峰高新技术产业开发区", "赤峰高新区", RegionLevel.COUNTY, Region.CHIFENG);
    for (DatasetFormat f : List.of(new LongCsvFormat(), new WideCsvFormat())) {
      Dataset lossy = Dataset.of(List.of(Observation.of(G, zone, Period.year(2023), Quantity.parse("1亿斤"))));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(f, lossy, WriteOptions.defaults()));
      assertTrue(e.getMessage().contains("the short name 赤峰高新区, the level COUNTY, the parent 150400"), e.getMessage());
      Region impostor = Region.of("150400", "赤峰市", "赤峰", RegionLevel.PREFECTURE);
      Dataset wrong = Dataset.of(List.of(Observation.of(G, impostor, Period.year(2023), Quantity.parse("1亿斤"))));
      assertTrue(assertThrows(IllegalArgumentException.class, () -> write(f, wrong, WriteOptions.defaults()))
          .getMessage().contains("differs from the built-in region"));
    }
    Dataset scoped = Dataset.of(List.of(Observation.builder().indicator(G).region(Region.CHIFENG).period(Period.year(2023))
        .value(Quantity.parse("1亿斤")).ranking(Ranking.position(1).within(simple)).build()));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> write(new LongCsvFormat(), scoped, WriteOptions.defaults()))
        .getMessage().contains("rank_scope"));
  }

  @Test
  void aTextTheCharsetCannotEncodeIsRefusedNotWrittenAsAQuestionMark() throws IOException {
    Dataset d = Dataset.of(List.of(
        Observation.builder().indicator(G).region(Region.CHIFENG).period(Period.year(2022)).value(Quantity.parse("1亿斤"))
            .note("正常").build(),
        Observation.builder().indicator(G).region(Region.CHIFENG).period(Period.year(2023)).value(Quantity.parse("2亿斤"))
            .note("坏\uD800").build()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LongCsvFormat().writer().orElseThrow().write(d, out, WriteOptions.defaults()));
    assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("unpaired surrogate (U+D800)"), e.getMessage());
    String written = out.toString(StandardCharsets.UTF_8);
    assertEquals(2, written.split("\r\n").length, "the output ends before the refused row: " + written);
    assertTrue(!written.contains("?"));
    Dataset cow = Dataset.of(List.of(Observation.builder().indicator(G).region(Region.CHIFENG).period(Period.year(2023))
        .value(Quantity.parse("1亿斤")).note("牛🐄").build()));
    WriteOptions gbk = WriteOptions.defaults().withCharset(Charset.forName("GBK"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> write(new LongCsvFormat(), cow, gbk)).getMessage()
        .contains("GBK cannot encode"));
    assertEquals(cow, read(new LongCsvFormat(), write(new LongCsvFormat(), cow,
        WriteOptions.defaults().withCharset(Charset.forName("GB18030")))), "GB18030 encodes every character");
  }

  static ReadReport lenient(DatasetFormat format, String csv, List<Observation> into) {
    try (ObservationCursor c = format.reader().orElseThrow().open(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv", ReadOptions.defaults().lenient())) {
      while (c.hasNext()) {
        into.add(c.next());
      }
      ReadReport r = c.report();
      assertEquals(r.read(), r.accepted() + r.rejected());
      assertEquals(r.rejected(), r.problems().size(), "every rejected record has its problem");
      for (Problem p : r.problems()) {
        assertTrue(p.line().isPresent(), "the problem names its line: " + p);
      }
      return r;
    }
  }

  @Test
  void aLenientLongReadAccountsForEveryRow() {
    String csv = "indicator,region,period,value,unit,rank\n"
        + "G,150400,2020,1,亿斤,\n"
        + "G,150400,2021,abc,亿斤,\n"
        + "G,150400,2022,1e2147483648,亿斤,\n"
        + "G,NOPE,2023,1,亿斤,\n"
        + "G,150400,2024,1,亿斤,3/99999999999\n"
        + "G,150400,2025,1,亿斤,垃圾首位\n"
        + "G,150400,2026,1\n"
        + "G,150400,2027,1,亿斤,\n";
    List<Observation> read = new ArrayList<>();
    ReadReport r = lenient(new LongCsvFormat(), csv, read);
    assertEquals(8, r.read());
    assertEquals(2, r.accepted(), r.problems().toString());
    assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L), r.problems().stream().map(p -> p.line().orElseThrow()).toList());
  }

  @Test
  void aLongUnitChainIsABadRowNotAStackOverflow() {
    String chain = "元" + "/元".repeat(100_000);
    String csv = "indicator,region,period,value,unit\n" + "G,150400,2022,1," + chain + "\n" + "G,150400,2023,1,亿斤\n"
        + "G,150400,2024,1" + "每".repeat(100_000) + "人,\n";
    List<Observation> read = new ArrayList<>();
    ReadReport r = lenient(new LongCsvFormat(), csv, read);
    assertEquals(1, r.accepted(), r.problems().toString());
    assertEquals(2, r.rejected());
    assertTrue(r.problems().get(0).message().contains("longer than the limit of 200"), r.problems().toString());
    String wide = "indicator,unit,region,2023\nG," + chain + ",150400,1\nH,亿斤,150400,2\n";
    assertEquals(1, lenient(new WideCsvFormat(), wide, new ArrayList<>()).accepted());
  }

  @Test
  void aLenientWideReadAccountsForEveryCell() {
    String csv = "indicator,unit,region,2021,2022,2023\n"
        + "G,亿斤,150400,1,abc,3\n"
        + "G,万阿巴,150401,1,2,3\n"
        + "G,亿斤,150402,,1e999999,\n";
    List<Observation> read = new ArrayList<>();
    ReadReport r = lenient(new WideCsvFormat(), csv, read);
    assertEquals(r.read(), r.accepted() + r.rejected());
    assertEquals(2, r.accepted(), r.problems().toString());
    assertEquals(List.of(2L, 3L, 4L), r.problems().stream().map(p -> p.line().orElseThrow()).toList());
  }
}
