package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextFormatTest {
  private static final String REPORT = "赤峰市2023年经济运行情况。截至6月末,全市牲畜存栏2210.6万头只,同比增长5.82%,位居全区首位。"
      + "全市粮食产量较近5年平均水平高6.31亿斤。";

  private static ObservationCursor open(byte[] bytes, ReadOptions options) {
    return new TextFormat().reader().orElseThrow().open(new ByteArrayInputStream(bytes), "report.txt", options);
  }

  @Test
  void registeredWithTheServiceLoader() {
    DatasetFormats formats = DatasetFormats.installed();
    DatasetFormat text = formats.byId("text").orElseThrow();
    assertEquals(TextFormat.class, text.getClass());
    assertEquals("text/plain", text.mediaType());
    assertEquals(text, formats.byExtension(Path.of("report.txt")).orElseThrow());
    assertTrue(text.writer().isEmpty());
  }

  @Test
  void readsWithTheRegionAndYearTheTextNames() {
    Dataset d;
    try (ObservationCursor c = open(REPORT.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults())) {
      d = c.toDataset();
    }
    assertEquals(1, d.size());
    assertEquals(Region.CHIFENG, d.observations().get(0).region());
    assertEquals("2023-06-30", d.observations().get(0).period().toString());
  }

  @Test
  void aBomIsSkippedAndUnreadSentencesAreProblemsWhenLenient() {
    byte[] bytes = ("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_8);
    try (ObservationCursor c = open(bytes, ReadOptions.defaults().lenient())) {
      assertEquals(1, c.toDataset().size());
      assertEquals(1, c.report().rejected());
      assertTrue(c.report().problems().get(0).text().orElseThrow().contains("6.31亿斤"));
    }
  }

  @Test
  void aTextWithoutRegionOrYearIsRefused() {
    DatasetReadException noRegion = assertThrows(DatasetReadException.class,
        () -> open("2023年全市粮食总产量130亿斤。".getBytes(StandardCharsets.UTF_8), ReadOptions.defaults()));
    assertTrue(noRegion.getMessage().contains("region"), noRegion.getMessage());
    DatasetReadException noYear = assertThrows(DatasetReadException.class,
        () -> open("赤峰市粮食总产量130亿斤。".getBytes(StandardCharsets.UTF_8), ReadOptions.defaults()));
    assertTrue(noYear.getMessage().contains("year"), noYear.getMessage());
    ExtractionContext named = ExtractionContext.fromText("据统计,赤峰市敖汉旗2022年粮食产量…2023年", Regions.builtIn()).orElseThrow();
    assertEquals(Region.CHIFENG, named.region());
    assertEquals(2022, named.year());
    assertTrue(ExtractionContext.fromText("粮食总产量130亿斤", Regions.builtIn()).isEmpty());
  }

  @Test
  void badBytesAreRefusedWithTheCharset() {
    byte[] bad = {(byte) 0xC3, (byte) 0x28, 'a'};
    DatasetReadException e = assertThrows(DatasetReadException.class, () -> open(bad, ReadOptions.defaults()));
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
  }
}
