package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionLevel;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.RegionPolicy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JSON-stat and native JSON follow the region policy of the options, and never guess a shared name. */
class RegionPolicyJsonTest {

  private static final ReadOptions STRICT = ReadOptions.defaults().withRegionPolicy(RegionPolicy.STRICT);

  private static String jsonStat(String geoIndex, String geoLabel, String child) {
    return "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"metric\",\"geo\",\"time\"],\"size\":[1,1,1],"
        + "\"role\":{\"metric\":[\"metric\"],\"geo\":[\"geo\"],\"time\":[\"time\"]},"
        + "\"dimension\":{\"metric\":{\"category\":{\"index\":[\"GRAIN\"],\"label\":{\"GRAIN\":\"粮食总产量\"},"
        + "\"unit\":{\"GRAIN\":{\"label\":\"亿斤\",\"decimals\":0}}}},"
        + "\"geo\":{\"category\":{\"index\":[" + geoIndex + "]" + geoLabel + child + "}},"
        + "\"time\":{\"category\":{\"index\":[\"2023\"]}}},\"value\":[130]}";
  }

  private static Dataset read(DatasetFormat format, String text, ReadOptions options) throws Exception {
    return format.reader().orElseThrow()
        .open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.json", options).toDataset();
  }

  private static Problem fails(DatasetFormat format, String text, ReadOptions options) {
    return assertThrows(DatasetReadException.class, () -> read(format, text, options)).problem();
  }

  @Test
  void jsonStatOpenMakesARegionOfALabelledUnknownCode() throws Exception {
    String doc = jsonStat("\"DE21\"", ",\"label\":{\"DE21\":\"Oberbayern\"}", "");
    Region r = read(new JsonStatFormat(), doc, ReadOptions.defaults()).observations().get(0).region();
    assertEquals(Region.of("DE21", "Oberbayern", "Oberbayern", RegionLevel.OTHER), r);
    Problem p = fails(new JsonStatFormat(), doc, STRICT);
    assertTrue(p.message().contains("unknown region code; the region policy is STRICT"), p.message());
    assertEquals("DE21", p.text().orElseThrow());
    assertEquals("$.dimension.geo.category.index", p.path().orElseThrow());
  }

  @Test
  void jsonStatRefusesAnUnknownCodeWithoutLabelAsCsvDoes() {
    Problem p = fails(new JsonStatFormat(), jsonStat("\"X9\"", "", ""), ReadOptions.defaults());
    assertTrue(p.message().contains("category 'X9': unknown region code; expected a GB/T 2260 code"), p.message());
  }

  @Test
  void jsonStatFindsIsoCodesAndRetiredCodesNameTheirSuccessor() throws Exception {
    Region de = read(new JsonStatFormat(), jsonStat("\"DEU\"", "", ""), STRICT).observations().get(0).region();
    assertEquals("DE", de.code());
    Problem p = fails(new JsonStatFormat(), jsonStat("\"371200\"", "", ""), STRICT);
    assertTrue(p.message().contains("(莱芜市, changed in 2018; now 370100 济南市)"), p.message());
    // open, with a label: the document keeps the old code
    Region old = read(new JsonStatFormat(), jsonStat("\"371200\"", ",\"label\":{\"371200\":\"莱芜旧市\"}", ""),
        ReadOptions.defaults()).observations().get(0).region();
    assertEquals("371200", old.code());
  }

  @Test
  void jsonStatReportsASharedLabelWithItsCandidatesUnlessTheParentDecides() throws Exception {
    Problem p = fails(new JsonStatFormat(), jsonStat("\"Q1\"", ",\"label\":{\"Q1\":\"朝阳区\"}", ""),
        ReadOptions.defaults());
    assertTrue(p.message().contains("110105 朝阳区 (北京市), 220104 朝阳区 (长春市)"), p.message());
    assertEquals("朝阳区", p.text().orElseThrow());
    assertEquals("$.dimension.geo.category.label.Q1", p.path().orElseThrow());
    String withParent = jsonStat("\"220100\",\"Q1\"", ",\"label\":{\"Q1\":\"朝阳区\"}",
        ",\"child\":{\"220100\":[\"Q1\"]}").replace("\"size\":[1,1,1]", "\"size\":[1,2,1]")
        .replace("[130]", "[130,12]");
    Dataset d = read(new JsonStatFormat(), withParent, ReadOptions.defaults());
    assertEquals("220104", d.observations().get(1).region().code());
    Dataset inBeijing = read(new JsonStatFormat(), jsonStat("\"Q1\"", ",\"label\":{\"Q1\":\"朝阳区\"}", ""),
        ReadOptions.defaults().withDefaultRegion(io.github.zhibiao.model.Regions.builtIn().require("北京市")));
    assertEquals("110105", inBeijing.observations().get(0).region().code());
  }


  private static String nativeDoc(String region, String regionName) {
    return "{\"format\":\"zhibiao\",\"version\":1,\"indicators\":[{\"code\":\"GRAIN\",\"name\":\"粮食总产量\","
        + "\"unit\":\"亿斤\",\"kind\":\"FLOW\"}],\"observations\":[{\"indicator\":\"GRAIN\",\"region\":\"" + region
        + "\"" + (regionName == null ? "" : ",\"regionName\":\"" + regionName + "\"")
        + ",\"period\":\"2023\",\"value\":\"130\"}]}";
  }

  @Test
  void nativeJsonFollowsThePolicyToo() throws Exception {
    Region open = read(new NativeJsonFormat(), nativeDoc("ZONE1", "某开发区"), ReadOptions.defaults())
        .observations().get(0).region();
    assertEquals(RegionLevel.OTHER, open.level());
    assertEquals("某开发区", open.name());
    Problem strict = fails(new NativeJsonFormat(), nativeDoc("ZONE1", "某开发区"), STRICT);
    assertTrue(strict.message().contains("the region policy is STRICT"), strict.message());
    assertEquals("$.observations[0].region", strict.path().orElseThrow());
    Problem shared = fails(new NativeJsonFormat(), nativeDoc("", "朝阳区"), ReadOptions.defaults());
    assertTrue(shared.message().contains("220104 朝阳区 (长春市)"), shared.message());
    assertEquals("$.observations[0].regionName", shared.path().orElseThrow());
    Region byName = read(new NativeJsonFormat(), nativeDoc("", "朝阳"), STRICT).observations().get(0).region();
    assertEquals("211300", byName.code());
  }
}
