package io.github.zhibiao.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionLevel;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.RegionPolicy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The long and wide CSV formats follow the region policy and never guess a shared region name. */
class RegionPolicyCsvTest {

  private static final ReadOptions STRICT = ReadOptions.defaults().withRegionPolicy(RegionPolicy.STRICT);

  private static Dataset read(DatasetFormat f, String csv, ReadOptions o) throws Exception {
    return f.reader().orElseThrow()
        .open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv", o).toDataset();
  }

  private static Problem fails(DatasetFormat f, String csv, ReadOptions o) {
    return assertThrows(DatasetReadException.class, () -> read(f, csv, o)).problem();
  }

  private static String row(String region, String name) {
    return "indicator,indicator_name,region,region_name,period,value,unit\nGRAIN,粮食总产量," + region + "," + name
        + ",2023,130,亿斤\n";
  }

  @Test
  void openKeepsTheDocumentsRegionAndStrictRefusesIt() throws Exception {
    Region zone = read(new LongCsvFormat(), row("ZONE1", "某开发区"), ReadOptions.defaults()).observations().get(0).region();
    assertEquals(Region.of("ZONE1", "某开发区", "某开发区", RegionLevel.OTHER), zone);
    Problem p = fails(new LongCsvFormat(), row("ZONE1", "某开发区"), STRICT);
    assertEquals("region", p.field().orElseThrow());
    assertEquals("ZONE1", p.text().orElseThrow());
    assertTrue(p.message().contains("the region policy is STRICT"), p.message());
    assertEquals("DE", read(new LongCsvFormat(), row("DEU", ""), STRICT).observations().get(0).region().code());
  }

  @Test
  void aNameAloneResolvesWhenOneRegionHasItOrTheDefaultRegionDecides() throws Exception {
    assertEquals("211300", read(new LongCsvFormat(), row("", "朝阳"), STRICT).observations().get(0).region().code());
    Problem p = fails(new LongCsvFormat(), row("", "朝阳区"), ReadOptions.defaults());
    assertEquals("region_name", p.field().orElseThrow());
    assertEquals(2L, p.line().orElseThrow());
    assertTrue(p.message().contains("2 regions have it (110105 朝阳区 (北京市), 220104 朝阳区 (长春市))"), p.message());
    ReadOptions changchun = ReadOptions.defaults().withDefaultRegion(Regions.builtIn().require("长春市"));
    assertEquals("220104", read(new LongCsvFormat(), row("", "朝阳区"), changchun).observations().get(0).region().code());
    // the lenient read keeps the problem and counts the record as rejected
    var cursor = new LongCsvFormat().reader().orElseThrow().open(
        new ByteArrayInputStream(row("", "朝阳区").getBytes(StandardCharsets.UTF_8)), "t.csv",
        ReadOptions.defaults().lenient());
    assertEquals(0, cursor.toDataset().size());
  }

  @Test
  void theWideFormatFollowsTheSamePolicy() throws Exception {
    String wide = "indicator,indicator_name,unit,region,region_name,2023\nGRAIN,粮食总产量,亿斤,ZONE1,某开发区,130\n";
    assertEquals("ZONE1", read(new WideCsvFormat(), wide, ReadOptions.defaults()).observations().get(0).region().code());
    Problem p = fails(new WideCsvFormat(), wide, STRICT);
    assertTrue(p.message().contains("the region policy is STRICT"), p.message());
    String shared = "indicator,indicator_name,unit,region,region_name,2023\nGRAIN,粮食总产量,亿斤,,朝阳区,130\n";
    assertTrue(fails(new WideCsvFormat(), shared, ReadOptions.defaults()).message().contains("is ambiguous"));
  }
}
