package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The full registry: names that repeat, lookups within a parent, successors, countries, scope words. */
class RegionsRegistryTest {

  private final Regions regions = Regions.builtIn();

  private static List<String> codes(List<Region> rs) {
    return rs.stream().map(Region::code).collect(Collectors.toList());
  }

  @Test
  void builtInIsOneInstanceReadOnce() {
    assertSame(regions, Regions.builtIn());
    assertSame(regions.all(), regions.all());
  }

  @Test
  void sharedNamesGiveEveryCandidateAndNeverAGuess() {
    assertEquals(List.of("110105", "220104"), codes(regions.candidates("朝阳区")));
    AmbiguousRegionException e = assertThrows(AmbiguousRegionException.class, () -> regions.byName("朝阳区"));
    assertEquals("region name '朝阳区' is ambiguous: 2 regions have it (110105 朝阳区 (北京市), "
        + "220104 朝阳区 (长春市)); give the code or the region it lies in", e.getMessage());
    assertEquals("朝阳区", e.name());
    assertEquals(List.of("110105", "220104"), codes(e.candidates()));
    AmbiguousRegionException r = assertThrows(AmbiguousRegionException.class, () -> regions.require("朝阳区"));
    assertEquals(e.getMessage(), r.getMessage());
    // 朝阳 is 朝阳市 (辽宁): a short name gives way to a division at a higher level
    assertEquals("211300", regions.require("朝阳").code());
    assertEquals("朝阳区", regions.require("110105").shortName());
    assertEquals(List.of(), regions.candidates("朝阳县区"));
    assertEquals(Optional.empty(), regions.byName("朝阳县区"));
  }

  @Test
  void aParentDecidesASharedName() {
    Region beijing = regions.require("北京");
    Region jilin = regions.require("吉林省");
    assertEquals("110105", regions.byName("朝阳区", beijing).orElseThrow().code());
    assertEquals("220104", regions.byName("朝阳区", jilin).orElseThrow().code());
    assertEquals("220104", regions.byName("朝阳区", regions.require("长春市")).orElseThrow().code());
    assertEquals(Optional.empty(), regions.byName("朝阳区", Region.INNER_MONGOLIA));
    assertThrows(AmbiguousRegionException.class, () -> regions.byName("朝阳区", Region.CHINA));
    assertEquals(Optional.of(Region.CHIFENG), regions.byName("赤峰市", Region.CHIFENG));
    assertThrows(NullPointerException.class, () -> regions.byName("朝阳区", null));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', value = {
    "150000 | 内蒙古自治区 | 内蒙古",
    "450000 | 广西壮族自治区 | 广西",
    "650000 | 新疆维吾尔自治区 | 新疆",
    "810000 | 香港特别行政区 | 香港",
    "150400 | 赤峰市 | 赤峰",
    "152200 | 兴安盟 | 兴安",
    "542500 | 阿里地区 | 阿里",
    "222400 | 延边朝鲜族自治州 | 延边",
    "433100 | 湘西土家族苗族自治州 | 湘西",
    "652800 | 巴音郭楞蒙古自治州 | 巴音郭楞",
    "220200 | 吉林市 | 吉林市",
    "632500 | 海南藏族自治州 | 海南藏族自治州",
    "211300 | 朝阳市 | 朝阳",
    "150421 | 阿鲁科尔沁旗 | 阿旗",
    "150422 | 巴林左旗 | 巴林左旗",
    "150723 | 鄂伦春自治旗 | 鄂伦春",
    "150724 | 鄂温克族自治旗 | 鄂温克",
    "469030 | 琼中黎族苗族自治县 | 琼中",
    "410104 | 管城回族区 | 管城",
    "340523 | 和县 | 和县",
    "140302 | 城区 | 城区",
    "310115 | 浦东新区 | 浦东",
    "520203 | 六枝特区 | 六枝",
    "429021 | 神农架林区 | 神农架",
    "429004 | 仙桃市 | 仙桃",
  })
  void fullAndShortNamesFollowTheDocumentedRule(String code, String name, String shortName) {
    Region r = regions.byCode(code).orElseThrow();
    assertEquals(name, r.name());
    assertEquals(shortName, r.shortName());
  }

  @Test
  void levelsAndParentsFollowTheCodes() {
    Region xiantao = regions.require("429004");
    assertEquals(RegionLevel.COUNTY, xiantao.level());
    assertEquals("420000", xiantao.parent().orElseThrow().code());
    Region dongcheng = regions.require("110101");
    assertEquals("110000", dongcheng.parent().orElseThrow().code());
    Region dongguan = regions.require("441900");
    assertEquals(RegionLevel.PREFECTURE, dongguan.level());
    assertEquals(List.of(), regions.children(dongguan));
    for (Region r : regions.all()) {
      if (r.level() == RegionLevel.NATION) {
        assertTrue(r.parent().isEmpty(), r.code());
        continue;
      }
      Region p = r.parent().orElseThrow();
      assertTrue(p.level().ordinal() < r.level().ordinal(), r.code());
      assertSame(p, regions.byCode(p.code()).orElseThrow(), r.code());
      assertTrue(regions.children(p).contains(r), r.code());
      assertTrue(r.isWithin(Region.CHINA), r.code());
    }
  }

  @Test
  void everyRegionIsFoundByItsCodeAndAmongTheCandidatesOfItsNames() {
    qt().withExamples(300).forAll(integers().between(0, regions.size() - 1)).checkAssert(i -> {
      Region r = regions.all().get(i);
      assertSame(r, regions.byCode(r.code()).orElseThrow());
      assertTrue(regions.candidates(r.name()).contains(r));
      assertTrue(regions.candidates(r.shortName()).contains(r));
      r.englishName().ifPresent(e -> assertTrue(regions.candidates(e).contains(r)));
      List<Region> c = regions.candidates(r.name());
      if (c.size() == 1) {
        assertSame(r, regions.require(r.name()));
      } else {
        assertThrows(AmbiguousRegionException.class, () -> regions.require(r.name()));
      }
    });
  }

  @Test
  void everyBuiltInRegionPassesTheChecksOfOf() {
    for (Region r : regions.all()) {
      Region again = r.parent().isPresent()
          ? Region.of(r.code(), r.name(), r.shortName(), r.level(), r.parent().get())
          : Region.of(r.code(), r.name(), r.shortName(), r.level());
      if (r.englishName().isPresent()) {
        again = again.withEnglishName(r.englishName().get());
      }
      assertEquals(r, again, r.code());
    }
  }

  @Test
  void theResourceParserRefusesMalformedLines() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> BuiltInRegions.parse("@division\n110000\t北京市\n"));
    assertEquals("regions.tsv line 2 ('110000\t北京市'): expected 3 tab-separated fields, found 2", e.getMessage());
    assertThrows(IllegalStateException.class, () -> BuiltInRegions.parse("110000\t北京市\t北京\n"));
    assertThrows(IllegalStateException.class, () -> BuiltInRegions.parse("@division\n110101\t东城区\t东城\n"));
    assertThrows(IllegalStateException.class, () -> BuiltInRegions.parse("@division\n11000X\t北京市\t北京\n"));
    assertThrows(IllegalStateException.class, () -> BuiltInRegions.parse("@division\n150000\t内蒙\t内蒙\n"));
    assertThrows(IllegalStateException.class,
        () -> BuiltInRegions.changes(BuiltInRegions.parse("@change\n1\t2\t3\n")));
    assertThrows(IllegalStateException.class, () -> BuiltInRegions.parse("@country\nDE\tDEU\t276\tGermany\t德国\tx\n"));
    BuiltInRegions.Data d = BuiltInRegions.parse("# c\n\n@nation\nCN\t中华人民共和国\t中国\n@country\n"
        + "DE\tDEU\t276\tGermany\t德国\nHK\tHKG\t344\tHong Kong\t810000\nCN\tCHN\t156\tChina\tCN\n"
        + "@division\n130000\t河北省\t河北\n130100\t石家庄市\t石家庄\n130102\t长安区\t长安\n"
        + "139001\t定州市\t定州\n810000\t香港特别行政区\t香港\n@change\n1\t旧\t2011\t130102\n");
    assertEquals(List.of("CN", "130000", "130100", "130102", "139001", "810000", "DE"), codes(d.regions));
    assertEquals("130100", d.regions.get(3).parent().orElseThrow().code());
    assertEquals("130000", d.regions.get(4).parent().orElseThrow().code());
    assertEquals(Optional.of("Hong Kong"), d.regions.get(5).englishName());
    assertEquals(Optional.empty(), d.regions.get(2).englishName());
    assertEquals("810000", d.aliases.get("HKG"));
    assertEquals("DE", d.aliases.get("276"));
    assertEquals("CN", d.aliases.get("CHN"));
    assertEquals(1, BuiltInRegions.changes(d).size());
    assertEquals("旧", BuiltInRegions.changes(d).get(0)[1]);
    assertEquals(List.of(), BuiltInRegions.changes(BuiltInRegions.parse("@division\n")));
  }

  @Test
  void additionsKeepCodeOrderInAllAndInChildren() {
    Region first = Region.of("0A", "甲地", "甲地", RegionLevel.OTHER);
    Region park = Region.of("150400-A", "某园区", "某园区", RegionLevel.OTHER, Region.CHIFENG);
    Region late = Region.of("150499", "某新区", "某新区", RegionLevel.COUNTY, Region.CHIFENG);
    Regions more = regions.with(late, first, park);
    assertSame(first, more.all().get(0));
    assertEquals(List.of("150400-A", "150402"), codes(more.children(Region.CHIFENG).subList(0, 2)));
    assertSame(late, more.children(Region.CHIFENG).get(13));
    Region twin = Region.of("150400-0", "某园区", "某园区", RegionLevel.OTHER, Region.CHIFENG);
    Regions both = more.with(twin);
    assertEquals(List.of("150400-0", "150400-A"), codes(both.candidates("某园区")));
    assertEquals(List.of("150400-A"), codes(more.candidates("某园区")), "the registry it came from is unchanged");
  }

  @Test
  void aCodeChangedTwiceKeepsItsLatestChangeAndBothNames() {
    Regions r = Regions.fromData(BuiltInRegions.parse("@nation\nCN\t中华人民共和国\t中国\n@division\n"
        + "130000\t河北省\t河北\n130100\t石家庄市\t石家庄\n130102\t长安区\t长安\n130104\t桥西区\t桥西\n"
        + "@change\n130103\t桥东区\t2014\t130102\n\n130103\t东区\t2012\t130104\n130105\t新华区\t2011\t130102,130104"));
    assertEquals(2014, r.successor("130103").orElseThrow().year());
    assertEquals("桥东区", r.successor("130103").orElseThrow().oldName());
    assertEquals(List.of("130102", "130104"), codes(r.successor("130105").orElseThrow().successors()));
    assertEquals(1, r.formerlyNamed("东区").size());
    IllegalStateException bad = assertThrows(IllegalStateException.class,
        () -> BuiltInRegions.changes(BuiltInRegions.parse("@change\n1\t2\t3\t4\n\n5\t6\n")));
    assertEquals("regions.tsv line 4 ('5\t6'): expected 4 tab-separated fields, found 2", bad.getMessage());
    Regions missing = Regions.fromData(BuiltInRegions.parse("@change\n1\t旧\t2011\t999999\n"));
    assertThrows(IllegalStateException.class, () -> missing.successor("1"));
  }

  @Test
  void codesMatchTheirPatternCharacterByCharacter() {
    for (String bad : new String[] {"A/", "A:", "A@", "A[", "A`", "A{", "/A", ":A", "@A", "[A", "`A", "{A", ""}) {
      assertThrows(IllegalArgumentException.class, () -> Region.of(bad, "x", "x", RegionLevel.OTHER), bad);
    }
    for (String good : new String[] {"09AZaz", "0", "9", "A", "Z", "a", "z", "a.b_c-d"}) {
      assertEquals(good, Region.of(good, "x", "x", RegionLevel.OTHER).code());
    }
    assertThrows(IllegalStateException.class, () -> BuiltInRegions.parse("@division\n1X0000\t某省\t某\n"));
    assertThrows(IllegalStateException.class, () -> BuiltInRegions.parse("@division\n1300000\t某省\t某\n"));
    assertThrows(IllegalStateException.class,
        () -> BuiltInRegions.parse("@division\n130000\t河北省\t河北\n1301\t某市\t某\n"));
  }

  @Test
  void theResourcesLastFieldMayBeEmptyAndTheLastLineUnterminated() {
    BuiltInRegions.Data d = BuiltInRegions.parse("@division\n130000\t河北省\t\n130100\t石家庄市\t石家庄");
    assertEquals("河北省", d.regions.get(0).shortName());
    assertEquals("石家庄", d.regions.get(1).shortName());
    assertEquals(2, d.regions.size());
  }

  @Test
  void codesAreUniqueAndOrdered() {
    List<Region> all = regions.all();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      assertTrue(seen.add(all.get(i).code()));
      if (i > 0) {
        assertTrue(all.get(i - 1).code().compareTo(all.get(i).code()) < 0);
      }
    }
    assertThrows(UnsupportedOperationException.class, () -> all.add(Region.CHINA));
  }

  @Test
  void changedCodesResolveToTheirSuccessorsWithTheYear() {
    RegionChange chongwen = regions.successor("110103").orElseThrow();
    assertEquals("110103 崇文区 → 110101 东城区 (2010)", chongwen.toString());
    assertEquals("崇文区", chongwen.oldName());
    assertFalse(chongwen.isRename());
    assertEquals("110102", regions.successor("110104").orElseThrow().successors().get(0).code());
    RegionChange xiangfan = regions.successor("420600").orElseThrow();
    assertEquals("420600 襄樊市 → 420600 襄阳市 (2010)", xiangfan.toString());
    assertTrue(xiangfan.isRename());
    assertEquals(List.of(xiangfan), regions.formerlyNamed("襄樊市"));
    assertEquals("341400 巢湖市 → 340100 合肥市, 340200 芜湖市, 340500 马鞍山市 (2011)",
        regions.successor("341400").orElseThrow().toString());
    assertEquals("371200 莱芜市 → 370100 济南市 (2018)", regions.successor("371200").orElseThrow().toString());
    assertEquals(2018, regions.successor("371202").orElseThrow().year());
    assertEquals("370116", regions.successor("371202").orElseThrow().successors().get(0).code());
    assertEquals(Optional.empty(), regions.successor("150400"));
    assertEquals(Optional.empty(), regions.successor("nonsense"));
    assertEquals(List.of(), regions.formerlyNamed("赤峰市"));
    for (Region r : regions.all()) {
      regions.successor(r.code()).ifPresent(c -> assertTrue(c.year() >= 2010));
    }
  }

  @Test
  void changesHaveAtLeastOneSuccessorInForce() {
    assertThrows(IllegalArgumentException.class, () -> new RegionChange("110103", "崇文区", List.of(), 2010));
    assertThrows(IllegalArgumentException.class, () -> new RegionChange(" ", "崇文区", List.of(Region.CHINA), 2010));
    assertThrows(IllegalArgumentException.class, () -> new RegionChange("1", " ", List.of(Region.CHINA), 2010));
    assertThrows(NullPointerException.class, () -> new RegionChange(null, "x", List.of(Region.CHINA), 2010));
    RegionChange split = new RegionChange("130103", "桥东区", List.of(Region.CHIFENG, Region.CHINA), 2014);
    assertFalse(split.isRename());
    assertFalse(new RegionChange("150400", "x", List.of(Region.CHIFENG, Region.CHINA), 2014).isRename());
    assertTrue(new RegionChange("150400", "x", List.of(Region.CHIFENG), 2014).isRename());
  }

  @Test
  void countriesByEveryIsoCode() {
    Region de = regions.byCode("DE").orElseThrow();
    assertEquals("德国", de.name());
    assertEquals(Optional.of("Germany"), de.englishName());
    assertEquals(RegionLevel.NATION, de.level());
    assertSame(de, regions.byCode("DEU").orElseThrow());
    assertSame(de, regions.byCode("276").orElseThrow());
    assertSame(de, regions.require("Germany"));
    assertSame(de, regions.require("德国"));
    assertSame(Region.CHINA, regions.byCode("CN").orElseThrow());
    assertSame(Region.CHINA, regions.byCode("CHN").orElseThrow());
    assertSame(Region.CHINA, regions.byCode("156").orElseThrow());
    assertSame(Region.CHINA, regions.require("中国"));
    assertEquals("810000", regions.byCode("HK").orElseThrow().code());
    assertEquals("810000", regions.byCode("HKG").orElseThrow().code());
    assertEquals("820000", regions.byCode("446").orElseThrow().code());
    assertEquals("710000", regions.byCode("TWN").orElseThrow().code());
    assertEquals(Optional.of("Hong Kong"), regions.require("810000").englishName());
    assertEquals("US", regions.require("United States of America").code());
    assertEquals(Optional.empty(), regions.byCode("XYZ"));
  }

  @Test
  void englishNamesAreCheckedAndCompared() {
    Region zone = Region.of("Z1", "某区", "某区", RegionLevel.OTHER);
    Region named = zone.withEnglishName("Some Zone");
    assertEquals(Optional.of("Some Zone"), named.englishName());
    assertEquals(Optional.empty(), zone.englishName());
    assertFalse(zone.equals(named));
    assertThrows(IllegalArgumentException.class, () -> zone.withEnglishName(" x"));
    assertThrows(NullPointerException.class, () -> zone.withEnglishName(null));
    Regions more = regions.with(named);
    assertSame(named, more.require("Some Zone"));
    assertEquals(1, more.candidates("某区").size());
  }

  @Test
  void userRegionsWithSharedNamesJoinTheCandidates() {
    Region a = Region.of("U1", "开发区", "开发区", RegionLevel.OTHER, Region.CHIFENG);
    Region b = Region.of("U2", "开发区", "开发区", RegionLevel.OTHER, Region.INNER_MONGOLIA);
    Regions more = regions.with(a, b);
    assertEquals(List.of(a, b), more.candidates("开发区"));
    assertEquals(Optional.of(a), more.byName("开发区", Region.CHIFENG));
    assertEquals(List.of(a), more.children(Region.CHIFENG).stream().filter(r -> r.code().startsWith("U"))
        .collect(Collectors.toList()));
    assertEquals(List.of(), regions.candidates("开发区"));
    assertEquals(more.size(), regions.size() + 2);
    assertEquals(more.successor("110103"), regions.successor("110103"));
    assertEquals(List.of(), more.children(Region.of("150400", "赤峰市", "赤峰", RegionLevel.PREFECTURE)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {
    "全国 | 150402 | CN",
    "全国 | DE     | DE",
    "全省 | 130100 | 130000",
    "全省 | 330102 | 330000",
    "全区 | 150400 | 150000",
    "全区 | 150430 | 150000",
    "全区 | 150402 | 150402",
    "全区 | 542500 | 542500",
    "全区 | 810000 | 810000",
    "全市 | 150402 | 150400",
    "全市 | 110101 | 110000",
    "全市 | 150781 | 150781",
    "全市 | 150400 | 150400",
    "全州 | 222401 | 222400",
    "全盟 | 152201 | 152200",
    "全县 | 150429 | 150429",
    "全旗 | 150430 | 150430",
  })
  void scopeWordsResolveAgainstTheContext(String word, String context, String expected) {
    RegionScope scope = RegionScope.of(word).orElseThrow();
    assertEquals(word, scope.word());
    assertEquals(word, scope.toString());
    assertEquals(expected, scope.resolve(regions.require(context)).orElseThrow().code());
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {
    "全州 | 150400",
    "全盟 | 150400",
    "全县 | 150400",
    "全旗 | 150429",
    "全区 | 110000",
    "全省 | 110101",
    "全省 | 150400",
    "全市 | 150000",
    "全国 | U9",
  })
  void scopeWordsTheContextDoesNotSupportResolveToNothing(String word, String context) {
    Region c = context.equals("U9") ? Region.of("U9", "某地", "某地", RegionLevel.OTHER) : regions.require(context);
    assertEquals(Optional.empty(), RegionScope.of(word).orElseThrow().resolve(c));
  }

  @Test
  void scopeWordsAreFoundInText() {
    assertEquals(Optional.of(RegionScope.REGION), RegionScope.find("居全区第2位"));
    assertEquals(Optional.of(RegionScope.NATION), RegionScope.find("全国第5、全区第1"));
    assertEquals(Optional.of(RegionScope.REGION), RegionScope.find("全区全市"));
    assertEquals(Optional.of(RegionScope.CITY), RegionScope.find("全市"));
    assertEquals(Optional.empty(), RegionScope.find("第2位"));
    assertEquals(Optional.empty(), RegionScope.of("全村"));
    assertEquals(Optional.of(RegionScope.BANNER), RegionScope.of("全旗"));
    Region other = Region.of("OX", "某市", "某", RegionLevel.OTHER, Region.CHIFENG);
    assertEquals(Optional.of(Region.CHIFENG), RegionScope.CITY.resolve(other));
  }

  @Test
  void rankingsKeepTheirScopeWordAndResolveIt() {
    Ranking r = Ranking.parse("居全区第2位");
    assertEquals(Optional.of(RegionScope.REGION), r.scopeWord());
    assertEquals(Optional.empty(), r.scope());
    assertEquals("全区2", r.toString());
    Ranking resolved = r.resolveScope(Region.CHIFENG);
    assertEquals(Optional.of(Region.INNER_MONGOLIA), resolved.scope());
    assertEquals(Optional.of(RegionScope.REGION), resolved.scopeWord());
    assertEquals(r.position(), resolved.position());
    assertEquals(Optional.of(regions.require("150402")), r.resolveScope(regions.require("150402")).scope());
    assertSame(r, r.resolveScope(regions.require("110000")));
    Ranking bare = Ranking.parse("第2位");
    assertSame(bare, bare.resolveScope(Region.CHIFENG));
    assertFalse(bare.equals(r));
    assertFalse(bare.hashCode() == r.hashCode());
    assertEquals(bare.withScopeWord(RegionScope.REGION), r);
    assertEquals("全国首位/12", Ranking.parse("位居全国首位/12").toString());
    assertEquals(Optional.of(RegionScope.NATION), Ranking.parse("全国前10强").scopeWord());
    assertEquals(Optional.of(RegionScope.CITY),
        Ranking.parse("全市3").withPeers(12).within(Region.CHIFENG).scopeWord());
    assertEquals(Optional.of(RegionScope.BANNER), Ranking.parse("排名全旗第一").scopeWord());
    assertThrows(IllegalArgumentException.class, () -> Ranking.parse("全区"));
    assertThrows(NullPointerException.class, () -> r.withScopeWord(null));
    assertThrows(NullPointerException.class, () -> r.resolveScope(null));
  }
}
