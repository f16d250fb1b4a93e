package io.github.zhibiao.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.Quantity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SeedTest {
  static final Path SEED = Path.of("../seeds/chifeng-2023.csv");

  @Test
  void theSeedReadsCleanly() {
    try (ObservationCursor c = DatasetFormats.installed().open(SEED, ReadOptions.defaults().lenient())) {
      Dataset d = c.toDataset();
      assertEquals(130, d.size(), () -> c.report().problems().toString());
      assertEquals(0, c.report().rejected(), () -> c.report().problems().toString());
      Observation livestock = d.find("LIVESTOCK_STOCK", Region.CHIFENG, Period.parse("2023-06-30")).get(0);
      assertEquals(Quantity.parse("2210.6万头只"), livestock.value());
      assertEquals(Change.yearOnYear(Quantity.parse("5.82%")), livestock.change().orElseThrow());
      assertEquals("首位", livestock.ranking().orElseThrow().toString());
      assertEquals(Region.INNER_MONGOLIA, livestock.ranking().orElseThrow().scope().orElseThrow());
    }
  }

  @Test
  void theSeedWritesAndReadsBackEqual() throws Exception {
    Dataset d = DatasetFormats.read(SEED);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new LongCsvFormat().writer().orElseThrow().write(d, out, io.github.zhibiao.spi.WriteOptions.defaults().withBom(true));
    Dataset back = new LongCsvFormat().reader().orElseThrow()
        .open(new java.io.ByteArrayInputStream(out.toByteArray()), "back", ReadOptions.defaults()).toDataset();
    assertEquals(d, back);
    assertTrue(new LongCsvFormat().canRead(out.toByteArray()));
  }
}
