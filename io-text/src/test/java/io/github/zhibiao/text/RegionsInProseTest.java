package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionScope;
import io.github.zhibiao.model.Regions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Region names and scope words in prose, against the full registry. */
class RegionsInProseTest {
  private static final TextExtractor EXTRACTOR = TextExtractor.create();
  private static final Regions REGIONS = Regions.builtIn();

  private static List<ExtractedFact> facts(String text, Region context) {
    return EXTRACTOR.extract(text, ExtractionContext.of(context, 2023)).facts();
  }

  @Test
  void aNameIsLookedUpWhereTheRegistrysNamesEndSoAUserRegionWithAnEndingOfItsOwnIsFound() {
    Region park = Region.of("150499", "红山高新园", "高新园", io.github.zhibiao.model.RegionLevel.COUNTY, Region.CHIFENG);
    assertEquals(null, new RegionNames(REGIONS, Region.CHIFENG).leading("红山高新园粮食产量"));
    RegionNames.Found found = new RegionNames(REGIONS.with(park), Region.CHIFENG).leading("红山高新园粮食产量");
    assertEquals(5, found.length());
    assertEquals(park, found.region());
    assertEquals(3, new RegionNames(REGIONS, Region.CHIFENG).leading("宁城县粮食产量").length());
  }

  @Test
  void aRegionNamedAtTheStartOfAFigureIsItsRegion() {
    List<ExtractedFact> f = facts("敖汉旗粮食产量30亿斤。", Region.CHIFENG);
    assertEquals(1, f.size());
    assertEquals("150430", f.get(0).observation().region().code());
  }

  @Test
  void aProvincialLevelDivisionByItsShortNameIsTheFactsRegion() {
    List<ExtractedFact> f = facts("辽宁肉牛存栏290万头。", Region.CHIFENG);
    assertEquals(1, f.size(), f.toString());
    assertEquals("肉牛存栏", f.get(0).subject());
    assertEquals("辽宁省", f.get(0).observation().region().name());
    List<ExtractedFact> g = facts("山东全省城镇新增就业120万人。", Region.CHIFENG);
    assertEquals("城镇新增就业", g.get(0).subject());
    assertEquals("山东省", g.get(0).observation().region().name());
    List<ExtractedFact> h = facts("赤峰小米产量20万吨。", Region.CHIFENG);
    assertEquals("赤峰小米产量", h.get(0).subject(), "a prefecture's short name stays in the subject");
  }

  @Test
  void aSharedNameTheContextDecidesIsResolved() {
    // 城区 is a district of 阳泉 and of 晋城 (both in 山西, and of 汕尾); in a report about 阳泉 it is 阳泉's
    Region yangquan = REGIONS.require("阳泉市");
    List<ExtractedFact> f = facts("城区地区生产总值120亿元。", yangquan);
    assertEquals(1, f.size());
    assertEquals("140302", f.get(0).observation().region().code());
  }

  @Test
  void aSharedNameTheContextCannotDecideGivesNoFact() {
    Region shanxi = REGIONS.require("山西省");
    Extraction e = EXTRACTOR.extract("城区地区生产总值120亿元。", ExtractionContext.of(shanxi, 2023));
    assertEquals(List.of(), e.facts());
    assertEquals(1, e.unread().size());
    assertEquals("region name '城区' is ambiguous: 2 regions have it (140302 城区 (阳泉市), 140502 城区 (晋城市)); "
        + "give the code or the region it lies in", e.unread().get(0).reason());
    assertEquals(UnreadSentence.NO_OBSERVATION,
        EXTRACTOR.extract("共有3个。", ExtractionContext.of(shanxi, 2023)).unread().get(0).reason());
  }

  @Test
  void namesOutsideTheContextsProvinceAreNotRegions() {
    // 朝阳区 is in 北京 and 长春; a report about 赤峰 does not mean either
    List<ExtractedFact> f = facts("全市粮食产量30亿斤。", Region.CHIFENG);
    assertEquals(Region.CHIFENG, f.get(0).observation().region());
  }

  @Test
  void rankingsKeepTheScopeWordAndResolveItAgainstTheContext() {
    Region hongshan = REGIONS.require("红山区");
    Ranking district = facts("粮食产量30亿斤,居全区第2位。", hongshan).get(0).observation().ranking().orElseThrow();
    assertEquals(Optional.of(RegionScope.REGION), district.scopeWord());
    assertEquals(Optional.of(hongshan), district.scope(), "全区 in a district's report is the district");
    Ranking city = facts("粮食产量30亿斤,居全市第2位。", hongshan).get(0).observation().ranking().orElseThrow();
    assertEquals(Optional.of(Region.CHIFENG), city.scope());
    Ranking nation = facts("粮食产量30亿斤,居全国第5位。", Region.CHIFENG).get(0).observation().ranking().orElseThrow();
    assertEquals(Optional.of(RegionScope.NATION), nation.scopeWord());
    assertEquals(Optional.of(Region.CHINA), nation.scope());
    Ranking banner = facts("粮食产量30亿斤,居全州第5位。", Region.CHIFENG).get(0).observation().ranking().orElseThrow();
    assertEquals(Optional.of(RegionScope.PREFECTURE), banner.scopeWord());
    assertEquals(Optional.empty(), banner.scope(), "赤峰 lies in no 州: the word is kept, no region guessed");
  }

  @Test
  void theContextFromTextSkipsSharedNames() {
    Optional<ExtractionContext> c = ExtractionContext.fromText("朝阳区和赤峰市2023年国民经济", REGIONS);
    assertEquals(Region.CHIFENG, c.orElseThrow().region());
    assertTrue(ExtractionContext.fromText("城区2023年", REGIONS).isEmpty());
    assertEquals(Region.CHIFENG, ExtractionContext.fromText("日本客商来到赤峰市,2023年", REGIONS).orElseThrow().region());
  }
}
