package io.github.zhibiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.unit.Quantity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A third party's format is found next to zhibiao's own, by id, extension and sniffing. */
class ThirdPartyFormatTest {

  @Test
  void aFormatRegisteredOutsideZhibiaoIsFound(@TempDir Path dir) throws Exception {
    DatasetFormats formats = DatasetFormats.installed();
    assertTrue(formats.byId("pipe").isPresent(), formats.all().toString());
    assertTrue(formats.byId("csv").isPresent(), "zhibiao's own formats are still there");
    Path file = dir.resolve("grain.pipe");
    Files.writeString(file, "#pipe\nGRAIN|150400|2023|130亿斤\nGRAIN|150400|2022|125亿斤\n");
    Dataset d = DatasetFormats.read(file);
    assertEquals(2, d.size());
    assertEquals(Quantity.parse("130亿斤"), d.find("GRAIN", Region.CHIFENG, io.github.zhibiao.model.Period.year(2023)).get(0).value());
    Path copy = dir.resolve("copy.pipe");
    DatasetFormats.write(d, copy);
    assertEquals(List.of("#pipe", "GRAIN|150400|2023|130亿斤", "GRAIN|150400|2022|125亿斤"), Files.readAllLines(copy));
    assertEquals("pipe", formats.sniff(Files.readAllBytes(copy)).orElseThrow().id());
  }
}
