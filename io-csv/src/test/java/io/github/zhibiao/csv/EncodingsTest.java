package io.github.zhibiao.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.unit.Quantity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Character sets, byte-order marks, delimiters and quoting as Excel and statistical offices write them. */
class EncodingsTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String TABLE = "指标代码,指标,地区代码,时期,数值,单位,备注\r\n"
      + "GRAIN_OUTPUT,粮食总产量,150400,2023,130,亿斤,\"连续11年保持在100亿斤以上, 十一连丰\"\r\n"
      + "INVESTMENT,计划总投资,150400,2023年1—11月,\"1,532.4\",亿元,\"签约项目598个\n（跨行备注）\"\r\n"
      + "LIVESTOCK,牲畜存栏,150400,2023年6月末,2210.6万头只,,\"含\"\"头只\"\"口径\"\r\n";

  private static Dataset read(byte[] bytes, ReadOptions options) {
    return new LongCsvFormat().reader().orElseThrow().open(new ByteArrayInputStream(bytes), "t.csv", options).toDataset();
  }

  private static void assertTable(Dataset d) {
    assertEquals(3, d.size());
    List<Observation> o = d.observations();
    assertEquals("粮食总产量", o.get(0).indicator().name());
    assertEquals("连续11年保持在100亿斤以上, 十一连丰", o.get(0).note().orElseThrow());
    assertEquals(Quantity.parse("1532.4亿元"), o.get(1).value());
    assertEquals("签约项目598个\n（跨行备注）", o.get(1).note().orElseThrow());
    assertEquals("2023-01/2023-11", o.get(1).period().toString());
    assertEquals(Quantity.parse("2210.6万头只"), o.get(2).value());
    assertEquals("含\"头只\"口径", o.get(2).note().orElseThrow());
    assertEquals(Region.CHIFENG, o.get(2).region());
  }

  @Test
  void utf8WithoutBom() {
    assertTable(read(TABLE.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults()));
  }

  @Test
  void utf8WithBomAsExcelWritesIt() {
    byte[] body = TABLE.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertTable(read(bytes, ReadOptions.defaults()));
    assertTrue(new LongCsvFormat().canRead(bytes));
  }

  @Test
  void gb18030IsDetected() {
    byte[] bytes = TABLE.getBytes(GB18030);
    assertTable(read(bytes, ReadOptions.defaults()));
    assertTrue(new LongCsvFormat().canRead(bytes));
  }

  @Test
  void gbkChosenExplicitly() {
    byte[] bytes = TABLE.replace("—", "-").getBytes(Charset.forName("GBK"));
    assertTable(read(bytes, ReadOptions.defaults().withCharset(Charset.forName("GBK"))));
  }

  @Test
  void utf16WithBom() {
    assertTable(read(TABLE.getBytes(StandardCharsets.UTF_16), ReadOptions.defaults()));
  }

  @Test
  void tabAndSemicolonAreDetected() {
    String tab = TABLE.replace(",\"1,532.4\",", "\t\"1,532.4\"\t").replaceAll(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", "\t");
    assertTable(read(tab.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults()));
    String semi = TABLE.replaceAll(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", ";");
    assertTable(read(semi.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults()));
    assertTable(read(semi.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults().withDelimiter(';')));
  }

  @Test
  void writesWhatExcelOpensAndReadsItBack() throws Exception {
    Dataset d = read(TABLE.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
    for (WriteOptions w : List.of(WriteOptions.defaults().withBom(true), WriteOptions.defaults().withCharset(GB18030),
        WriteOptions.defaults().withDelimiter('\t'), WriteOptions.defaults().withDelimiter(';'))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new LongCsvFormat().writer().orElseThrow().write(d, out, w);
      byte[] bytes = out.toByteArray();
      if (w.bom()) {
        assertEquals((byte) 0xEF, bytes[0]);
      }
      assertEquals(d, read(bytes, ReadOptions.defaults()), "with " + w.charset() + " '" + w.delimiter() + "'");
    }
  }

  @Test
  void headerOnlyIsAnEmptyDataset() {
    assertTrue(read("indicator,region,period,value\r\n".getBytes(StandardCharsets.UTF_8), ReadOptions.defaults()).isEmpty());
  }

  @Test
  void wideTablesReadWithChineseHeadersAndADefaultRegion() {
    String wide = "指标代码,指标,单位,2021,2022,2023\nGRAIN,粮食总产量,亿斤,120.5,125,130\nSTATIONS,5G基站,座,3100,,4850\n";
    Dataset d = new WideCsvFormat().reader().orElseThrow().open(new ByteArrayInputStream(wide.getBytes(StandardCharsets.UTF_8)),
        "wide.csv", ReadOptions.defaults().withDefaultRegion(Region.CHIFENG)).toDataset();
    assertEquals(5, d.size(), "an empty cell is no figure");
    assertEquals(Quantity.parse("4850座"), d.observations().get(4).value());
    assertTrue(new WideCsvFormat().canRead(wide.getBytes(StandardCharsets.UTF_8)));
    assertTrue(!new LongCsvFormat().canRead(wide.getBytes(StandardCharsets.UTF_8)));
  }
}
