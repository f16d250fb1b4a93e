package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RegionTest {

  private final Regions regions = Regions.builtIn();

  @Test
  void builtInHoldsEveryDivisionInForceAndTheCountries() {
    assertEquals(3213 + 1 + 246, regions.size()); // 250 ISO codes less CN, HK, MO, TW
    assertEquals(34, regions.all().stream().filter(r -> r.level() == RegionLevel.PROVINCE).count());
    assertEquals(333, regions.all().stream().filter(r -> r.level() == RegionLevel.PREFECTURE).count());
    assertEquals(2846, regions.all().stream().filter(r -> r.level() == RegionLevel.COUNTY).count());
    assertEquals(34, regions.children(Region.CHINA).size());
    assertEquals(12, regions.children(Region.INNER_MONGOLIA).size());
    assertEquals(12, regions.children(Region.CHIFENG).size());
    assertTrue(regions.all().stream().filter(r -> r.level() != RegionLevel.NATION)
        .allMatch(r -> r.code().matches("[1-8][0-9]{5}")));
    assertTrue(regions.all().stream().filter(r -> r.level() == RegionLevel.NATION)
        .allMatch(r -> r.code().matches("[A-Z]{2}")));
  }

  @Test
  void provincesHaveTheirGbt2260CodesAndNames() {
    assertName("110000", "北京市", "北京");
    assertName("150000", "内蒙古自治区", "内蒙古");
    assertName("450000", "广西壮族自治区", "广西");
    assertName("540000", "西藏自治区", "西藏");
    assertName("640000", "宁夏回族自治区", "宁夏");
    assertName("650000", "新疆维吾尔自治区", "新疆");
    assertName("500000", "重庆市", "重庆");
    assertName("230000", "黑龙江省", "黑龙江");
    assertName("710000", "台湾省", "台湾");
    assertName("810000", "香港特别行政区", "香港");
    assertName("820000", "澳门特别行政区", "澳门");
    assertEquals(Optional.of(Region.CHINA), regions.byCode("150000").orElseThrow().parent());
    assertEquals(Optional.empty(), Region.CHINA.parent());
  }

  @Test
  void innerMongoliaPrefecturesAreInOrder() {
    assertEquals(
        List.of(
            "150100 呼和浩特市", "150200 包头市", "150300 乌海市", "150400 赤峰市", "150500 通辽市",
            "150600 鄂尔多斯市", "150700 呼伦贝尔市", "150800 巴彦淖尔市", "150900 乌兰察布市",
            "152200 兴安盟", "152500 锡林郭勒盟", "152900 阿拉善盟"),
        regions.children(Region.INNER_MONGOLIA).stream()
            .map(r -> r.code() + " " + r.name())
            .collect(Collectors.toList()));
  }

  @Test
  void chifengCountiesAreInOrder() {
    assertEquals(
        List.of(
            "150402 红山区", "150403 元宝山区", "150404 松山区", "150421 阿鲁科尔沁旗", "150422 巴林左旗",
            "150423 巴林右旗", "150424 林西县", "150425 克什克腾旗", "150426 翁牛特旗", "150428 喀喇沁旗",
            "150429 宁城县", "150430 敖汉旗"),
        regions.children(Region.CHIFENG).stream()
            .map(r -> r.code() + " " + r.name())
            .collect(Collectors.toList()));
    Region hongshan = regions.require("红山区");
    assertEquals(RegionLevel.COUNTY, hongshan.level());
    assertEquals(Optional.of(Region.CHIFENG), hongshan.parent());
    assertTrue(hongshan.isWithin(Region.INNER_MONGOLIA));
    assertFalse(Region.INNER_MONGOLIA.isWithin(hongshan));
  }

  @Test
  void constantsAreTheRegistrysRegions() {
    assertSame(Region.CHIFENG, regions.byCode("150400").orElseThrow());
    assertSame(Region.INNER_MONGOLIA, regions.byName("内蒙古").orElseThrow());
    assertEquals("150400", Region.CHIFENG.toString());
    assertEquals("赤峰", Region.CHIFENG.shortName());
    assertEquals(RegionLevel.PREFECTURE, Region.CHIFENG.level());
  }

  @Test
  void lookupsByCodeAndFullOrShortName() {
    assertSame(Region.CHIFENG, regions.byName("赤峰市").orElseThrow());
    assertSame(Region.CHIFENG, regions.byName("赤峰").orElseThrow());
    assertSame(Region.CHIFENG, regions.require("150400"));
    assertSame(Region.CHIFENG, regions.require("赤峰"));
    assertEquals("150421", regions.require("阿旗").code());
    assertEquals(Optional.empty(), regions.byCode("150401"));
    assertEquals(Optional.empty(), regions.byName("全区"));
    assertEquals(List.of(), regions.children(regions.require("红山区")));
  }

  @Test
  void requireNamesTheUnknownText() {
    assertMessage(
        "unknown region '赤峰县': expected a GB/T 2260 code or a name in the registry",
        () -> regions.require("赤峰县"));
  }

  @Test
  void withAddsUserRegionsAndLeavesTheOriginalUnchanged() {
    Region zone = Region.of("150400-GXQ", "赤峰高新技术产业开发区", "赤峰高新区", RegionLevel.OTHER, Region.CHIFENG);
    Region park = Region.of("150400-GXQ.1", "红山物流园区", "红山物流园", RegionLevel.OTHER, zone);
    Regions more = regions.with(zone, park);
    assertEquals(regions.size() + 2, more.size());
    assertSame(zone, more.require("赤峰高新区"));
    assertEquals(List.of(park), more.children(zone));
    assertTrue(more.children(Region.CHIFENG).contains(zone));
    assertEquals(Optional.empty(), regions.byCode("150400-GXQ"));
    assertEquals(13, more.children(Region.CHIFENG).size());
  }

  @Test
  void withRefusesDuplicatesUnknownParentsAndTakenNames() {
    assertMessage(
        "region code '150400' (赤峰) is already in the registry as 赤峰市",
        () -> regions.with(Region.of("150400", "赤峰", "赤峰x", RegionLevel.PREFECTURE)));
    Region other = Region.of("X1", "某市", "某", RegionLevel.PREFECTURE);
    assertMessage(
        "parent 'X1' (某市) of region 'X2' is not in the registry: add the parent first",
        () -> regions.with(Region.of("X2", "某区", "某区", RegionLevel.COUNTY, other)));
    Regions more = regions.with(Region.of("X3", "松山市", "松山", RegionLevel.OTHER));
    assertEquals(List.of("150404", "X3"),
        more.candidates("松山").stream().map(Region::code).collect(Collectors.toList()));
    assertThrows(AmbiguousRegionException.class, () -> more.require("松山"));
    assertMessage(
        "region code 'DEU' (德国) is already in the registry as 德国",
        () -> regions.with(Region.of("DEU", "德国", "德国", RegionLevel.OTHER)));
    assertThrows(NullPointerException.class, () -> regions.with((Region) null));
  }

  @Test
  void ofChecksItsArguments() {
    assertMessage(
        "code ('15 04') must be a GB/T 2260 code such as 150400 or match [0-9A-Za-z][0-9A-Za-z._-]*",
        () -> Region.of("15 04", "x", "x", RegionLevel.OTHER));
    assertMessage(
        "code ('-1') must be a GB/T 2260 code such as 150400 or match [0-9A-Za-z][0-9A-Za-z._-]*",
        () -> Region.of("-1", "x", "x", RegionLevel.OTHER));
    assertMessage(
        "name (' ') must be non-blank without surrounding whitespace",
        () -> Region.of("A", " ", "x", RegionLevel.OTHER));
    assertMessage(
        "shortName (' 赤峰') must be non-blank without surrounding whitespace",
        () -> Region.of("A", "x", " 赤峰", RegionLevel.OTHER));
    assertMessage(
        "level (PROVINCE) of region 150499 must lie below its parent 150400's level (PREFECTURE)",
        () -> Region.of("150499", "x", "x", RegionLevel.PROVINCE, Region.CHIFENG));
    assertMessage(
        "parent (150400) of region 150000 must not have code 150000 among its ancestors",
        () -> Region.of("150000", "x", "x", RegionLevel.COUNTY, Region.CHIFENG));
    assertThrows(NullPointerException.class, () -> Region.of(null, "x", "x", RegionLevel.OTHER));
    assertThrows(NullPointerException.class, () -> Region.of("A", "x", "x", null));
    assertThrows(
        NullPointerException.class, () -> Region.of("A", "x", "x", RegionLevel.OTHER, null));
  }

  @Test
  void equalityComparesEveryComponent() {
    Region same = Region.of("150400", "赤峰市", "赤峰", RegionLevel.PREFECTURE, Region.INNER_MONGOLIA);
    assertEquals(Region.CHIFENG, same);
    assertEquals(Region.CHIFENG.hashCode(), same.hashCode());
    assertNotEquals(
        Region.CHIFENG, Region.of("150400", "赤峰市", "赤峰", RegionLevel.PREFECTURE));
    assertNotEquals(
        Region.CHIFENG,
        Region.of("150400", "昭乌达盟", "昭盟", RegionLevel.PREFECTURE, Region.INNER_MONGOLIA));
  }

  @Test
  void regionsSurviveJavaSerialization() throws Exception {
    Region hongshan = regions.require("150402");
    assertEquals(hongshan, PeriodTest.roundTrip(hongshan));
  }

  private void assertName(String code, String name, String shortName) {
    Region r = regions.byCode(code).orElseThrow();
    assertEquals(name, r.name());
    assertEquals(shortName, r.shortName());
    assertEquals(RegionLevel.PROVINCE, r.level());
  }

  private static void assertMessage(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }
}
